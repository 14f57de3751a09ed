package id.loket.dashboard;

import java.util.List;

/** The Kepala Seksi's dashboard ({@code /dasbor/seksi}): his branch's steps, returns, officers and open breaches. */
public record SectionDashboard(DashboardFilter filter, List<StepFigures> steps, List<ReturnFigures> returns,
                               List<OfficerFigures> officers, List<Breach> openBreaches) {
}
