package id.loket.complaint;

import java.util.UUID;

/** Published after every change of a complaint (ids only), for boards and the dashboard to refresh. */
public record ComplaintStatusChanged(UUID complaintId, String branchCode, ComplaintStatus status) {
}
