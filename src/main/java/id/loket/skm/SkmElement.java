package id.loket.skm;

/**
 * The nine elements (unsur) of PermenPANRB 14/2017 in the order of its text (U1..U9). Some published questionnaires
 * swap U8 and U9; the order does not change the index. The question and its four answer labels are in the bundle
 * ({@code skm.element.U1.question}, {@code skm.element.U1.answer.1..4}).
 */
public enum SkmElement {
    /** Persyaratan */
    U1,
    /** Sistem, mekanisme, dan prosedur */
    U2,
    /** Waktu penyelesaian */
    U3,
    /** Biaya/tarif (Dukcapil documents are free: UU 24/2013 Pasal 79A) */
    U4,
    /** Produk spesifikasi jenis pelayanan */
    U5,
    /** Kompetensi pelaksana */
    U6,
    /** Perilaku pelaksana */
    U7,
    /** Penanganan pengaduan, saran dan masukan */
    U8,
    /** Sarana dan prasarana */
    U9;

    public static final int COUNT = 9;

    /** The database column of this element's rating ({@code u1}..{@code u9}). */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
