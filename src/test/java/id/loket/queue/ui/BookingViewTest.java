package id.loket.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.loket.LoketIntegrationTest;
import id.loket.complaint.ComplaintService;
import id.loket.queue.BookingService.SlotOffer;
import id.loket.queue.internal.BookingDesk;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public booking page without a browser: a booking gets a code; a slot that filled meanwhile, a closed day. */
@LoketIntegrationTest
class BookingViewTest extends SpringBrowserlessTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired ComplaintService complaints;
    @Autowired BookingDesk desk;
    @Autowired id.loket.queue.internal.BookingRepository bookings;

    private LocalDate openDay(int after) {
        LocalDate day = LocalDate.now(WIB).plusDays(after);
        while (!complaints.isOfficeOpen(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static void choose(BookingView view, LocalTime time) {
        SlotOffer offer = view.slot.getListDataView().getItems().filter(s -> s.start().equals(time)).findFirst()
                .orElseThrow();
        view.slot.setValue(offer);
    }

    @Test
    void a_citizen_books_a_slot_and_sees_the_code_to_type_at_the_kiosk() {
        BookingView view = navigate(BookingView.class);
        view.type.setValue(view.type.getListDataView().getItems().findFirst().orElseThrow());
        LocalDate day = openDay(2);
        view.day.setValue(day);
        assertThat(view.slot.isEnabled()).isTrue();
        choose(view, LocalTime.of(13, 0));
        test(view.submit).click();
        String code = view.result.getElement().getTextRecursively();
        assertThat(code).contains("Booking berhasil");
        assertThat(view.result.getChildren().filter(c -> c.getId().orElse("").equals("booking-code"))
                .findFirst().orElseThrow().getElement().getText()).matches("[A-HJ-NP-Z2-9]{6}");
    }

    @Test
    void a_slot_that_filled_meanwhile_is_refused_on_the_slot_field() {
        BookingView view = navigate(BookingView.class);
        view.type.setValue(view.type.getListDataView().getItems().findFirst().orElseThrow());
        LocalDate day = openDay(3);
        view.day.setValue(day);
        LocalTime eleven = LocalTime.of(11, 30);
        choose(view, eleven);
        int left = (int) view.slot.getValue().capacity() - (int) view.slot.getValue().booked();
        for (int i = 0; i < left; i++) {
            desk.book("PUSAT", day, eleven, "BIRTH", null, Instant.now()); // others took the last places
        }
        test(view.submit).click();
        assertThat(view.slot.isInvalid()).isTrue();
        assertThat(view.slot.getErrorMessage()).isEqualTo("Jam 11:30 sudah penuh; pilih jam lain");
        assertThat(view.result.getChildren()).isEmpty();
        assertThat(view.slot.getListDataView().getItems().filter(s -> s.start().equals(eleven)).findFirst()
                .orElseThrow().open()).isFalse();
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void at_the_kiosk_the_booking_code_becomes_a_b_number() {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, WIB);
        String code = ("K" + java.util.UUID.randomUUID().toString().replace("-", "")).substring(0, 6)
                .toUpperCase(java.util.Locale.ROOT);
        bookings.save(new id.loket.queue.internal.Booking("PUSAT", code, "BIRTH", today,
                LocalTime.ofInstant(now, WIB).withSecond(0).withNano(0), now.minusSeconds(60), now.plusSeconds(1740),
                null, now.minusSeconds(3600)));
        navigate(KioskView.class);
        test(find(com.vaadin.flow.component.button.Button.class).id("kiosk-have-code")).click();
        com.vaadin.flow.component.textfield.TextField field =
                find(com.vaadin.flow.component.textfield.TextField.class).id("kiosk-code");
        test(field).setValue("nosuch");
        test(find(com.vaadin.flow.component.button.Button.class).id("kiosk-code-submit")).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Kode booking tidak ditemukan");
        test(field).setValue(code.toLowerCase(java.util.Locale.ROOT));
        test(find(com.vaadin.flow.component.button.Button.class).id("kiosk-code-submit")).click();
        assertThat(find(com.vaadin.flow.component.html.H2.class).id("ticket-number").getText()).matches("B-\\d{3}");
    }

    @Test
    void a_weekend_day_is_refused_on_the_day_field() {
        BookingView view = navigate(BookingView.class);
        LocalDate saturday = LocalDate.now(WIB).plusDays(1);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        view.day.setValue(saturday);
        assertThat(view.day.isInvalid()).isTrue();
        assertThat(view.day.getErrorMessage()).isEqualTo("Kantor tutup pada tanggal ini (akhir pekan atau hari libur)");
        assertThat(view.slot.isEnabled()).isFalse();
    }
}
