package id.loket.dashboard;

import com.vaadin.flow.i18n.I18NProvider;
import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.complaint.ComplaintService;
import id.loket.dashboard.internal.DashboardCsv;
import id.loket.dashboard.internal.ExportHeader;
import id.loket.dashboard.internal.ExportText;
import id.loket.dashboard.internal.MonthlyReport;
import id.loket.dashboard.internal.MonthlyReportPdf;
import id.loket.document.DocumentService;
import id.loket.skm.SkmService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of the dashboards (issue 13.6): a CSV of what a dashboard shows and the printable monthly PDF report of the
 * Kepala Dinas's dashboard, the report an office sends upward. The figures come from {@link DashboardService} with
 * the user's own scope; every export is written to the audit trail (who took which figures out of the building).
 */
@Service
public class DashboardExport {

    /** A file to hand to the browser. */
    public record File(String name, String contentType, byte[] content) {
    }

    static final String CSV = "text/csv; charset=UTF-8";
    static final String PDF = "application/pdf";

    private final DashboardService dashboards;
    private final DocumentService documents;
    private final ComplaintService complaints;
    private final AuditService audit;
    private final SkmService skm;
    private final I18NProvider i18n;
    private final Clock clock;
    private final MonthlyReportPdf pdf = new MonthlyReportPdf();

    DashboardExport(DashboardService dashboards, DocumentService documents, ComplaintService complaints,
                    AuditService audit, SkmService skm, I18NProvider i18n, Clock clock) {
        this.dashboards = dashboards;
        this.skm = skm;
        this.documents = documents;
        this.complaints = complaints;
        this.audit = audit;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** What the Kepala Dinas's dashboard shows for this filter, as CSV. */
    @Transactional
    @PreAuthorize("hasRole('HEAD_OF_OFFICE')")
    public File officeCsv(DashboardFilter filter, Locale locale) {
        ExportText text = new ExportText(i18n, locale);
        OfficeDashboard office = dashboards.office(filter);
        byte[] csv = DashboardCsv.office(office, text, header(office.filter(), text));
        record("office", "csv", office.filter());
        return new File("dasbor-kepala-dinas" + suffix(office.filter()) + ".csv", CSV, csv);
    }

    /** What the Kepala Seksi's dashboard shows for this filter (his own branch, whatever he asks), as CSV. */
    @Transactional
    @PreAuthorize("hasAnyRole('VERIFIER','HEAD_OF_OFFICE')")
    public File sectionCsv(DashboardFilter filter, Locale locale) {
        ExportText text = new ExportText(i18n, locale);
        SectionDashboard section = dashboards.section(filter);
        // the branch the figures are of: a Kepala Seksi gets his own whatever he asked (DashboardScope)
        LoketUser user = CurrentUser.require();
        DashboardFilter shown = user.hasRole(Roles.HEAD_OF_OFFICE) ? section.filter()
                : section.filter().withBranch(user.branchCode());
        byte[] csv = DashboardCsv.section(section, text, header(shown, text));
        record("section", "csv", shown);
        return new File("dasbor-seksi" + suffix(shown) + ".csv", CSV, csv);
    }

    /**
     * The monthly report of the Kepala Dinas's dashboard for {@code month} (up to today for the current month), for
     * one branch or (null) the whole office, in the user's language.
     */
    @Transactional
    @PreAuthorize("hasRole('HEAD_OF_OFFICE')")
    public File monthlyReport(YearMonth month, String branchCodeOrNull, Locale locale) {
        ExportText text = new ExportText(i18n, locale);
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        if (month == null || month.atDay(1).isAfter(today)) {
            throw new BusinessException("dashboard.export.error.month");
        }
        LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        DashboardFilter filter = new DashboardFilter(month.atDay(1), to, blankToNull(branchCodeOrNull), null);
        OfficeDashboard office = dashboards.office(filter);
        List<TrendPoint> weeks = dashboards.trend(filter, Granularity.WEEK);
        byte[] report = pdf.render(new MonthlyReport(header(filter, text), month, office, weeks), text);
        record("monthly-report", "pdf", filter);
        String branch = filter.branchCode() == null ? "" : "-" + filter.branchCode();
        return new File("laporan-bulanan-" + month + branch + ".pdf", PDF, report);
    }

    /**
     * The satisfaction survey's periodic report (SKM, issue 15.4) for the dashboard's period, branch and type, made
     * and audited by the survey feature; this only supplies the labels the dashboard knows.
     */
    @Transactional
    @PreAuthorize("hasRole('HEAD_OF_OFFICE')")
    public File skmReport(DashboardFilter filter, Locale locale) {
        ExportText text = new ExportText(i18n, locale);
        ExportHeader h = header(filter, text);
        SkmService.File file = skm.report(filter.from(), filter.to(), filter.branchCode(), filter.typeCode(),
                h.officeName(), h.branchLabel(), h.typeLabel(), text.locale());
        return new File(file.name(), file.contentType(), file.content());
    }

    private ExportHeader header(DashboardFilter filter, ExportText text) {
        String branch = filter.branchCode() == null ? text.t("dashboard.export.branch.all")
                : dashboards.branches().getOrDefault(filter.branchCode(), filter.branchCode());
        String type = filter.typeCode() == null ? text.t("dashboard.export.type.all")
                : dashboards.types(text.locale()).getOrDefault(filter.typeCode(), filter.typeCode());
        Map<String, String> categories = new HashMap<>();
        complaints.categories().forEach(c -> categories.put(c.code(), c.name(text.locale())));
        return new ExportHeader(documents.officeName(), branch, type, Instant.now(clock), zone(), categories);
    }

    private void record(String what, String format, DashboardFilter f) {
        LoketUser user = CurrentUser.require();
        audit.record(user.branchCode(), "dashboard", what, "exported-" + format, "period " + f.from() + ".." + f.to()
                + ", branch " + (f.branchCode() == null ? "all" : f.branchCode()) + ", type "
                + (f.typeCode() == null ? "all" : f.typeCode()));
    }

    private static ZoneId zone() {
        return CurrentUser.require().timeZone().zoneId();
    }

    private static String suffix(DashboardFilter f) {
        return (f.branchCode() == null ? "" : "-" + f.branchCode()) + "-" + f.from()
                + (f.to().equals(f.from()) ? "" : "_" + f.to());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
