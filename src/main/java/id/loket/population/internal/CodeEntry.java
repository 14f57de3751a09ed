package id.loket.population.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "code_list")
@IdClass(CodeEntry.Key.class)
public class CodeEntry {

    public record Key(String list, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private String list;
    @Id
    private String code;
    @Column(name = "label_id")
    private String labelId;
    @Column(name = "label_en")
    private String labelEn;
    @Column(name = "sort_order")
    private int sortOrder;
    @Column(name = "needs_marriage_date")
    private boolean needsMarriageDate;
    private boolean active;

    protected CodeEntry() {
    }

    public String list() { return list; }
    public String code() { return code; }
    public String labelId() { return labelId; }
    public String labelEn() { return labelEn; }
    public int sortOrder() { return sortOrder; }
    public boolean needsMarriageDate() { return needsMarriageDate; }
    public boolean active() { return active; }
}
