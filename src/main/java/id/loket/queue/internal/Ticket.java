package id.loket.queue.internal;

import id.loket.queue.TicketStatus;
import id.loket.sync.Replicated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "ticket")
@Replicated(type = "ticket", aggregate = "id") // upstream to the central, issue 14
public class Ticket {

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId // branch isolation, ADR 007
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "service_code")
    private String serviceCode;
    private LocalDate day;
    private int seq;
    private String number;
    @Column(name = "type_code")
    private String typeCode;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    private String counter;
    @Column(name = "call_count")
    private int callCount;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "called_at")
    private Instant calledAt;
    @Column(name = "called_by")
    private String calledBy;
    @Column(name = "finished_at")
    private Instant finishedAt;
    /** Set for a ticket made from a booking: while its slot runs it is called before walk-ins. */
    @Column(name = "booked_from")
    private Instant bookedFrom;
    @Column(name = "booked_until")
    private Instant bookedUntil;
    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(String branchCode, String serviceCode, LocalDate day, int seq, String number, String typeCode,
                  Instant createdAt) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.serviceCode = serviceCode;
        this.day = day;
        this.seq = seq;
        this.number = number;
        this.typeCode = typeCode;
        this.status = TicketStatus.WAITING;
        this.createdAt = createdAt;
    }

    /** A ticket from a booking (queue booking, issue 15): served first while its slot runs. */
    public Ticket booked(Instant slotStart, Instant slotEnd) {
        this.bookedFrom = slotStart;
        this.bookedUntil = slotEnd;
        return this;
    }

    public boolean isBooked() { return bookedFrom != null; }
    public Instant bookedFrom() { return bookedFrom; }
    public Instant bookedUntil() { return bookedUntil; }
    public UUID id() { return id; }
    public String branchCode() { return branchCode; }
    public LocalDate day() { return day; }
    public int seq() { return seq; }
    public String number() { return number; }
    public String typeCode() { return typeCode; }
    public TicketStatus status() { return status; }
    public String counter() { return counter; }
    public int callCount() { return callCount; }
    public Instant createdAt() { return createdAt; }
    public Instant calledAt() { return calledAt; }
    public String calledBy() { return calledBy; }

    public void call(String counter, String officer, Instant now) {
        this.status = TicketStatus.CALLED;
        this.counter = counter;
        this.calledBy = officer;
        this.calledAt = now;
        this.callCount++;
    }

    public void noShow(Instant now) {
        this.status = TicketStatus.NO_SHOW;
        this.finishedAt = now;
    }

    public void served(Instant now) {
        this.status = TicketStatus.SERVED;
        this.finishedAt = now;
    }
}
