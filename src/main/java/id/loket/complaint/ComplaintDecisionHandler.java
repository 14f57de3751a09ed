package id.loket.complaint;

import id.loket.base.RunAs;
import id.loket.base.BranchTimeZone;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.complaint.internal.Complaint;
import id.loket.sync.DownstreamHandler;
import id.loket.sync.Envelope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * At a branch: the Kepala Dinas's decision taken at the central on a complaint escalated here. Applied through
 * {@link ComplaintService} as his own action (timeline, audit, live board, and the replicated row goes back up), by a
 * Kepala Dinas of this branch named after him ({@code kadis@pusat}). A complaint that moved on meanwhile (resolved
 * or reopened here) keeps its state; the decision is audited as not applied.
 */
@Component
class ComplaintDecisionHandler implements DownstreamHandler {

    private final ComplaintService service;
    private final RunAs runAs;
    private final BranchTimeZone zone;

    ComplaintDecisionHandler(ComplaintService service, RunAs runAs,
                             @Value("${loket.branch.time-zone:WIB}") BranchTimeZone zone) {
        this.service = service;
        this.runAs = runAs;
        this.zone = zone;
    }

    @Override
    public String type() {
        return ComplaintService.DECISION_TYPE;
    }

    @Override
    public void apply(Envelope event) {
        if (event.schema() != ComplaintService.DECISION_SCHEMA) {
            throw new IllegalStateException("complaint_decision schema " + event.schema() + " is newer than this branch");
        }
        Map<String, Object> data = event.data();
        UUID id = UUID.fromString((String) data.get("complaintId"));
        ComplaintAction action = ComplaintAction.valueOf((String) data.get("action"));
        String text = (String) data.get("text");
        String decidedBy = (String) data.get("decidedBy");
        Optional<Complaint> complaint = service.escalatedForDecision(id);
        if (complaint.isEmpty()) {
            service.decisionNotApplicable(id, (String) data.get("number"), action.name(), decidedBy);
            return;
        }
        Complaint c = complaint.get();
        LoketUser head = new LoketUser(new UUID(0, 1), decidedBy + "@pusat", "", true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.HEAD_OF_OFFICE)),
                String.valueOf(data.getOrDefault("decidedByName", decidedBy)), c.branchCode(), zone, 0);
        runAs.run(head, () -> {
            switch (action) {
                case FOLLOW_UP -> service.followUp(id, c.version(), text);
                case RESOLVE -> service.resolve(id, c.version(), text);
                default -> throw new IllegalStateException("not a decision: " + action);
            }
        });
    }

}
