package id.loket.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.loket.LoketIntegrationTest;
import id.loket.base.ui.HomeView;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintNumber;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.ComplaintRow;
import id.loket.complaint.ComplaintService.Filter;
import id.loket.complaint.ComplaintService.Intake;
import id.loket.complaint.ComplaintStatus;
import id.loket.complaint.Division;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@LoketIntegrationTest
class ComplaintViewsTest extends SpringBrowserlessTest {

    /** This test context's own strategy: each Spring test context has one, the global holder only the latest. */
    @org.springframework.beans.factory.annotation.Autowired
    SecurityContextHolderStrategy strategy;

    @Autowired
    ComplaintService service;
    @Autowired
    UserDetailsService users;

    /** Sets up data as another officer, then returns to the signed-in one. */
    <T> T as(String username, Supplier<T> work) {
        var previous = strategy.getContext().getAuthentication();
        UserDetails details = users.loadUserByUsername(username);
        // through this context's own strategy: each test context has its own, and the global one is the last created
        strategy.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities())));
        try {
            return work.get();
        } finally {
            strategy.setContext(new SecurityContextImpl(previous));
        }
    }

    ComplaintRow fileAs(String phone, String description) {
        return as("aduan", () -> {
            ComplaintNumber n = service.file(new Intake(ComplaintChannel.TELEPON, false, "Rudi Hartono", phone,
                    "3201012501900002", "DATA_KK", description, null, null));
            return service.list(new Filter(null, null, null, null, false, n.value())).getFirst();
        });
    }

    @SuppressWarnings("unchecked")
    Grid<ComplaintRow> column(ComplaintStatus status) {
        return find(Grid.class).id("complaint-board-column-" + status.name());
    }

    static int indexOf(Grid<ComplaintRow> grid, String number) {
        List<ComplaintRow> rows = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }

    String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    @Test
    @WithUserDetails("aduan")
    void the_desk_records_a_complaint_and_finds_it_new_on_the_board() {
        navigate(ComplaintIntakeView.class);
        test(find(Select.class).id("complaint-intake-channel")).selectItem("Datang langsung");
        test(find(TextField.class).id("complaint-intake-name")).setValue("Siti Aminah");
        test(find(TextField.class).id("complaint-intake-phone")).setValue("0857 1234 5678");
        test(find(ComboBox.class).id("complaint-intake-category")).selectItem("Kesalahan data pada KK");
        test(find(TextArea.class).id("complaint-intake-description")).setValue("Nama ibu salah tulis di KK");
        test(find(Button.class).id("complaint-intake-save")).click();

        String result = find(Paragraph.class).id("complaint-intake-result").getText();
        assertThat(result).startsWith("Pengaduan tercatat dengan nomor ADU-PUSAT-");
        String number = result.replaceAll(".*(ADU-PUSAT-\\d{8}-\\d{4}).*", "$1");

        navigate(ComplaintBoardView.class);
        assertThat(indexOf(column(ComplaintStatus.NEW), number)).isGreaterThanOrEqualTo(0);
        assertThat(test(column(ComplaintStatus.NEW)).getLitRendererPropertyValue(
                indexOf(column(ComplaintStatus.NEW), number), 0, "who", String.class)).isEqualTo("Siti Aminah");
    }

    @Test
    @WithUserDetails("aduan")
    void an_empty_intake_shows_the_rule_and_stores_nothing() {
        int before = service.list(Filter.ALL).size();
        navigate(ComplaintIntakeView.class);
        test(find(TextField.class).id("complaint-intake-name")).setValue("Siti");
        test(find(TextField.class).id("complaint-intake-phone")).setValue("085712345678");
        test(find(ComboBox.class).id("complaint-intake-category")).selectItem("Lainnya");
        test(find(Button.class).id("complaint-intake-save")).click();
        assertThat(lastNotification()).startsWith("Uraian pengaduan wajib diisi");
        assertThat(service.list(Filter.ALL)).hasSize(before);
    }

    @Test
    @WithUserDetails("aduan")
    void the_next_status_button_assigns_the_selected_card_with_the_suggested_division() {
        ComplaintRow row = fileAs("081355550001", "KK belum jadi");
        navigate(ComplaintBoardView.class);
        Grid<ComplaintRow> fresh = column(ComplaintStatus.NEW);
        test(fresh).select(indexOf(fresh, row.number()));
        test(find(Button.class).id("complaint-board-next")).click();

        // DATA_KK suggests Bidang Dafduk; the dialog has it preselected
        assertThat(test(find(Select.class).id("complaint-action-division")).getSelected()).isEqualTo(Division.DAFDUK);
        test(find(Button.class).id("complaint-action-save")).click();

        assertThat(indexOf(column(ComplaintStatus.ASSIGNED), row.number())).isGreaterThanOrEqualTo(0);
        assertThat(indexOf(column(ComplaintStatus.NEW), row.number())).isEqualTo(-1);
        assertThat(find(com.vaadin.flow.component.html.H4.class).id("complaint-board-header-ASSIGNED").getText())
                .startsWith("Diteruskan (");
    }

    @Test
    @WithUserDetails("aduan")
    void a_drop_on_a_column_no_single_action_leads_to_is_refused() {
        ComplaintRow row = fileAs("081355550002", "KK belum jadi");
        ComplaintBoardView board = navigate(ComplaintBoardView.class);
        board.moveTo(row, ComplaintStatus.RESOLVED);
        assertThat(lastNotification()).isEqualTo("Langkah ini tidak dapat dilakukan pada status pengaduan sekarang");
        assertThat(service.detail(row.id()).row().status()).isEqualTo(ComplaintStatus.NEW);
    }

    @Test
    @WithUserDetails("kabid.dafduk")
    void the_division_escalates_from_the_detail_page_and_sees_the_timeline() {
        ComplaintRow row = fileAs("081355550003", "Perlu keputusan pimpinan");
        as("aduan", () -> {
            service.assign(row.id(), row.version(), Division.DAFDUK, "untuk Dafduk");
            return null;
        });
        navigate(ComplaintDetailView.class, row.id().toString());
        test(find(Button.class).id("complaint-action-ESCALATE")).click();
        test(find(Button.class).id("complaint-action-save")).click();
        assertThat(lastNotification()).startsWith("Alasan wajib diisi");

        test(find(TextArea.class).id("complaint-action-text")).setValue("Di luar kewenangan bidang");
        test(find(Button.class).id("complaint-action-save")).click();
        assertThat(service.detail(row.id()).row().status()).isEqualTo(ComplaintStatus.ESCALATED);

        @SuppressWarnings("unchecked")
        Grid<ComplaintService.TimelineEntry> timeline = find(Grid.class).id("complaint-timeline");
        assertThat(test(timeline).size()).isEqualTo(3);
        assertThat(test(timeline).getCellText(2, 2)).isEqualTo("Diteruskan ke Kepala Dinas");
        assertThat(test(timeline).getCellText(2, 1)).isEqualTo("Yusuf Hidayat (kabid.dafduk)");
        assertThat(find(Button.class).all()).noneMatch(b -> "complaint-action-RESOLVE".equals(b.getId().orElse("")));
    }

    @Test
    @WithUserDetails("aduan")
    void script_in_a_complaint_is_shown_as_text() {
        String script = "<script>alert('x')</script><b>tebal</b>";
        ComplaintRow row = fileAs("081355550004", script);
        navigate(ComplaintDetailView.class, row.id().toString());
        Paragraph description = find(Paragraph.class).id("complaint-detail-description");
        assertThat(description.getText()).isEqualTo(script);
        assertThat(description.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    @WithUserDetails("kabid.dafduk")
    void a_former_division_sees_the_complaint_with_contacts_masked() {
        ComplaintRow row = fileAs("081366667777", "Salah bidang");
        as("aduan", () -> {
            service.assign(row.id(), row.version(), Division.DAFDUK, null);
            service.reassign(row.id(), row.version() + 1, Division.CAPIL, "Urusan akta");
            return null;
        });
        navigate(ComplaintListView.class);
        test(find(TextField.class).id("complaint-filter-text")).setValue(row.number());
        @SuppressWarnings("unchecked")
        Grid<ComplaintRow> grid = find(Grid.class).id("complaint-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("0813******77");
    }

    /** Issue 11.9 on screen: the holding division reads "withheld" where an anonymous citizen's contact was. */
    @Test
    @WithUserDetails("kabid.dafduk")
    void the_holding_division_sees_no_contact_of_an_anonymous_complaint() {
        ComplaintRow row = as("aduan", () -> {
            ComplaintNumber n = service.file(new Intake(ComplaintChannel.TELEPON, true, null, "081355554444",
                    "3201012501900003", "PUNGLI", "Diminta uang di loket", null, null));
            ComplaintRow r = service.list(new Filter(null, null, null, null, false, n.value())).getFirst();
            service.assign(r.id(), r.version(), Division.DAFDUK, null);
            return r;
        });
        navigate(ComplaintListView.class);
        test(find(TextField.class).id("complaint-filter-text")).setValue(row.number());
        @SuppressWarnings("unchecked")
        Grid<ComplaintRow> grid = find(Grid.class).id("complaint-grid");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Anonim");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("Dirahasiakan (pengadu meminta anonim)");

        navigate(ComplaintDetailView.class, row.id().toString());
        String facts = find(com.vaadin.flow.component.html.DescriptionList.class).id("complaint-detail-facts")
                .getElement().getTextRecursively();
        assertThat(facts).contains("Dirahasiakan (pengadu meminta anonim)").doesNotContain("081355554444", "3201012501900003", "3201******");
    }

    @Test
    @WithUserDetails("kadis")
    void the_kepala_dinas_sees_complaint_figures_and_the_menu_entries() {
        navigate(ComplaintFiguresView.class);
        assertThat(find(Div.class).id("complaint-figure-total-value").getText()).matches("\\d+");
        assertThat(find(Div.class).id("complaint-figure-median-resolution").isVisible()).isTrue();
        navigate(HomeView.class);
        var labels = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).contains("Pengaduan", "Papan Pengaduan", "Ringkasan Pengaduan")
                .doesNotContain("Catat Pengaduan", "Pengaturan Pengaduan");
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_adds_a_regional_holiday() {
        navigate(ComplaintSettingsView.class);
        String day = "2027-07-" + (10 + (int) (Math.random() * 18));
        find(com.vaadin.flow.component.datepicker.DatePicker.class).id("complaint-holiday-date")
                .setValue(java.time.LocalDate.parse(day));
        test(find(TextField.class).id("complaint-holiday-name")).setValue("Hari Jadi Kota " + UUID.randomUUID().toString().substring(0, 4));
        test(find(Button.class).id("complaint-holiday-add")).click();
        assertThat(service.holidays()).anyMatch(h -> h.date().toString().equals(day));
        @SuppressWarnings("unchecked")
        Grid<ComplaintService.HolidayRow> holidays = find(Grid.class).id("complaint-holidays-grid");
        List<ComplaintService.HolidayRow> rows = holidays.getGenericDataView().getItems().toList();
        int index = rows.indexOf(rows.stream().filter(h -> h.date().toString().equals(day)).findFirst().orElseThrow());
        test((Button) test(holidays).getCellComponent(index, 3)).click();
        assertThat(service.holidays()).noneMatch(h -> h.date().toString().equals(day));
    }

    @Test
    void a_citizen_files_on_the_public_form_and_checks_the_status() {
        navigate(PublicComplaintView.class);
        test(find(TextField.class).id("public-complaint-name")).setValue("Warga Bogor");
        test(find(TextField.class).id("public-complaint-phone")).setValue("081388889999");
        test(find(Select.class).id("public-complaint-category")).selectItem("Pelayanan lambat atau melebihi standar waktu");
        test(find(TextArea.class).id("public-complaint-description")).setValue("Sudah 3 minggu belum jadi");
        test(find(Button.class).id("public-complaint-send")).click();
        String number = find(Div.class).id("public-complaint-number").getText();
        assertThat(number).matches("ADU-PUSAT-\\d{8}-\\d{4}");

        navigate(PublicStatusView.class);
        test(find(TextField.class).id("public-status-number")).setValue(number);
        test(find(TextField.class).id("public-status-phone")).setValue("081388889999");
        test(find(Button.class).id("public-status-check")).click();
        assertThat(find(Paragraph.class).id("public-status-state").getText())
                .isEqualTo("Pengaduan " + number + ": Diterima, segera diteruskan ke bagian terkait");

        test(find(TextField.class).id("public-status-phone")).setValue("081300000000");
        test(find(Button.class).id("public-status-check")).click();
        assertThat(find(Paragraph.class).id("public-status-not-found").isVisible()).isTrue();
    }

    java.util.List<String> menu() {
        navigate(HomeView.class);
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails("aduan")
    void the_desk_menu_has_intake_board_and_list_but_not_figures_or_settings() {
        assertThat(menu()).contains("Pengaduan", "Papan Pengaduan", "Catat Pengaduan", "Daftar Pengaduan")
                .doesNotContain("Ringkasan Pengaduan", "Pengaturan Pengaduan");
    }

    @Test
    @WithUserDetails("fo")
    void the_front_office_has_no_complaint_menu() {
        assertThat(menu()).doesNotContain("Pengaduan", "Papan Pengaduan", "Daftar Pengaduan");
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_sees_only_the_complaint_settings() {
        assertThat(menu()).contains("Pengaturan Pengaduan").doesNotContain("Papan Pengaduan", "Daftar Pengaduan");
    }

    @Test
    void a_bot_filling_the_honeypot_is_turned_away() {
        navigate(PublicComplaintView.class);
        test(find(TextField.class).id("public-complaint-name")).setValue("Bot");
        test(find(TextField.class).id("public-complaint-phone")).setValue("081388880000");
        test(find(Select.class).id("public-complaint-category")).selectItem("Lainnya");
        test(find(TextArea.class).id("public-complaint-description")).setValue("buy now");
        find(TextField.class).id("public-complaint-website").setValue("http://spam.example");
        test(find(Button.class).id("public-complaint-send")).click();
        assertThat(lastNotification()).isEqualTo("Pengaduan tidak dapat diterima");
        assertThat(find(Div.class).all()).noneMatch(d -> "public-complaint-number".equals(d.getId().orElse("")));
    }

    /** Issue 12.7: the limit is in view while typing, and a text over it is refused whole, never cut. */
    @Test
    @WithUserDetails("aduan")
    void an_over_long_description_shows_the_counter_and_is_refused_not_cut() {
        int before = service.list(Filter.ALL).size();
        navigate(ComplaintIntakeView.class);
        TextArea description = find(TextArea.class).id("complaint-intake-description");
        assertThat(description.getElement().hasProperty("maxlength")).as("no silent cut in the browser").isFalse();
        assertThat(description.getHelperText()).matches("0 dari 4\\.?000 karakter");
        test(find(TextField.class).id("complaint-intake-name")).setValue("Siti");
        test(find(TextField.class).id("complaint-intake-phone")).setValue("085712345678");
        test(find(ComboBox.class).id("complaint-intake-category")).selectItem("Lainnya");
        String text = "Kata ".repeat(800) + "x";
        test(description).setValue(text);
        assertThat(description.getHelperText()).matches("4\\.?001 dari 4\\.?000 karakter");
        assertThat(description.isInvalid()).isTrue();

        test(find(Button.class).id("complaint-intake-save")).click();
        assertThat(description.getErrorMessage()).matches("Uraian pengaduan terlalu panjang: 4\\.?001 karakter.*");
        assertThat(description.isInvalid()).isTrue();
        assertThat(lastNotification()).startsWith("Uraian pengaduan terlalu panjang");
        assertThat(description.getValue()).as("what was typed stays").isEqualTo(text);
        assertThat(service.list(Filter.ALL)).hasSize(before);

        test(description).setValue(text.substring(0, 4000));
        assertThat(description.isInvalid()).isFalse();
    }

    @Test
    void the_public_form_counts_and_refuses_an_over_long_description_on_the_field() {
        navigate(PublicComplaintView.class);
        TextArea description = find(TextArea.class).id("public-complaint-description");
        assertThat(description.getElement().hasProperty("maxlength")).isFalse();
        test(find(TextField.class).id("public-complaint-name")).setValue("Warga Bogor");
        test(find(TextField.class).id("public-complaint-phone")).setValue("081388887777");
        test(find(Select.class).id("public-complaint-category")).selectItem("Lainnya");
        test(description).setValue("y".repeat(4500));
        assertThat(description.getHelperText()).matches("4\\.?500 dari 4\\.?000 karakter");
        test(find(Button.class).id("public-complaint-send")).click();
        assertThat(description.getErrorMessage()).startsWith("Uraian pengaduan terlalu panjang");
        assertThat(description.getValue()).hasSize(4500);
        assertThat(find(Div.class).all()).noneMatch(d -> "public-complaint-number".equals(d.getId().orElse("")));
    }
}
