package id.loket.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "required_document")
public class RequiredDocument {

    @Id
    private String code;
    @Column(name = "name_id")
    private String nameId;
    @Column(name = "name_en")
    private String nameEn;

    protected RequiredDocument() {
    }

    public String code() { return code; }
    public String nameId() { return nameId; }
    public String nameEn() { return nameEn; }
}
