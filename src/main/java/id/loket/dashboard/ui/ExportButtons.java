package id.loket.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.ui.Messages;
import id.loket.dashboard.DashboardExport;
import id.loket.dashboard.DashboardFilter;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export links of a dashboard's toolbar (issue 13.6): "Unduh CSV" of what the dashboard shows now (the filter
 * is read when the link is followed), and on the Kepala Dinas's dashboard a month picker with "Laporan bulanan
 * (PDF)" for the filter's branch. Usage: {@code toolbar.add(new ExportButtons(() -> filter, Kind.OFFICE))}.
 *
 * <p>Each file is made when its link is followed, in that request (with the user's security context, so the
 * service's role checks and the audit apply). A refusal (a month not begun) shows on the dashboard and the browser
 * gets no file.
 */
public class ExportButtons extends HorizontalLayout {

    /** Which dashboard the buttons sit on. */
    public enum Kind {
        /** {@code /dasbor}: CSV and the monthly PDF report */
        OFFICE,
        /** {@code /dasbor/seksi}: CSV */
        SECTION
    }

    private static final Logger log = LoggerFactory.getLogger(ExportButtons.class);
    private static final int MONTHS = 24;

    private final Select<YearMonth> month = new Select<>();

    public ExportButtons(Supplier<DashboardFilter> currentFilter, Kind kind) {
        this(VaadinService.getCurrent().getInstantiator().getOrCreate(DashboardExport.class), currentFilter, kind);
    }

    public ExportButtons(DashboardExport export, Supplier<DashboardFilter> currentFilter, Kind kind) {
        setId("dashboard-export");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        Locale locale = UI.getCurrent().getLocale();

        Anchor csv = new Anchor(download(() -> {
            DashboardFilter f = currentFilter.get();
            return kind == Kind.OFFICE ? () -> export.officeCsv(f, locale) : () -> export.sectionCsv(f, locale);
        }, false), "");
        csv.add(VaadinIcon.DOWNLOAD.create());
        csv.add(getTranslation("dashboard.export.csv"));
        csv.setId("dashboard-export-csv");
        add(csv);

        if (kind == Kind.OFFICE) {
            month.setId("dashboard-export-month");
            month.setLabel(getTranslation("dashboard.export.month"));
            DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
            month.setItemLabelGenerator(monthName::format);
            LocalDate today = LocalDate.now(CurrentUser.require().timeZone().zoneId());
            List<YearMonth> months = new ArrayList<>();
            for (int i = 0; i < MONTHS; i++) {
                months.add(YearMonth.from(today).minusMonths(i));
            }
            month.setItems(months);
            // the month the dashboard shows, else the current one
            DashboardFilter shown = currentFilter.get();
            YearMonth initial = shown == null ? YearMonth.from(today) : YearMonth.from(shown.to());
            month.setValue(months.contains(initial) ? initial : months.getFirst());
            month.setEmptySelectionAllowed(false);

            Anchor pdf = new Anchor(download(() -> {
                DashboardFilter f = currentFilter.get();
                YearMonth chosen = month.getValue();
                return () -> export.monthlyReport(chosen, f == null ? null : f.branchCode(), locale);
            }, true), "");
            pdf.add(VaadinIcon.FILE_TEXT_O.create());
            pdf.add(getTranslation("dashboard.export.pdf"));
            pdf.setId("dashboard-export-pdf");
            pdf.setTarget(AnchorTarget.BLANK);
            add(month, pdf);

            // the satisfaction survey's report for the dashboard's own period (issue 15.4)
            Anchor skm = new Anchor(download(() -> {
                DashboardFilter f = currentFilter.get();
                return () -> export.skmReport(f, locale);
            }, true), "");
            skm.add(VaadinIcon.SMILEY_O.create());
            skm.add(getTranslation("skm.dashboard.pdf"));
            skm.setId("dashboard-export-skm");
            skm.setTarget(AnchorTarget.BLANK);
            add(skm);
        }
    }

    /** The selected report month. */
    public Select<YearMonth> month() {
        return month;
    }

    /**
     * @param prepare runs under the session lock (it reads the dashboard's components: filter, month) and returns
     *                the job that makes the file, run outside the lock so the dashboard stays responsive
     * @param inline  the PDF opens in the browser's viewer (a new tab) instead of being saved
     */
    private static DownloadHandler download(Supplier<Supplier<DashboardExport.File>> prepare, boolean inline) {
        var handler = DownloadHandler.fromInputStream(event -> {
            UI ui = event.getUI();
            try {
                AtomicReference<Supplier<DashboardExport.File>> job = new AtomicReference<>();
                ui.accessSynchronously(() -> job.set(prepare.get()));
                DashboardExport.File file = job.get().get();
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), file.contentType(),
                        file.content().length);
            } catch (BusinessException e) {
                ui.access(() -> Messages.error(e));
                return DownloadResponse.error(409);
            } catch (RuntimeException e) {
                // the browser gets an error status, the officer a plain message; the cause goes to the log
                log.error("dashboard export failed", e);
                ui.access(() -> Messages.error("dashboard.export.error.failed"));
                return DownloadResponse.error(500);
            }
        });
        return inline ? handler.inline() : handler;
    }
}
