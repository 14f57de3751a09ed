package id.loket.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.loket.base.BusinessException;
import id.loket.base.ui.ClientAddress;
import id.loket.base.ui.LanguageSwitch;
import id.loket.base.ui.Messages;
import id.loket.tracking.TrackingService;
import id.loket.tracking.TrackingService.PublicStatus;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The citizen's status page (no login, made for a phone; the intake receipt's QR code opens it with the number
 * filled in): the registration number and the last four digits of the phone -> where the application stands.
 */
@Route(value = "status", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/tracking.css")
public class StatusView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter the receipt's QR code carries. */
    public static final String NUMBER_PARAMETER = "nomor";

    private final TrackingService tracking;
    final TextField number = new TextField();
    final TextField phone = new TextField();
    final Button check = new Button();
    final Div result = new Div();

    public StatusView(TrackingService tracking) {
        this.tracking = tracking;
        setId("tracking-view");
        addClassNames("public-page", "tracking-page");
        number.setId("tracking-number");
        number.setLabel(getTranslation("tracking.field.number"));
        number.setMaxLength(40);
        number.setWidthFull();
        phone.setId("tracking-phone");
        phone.setLabel(getTranslation("tracking.field.phone"));
        phone.setHelperText(getTranslation("tracking.field.phone-help"));
        phone.setMaxLength(4);
        phone.setAllowedCharPattern("[0-9]");
        phone.getElement().setAttribute("inputmode", "numeric");
        phone.setWidthFull();
        check.setText(getTranslation("tracking.check"));
        check.setId("tracking-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        check.setWidthFull();
        check.addClickListener(e -> lookUp());
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        result.setId("tracking-result");
        add(new H1(getTranslation("tracking.title")), new Paragraph(getTranslation("tracking.intro")), number, phone,
                check, result, new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var values = event.getLocation().getQueryParameters().getParameters().get(NUMBER_PARAMETER);
        if (values != null && !values.isEmpty()) {
            number.setValue(values.getFirst());
        }
    }

    void lookUp() {
        try {
            show(tracking.status(number.getValue(), phone.getValue(), ClientAddress.current()));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private void show(Optional<PublicStatus> found) {
        result.removeAll();
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("tracking.not-found"));
            none.setId("tracking-not-found");
            result.add(none);
            return;
        }
        PublicStatus s = found.get();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", getLocale());
        String since = s.since() == null ? "" : format.format(s.since().atZone(s.timeZone().zoneId())) + " "
                + s.timeZone().name();
        Div box = new Div();
        box.setId("tracking-state");
        box.addClassNames("tracking-state", "tracking-" + s.state().name().toLowerCase(java.util.Locale.ROOT));
        box.add(new Paragraph(getTranslation("tracking.reference", s.reference())));
        switch (s.state()) {
            case IN_PROGRESS -> {
                box.add(new H2(getTranslation("tracking.step", s.stepSeq(), s.stepCount(), s.stepName().in(getLocale()))),
                        new Paragraph(getTranslation("tracking.since", since)));
                Paragraph remaining = new Paragraph(getTranslation("tracking.remaining", duration(s.remaining())));
                remaining.setId("tracking-remaining");
                box.add(remaining, new Paragraph(getTranslation("tracking.remaining-help")));
            }
            case RETURNED -> {
                box.add(new H2(getTranslation("tracking.returned")), new Paragraph(getTranslation("tracking.since", since)));
                UnorderedList missing = new UnorderedList();
                missing.setId("tracking-missing");
                s.missingDocuments().forEach(d -> missing.add(new ListItem(d.in(getLocale()))));
                box.add(missing, new Paragraph(getTranslation("tracking.returned-help")));
            }
            case READY -> {
                box.add(new H2(getTranslation("tracking.ready")));
                Paragraph hours = new Paragraph(getTranslation("tracking.pickup-hours", s.pickupHours()));
                hours.setId("tracking-pickup-hours");
                box.add(hours, new Paragraph(getTranslation("tracking.ready-help")));
            }
            case DONE -> box.add(new H2(getTranslation("tracking.done")), new Paragraph(getTranslation("tracking.since", since)));
        }
        result.add(box);
    }

    /** Rounded for a citizen: minutes under two hours, else hours; "segera" under five minutes. */
    private String duration(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 5) {
            return getTranslation("tracking.duration.soon");
        }
        if (minutes < 120) {
            return getTranslation("tracking.duration.minutes", (minutes + 4) / 5 * 5);
        }
        return getTranslation("tracking.duration.hours", (minutes + 30) / 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.title");
    }
}
