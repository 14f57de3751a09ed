package id.loket.dashboard;

import java.util.List;

/**
 * The Kepala Dinas's dashboard ({@code /dasbor}) for one filter. {@code complaints} is the complaint desk's own
 * figures (null for a user who may not see them).
 */
public record OfficeDashboard(DashboardFilter filter, Spread leadTime, List<StepFigures> steps,
                              List<BranchFigures> branches, Bottleneck bottleneck, List<TrendPoint> throughputByDay,
                              HeatMap arrivals, HeatMap waiting, List<FlowPoint> flow,
                              id.loket.complaint.ComplaintService.Figures complaints) {
}
