package id.loket.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.base.i18n.LoketI18NProvider;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monthly report read back with poppler (pdftotext, pdfinfo, pdftoppm), tools that are not ours. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MonthlyReportPdfTest {

    private static final MonthlyReportPdf RENDERER = new MonthlyReportPdf();

    @TempDir
    static Path dir;
    static byte[] indonesian;
    static byte[] english;

    @BeforeAll
    static void render() throws IOException {
        ExportText id = ExportFixtures.text(LoketI18NProvider.INDONESIAN);
        ExportText en = ExportFixtures.text(Locale.ENGLISH);
        indonesian = RENDERER.render(ExportFixtures.report(id), id);
        english = RENDERER.render(ExportFixtures.report(en), en);
        if (Boolean.getBoolean("keepReport")) { // -DkeepReport=true: look at it
            Files.write(Path.of("target/laporan-bulanan-contoh.pdf"), indonesian);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static Path file(byte[] pdf, String name) throws IOException {
        return Files.write(dir.resolve(name), pdf);
    }

    private static int pages(Path pdf) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(run("pdfinfo", pdf.toString()));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String text(Path pdf) throws IOException, InterruptedException {
        return run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
    }

    @Test
    void the_indonesian_report_has_the_office_the_period_the_figures_and_page_numbers() throws Exception {
        Path pdf = file(indonesian, "id.pdf");
        int pages = pages(pdf);
        String text = text(pdf);
        assertThat(pages).isBetween(2, 5);
        assertThat(text).contains(ExportFixtures.OFFICE)
                .contains("Laporan Bulanan Waktu Layanan Kartu Keluarga")
                .contains("Periode: Desember 2026 (1 Des 2026 \u2013 31 Des 2026)")
                .contains("Dibuat 2 Des 2026 09.30")
                .contains("Cabang: Semua cabang");
        // lead time p50/p90/share, per-step working p50 in quarter minutes, a weekly count with a thousands dot
        assertThat(text).containsPattern("8\\s+25\\s+45\\s+62,5%")
                .containsPattern("Penerimaan berkas\\s+5\\s+10\\s+4,5\\s+6,5\\s+80%")
                .containsPattern("30 Nov 2026\\s+1\\.234")
                .contains("Kartu paling lama menunggu di tahap Antrean: median tunggu 4,25 menit");
        String[] perPage = text.split("\f");
        assertThat(perPage[0]).contains("Halaman 1 dari " + pages);
        assertThat(perPage[pages - 1]).contains("Halaman " + pages + " dari " + pages);
        // chart axes and labels are text too
        assertThat(text).contains("Tanggal (Desember 2026)").contains("Jam (waktu setempat)").contains("Standar layanan");
    }

    @Test
    void the_english_report_has_english_labels_dates_and_numbers() throws Exception {
        Path pdf = file(english, "en.pdf");
        int pages = pages(pdf);
        String text = text(pdf);
        assertThat(text).contains("Monthly Report on Family Card Service Times")
                .contains("Period: December 2026 (1 Dec 2026 \u2013 31 Dec 2026)")
                .contains("Page 1 of " + pages)
                .containsPattern("8\\s+25\\s+45\\s+62\\.5%")
                .containsPattern("30 Nov 2026\\s+1,234")
                .doesNotContain("Halaman");
    }

    @Test
    void the_charts_are_vector_drawings_not_images() throws Exception {
        int forms = 0;
        try (PDDocument doc = Loader.loadPDF(indonesian)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject x = resources.getXObject(name);
                    assertThat(x).as("no raster image in the report").isNotInstanceOf(PDImageXObject.class);
                    if (x instanceof PDFormXObject form) {
                        forms++;
                        String ops;
                        try (var in = form.getContents()) {
                            ops = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                        }
                        // paths (rectangles re, lines l, curves c), filled or stroked
                        assertThat(ops).containsPattern("\\b(re|l|c)\\n").containsPattern("\\b(f|S|B)\\n");
                        PDResources inner = form.getResources();
                        assertThat(inner == null ? List.<COSName>of() : inner.getXObjectNames()).isEmpty();
                    }
                }
            }
        }
        assertThat(forms).as("three charts").isEqualTo(3);

        // rendered, the pages show the bars' blue and the standard's red
        Path pdf = file(indonesian, "charts.pdf");
        run("pdftoppm", "-r", "50", "-png", pdf.toString(), dir.resolve("page").toString());
        List<Path> pngs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith("page")).sorted().forEach(pngs::add);
        }
        assertThat(pngs).hasSize(pages(pdf));
        long blue = 0;
        long red = 0;
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    blue += near(rgb, 0x2B5C9E) ? 1 : 0;
                    red += near(rgb, 0xC62828) ? 1 : 0;
                }
            }
        }
        assertThat(blue).as("pixels of the p50 bars and the daily line").isGreaterThan(200);
        assertThat(red).as("pixels of the standard lines").isGreaterThan(20);
    }

    private static boolean near(int rgb, int target) {
        return Math.abs(((rgb >> 16) & 0xFF) - ((target >> 16) & 0xFF)) < 24
                && Math.abs(((rgb >> 8) & 0xFF) - ((target >> 8) & 0xFF)) < 24
                && Math.abs((rgb & 0xFF) - (target & 0xFF)) < 24;
    }

    @AfterAll
    static void nothing() {
    }
}
