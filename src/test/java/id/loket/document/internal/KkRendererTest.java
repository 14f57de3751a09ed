package id.loket.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.loket.document.internal.KkContent.Member;
import id.loket.document.internal.KkRenderer.Rendered;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class KkRendererTest {

    /** One renderer for the whole class, as the application holds it. */
    private static final KkRenderer RENDERER = new KkRenderer();

    private static final String LONG_NAME = "RADEN MAS MUHAMMAD ABDURRAHMAN WICAKSONO HADININGRAT KUSUMAPUTRA";
    private static final String URL = "https://loket.example.go.id/verifikasi/9f1c2b7e-5d1a-4c3e-8a2b-7f0e6d5c4b3a";

    // ------------------------------------------------------------------------------------------------- tests

    @Test
    void every_value_of_every_member_and_the_header_and_footer_are_printed() throws IOException {
        KkContent kk = family(12);
        String text = squeeze(text(RENDERER.render(kk).pdf()));

        for (String expected : List.of("KARTU KELUARGA", "No. " + kk.kkNumber(), "Nama Kepala Keluarga",
                "Alamat", "RT/RW", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "Kode Pos", "Provinsi",
                kk.headName(), kk.address(), kk.rtRw(), kk.village(), kk.district(), kk.regency(), kk.postalCode(),
                kk.province(),
                "Nama Lengkap", "NIK", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Agama", "Pendidikan",
                "Jenis Pekerjaan", "Golongan Darah", "Status Perkawinan", "Tanggal Perkawinan",
                "Status Hubungan Dalam Keluarga", "Kewarganegaraan", "Dokumen Imigrasi", "No. Paspor", "No. KITAP",
                "Nama Orang Tua", "Ayah", "Ibu",
                "Dikeluarkan Tanggal : " + kk.issueDate(), "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                kk.regencyTitle(), kk.officialName(), "NIP. " + kk.officialNip(), kk.signatureStatement())) {
            assertThat(text).as(expected).contains(squeeze(expected));
        }
        for (Member m : kk.members()) {
            for (String value : values(m)) {
                assertThat(text).as("%s of %s", value, m.fullName()).contains(squeeze(value == null ? "-" : value));
            }
        }
        assertThat(text).contains(squeeze(LONG_NAME), squeeze("NUR'AINI RAHMAWATI"), squeeze("ANDRÉ LEFÈVRE"),
                "B1234567", "2C21JE0123-AB");
    }

    @Test
    void a_family_of_twelve_runs_over_two_pages_with_the_title_and_number_on_each() throws IOException {
        KkContent kk = family(12);
        Rendered rendered = RENDERER.render(kk);

        assertThat(rendered.pages()).isGreaterThan(1);
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(rendered.pages());
            for (int page = 1; page <= rendered.pages(); page++) {
                String text = squeeze(text(pdf, page));
                assertThat(text).as("page %d", page).contains("KARTUKELUARGA", "NO." + kk.kkNumber(),
                        "HALAMAN" + page + "DARI" + rendered.pages());
                if (page > 1) {
                    // the continued table shows its column headers again
                    assertThat(text).as("page %d", page).containsAnyOf("NAMALENGKAP", "STATUSPERKAWINAN");
                }
            }
            assertThat(squeeze(text(pdf, 1))).contains("NAMAKEPALAKELUARGA");
            assertThat(squeeze(text(pdf, rendered.pages()))).contains("DIKELUARKANTANGGAL", "NIP." + kk.officialNip());
        }
        assertThat(rendered.signaturePage()).isEqualTo(rendered.pages());
    }

    @Test
    void the_first_page_shows_ink_the_qr_code_is_drawn_and_the_signature_box_stays_empty() throws IOException {
        Rendered rendered = RENDERER.render(family(6));
        Path dir = Path.of("target", "kk-render");
        Files.createDirectories(dir);
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            BufferedImage first = renderer.renderImageWithDPI(0, 72);
            ImageIO.write(first, "png", dir.resolve("page1.png").toFile());
            assertThat(inkShare(first, 0, 0, first.getWidth(), first.getHeight())).isGreaterThan(0.01);

            BufferedImage last = rendered.pages() == 1 ? first : renderer.renderImageWithDPI(rendered.pages() - 1, 72);
            ImageIO.write(last, "png", dir.resolve("last-page.png").toFile());
            // the QR code: bottom right, inside the page margins (A4 landscape, 28 pt side and 30 pt bottom margin)
            float pageHeight = pdf.getPage(rendered.pages() - 1).getMediaBox().getHeight();
            float pageWidth = pdf.getPage(rendered.pages() - 1).getMediaBox().getWidth();
            int qrLeft = Math.round(pageWidth - 28 - KkRenderer.QR_SIZE);
            int qrTop = Math.round(pageHeight - 30 - KkRenderer.QR_SIZE);
            double qrInk = inkShare(last, qrLeft, qrTop, qrLeft + Math.round(KkRenderer.QR_SIZE),
                    qrTop + Math.round(KkRenderer.QR_SIZE));
            assertThat(qrInk).isBetween(0.2, 0.7);

            // the signature box: a real area, blank so that a visible stamp can be drawn into it later
            assertThat(rendered.urx() - rendered.llx()).isCloseTo(KkRenderer.SIGNATURE_WIDTH, within(0.01f));
            assertThat(rendered.ury() - rendered.lly()).isCloseTo(KkRenderer.SIGNATURE_HEIGHT, within(0.01f));
            assertThat(rendered.llx()).isGreaterThan(28f);
            assertThat(rendered.urx()).isLessThan(pageWidth - 28f);
            assertThat(rendered.lly()).isGreaterThanOrEqualTo(30f);
            assertThat(rendered.ury()).isLessThan(pageHeight - 72f);
            assertThat(inkShare(last, Math.round(rendered.llx()), Math.round(pageHeight - rendered.ury()),
                    Math.round(rendered.urx()), Math.round(pageHeight - rendered.lly()))).isZero();
        }
    }

    @Test
    void every_font_is_embedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(family(12)).pdf())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void the_verification_address_is_only_in_the_qr_code_and_metadata_names_the_document() throws IOException {
        KkContent kk = family(3);
        byte[] bytes = RENDERER.render(kk).pdf();
        assertThat(squeeze(text(bytes))).doesNotContain(squeeze(URL)).doesNotContain(squeeze("UJI COBA"));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Kartu Keluarga " + kk.kkNumber());
            assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("Loket");
        }
    }

    @Test
    void a_family_of_three_fits_on_one_small_page() throws IOException {
        Rendered rendered = RENDERER.render(family(3));
        assertThat(rendered.pages()).isEqualTo(1);
        assertThat(rendered.signaturePage()).isEqualTo(1);
        assertThat(rendered.pdf().length).isLessThan(100 * 1024);
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void a_document_signed_with_the_development_key_says_so_on_every_page() throws IOException {
        KkContent kk = withDevelopmentCertificate(family(14));
        Rendered rendered = RENDERER.render(kk);
        assertThat(rendered.pages()).isGreaterThan(1);
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            for (int page = 1; page <= rendered.pages(); page++) {
                assertThat(squeeze(text(pdf, page))).as("page %d", page)
                        .contains(squeeze(KkRenderer.DEVELOPMENT_WARNING));
            }
        }
    }

    @Test
    void the_footer_is_whole_on_the_last_page_below_the_tables_and_never_alone_for_any_family_size() throws IOException {
        for (int size = 1; size <= 24; size++) {
            KkContent kk = family(size);
            Rendered rendered = RENDERER.render(kk);
            assertThat(rendered.signaturePage()).as("size %d", size).isEqualTo(rendered.pages());
            try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(rendered.pages());
                List<Line> lines = lines(pdf, rendered.pages());
                int footerStart = -1;
                int footerEnd = -1;
                for (int i = 0; i < lines.size(); i++) {
                    String s = squeeze(lines.get(i).text());
                    if (footerStart < 0 && (s.startsWith("DOKUMENINI") || s.startsWith("DIKELUARKAN"))) {
                        footerStart = i;
                    }
                    if (s.startsWith("NIP.")) {
                        footerEnd = i;
                    }
                }
                assertThat(footerStart).as("size %d", size).isNotNegative();
                // never a page with the footer alone: the end of table II comes with it
                String lastPage = squeeze(text(pdf, rendered.pages()));
                assertThat(lastPage).as("size %d", size).contains("STATUSPERKAWINAN",
                        squeeze(kk.members().getLast().motherName()));
                assertThat(footerEnd).as("size %d", size).isGreaterThan(footerStart);
                float footerTop = (float) lines.subList(footerStart, footerEnd + 1).stream()
                        .mapToDouble(Line::top).min().orElseThrow();
                float tablesBottom = (float) lines.subList(0, footerStart).stream()
                        .mapToDouble(Line::bottom).max().orElse(0);
                assertThat(tablesBottom).as("size %d", size).isLessThan(footerTop);
                // the signature box lies inside the footer, below its top line
                float pageHeight = pdf.getPage(0).getMediaBox().getHeight();
                assertThat(pageHeight - rendered.ury()).as("size %d", size).isGreaterThan(footerTop);
                assertThat(pageHeight - rendered.ury()).as("size %d", size).isGreaterThan(tablesBottom);
            }
            // all members are there (rows never get lost at a page break)
            String text = squeeze(text(rendered.pdf()));
            for (Member m : kk.members()) {
                assertThat(text).as("size %d", size).contains(m.nik());
            }
        }
    }

    @Test
    void one_renderer_serves_several_threads_at_once() throws Exception {
        KkContent kk = family(6);
        String expected = text(RENDERER.render(kk).pdf());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> text(RENDERER.render(kk).pdf())));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void empty_values_print_as_a_dash() throws IOException {
        Member bare = new Member("SITI AMINAH", "3201014107900002", "Perempuan", null, "01-07-1990", "Islam", null,
                null, null, "Belum Kawin", null, "Kepala Keluarga", "WNI", null, null, null, "  ");
        KkContent kk = new KkContent("3201010101260001", "SITI AMINAH", null, null, null, null, null, null, null,
                List.of(bare), "05-01-2026", "KABUPATEN BOGOR", "Drs. H. Ahmad Subagja, M.Si.",
                "197001011990031001", null, null, false);
        Rendered rendered = RENDERER.render(kk);
        assertThat(rendered.pages()).isEqualTo(1);
        String text = text(rendered.pdf());
        assertThat(text).contains("SITI AMINAH", "3201014107900002").doesNotContain("null");
        assertThat(text.chars().filter(c -> c == '-').count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void a_word_wider_than_its_column_breaks_inside_and_loses_no_character() throws IOException {
        String unbroken = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(3) + "0123456789";
        KkContent base = family(2);
        Member head = base.members().getFirst();
        Member odd = new Member(unbroken, head.nik(), head.sex(), unbroken, head.birthDate(), head.religion(),
                head.education(), head.occupation(), head.bloodType(), head.maritalStatus(), head.marriageDate(),
                head.relationship(), head.citizenship(), unbroken, null, unbroken, head.motherName());
        KkContent kk = new KkContent(base.kkNumber(), base.headName(), unbroken + " " + unbroken, base.rtRw(),
                base.village(), base.district(), base.regency(), base.postalCode(), base.province(),
                List.of(odd, base.members().get(1)), base.issueDate(), base.regencyTitle(), base.officialName(),
                base.officialNip(), base.signatureStatement(), base.verificationUrl(), false);
        Rendered rendered = RENDERER.render(kk);
        String text = squeeze(text(rendered.pdf()));
        // the name, birth place, passport and father columns, and the address twice
        assertThat(text.split(unbroken, -1)).hasSizeGreaterThanOrEqualTo(7);
        assertThat(text).contains(base.members().get(1).nik());
    }

    // ------------------------------------------------------------------------------------------------- fixtures

    static KkContent family(int size) {
        List<Member> all = List.of(
                new Member("Budi Santoso", "3201010101800001", "Laki-laki", "Bogor", "01-01-1980", "Islam",
                        "Diploma IV/Strata I", "Karyawan Swasta", "O", "Kawin Tercatat", "12-06-2005",
                        "Kepala Keluarga", "WNI", null, null, "Sutrisno", "Sumiati"),
                new Member("Nur'aini Rahmawati", "3201014502830002", "Perempuan", "Cianjur", "05-02-1983", "Islam",
                        "SLTA/Sederajat", "Mengurus Rumah Tangga", "A", "Kawin Tercatat", "12-06-2005", "Istri",
                        "WNI", null, null, "H. Abdul Karim", "Siti Maryam"),
                new Member(LONG_NAME, "3201011203070003", "Laki-laki", "Kabupaten Bogor", "12-03-2007", "Islam",
                        "SLTP/Sederajat", "Pelajar/Mahasiswa", "O+", "Belum Kawin", null, "Anak", "WNI", null, null,
                        "Budi Santoso", "Nur'aini Rahmawati"),
                new Member("Dewi Lestari", "3201015509100004", "Perempuan", "Bogor", "15-09-2010", "Islam",
                        "Tamat SD/Sederajat", "Pelajar/Mahasiswa", "A", "Belum Kawin", null, "Anak", "WNI", null,
                        null, "Budi Santoso", "Nur'aini Rahmawati"),
                new Member("Andi Pratama", "3201012011130005", "Laki-laki", "Bogor", "20-11-2013", "Islam",
                        "Belum Tamat SD/Sederajat", "Pelajar/Mahasiswa", null, "Belum Kawin", null, "Anak", "WNI",
                        null, null, "Budi Santoso", "Nur'aini Rahmawati"),
                new Member("André Lefèvre", "3201010807750006", "Laki-laki", "Lyon", "08-07-1975", "Kristen",
                        "Strata II", "Konsultan", "B", "Cerai Mati", null, "Famili Lain", "WNA", "B1234567",
                        "2C21JE0123-AB", "Jean-Pierre Lefèvre", "Hélène Lefèvre"),
                new Member("Putri Ayu Lestari", "3201016101160007", "Perempuan", "Bogor", "21-01-2016", "Islam",
                        "Tidak/Belum Sekolah", "Belum/Tidak Bekerja", "AB", "Belum Kawin", null, "Anak", "WNI",
                        null, null, "Budi Santoso", "Nur'aini Rahmawati"),
                new Member("Rizky Ramadhan", "3201010305180008", "Laki-laki", "Bogor", "03-05-2018", "Islam",
                        "Tidak/Belum Sekolah", "Belum/Tidak Bekerja", "O", "Belum Kawin", null, "Anak", "WNI",
                        null, null, "Budi Santoso", "Nur'aini Rahmawati"),
                new Member("Sumiati", "3201015708550009", "Perempuan", "Sukabumi", "17-08-1955", "Islam",
                        "Tamat SD/Sederajat", "Belum/Tidak Bekerja", "B", "Cerai Mati", null, "Orang Tua", "WNI",
                        null, null, "Kartodirjo", "Painem"),
                new Member("Siti Maryam", "3201014212580010", "Perempuan", "Cianjur", "02-12-1958", "Islam",
                        "SLTP/Sederajat", "Pedagang", "Tidak Tahu", "Kawin Tidak Tercatat", null, "Mertua", "WNI",
                        null, null, "Mansur", "Aminah"),
                new Member("Agus Setiawan", "3201011408990011", "Laki-laki", "Bogor", "14-08-1999", "Islam",
                        "Diploma III/Sarjana Muda", "Buruh Harian Lepas", "A", "Belum Kawin", null, "Famili Lain",
                        "WNI", null, null, "Darmawan", "Yuliani"),
                new Member("Made Wirawan", "5171012502010012", "Laki-laki", "Denpasar", "25-02-2001", "Hindu",
                        "SLTA/Sederajat", "Karyawan Swasta", "O", "Belum Kawin", null, "Lainnya", "WNI", null,
                        null, "I Ketut Suardana", "Ni Luh Sukerti"));
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Member m = all.get(i % all.size());
            if (i >= all.size()) { // more members than the fixture: unique NIKs
                m = new Member(m.fullName(), m.nik().substring(0, 12) + String.format("%04d", i + 1), m.sex(),
                        m.birthPlace(), m.birthDate(), m.religion(), m.education(), m.occupation(), m.bloodType(),
                        m.maritalStatus(), m.marriageDate(), m.relationship(), m.citizenship(), m.passportNumber(),
                        m.kitapNumber(), m.fatherName(), m.motherName());
            }
            members.add(m);
        }
        return new KkContent("3201012301260004", "Budi Santoso", "Jl. Raya Pondok Rajeg No. 17 Gg. Melati",
                "003/011", "Pondok Rajeg", "Cibinong", "Kabupaten Bogor", "16914", "Jawa Barat", members,
                "23-01-2026", "KABUPATEN BOGOR", "Drs. H. Ahmad Subagja, M.Si.", "197001011990031001",
                "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang "
                        + "diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN",
                URL, false);
    }

    private static KkContent withDevelopmentCertificate(KkContent c) {
        return new KkContent(c.kkNumber(), c.headName(), c.address(), c.rtRw(), c.village(), c.district(),
                c.regency(), c.postalCode(), c.province(), c.members(), c.issueDate(), c.regencyTitle(),
                c.officialName(), c.officialNip(), c.signatureStatement(), c.verificationUrl(), true);
    }

    private static List<String> values(Member m) {
        return java.util.Arrays.asList(m.fullName(), m.nik(), m.sex(), m.birthPlace(), m.birthDate(), m.religion(),
                m.education(), m.occupation(), m.bloodType(), m.maritalStatus(), m.marriageDate(), m.relationship(),
                m.citizenship(), m.passportNumber(), m.kitapNumber(), m.fatherName(), m.motherName());
    }

    // ------------------------------------------------------------------------------------------------- reading

    /** Whitespace removed, upper case: wrapped cells split values over lines, and the KK prints most in capitals. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** A run of text as written, with its extent measured from the top of the page. */
    private record Line(String text, float top, float bottom) {
    }

    private static List<Line> lines(PDDocument pdf, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                float top = Float.MAX_VALUE;
                float bottom = 0;
                for (TextPosition p : positions) {
                    top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                    bottom = Math.max(bottom, p.getYDirAdj());
                }
                lines.add(new Line(text, top, bottom));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return lines;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    /** The share of pixels in [x0, x1) x [y0, y1) that are not white. */
    private static double inkShare(BufferedImage image, int x0, int y0, int x1, int y1) {
        long ink = 0;
        long all = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                all++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return all == 0 ? 0 : (double) ink / all;
    }
}
