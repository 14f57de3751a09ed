package id.loket.queue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** This server's kiosk and TV display rules (one row): where they may be opened from, tickets per address. */
@Entity
@Table(name = "queue_setting")
public class QueueSetting {

    public static final int ID = 1;

    @Id
    private int id;
    @Column(name = "allowed_networks")
    private String allowedNetworks;
    @Column(name = "tickets_per_hour")
    private int ticketsPerHour;
    @Version
    private long version;

    protected QueueSetting() {
    }

    public String allowedNetworks() { return allowedNetworks; }
    public int ticketsPerHour() { return ticketsPerHour; }
    public long version() { return version; }

    public void change(String allowedNetworks, int ticketsPerHour) {
        this.allowedNetworks = allowedNetworks;
        this.ticketsPerHour = ticketsPerHour;
    }
}
