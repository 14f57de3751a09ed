package id.loket.dashboard.internal;

import static id.loket.dashboard.internal.ExportFixtures.GENERATED;
import static id.loket.dashboard.internal.ExportFixtures.OFFICE;
import static id.loket.dashboard.internal.ExportFixtures.WIB;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.base.i18n.LoketI18NProvider;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DashboardCsvTest {

    private static final Locale ID = LoketI18NProvider.INDONESIAN;
    private static final Locale EN = Locale.ENGLISH;

    private static String csv(byte[] bytes) {
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark")
                .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    @Test
    void the_office_dashboard_in_indonesian_uses_semicolons_decimal_commas_and_iso_dates() {
        ExportText text = ExportFixtures.text(ID);
        String out = csv(DashboardCsv.office(ExportFixtures.office(null), text, ExportFixtures.header(text)));
        assertThat(out).isEqualTo(lines(
                "Dasbor Kepala Dinas;" + OFFICE,
                "Periode;2026-12-01;2026-12-02",
                "Cabang;Semua cabang",
                "Jenis permohonan;Semua jenis",
                "Dibuat;2026-12-02 09:30",
                "",
                "Waktu layanan (ambil nomor antrean sampai KK diserahkan)",
                "Selesai;p50 (menit);p90 (menit);Standar (menit);Dalam standar (%)",
                "8;25;45;30;62,5",
                "",
                "Per tahap",
                "Tahap;Standar (menit);Selesai dikerjakan;Dikembalikan;Kerja p50 (menit);Kerja p90 (menit);"
                        + "Kerja dalam standar (%);Tunggu p50 (menit);Tunggu p90 (menit);Tunggu dalam standar (%);"
                        + "Di tahap sekarang;Lewat standar sekarang;Masuk paling lama",
                "Antrean;5;10;0;0;0;100;4,25;9;60;3;0;",
                "Penerimaan berkas;5;10;1;4,5;6,5;80;1;2;100;2;1;2026-12-02 09:15",
                "",
                "Per cabang",
                "Kode cabang;Cabang;Selesai;p50 (menit);p90 (menit);Dalam standar (%);Antrean: dalam standar (%);"
                        + "Penerimaan berkas: dalam standar (%)",
                "PUSAT;Kantor Pusat;5;24;40;80;90;75",
                "CIBINONG;Cabang Cibinong;3;30;60;33,3;100;",
                "",
                "Tahap penghambat",
                "\"Kartu paling lama menunggu di tahap Antrean: median tunggu 4,25 menit, p90 9 menit; median kerja 0 "
                        + "menit terhadap standar 5 menit.\"",
                "",
                "Permohonan selesai per hari",
                "Tanggal;Selesai;p50 (menit);p90 (menit);Dalam standar (%)",
                "2026-12-01;5;24;40;80",
                "2026-12-02;3;30;60;33,3",
                "",
                "Pengaduan",
                "Jumlah pengaduan;4",
                "Masih terbuka;1",
                "Lewat batas waktu;1",
                "Hampir lewat batas;0",
                "Median sampai tindak lanjut pertama (menit kerja);30",
                "Median sampai selesai (menit kerja);",
                "Per status: Baru;1",
                "Per status: Selesai;3",
                "Per saluran: Telepon;1",
                "Per saluran: Formulir web;3",
                "Per kategori: LAYANAN;4",
                ""));
    }

    @Test
    void the_office_dashboard_in_english_uses_commas_and_decimal_points() {
        ExportText text = ExportFixtures.text(EN);
        String out = csv(DashboardCsv.office(ExportFixtures.office(null), text, ExportFixtures.header(text)));
        assertThat(out).isEqualTo(lines(
                "Head of Office dashboard," + OFFICE,
                "Period,2026-12-01,2026-12-02",
                "Branch,All branches",
                "Application type,All types",
                "Generated,2026-12-02 09:30",
                "",
                "Lead time (queue ticket taken to KK handed over)",
                "Completed,p50 (minutes),p90 (minutes),Standard (minutes),Within standard (%)",
                "8,25,45,30,62.5",
                "",
                "Per step",
                "Step,Standard (minutes),Finished,Returned,Work p50 (minutes),Work p90 (minutes),"
                        + "Work within standard (%),Wait p50 (minutes),Wait p90 (minutes),Wait within standard (%),"
                        + "In the step now,Over the standard now,Oldest entered",
                "Queue,5,10,0,0,0,100,4.25,9,60,3,0,",
                "Intake,5,10,1,4.5,6.5,80,1,2,100,2,1,2026-12-02 09:15",
                "",
                "Per branch",
                "Branch code,Branch,Completed,p50 (minutes),p90 (minutes),Within standard (%),"
                        + "Queue: within standard (%),Intake: within standard (%)",
                "PUSAT,Kantor Pusat,5,24,40,80,90,75",
                "CIBINONG,Cabang Cibinong,3,30,60,33.3,100,",
                "",
                "Bottleneck",
                "\"Cards wait longest at step Queue: median wait 4.25 minutes, p90 9 minutes; median work 0 minutes "
                        + "against a standard of 5 minutes.\"",
                "",
                "Applications completed per day",
                "Date,Completed,p50 (minutes),p90 (minutes),Within standard (%)",
                "2026-12-01,5,24,40,80",
                "2026-12-02,3,30,60,33.3",
                "",
                "Complaints",
                "Complaints,4",
                "Still open,1",
                "Overdue,1",
                "Nearly overdue,0",
                "Median to first follow-up (working minutes),30",
                "Median to resolution (working minutes),",
                "By status: New,1",
                "By status: Resolved,3",
                "By channel: Phone,1",
                "By channel: Web form,3",
                "By category: LAYANAN,4",
                ""));
    }

    @Test
    void the_heat_map_is_seven_weekdays_by_twenty_four_hours() {
        ExportText text = ExportFixtures.text(ID);
        String out = csv(DashboardCsv.office(ExportFixtures.office(ExportFixtures.arrivals()), text,
                ExportFixtures.header(text)));
        List<String> rows = out.lines().toList();
        int at = rows.indexOf("Kedatangan per hari dan jam");
        assertThat(rows.get(at + 1)).isEqualTo("Hari / jam;00;01;02;03;04;05;06;07;08;09;10;11;12;13;14;15;16;17;18;"
                + "19;20;21;22;23");
        assertThat(rows.get(at + 2)).isEqualTo("Sen;;;;;;;;;20;19;18;17;16;15;14;13;;;;;;;;");
        assertThat(rows.get(at + 8)).isEqualTo("Min;;;;;;;;;;;;;;;;;;;;;;;;");
        assertThat(rows.get(at + 9)).isEmpty();
    }

    @Test
    void the_section_dashboard_defuses_formulas_in_return_reasons_and_quotes_as_rfc_4180_says() {
        ExportText text = ExportFixtures.text(ID);
        ExportHeader header = new ExportHeader(OFFICE, "Kantor Pusat", "Akta kelahiran", GENERATED, WIB);
        String out = csv(DashboardCsv.section(ExportFixtures.section(), text, header));
        assertThat(out).isEqualTo(lines(
                "Dasbor Kepala Seksi;" + OFFICE,
                "Periode;2026-12-01;2026-12-02",
                "Cabang;Kantor Pusat",
                "Jenis permohonan;Akta kelahiran",
                "Dibuat;2026-12-02 09:30",
                "",
                "Per tahap",
                "Tahap;Standar (menit);Selesai dikerjakan;Dikembalikan;Kerja p50 (menit);Kerja p90 (menit);"
                        + "Kerja dalam standar (%);Tunggu p50 (menit);Tunggu p90 (menit);Tunggu dalam standar (%);"
                        + "Di tahap sekarang;Lewat standar sekarang;Masuk paling lama",
                "Antrean;5;10;0;0;0;100;4,25;9;60;3;0;",
                "Penerimaan berkas;5;10;1;4,5;6,5;80;1;2;100;2;1;2026-12-02 09:15",
                "",
                "Pengembalian per tahap dan alasan",
                "Tahap;Alasan;Jumlah",
                "Penerimaan berkas;\"'=HYPERLINK(\"\"http://x\"\")\";2",
                "Penerimaan berkas;'@SUM(1);1",
                "Penerimaan berkas;'-2+3;1",
                "Penerimaan berkas;\"Berkas kurang; KTP \"\"asli\"\", KK lama\";1",
                "",
                "Per petugas",
                "Petugas;Nama pengguna;Tahap;Selesai dikerjakan;Kerja p50 (menit);Kerja p90 (menit);"
                        + "Kerja dalam standar (%)",
                "Siti Rahma;siti;Penerimaan berkas;4;4,5;6,5;75",
                "",
                "Kartu lewat dua kali standar (terbuka)",
                "Nomor registrasi;Kode cabang;Tahap;Standar (menit);Masuk tahap;Tercatat",
                "PST-20261202-0001;PUSAT;Penerimaan berkas;5;2026-12-02 09:00;2026-12-02 09:10",
                ""));
    }

    @Test
    void every_text_that_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe() {
        byte[] bytes = new CsvWriter(ID).texts("=1+1", "+1", "-2+3", "@SUM(1)", "\tx", "\rx", "ok", "a=b", "", null)
                .end().bytes();
        assertThat(csv(bytes)).isEqualTo("'=1+1;'+1;'-2+3;'@SUM(1);'\tx;\"'\rx\";ok;a=b;;\r\n");
    }

    @Test
    void numbers_written_by_loket_stay_numbers_even_when_negative() {
        byte[] id = new CsvWriter(ID).number(-2L).decimal(new BigDecimal("-1.50"), 2).minutes(75).percent(0.125)
                .number((Long) null).end().bytes();
        byte[] en = new CsvWriter(EN).number(-2L).decimal(new BigDecimal("-1.50"), 2).minutes(75).percent(0.125)
                .end().bytes();
        assertThat(csv(id)).isEqualTo("-2;-1,5;1,25;12,5;\r\n");
        assertThat(csv(en)).isEqualTo("-2,-1.5,1.25,12.5\r\n");
    }
}
