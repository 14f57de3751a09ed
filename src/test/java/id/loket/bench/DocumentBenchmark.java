package id.loket.bench;

import id.loket.document.internal.DocumentProperties;
import id.loket.document.internal.KkContent;
import id.loket.document.internal.KkRenderer;
import id.loket.document.internal.PdfSigner;
import id.loket.document.internal.SigningKey;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * KK document benchmark (issue 6), run with {@code ./mvnw -Pbench verify} (or pinned to one core:
 * {@code taskset -c 0 ./mvnw -Pbench verify -Dit.test=DocumentBenchmark}): KK PDFs per second on one thread (also
 * per second of that thread's CPU time), rendered only and rendered + signed, and bytes per PDF.
 * Fonts and the key are loaded once, as in the application. No database: this measures the document path alone.
 */
public class DocumentBenchmark {

    /** Warm-up by time, not count: pinned to one core, the JIT compiles on the same core as the loop. */
    private static final long WARMUP_NANOS = 8_000_000_000L;
    private static final int ROUNDS = 2000;

    public static KkContent family(int members) {
        List<KkContent.Member> list = new ArrayList<>();
        String[][] people = {
                {"AHMAD FAUZI", "3201011208880003", "LAKI-LAKI", "BOGOR", "12-08-1988", "KEPALA KELUARGA", "SULAIMAN", "SITI AMINAH"},
                {"SITI NUR'AINI", "3201014503900001", "PEREMPUAN", "JAKARTA", "05-03-1990", "ISTRI", "ABDUL RAHMAN", "MARYAM"},
                {"AISYAH PUTRI", "3201016101240002", "PEREMPUAN", "BOGOR", "21-01-2024", "ANAK", "AHMAD FAUZI", "SITI NUR'AINI"}};
        for (int i = 0; i < members; i++) {
            String[] p = people[Math.min(i, 2)];
            String nik = i < 3 ? p[1] : "32010102%02d18%04d".formatted(1 + i % 28, 10 + i);
            list.add(new KkContent.Member(i < 3 ? p[0] : "MUHAMMAD RIZKY RAMADHAN " + i, nik, p[2], p[3], p[4], "ISLAM",
                    "DIPLOMA IV/STRATA I", "KARYAWAN SWASTA", "O", i < 2 ? "KAWIN TERCATAT" : "BELUM KAWIN",
                    i < 2 ? "01-06-2014" : null, p[5], "WNI", null, null, p[6], p[7]));
        }
        return new KkContent("3201010101150007", "AHMAD FAUZI", "JL. RAYA PONDOK RAJEG NO. 12", "003/011", "PONDOK RAJEG",
                "CIBINONG", "KABUPATEN BOGOR", "16914", "JAWA BARAT", list, "25-11-2026", "KABUPATEN BOGOR",
                "Drs. H. Bambang Hermawan, M.Si.", "197003151995031002",
                "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE, BSSN.",
                "https://loket.example.go.id/cek-kk/5f0c8a1e-2b7d-4c1a-9e3f-6a2b8c4d1e0f/3fa9c27be011", true);
    }

    record Run(double perSecond, double perCpuSecond, long bytes) {
    }

    private static Run measure(Runnable once, java.util.function.Supplier<byte[]> sample) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < WARMUP_NANOS) {
            once.run();
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            once.run();
        }
        long wall = System.nanoTime() - t0;
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        return new Run(ROUNDS / (wall / 1e9), ROUNDS / (cpu / 1e9), sample.get().length);
    }

    @Test
    void document_figures() throws Exception {
        Path dir = Files.createTempDirectory("kk-bench");
        SigningKey key = SigningKey.load(new DocumentProperties.Keystore(null, null, null), dir.resolve("dev.p12"));
        KkRenderer renderer = new KkRenderer();
        PdfSigner signer = new PdfSigner(key, renderer.regularFont()); // as the application wires it
        List<String> lines = new ArrayList<>();
        for (int members : new int[]{6, 12}) {
            KkContent content = family(members);
            java.util.function.Supplier<byte[]> signOnce = () -> {
                KkRenderer.Rendered r = renderer.render(content);
                return signer.sign(r.pdf(), new PdfSigner.Stamp(r.signaturePage(), r.llx(), r.lly(), r.urx(), r.ury(),
                        "Ditandatangani secara elektronik oleh\nDrs. H. Bambang Hermawan, M.Si.\n25-11-2026 10:00 WIB",
                        "Penerbitan Kartu Keluarga", "Cibinong", Instant.now()));
            };
            Run rendered = measure(() -> renderer.render(content), () -> renderer.render(content).pdf());
            Run signed = measure(signOnce::get, signOnce);
            int pages = renderer.render(content).pages();
            lines.add(String.format(Locale.ROOT,
                    "BENCH kk %d members (%d page%s), one thread: rendered %.0f/s (%.0f per CPU-second), %d bytes; "
                            + "rendered + signed %.0f/s (%.0f per CPU-second), %d bytes",
                    members, pages, pages == 1 ? "" : "s", rendered.perSecond(), rendered.perCpuSecond(), rendered.bytes(),
                    signed.perSecond(), signed.perCpuSecond(), signed.bytes()));
        }
        lines.add("BENCH kk targets: >= 250 rendered/s and >= 150 signed/s on one core; signed PDF < 150 KB");
        String report = String.join("\n", lines);
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/documents.txt"), report + "\n");
    }
}
