package id.loket.catalog.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "application_type")
public class ApplicationType {

    @Id
    private String code;
    @Column(name = "service_code")
    private String serviceCode;
    @Column(name = "name_id")
    private String nameId;
    @Column(name = "name_en")
    private String nameEn;
    private boolean addition;
    @Column(name = "sort_order")
    private int sortOrder;
    private boolean active;
    @Column(name = "creates_new_family")
    private boolean createsNewFamily;
    @jakarta.persistence.Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_type_document", joinColumns = @JoinColumn(name = "type_code"))
    @Column(name = "document_code")
    private Set<String> documentCodes = new HashSet<>();

    protected ApplicationType() {
    }

    public String code() { return code; }
    public String serviceCode() { return serviceCode; }
    public String nameId() { return nameId; }
    public String nameEn() { return nameEn; }
    public boolean addition() { return addition; }
    public int sortOrder() { return sortOrder; }
    public boolean active() { return active; }
    public boolean createsNewFamily() { return createsNewFamily; }
    public long version() { return version; }
    public Set<String> documentCodes() { return Set.copyOf(documentCodes); }

    public void requireDocuments(Set<String> codes) {
        documentCodes.clear();
        documentCodes.addAll(codes);
    }
}
