package id.loket.queue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A booked half-hour slot of a branch (issue 15). Holds no name or NIK; the phone is optional, for the notice. */
@Entity
@Table(name = "queue_booking")
public class Booking {

    public enum Status { BOOKED, CHECKED_IN, RELEASED }

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId // branch isolation, ADR 007
    @Column(name = "branch_code")
    private String branchCode;
    private String code;
    @Column(name = "type_code")
    private String typeCode;
    private LocalDate day;
    @Column(name = "slot_time")
    private LocalTime slotTime;
    @Column(name = "slot_start")
    private Instant slotStart;
    @Column(name = "slot_end")
    private Instant slotEnd;
    private String phone;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "ticket_id")
    private UUID ticketId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Version
    private long version;

    protected Booking() {
    }

    public Booking(String branchCode, String code, String typeCode, LocalDate day, LocalTime slotTime,
                   Instant slotStart, Instant slotEnd, String phone, Instant now) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.code = code;
        this.typeCode = typeCode;
        this.day = day;
        this.slotTime = slotTime;
        this.slotStart = slotStart;
        this.slotEnd = slotEnd;
        this.phone = phone;
        this.status = Status.BOOKED;
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public String branchCode() { return branchCode; }
    public String code() { return code; }
    public String typeCode() { return typeCode; }
    public LocalDate day() { return day; }
    public LocalTime slotTime() { return slotTime; }
    public Instant slotStart() { return slotStart; }
    public Instant slotEnd() { return slotEnd; }
    public String phone() { return phone; }
    public Status status() { return status; }
    public UUID ticketId() { return ticketId; }

    public void checkedIn(UUID ticketId, Instant now) {
        this.status = Status.CHECKED_IN;
        this.ticketId = ticketId;
        this.finishedAt = now;
    }

    public void release(Instant now) {
        this.status = Status.RELEASED;
        this.finishedAt = now;
    }
}
