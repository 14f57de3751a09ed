package id.loket.siak.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.siak.SiakFamily;
import id.loket.siak.SiakMember;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** CALL_NIK answers as public clients see them (shared/domain/siak.md 3a), mapped to outcomes, not exceptions. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SiakResponseMapperTest {

    private static String envelope(String content) {
        return "{\"content\":[" + content + "],\"lastPage\":true,\"numberOfElements\":1,\"sort\":null,"
                + "\"totalElements\":1,\"firstPage\":true,\"number\":0,\"size\":1}";
    }

    @Test
    void a_full_record_is_mapped_to_our_codes_with_the_family_from_further_entries() {
        String body = envelope("""
                {"NIK":"3201014503900001","NO_KK":3201012003150007,"NAMA_LGKP":"SITI NUR'AINI","JENIS_KLMIN":"Perempuan",
                 "TMPT_LHR":"BOGOR","TGL_LHR":"1990-03-05","AGAMA":"ISLAM","PDDK_AKH":"SLTA/SEDERAJAT",
                 "JENIS_PKRJN":"MENGURUS RUMAH TANGGA","GOL_DARAH":"A","STATUS_KAWIN":"KAWIN TERCATAT","TGL_KWN":"14-02-2015",
                 "STAT_HBKEL":"ISTRI","NAMA_LGKP_AYAH":"SUPRIATNA","NAMA_LGKP_IBU":"AISYAH","ALAMAT":"JL. RAYA PONDOK RAJEG NO. 12",
                 "NO_RT":"002","NO_RW":"005","NO_PROP":"32","NO_KAB":"1","NO_KEC":"1","NO_KEL":"1001","KODE_POS":"16914"},
                {"NIK":"3201011207870003","NO_KK":"3201012003150007","NAMA_LGKP":"AHMAD FAUZI","JENIS_KLMIN":"LAKI-LAKI",
                 "STAT_HBKEL":"KEPALA KELUARGA","STATUS_KAWIN":"KAWIN"},
                {"NIK":"3201999999990001","NO_KK":"3201999999990001","NAMA_LGKP":"OTHER FAMILY"}""");

        SiakAnswer answer = SiakResponseMapper.map(body);

        assertThat(answer).isInstanceOf(SiakAnswer.Found.class);
        SiakFamily family = ((SiakAnswer.Found) answer).family();
        assertThat(family.kkNumber()).isEqualTo("3201012003150007");
        assertThat(family.villageCode()).isEqualTo("32.01.01.1001");
        assertThat(family.headName()).isEqualTo("AHMAD FAUZI");
        assertThat(family.rt()).isEqualTo("002");
        assertThat(family.members()).extracting(SiakMember::nik).containsExactly("3201014503900001", "3201011207870003");
        SiakMember siti = family.members().getFirst();
        assertThat(siti.sexCode()).isEqualTo("2");
        assertThat(siti.birthDate()).isEqualTo(LocalDate.of(1990, 3, 5));
        assertThat(siti.religionCode()).isEqualTo("1");
        assertThat(siti.educationCode()).isEqualTo("5");
        assertThat(siti.occupationCode()).isEqualTo("2");
        assertThat(siti.bloodTypeCode()).isEqualTo("1");
        assertThat(siti.maritalStatusCode()).isEqualTo("2");
        assertThat(siti.marriageDate()).isEqualTo(LocalDate.of(2015, 2, 14));
        assertThat(siti.relationshipCode()).isEqualTo("3");
        assertThat(siti.citizenshipCode()).isEqualTo("WNI");
        assertThat(family.members().get(1).sexCode()).isEqualTo("1");
        assertThat(family.members().get(1).maritalStatusCode()).isEqualTo("2");
    }

    @Test
    void data_tidak_ditemukan_in_any_casing_is_not_found() {
        assertThat(SiakResponseMapper.map(envelope("{\"RESPON\":\"Data Tidak Ditemukan\"}"))).isInstanceOf(SiakAnswer.NotFound.class);
        assertThat(SiakResponseMapper.map(envelope("{\"RESPON\":\"data  tidak ditemukan\"}"))).isInstanceOf(SiakAnswer.NotFound.class);
    }

    @Test
    void the_daily_quota_keeps_the_lookup_pending_and_login_or_ip_refusals_are_final() {
        assertThat(SiakResponseMapper.map(envelope("{\"RESPON\":\"Kuota Akses Hari Ini Telah Habis\"}")))
                .isEqualTo(new SiakAnswer.Unavailable("siak.error.quota"));
        assertThat(SiakResponseMapper.map(envelope("{\"RESPON\":\"Login gagal\"}")))
                .isEqualTo(new SiakAnswer.Refused("siak.error.login"));
        assertThat(SiakResponseMapper.map(envelope("{\"RESPON\":\"IP Client  Tidak terdaftar\"}")))
                .isEqualTo(new SiakAnswer.Refused("siak.error.ip"));
        assertThat(SiakResponseMapper.map(envelope("{\"RESPON\":\"IP Address Tidak Sesuai\"}")))
                .isEqualTo(new SiakAnswer.Refused("siak.error.ip"));
    }

    @Test
    void malformed_or_empty_answers_mean_siak_did_not_really_answer() {
        for (String body : new String[]{null, "", "<html>502 Bad Gateway</html>", "{\"content\":[]}", "{\"content\":[{\"NIK\":",
                "{\"foo\":1}", "{\"content\":[\"x\"]}", "{\"content\":[{\"NAMA_LGKP\":\"NO NIK\"}]}"}) {
            assertThat(SiakResponseMapper.map(body)).as(String.valueOf(body))
                    .isEqualTo(new SiakAnswer.Unavailable("siak.error.malformed"));
        }
    }

    @Test
    void a_partial_record_keeps_what_is_there_and_leaves_the_rest_empty() {
        SiakAnswer answer = SiakResponseMapper.map(envelope(
                "{\"NIK\":3201014503900001,\"NAMA_LGKP\":\"SITI\",\"TGL_LHR\":\"05/03/1990\",\"AGAMA\":\"UNKNOWN FAITH\",\"NO_KEL\":null}"));
        SiakFamily family = ((SiakAnswer.Found) answer).family();
        assertThat(family.kkNumber()).isNull();
        assertThat(family.villageCode()).isNull();
        assertThat(family.headName()).isNull();
        SiakMember m = family.members().getFirst();
        assertThat(m.nik()).isEqualTo("3201014503900001");
        assertThat(m.birthDate()).isEqualTo(LocalDate.of(1990, 3, 5));
        assertThat(m.religionCode()).isNull();
        assertThat(m.sexCode()).isNull();
    }
}
