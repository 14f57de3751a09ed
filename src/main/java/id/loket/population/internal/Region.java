package id.loket.population.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "region")
public class Region {

    @Id
    private String code;
    private String name;
    private int level;
    @Column(name = "parent_code")
    private String parentCode;
    private boolean active;

    protected Region() {
    }

    public String code() { return code; }
    public String name() { return name; }
    public int level() { return level; }
    public String parentCode() { return parentCode; }
    public boolean active() { return active; }
}
