package id.loket.dashboard.internal;

import id.loket.dashboard.OfficeDashboard;
import id.loket.dashboard.TrendPoint;
import java.time.YearMonth;
import java.util.List;

/** The data of one monthly report: the Kepala Dinas's dashboard for the month and its throughput per week. */
public record MonthlyReport(ExportHeader header, YearMonth month, OfficeDashboard office, List<TrendPoint> weeks) {
}
