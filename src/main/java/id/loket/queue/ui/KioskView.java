package id.loket.queue.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.loket.base.BusinessException;
import id.loket.base.Localized;
import id.loket.base.ui.ClientAddress;
import id.loket.base.ui.LanguageSwitch;
import id.loket.base.ui.Messages;
import id.loket.catalog.CatalogService;
import id.loket.queue.BookingInvalid;
import id.loket.queue.BookingService;
import id.loket.queue.QueueService;
import id.loket.queue.QueueService.Receipt;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;

/**
 * The self-service kiosk at the entrance (no login, full screen): pick the application, get a number and a
 * printed ticket (58 or 80 mm receipt through the browser's print; ?kertas=58 for the narrow roll).
 */
@Route(value = "kios", autoLayout = false)
@AnonymousAllowed
public class KioskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QueueService queue;
    private final CatalogService catalog;
    private String branchCode;
    private final Div content = new Div();

    private final BookingService booking;

    public KioskView(QueueService queue, CatalogService catalog, BookingService booking,
                     @Value("${loket.branch.code:PUSAT}") String branchCode) {
        this.booking = booking;
        this.queue = queue;
        this.catalog = catalog;
        this.branchCode = branchCode;
        setId("kiosk-view");
        addClassName("kiosk");
        setSizeFull();
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("cabang")) {
            branchCode = params.get("cabang").getFirst();
        }
        if (params.containsKey("kertas") && "58".equals(params.get("kertas").getFirst())) {
            addClassName("paper-58");
        }
        try {
            queue.checkPublicAccess(branchCode, ClientAddress.current());
        } catch (BusinessException e) {
            content.removeAll();
            content.add(QueueDisplayView.refusal(this, e));
            return;
        }
        showChoices();
    }

    private void showChoices() {
        content.removeAll();
        H1 title = new H1(getTranslation("queue.kiosk.title"));
        Paragraph hint = new Paragraph(getTranslation("queue.kiosk.hint"));
        Div types = new Div();
        types.addClassName("kiosk-types");
        for (CatalogService.AppType type : catalog.catalog().types()) {
            Button b = new Button(type.name().in(getLocale()), e -> take(type.code()));
            b.setId("kiosk-type-" + type.code());
            b.addClassName("kiosk-type");
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            types.add(b);
        }
        Button booked = new Button(getTranslation("queue.kiosk.have-code"), e -> showCodeEntry());
        booked.setId("kiosk-have-code");
        booked.addClassName("kiosk-type");
        booked.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_CONTRAST);
        Paragraph free = new Paragraph(getTranslation("queue.free"));
        free.addClassName("kiosk-free");
        content.add(title, hint, types, booked, free, new LanguageSwitch());
    }

    /** "Punya kode booking?": the code from the booking page becomes a number served first within its slot. */
    private void showCodeEntry() {
        content.removeAll();
        TextField code = new TextField(getTranslation("queue.kiosk.code"));
        code.setId("kiosk-code");
        code.setMaxLength(12);
        code.setAutofocus(true);
        Button go = new Button(getTranslation("queue.kiosk.code-submit"), e -> {
            try {
                show(booking.checkIn(branchCode, code.getValue(), ClientAddress.current()));
            } catch (BookingInvalid ex) {
                code.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                code.setInvalid(true);
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
        });
        go.setId("kiosk-code-submit");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(getTranslation("queue.ticket.done"), e -> showChoices());
        back.setId("kiosk-code-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        content.add(new H1(getTranslation("queue.kiosk.have-code")), code, new HorizontalLayout(go, back));
    }

    private void take(String typeCode) {
        try {
            show(queue.take(branchCode, typeCode, ClientAddress.current()));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private void show(Receipt receipt) {
        content.removeAll();
        Locale locale = getLocale();
        Div ticket = new Div();
        ticket.setId("kiosk-ticket");
        ticket.addClassName("ticket");
        Span office = new Span(receipt.branchName());
        office.addClassName("ticket-office");
        H2 number = new H2(receipt.number());
        number.setId("ticket-number");
        number.addClassName("ticket-number");
        Span type = new Span(receipt.typeName().in(locale));
        type.addClassName("ticket-type");
        Span when = new Span(DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", locale)
                .format(receipt.takenAt().atZone(receipt.timeZone().zoneId())) + " " + receipt.timeZone().name());
        Span waiting = new Span(getTranslation("queue.ticket.waiting", receipt.waitingBefore()));
        UnorderedList docs = new UnorderedList();
        receipt.documents().stream().map((Localized d) -> new ListItem(d.in(locale))).forEach(docs::add);
        Span free = new Span(getTranslation("queue.free"));
        free.addClassName("ticket-free");
        ticket.add(office, new Text(getTranslation("queue.ticket.your-number")), number, type, when, waiting,
                new Span(getTranslation("queue.ticket.bring")), docs, free,
                new Span(getTranslation("queue.ticket.watch-screen")));

        Button print = new Button(getTranslation("queue.ticket.print"), e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("kiosk-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button done = new Button(getTranslation("queue.ticket.done"), e -> showChoices());
        done.setId("kiosk-done");
        done.addThemeVariants(ButtonVariant.LUMO_LARGE);
        HorizontalLayout actions = new HorizontalLayout(print, done);
        actions.addClassName("no-print");
        content.add(ticket, actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.kiosk.title");
    }
}
