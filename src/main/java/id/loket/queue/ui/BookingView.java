package id.loket.queue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.loket.base.BusinessException;
import id.loket.base.ui.ClientAddress;
import id.loket.base.ui.LanguageSwitch;
import id.loket.base.ui.Messages;
import id.loket.catalog.CatalogService;
import id.loket.queue.BookingInvalid;
import id.loket.queue.BookingService;
import id.loket.queue.BookingService.Booked;
import id.loket.queue.BookingService.SlotOffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The public queue booking page (no login, made for a phone): branch, application type, day and half hour; the
 * citizen gets a booking code to type at the kiosk on the day. Full slots cannot be chosen; a slot that filled
 * while he chose is refused on the slot field.
 */
@Route(value = "booking", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/booking.css")
public class BookingView extends Div implements HasDynamicTitle {

    private final BookingService booking;
    final Select<String> branch = new Select<>();
    final Select<CatalogService.AppType> type = new Select<>();
    final DatePicker day = new DatePicker();
    final Select<SlotOffer> slot = new Select<>();
    final TextField phone = new TextField();
    final Button submit = new Button();
    final Div result = new Div();

    public BookingView(BookingService booking, CatalogService catalog) {
        this.booking = booking;
        setId("booking-view");
        addClassNames("public-page", "booking-page");
        Map<String, String> branches = booking.branches();
        branch.setId("booking-branch");
        branch.setLabel(getTranslation("queue.booking.branch"));
        branch.setItems(branches.keySet());
        branch.setItemLabelGenerator(code -> branches.getOrDefault(code, code));
        if (!branches.isEmpty()) {
            branch.setValue(branches.keySet().iterator().next());
        }
        branch.setVisible(branches.size() > 1);
        type.setId("booking-type");
        type.setLabel(getTranslation("queue.booking.type"));
        type.setItems(catalog.catalog().types());
        type.setItemLabelGenerator(t -> t.name().in(getLocale()));
        day.setId("booking-day");
        day.setLabel(getTranslation("queue.booking.day"));
        day.setMin(LocalDate.now());
        day.setMax(LocalDate.now().plusDays(booking.daysAhead()));
        day.setLocale(getLocale());
        slot.setId("booking-slot");
        slot.setLabel(getTranslation("queue.booking.slot"));
        slot.setItemLabelGenerator(s -> getTranslation(s.open() ? "queue.booking.slot-free" : "queue.booking.slot-full",
                s.start().toString(), Math.max(0, s.capacity() - s.booked())));
        slot.setItemEnabledProvider(SlotOffer::open);
        slot.setEnabled(false);
        phone.setId("booking-phone");
        phone.setLabel(getTranslation("queue.booking.phone"));
        phone.setHelperText(getTranslation("queue.booking.phone-help"));
        phone.setMaxLength(20);
        branch.addValueChangeListener(e -> loadSlots());
        day.addValueChangeListener(e -> loadSlots());
        submit.setText(getTranslation("queue.booking.submit"));
        submit.setId("booking-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClickListener(e -> submit());
        result.setId("booking-result");
        Div form = new Div(branch, type, day, slot, phone, submit);
        form.addClassName("booking-form");
        add(new H1(getTranslation("queue.booking.title")), new Paragraph(getTranslation("queue.booking.intro")),
                form, result, new Paragraph(getTranslation("queue.free")), new LanguageSwitch());
    }

    void loadSlots() {
        clearInvalid();
        slot.clear();
        slot.setItems(List.of());
        slot.setEnabled(false);
        if (branch.getValue() == null || day.getValue() == null) {
            return;
        }
        try {
            slot.setItems(booking.slots(branch.getValue(), day.getValue()));
            slot.setEnabled(true);
        } catch (BusinessException e) {
            mark(e);
        }
    }

    void submit() {
        clearInvalid();
        if (type.getValue() == null) {
            mark(new BookingInvalid("type", "queue.booking.error.type"));
            return;
        }
        if (slot.getValue() == null) {
            mark(new BookingInvalid("slot", "queue.booking.error.slot"));
            return;
        }
        try {
            show(booking.book(branch.getValue(), day.getValue(), slot.getValue().start(), type.getValue().code(),
                    phone.getValue(), ClientAddress.current()));
        } catch (BusinessException e) {
            mark(e);
            if ("slot".equals(e instanceof BookingInvalid b ? b.field() : null)) {
                loadSlotsKeepingError(e);
            }
        }
    }

    /** A slot that filled meanwhile: the list shows it full now, the message stays on the field. */
    private void loadSlotsKeepingError(BusinessException e) {
        try {
            slot.setItems(booking.slots(branch.getValue(), day.getValue()));
        } catch (BusinessException ignored) {
            // the day itself closed meanwhile: the slot's message says enough
        }
        mark(e);
    }

    private void mark(BusinessException e) {
        String text = getTranslation(e.messageKey(), e.args());
        HasValidation field = e instanceof BookingInvalid b ? switch (b.field()) {
            case "day" -> day;
            case "slot" -> slot;
            case "type" -> type;
            case "phone" -> phone;
            case "branch" -> branch;
            default -> null;
        } : null;
        if (field == null) {
            Messages.error(e);
            return;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private void clearInvalid() {
        for (HasValidation f : List.<HasValidation>of(branch, type, day, slot, phone)) {
            f.setInvalid(false);
        }
    }

    private void show(Booked booked) {
        result.removeAll();
        Span code = new Span(booked.code());
        code.setId("booking-code");
        code.addClassName("booking-code");
        String when = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", getLocale()).format(booked.day()) + " "
                + booked.slot();
        result.add(new H2(getTranslation("queue.booking.done-title")), new Paragraph(getTranslation("queue.booking.your-code")),
                code, new Paragraph(getTranslation("queue.booking.done-when", booked.branchName(), when)),
                new Paragraph(getTranslation("queue.booking.done-how")));
        result.addClassName("booking-done");
        slot.clear();
        loadSlots();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.booking.title");
    }
}
