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

    /** A document the central's catalogue has and this branch's not yet. */
    public RequiredDocument(String code, String nameId, String nameEn) {
        this.code = code;
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    public void rename(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    public String code() { return code; }
    public String nameId() { return nameId; }
    public String nameEn() { return nameEn; }
}
