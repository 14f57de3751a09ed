package id.loket.complaint.internal;

import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintNumber;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.Filter;
import id.loket.complaint.ComplaintService.Intake;
import id.loket.complaint.Division;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a few complaints on first start, filed and routed by the demo officers through the service
 * (so they carry a timeline and an audit trail like real ones). Never enabled in production.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "loket.demo.enabled", havingValue = "true")
// the central's demo has no complaint desk of its own: its complaints come from the branches (issue 14)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "loket.mode", havingValue = "branch",
        matchIfMissing = true)
class DemoComplaints implements ApplicationRunner {

    private final ComplaintService service;
    private final ComplaintRepository complaints;
    private final UserDetailsService users;

    DemoComplaints(ComplaintService service, ComplaintRepository complaints, UserDetailsService users) {
        this.service = service;
        this.complaints = complaints;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (complaints.count() > 0) {
            return;
        }
        try {
            UUID late = as("aduan", () -> id(service.file(new Intake(ComplaintChannel.TELEPON, false, "Ahmad Fauzi",
                    "081234567890", "3201012501900001", "LAYANAN_LAMBAT",
                    "KK belum jadi setelah tiga minggu, padahal dijanjikan 14 hari.", "REG-2026-0042", null))));
            UUID data = as("aduan", () -> id(service.file(new Intake(ComplaintChannel.DATANG, false, "Siti Aminah",
                    "085712345678", null, "DATA_KK", "Nama ibu kandung di KK baru salah tulis.", null, null))));
            as("aduan", () -> id(service.file(new Intake(ComplaintChannel.LAPOR, true, null, null, null, "PUNGLI",
                    "Diminta uang untuk mempercepat KK (laporan LAPOR!).", null, "5010653"))));
            as("aduan", () -> {
                service.assign(late, 0, Division.SEKRETARIS, null);
                service.assign(data, 0, Division.DAFDUK, "Mohon dicek di SIAK");
                return null;
            });
            as("kabid.dafduk", () -> {
                service.followUp(data, 1, "Data SIAK dicek, warga diminta membawa akta kelahiran ibu");
                return null;
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UUID id(ComplaintNumber number) {
        return service.list(new Filter(null, null, null, null, false, number.value())).getFirst().id();
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return work.get();
    }
}
