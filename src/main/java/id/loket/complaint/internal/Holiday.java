package id.loket.complaint.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A day the office is closed: libur nasional, cuti bersama, or a local holiday the admin adds. */
@Entity
@Table(name = "complaint_holiday")
public class Holiday {

    @Id
    private UUID id;
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "holiday_date")
    private LocalDate date;
    private String name;
    private String kind;

    protected Holiday() {
    }

    public Holiday(String branchCode, LocalDate date, String name, String kind) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.date = date;
        this.name = name;
        this.kind = kind;
    }

    public UUID id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }
}
