package id.loket.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AccountService;
import id.loket.base.AccountService.UserForm;
import id.loket.base.BranchTimeZone;
import id.loket.base.Roles;
import id.loket.base.account.AccountBootstrap;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A branch code may have 16 characters; its complaint numbers (34 characters) must still be stored. */
@LoketIntegrationTest
class ComplaintLongBranchTest {

    @Autowired
    AccountBootstrap bootstrap;
    @Autowired
    AccountService accounts;
    @Autowired
    ComplaintService complaints;
    @Autowired
    Officers officers;

    @Test
    void a_branch_with_a_sixteen_character_code_files_complaints() {
        String branch = "KECAMATANCILEUNG";
        assertThat(branch).hasSize(16);
        bootstrap.ensureBranch(branch, "UPT Dukcapil Kecamatan Cileungsi", BranchTimeZone.WIB);
        String desk = "aduan." + UUID.randomUUID().toString().substring(0, 6);
        officers.run("admin", () -> accounts.createUser(
                new UserForm(desk, "Petugas Aduan Cabang", branch, Set.of(Roles.COMPLAINT_DESK), true), "benar12345"));

        ComplaintNumber number = officers.as(desk, () -> complaints.file(ComplaintServiceTest.phoneCall("0812-3456-7890", "DATA_KK")));

        assertThat(number.value()).matches("ADU-KECAMATANCILEUNG-\\d{8}-0001").hasSize(34);
        assertThat(ComplaintNumber.parse(number.value().toLowerCase())).isEqualTo(number);
    }
}
