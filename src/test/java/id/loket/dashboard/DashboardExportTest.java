package id.loket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.i18n.LoketI18NProvider;
import id.loket.document.PdfTools;
import id.loket.workflow.Applications;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Exports of a real month: an application walked through all seven steps, read back as CSV and PDF. */
@LoketIntegrationTest
class DashboardExportTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired DashboardExport export;
    @Autowired AuditService audit;

    private UUID handedOver() {
        UUID id = applications.atSigning();
        applications.next(id, "tte");
        applications.next(id, "ambil");
        return id;
    }

    private static String csv(DashboardExport.File file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    @Test
    void the_head_of_office_exports_this_month_as_pdf_and_csv_and_the_audit_says_so() throws Exception {
        handedOver();
        YearMonth month = YearMonth.now(WIB);
        LocalDate today = LocalDate.now(WIB);

        DashboardExport.File pdf = officers.as("kadis", () -> export.monthlyReport(month, null,
                LoketI18NProvider.INDONESIAN));
        assertThat(pdf.name()).isEqualTo("laporan-bulanan-" + month + ".pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        if (Boolean.getBoolean("keepReport")) { // -DkeepReport=true: look at it
            java.nio.file.Files.write(java.nio.file.Path.of("target/laporan-bulanan-nyata.pdf"), pdf.content());
        }
        String text = PdfTools.text(pdf.content());
        assertThat(text).contains("Dinas Kependudukan dan Pencatatan Sipil")
                .contains("Laporan Bulanan Waktu Layanan Kartu Keluarga")
                .contains("Halaman 1 dari ")
                .contains("Cabang: Semua cabang");

        DashboardExport.File office = officers.as("kadis", () -> export.officeCsv(
                new DashboardFilter(today, today, null, null), Locale.ENGLISH));
        List<String> rows = csv(office).lines().toList();
        assertThat(rows.getFirst()).startsWith("\uFEFFHead of Office dashboard,");
        int lead = rows.indexOf("Lead time (queue ticket taken to KK handed over)");
        long completed = Long.parseLong(rows.get(lead + 2).split(",")[0]);
        assertThat(completed).as("the application handed over today").isPositive();

        List<AuditService.AuditRecord> trail = officers.as("kadis", () -> audit.history("dashboard",
                "monthly-report"));
        assertThat(trail.getLast().actor()).isEqualTo("kadis");
        assertThat(trail.getLast().action()).isEqualTo("exported-pdf");
        assertThat(trail.getLast().details()).contains(month.atDay(1).toString()).contains("branch all");
    }

    @Test
    void the_section_head_exports_his_branch_and_a_step_officer_exports_nothing() {
        LocalDate today = LocalDate.now(WIB);
        DashboardFilter filter = new DashboardFilter(today, today, null, null);
        DashboardExport.File section = officers.as("kasi", () -> export.sectionCsv(filter,
                LoketI18NProvider.INDONESIAN));
        assertThat(csv(section)).startsWith("\uFEFFDasbor Kepala Seksi;").contains("\r\nPer tahap\r\n");
        assertThat(section.name()).startsWith("dasbor-seksi-PUSAT-").endsWith(".csv");

        assertThatThrownBy(() -> officers.as("kasi", () -> export.monthlyReport(YearMonth.now(WIB), null,
                Locale.ENGLISH))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.as("loket", () -> export.sectionCsv(filter, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_month_that_has_not_begun_is_refused() {
        assertThatThrownBy(() -> officers.as("kadis", () -> export.monthlyReport(YearMonth.now(WIB).plusMonths(1),
                null, Locale.ENGLISH))).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("dashboard.export.error.month");
    }
}
