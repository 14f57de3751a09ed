package id.loket.workflow;

import java.util.UUID;

/** An application was registered, claimed, moved or completed. Ids only; listeners read what they need. */
public record ApplicationMoved(UUID applicationId, String branchCode, String fromStep, String toStep) {
}
