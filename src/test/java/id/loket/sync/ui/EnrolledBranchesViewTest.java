package id.loket.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import id.loket.sync.CentralFixtures;
import id.loket.sync.CentralIntegrationTest;
import id.loket.sync.internal.BranchCredentials;
import id.loket.sync.internal.central.EnrollmentService.EnrolledBranch;
import id.loket.dashboard.ui.OfficeDashboardView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.context.support.TestExecutionEvent;

/** The central admin's enrollment screen: a key is shown once, a re-issued key replaces the old one. */
@CentralIntegrationTest
class EnrolledBranchesViewTest extends SpringBrowserlessTest {

    @Autowired
    CentralFixtures fixtures;
    @Autowired
    BranchCredentials credentials;

    @BeforeEach
    void users() {
        fixtures.users();
    }

    @Test
    @WithUserDetails(value = "dinas.admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_admin_enrolls_a_branch_sees_its_key_once_and_a_reissued_key_replaces_it() {
        EnrolledBranchesView view = navigate(EnrolledBranchesView.class);
        String code = CentralFixtures.newCode();
        test(find(TextField.class).id("sync-enroll-code")).setValue(code.toLowerCase());
        test(find(TextField.class).id("sync-enroll-name")).setValue("UPT Dukcapil Uji");
        test(find(Button.class).id("sync-enroll-save")).click();

        String key = find(TextField.class).id("sync-issued-key-value").getValue();
        assertThat(key).hasSizeGreaterThanOrEqualTo(40);
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Cabang " + code + " terdaftar");
        assertThat(credentials.authenticate(code, key)).contains(code);
        @SuppressWarnings("unchecked")
        Grid<EnrolledBranch> grid = find(Grid.class).id("sync-branches-grid");
        assertThat(grid.getGenericDataView().getItems().map(EnrolledBranch::code)).contains(code);

        // shown once: a fresh visit of the screen has no key on it
        navigate(EnrolledBranchesView.class);
        assertThat(find(TextField.class).withId("sync-issued-key-value").exists()).isFalse();

        action(code, 0).click();
        String second = find(TextField.class).id("sync-issued-key-value").getValue();
        assertThat(second).isNotEqualTo(key);
        assertThat(credentials.authenticate(code, key)).isEmpty();
        assertThat(credentials.authenticate(code, second)).contains(code);

        action(code, 1).click();
        assertThat(credentials.authenticate(code, second)).isEmpty();
    }

    /** The branch's row's action button (0 re-issue, 1 revoke), as the grid renders it. */
    private Button action(String code, int index) {
        @SuppressWarnings("unchecked")
        Grid<EnrolledBranch> grid = find(Grid.class).id("sync-branches-grid");
        List<EnrolledBranch> rows = grid.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow());
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(row, "actions");
        return (Button) actions.getComponentAt(index);
    }

    @Test
    @WithUserDetails(value = "dinas.admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_bad_code_is_shown_on_the_field_and_nothing_is_enrolled() {
        navigate(EnrolledBranchesView.class);
        test(find(TextField.class).id("sync-enroll-code")).setValue("cabang baru!");
        test(find(TextField.class).id("sync-enroll-name")).setValue("UPT");
        test(find(Button.class).id("sync-enroll-save")).click();

        TextField code = find(TextField.class).id("sync-enroll-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Kode cabang 2-16 huruf kapital atau angka");
        assertThat(find(TextField.class).withId("sync-issued-key-value").exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = "dinas.kadis", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_kepala_dinas_dashboard_shows_a_branch_that_never_delivered_as_late() {
        String code = CentralFixtures.newCode();
        fixtures.enrolled(code);
        navigate(OfficeDashboardView.class);
        Span line = find(Span.class).id("dashboard-delivery-" + code);
        assertThat(line.getText()).isEqualTo("UPT " + code + " (" + code
                + "): belum ada data diterima - terlambat: lebih dari 15 menit tanpa kiriman");
        assertThat(line.getClassNames()).contains("delivery-stale");
    }
}
