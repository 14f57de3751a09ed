package id.loket.dashboard;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The dashboards' figures (issue 13). Every method checks the user's role and limits branches through
 * {@code DashboardScope}: an officer sees his own figures, the Kepala Seksi his branch, the Kepala Dinas every
 * branch this server holds. Contract written first so the views, exports and benchmark could be built beside it.
 */
@Service
public class DashboardService {

    /** Kepala Dinas ({@code HEAD_OF_OFFICE}): the whole office, or one branch. */
    public OfficeDashboard office(DashboardFilter filter) {
        throw new UnsupportedOperationException("issue 13: core");
    }

    /** Kepala Seksi ({@code VERIFIER}) and Kepala Dinas: one branch (the Kepala Seksi's own, whatever he asks). */
    public SectionDashboard section(DashboardFilter filter) {
        throw new UnsupportedOperationException("issue 13: core");
    }

    /** Any officer of a step role: his steps, today. */
    public MyFigures mine() {
        throw new UnsupportedOperationException("issue 13: core");
    }

    /** Kepala Dinas: completed applications and lead time per day, week or month. */
    public List<TrendPoint> trend(DashboardFilter filter, Granularity granularity) {
        throw new UnsupportedOperationException("issue 13: core");
    }

    /** The cards behind a figure (newest first, at most {@code limit}); limited to what the user's scope allows. */
    public List<CardRef> cards(DashboardFilter filter, Drill drill, int limit) {
        throw new UnsupportedOperationException("issue 13: core");
    }

    /** Branch code -> name of the branches the user may choose in the filter (one for everyone but the Kepala Dinas). */
    public Map<String, String> branches() {
        throw new UnsupportedOperationException("issue 13: core");
    }

    /** Application type code -> name (in the user's language) for the filter. */
    public Map<String, String> types(java.util.Locale locale) {
        throw new UnsupportedOperationException("issue 13: core");
    }

    /** Open breaches (over twice the standard) in the user's scope, oldest first. */
    public List<Breach> openBreaches() {
        throw new UnsupportedOperationException("issue 13: core");
    }
}
