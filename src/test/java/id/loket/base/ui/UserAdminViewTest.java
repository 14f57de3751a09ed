package id.loket.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.loket.LoketIntegrationTest;
import id.loket.base.AccountService.UserRow;
import id.loket.base.Roles;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@LoketIntegrationTest
class UserAdminViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void admin_adds_an_officer_through_the_dialog() {
        UserAdminView view = navigate(UserAdminView.class);
        String username = "baru." + UUID.randomUUID().toString().substring(0, 6);
        test(find(Button.class).id("users-add")).click();
        test(find(TextField.class).id("user-username")).setValue(username);
        test(find(TextField.class).id("user-full-name")).setValue("Ni Luh Putu Ayu");
        test(find(Select.class).id("user-branch")).selectItem("PUSAT – Dinas Kependudukan dan Pencatatan Sipil");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = find(CheckboxGroup.class).id("user-roles");
        roles.setValue(Set.of(Roles.SIGNER));
        test(find(PasswordField.class).id("user-password")).setValue("awal12345");
        test(find(Button.class).id("user-save")).click();

        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = find(Grid.class).id("users-grid");
        assertThat(test(grid).size()).isGreaterThan(0);
        assertThat(grid.getGenericDataView().getItems().map(UserRow::username)).contains(username);
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Data pengguna tersimpan");
    }

    @Test
    @WithUserDetails("admin")
    void a_bad_username_shows_the_rule_in_indonesian_and_keeps_the_dialog_open() {
        navigate(UserAdminView.class);
        test(find(Button.class).id("users-add")).click();
        test(find(TextField.class).id("user-username")).setValue("Nama Dengan Spasi");
        test(find(TextField.class).id("user-full-name")).setValue("Nama");
        test(find(Button.class).id("user-save")).click();

        assertThat(test(find(Notification.class).last()).getText()).startsWith("Nama pengguna harus 3-60 karakter");
        assertThat(find(TextField.class).id("user-username").isAttached()).isTrue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    id.loket.base.AccountService accounts;

    @Test
    @WithUserDetails("admin")
    void a_second_admins_save_on_the_same_user_is_refused_with_a_message_and_keeps_his_input() {
        String username = "ganda." + UUID.randomUUID().toString().substring(0, 6);
        UUID id = accounts.createUser(new id.loket.base.AccountService.UserForm(username, "Nama Awal", "PUSAT",
                Set.of(Roles.PICKUP), true), "awal12345");
        UserAdminView view = navigate(UserAdminView.class);
        UserRow seen = view.grid.getGenericDataView().getItems().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
        view.openEditor(seen);
        // meanwhile the first admin saves the same user
        accounts.updateUser(id, seen.version(), new id.loket.base.AccountService.UserForm(username, "Nama Admin Satu",
                "PUSAT", Set.of(Roles.PICKUP), true));

        test(find(TextField.class).id("user-full-name")).setValue("Nama Admin Dua");
        test(find(Button.class).id("user-save")).click();

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Data pengguna " + username + " baru saja diubah oleh administrator lain. "
                        + "Tutup, buka lagi, dan ulangi perubahan Anda.");
        assertThat(find(TextField.class).id("user-full-name").getValue()).isEqualTo("Nama Admin Dua");
        assertThat(accounts.listUsers()).filteredOn(u -> u.username().equals(username)).singleElement()
                .extracting(UserRow::fullName).isEqualTo("Nama Admin Satu");
    }

    @Test
    @WithUserDetails("fo")
    void the_front_office_menu_has_no_admin_entry() {
        navigate(HomeView.class);
        var labels = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).contains("Beranda").doesNotContain("Pengguna", "Administrasi");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("home-card-FRONT_OFFICE").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_menu_has_the_user_admin_entry() {
        navigate(HomeView.class);
        var labels = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).contains("Beranda", "Administrasi", "Pengguna");
    }
}
