package id.loket.complaint;

import id.loket.complaint.internal.ComplaintRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the message with a complaint's answer needs (the notification feature asks inside the transaction of the
 * change). Carries the complainant's phone, so it only joins a running transaction; {@link ComplaintStatusChanged}
 * stays ids only, so no phone number lands in an event or the event publication log.
 */
@Service
public class ComplainantContacts {

    /** @param phone null when the complainant gave none (anonymous or by letter) */
    public record Answered(UUID complaintId, String branchCode, String number, String phone, String answer,
                           Instant resolvedAt) {
    }

    private final ComplaintRepository complaints;

    ComplainantContacts(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    /** The answer of a resolved complaint; empty while it is open. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Answered> answered(UUID complaintId) {
        return complaints.findById(complaintId).filter(c -> c.status() == ComplaintStatus.RESOLVED && c.answer() != null)
                .map(c -> new Answered(c.id(), c.branchCode(), c.number(), c.phone(), c.answer(), c.resolvedAt()));
    }
}
