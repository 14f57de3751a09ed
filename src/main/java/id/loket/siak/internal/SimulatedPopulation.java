package id.loket.siak.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's people, as SIAK would send them (upper-snake-case keys, SIAK's text values). Villages are real
 * level-4 entries of shared/domain/regions.csv; each NIK starts with a real district code and carries the birth
 * date (+40 on the day for women); KK numbers carry the district and the registration date.
 */
final class SimulatedPopulation {

    private SimulatedPopulation() {
    }

    record Address(String kk, String alamat, String rt, String rw, int prop, int kab, int kec, int kel, String kodePos) {
    }

    static final List<Address> FAMILIES = List.of(
            // Pondok Rajeg, Cibinong, Kabupaten Bogor (32.01.01.1001)
            new Address("3201012003150007", "JL. RAYA PONDOK RAJEG NO. 12", "002", "005", 32, 1, 1, 1001, "16914"),
            // Ciangsana, Gunungputri (32.01.02.2003)
            new Address("3201022105120004", "PERUM KOTA WISATA BLOK C3 NO. 8", "004", "011", 32, 1, 2, 2003, "16968"),
            // Citeureup, Citeureup (32.01.03.2002)
            new Address("3201031009190001", "KP. CITEUREUP RT 01", "001", "003", 32, 1, 3, 2002, "16810"),
            // Empang, Bogor Selatan, Kota Bogor (32.71.01.1003)
            new Address("3271011703080002", "JL. EMPANG GG. MASJID NO. 4", "003", "002", 32, 71, 1, 1003, "16132"));

    /** kk, nik, name, sex, place, birth date, religion, education, occupation, blood, marital, marriage date, relation, citizenship, passport, kitap, father, mother. */
    static final List<Map<String, String>> PEOPLE = List.of(
            person("3201012003150007", "3201011207870003", "AHMAD FAUZI", "LAKI-LAKI", "BOGOR", "1987-07-12", "ISLAM",
                    "DIPLOMA IV/STRATA I", "KARYAWAN SWASTA", "O", "KAWIN TERCATAT", "2015-02-14", "KEPALA KELUARGA",
                    "WNI", null, null, "DARMAN", "ENDAH"),
            person("3201012003150007", "3201014503900001", "SITI NUR'AINI", "PEREMPUAN", "BOGOR", "1990-03-05", "ISLAM",
                    "SLTA/SEDERAJAT", "MENGURUS RUMAH TANGGA", "A", "KAWIN TERCATAT", "2015-02-14", "ISTRI",
                    "WNI", null, null, "SUPRIATNA", "AISYAH"),
            person("3201012003150007", "3201011402160002", "MUHAMMAD RIZKY", "LAKI-LAKI", "BOGOR", "2016-02-14", "ISLAM",
                    "TIDAK/BELUM SEKOLAH", "PELAJAR/MAHASISWA", "TIDAK TAHU", "BELUM KAWIN", null, "ANAK",
                    "WNI", null, null, "AHMAD FAUZI", "SITI NUR'AINI"),
            person("3201022105120004", "3201020808800001", "BUDI SANTOSO", "LAKI-LAKI", "JAKARTA", "1980-08-08", "KRISTEN",
                    "DIPLOMA IV/STRATA I", "PEGAWAI NEGERI SIPIL", "B", "KAWIN TERCATAT", "2009-06-20", "KEPALA KELUARGA",
                    "WNI", null, null, "SUTRISNO", "MARIA"),
            person("3201022105120004", "3201025211840002", "DEWI LESTARI", "PEREMPUAN", "SEMARANG", "1984-11-12", "KRISTEN",
                    "AKADEMI/DIPLOMA III/SARJANA MUDA", "GURU", "AB", "KAWIN TERCATAT", "2009-06-20", "ISTRI",
                    "WNI", null, null, "HARTONO", "SRI WAHYUNI"),
            person("3201022105120004", "3201026506100001", "PUTRI AYU SANTOSO", "PEREMPUAN", "BOGOR", "2010-06-25", "KRISTEN",
                    "SLTP/SEDERAJAT", "PELAJAR/MAHASISWA", "B", "BELUM KAWIN", null, "ANAK",
                    "WNI", null, null, "BUDI SANTOSO", "DEWI LESTARI"),
            person("3201031009190001", "3201031503750004", "HENDRA WIJAYA", "LAKI-LAKI", "BOGOR", "1975-03-15", "BUDHA",
                    "STRATA II", "WIRASWASTA", "A", "KAWIN TERCATAT", "2018-11-03", "KEPALA KELUARGA",
                    "WNI", null, null, "GUNAWAN WIJAYA", "LIANA"),
            // a foreign wife with a permanent stay permit (KITAP): NIK issued by the district, passport and KITAP kept
            person("3201031009190001", "3201036109820001", "YUKI TANAKA", "PEREMPUAN", "OSAKA", "1982-09-21", "BUDHA",
                    "DIPLOMA IV/STRATA I", "PENTERJEMAH", "A", "KAWIN TERCATAT", "2018-11-03", "ISTRI",
                    "WNA", "TZ1234567", "2C11AB0123456", "HIROSHI TANAKA", "KEIKO TANAKA"),
            person("3271011703080002", "3271010404600002", "I KOMANG SUARSANA", "LAKI-LAKI", "GIANYAR", "1960-04-04", "HINDU",
                    "TAMAT SD/SEDERAJAT", "PEDAGANG", "O", "CERAI MATI", null, "KEPALA KELUARGA",
                    "WNI", null, null, "I WAYAN RAKA", "NI MADE SARI"));

    private static Map<String, String> person(String kk, String nik, String name, String sex, String place, String born,
                                              String religion, String education, String occupation, String blood,
                                              String marital, String married, String relation, String citizenship,
                                              String passport, String kitap, String father, String mother) {
        Address a = FAMILIES.stream().filter(f -> f.kk().equals(kk)).findFirst().orElseThrow();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("NIK", nik);
        p.put("NO_KK", kk);
        p.put("NAMA_LGKP", name);
        p.put("JENIS_KLMIN", sex);
        p.put("TMPT_LHR", place);
        p.put("TGL_LHR", born);
        p.put("AGAMA", religion);
        p.put("PDDK_AKH", education);
        p.put("JENIS_PKRJN", occupation);
        p.put("GOL_DARAH", blood);
        p.put("STATUS_KAWIN", marital);
        p.put("TGL_KWN", married);
        p.put("STAT_HBKEL", relation);
        p.put("KEWARGANEGARAAN", citizenship);
        p.put("NO_PASPOR", passport);
        p.put("NO_KITAP", kitap);
        p.put("NAMA_LGKP_AYAH", father);
        p.put("NAMA_LGKP_IBU", mother);
        p.put("ALAMAT", a.alamat());
        p.put("NO_RT", a.rt());
        p.put("NO_RW", a.rw());
        p.put("KODE_POS", a.kodePos());
        // unpadded, as some deployments send them
        p.put("NO_PROP", String.valueOf(a.prop()));
        p.put("NO_KAB", String.valueOf(a.kab()));
        p.put("NO_KEC", String.valueOf(a.kec()));
        p.put("NO_KEL", String.valueOf(a.kel()));
        p.put("EKTP_STATUS", "SUDAH REKAM");
        return p;
    }
}
