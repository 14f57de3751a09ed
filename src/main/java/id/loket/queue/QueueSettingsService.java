package id.loket.queue;

import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.NetworkRange;
import id.loket.queue.internal.KioskGate;
import id.loket.queue.internal.QueueSetting;
import id.loket.queue.internal.QueueSettingRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's kiosk and TV display rules: the office networks they may be opened from, tickets per address. */
@Service
public class QueueSettingsService {

    static final int MAX_TICKETS_PER_HOUR = 10_000;

    private final QueueSettingRepository settings;
    private final AuditService audit;

    QueueSettingsService(QueueSettingRepository settings, AuditService audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** {@code version} is what the admin saw; a save on an older one is refused. */
    public record KioskSettings(List<String> allowedNetworks, int ticketsPerHour, long version) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public KioskSettings kioskSettings() {
        QueueSetting s = settings.current();
        return new KioskSettings(KioskGate.lines(s.allowedNetworks()), s.ticketsPerHour(), s.version());
    }

    /** Networks one per line (CIDR or a single address); an empty list closes the kiosk and the TV display. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeKioskSettings(long expectedVersion, String allowedNetworks, Integer ticketsPerHour) {
        QueueSetting s = settings.current();
        if (s.version() != expectedVersion) {
            throw new BusinessException("queue.error.settings-stale");
        }
        List<String> lines = KioskGate.lines(allowedNetworks);
        for (String line : lines) {
            if (NetworkRange.parse(line).isEmpty()) {
                throw new BusinessException("queue.error.network-invalid", line);
            }
        }
        if (ticketsPerHour == null || ticketsPerHour < 1 || ticketsPerHour > MAX_TICKETS_PER_HOUR) {
            throw new BusinessException("queue.error.tickets-per-hour", MAX_TICKETS_PER_HOUR);
        }
        String before = KioskGate.lines(s.allowedNetworks()) + ", tickets/hour=" + s.ticketsPerHour();
        s.change(String.join("\n", lines), ticketsPerHour);
        settings.flush();
        audit.record(CurrentUser.require().branchCode(), "queue-setting", "kiosk", "changed",
                before + " -> " + lines + ", tickets/hour=" + ticketsPerHour);
    }
}
