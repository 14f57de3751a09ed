package id.loket.dashboard;

import java.time.LocalDate;

/**
 * What a dashboard shows: the days [from, to] (branch-local dates, inclusive), one branch or (null) every branch the
 * user may see, one application type or (null) all.
 */
public record DashboardFilter(LocalDate from, LocalDate to, String branchCode, String typeCode) {

    public static DashboardFilter day(LocalDate day) {
        return new DashboardFilter(day, day, null, null);
    }

    public DashboardFilter withBranch(String branch) {
        return new DashboardFilter(from, to, branch, typeCode);
    }

    public DashboardFilter withType(String type) {
        return new DashboardFilter(from, to, branchCode, type);
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
