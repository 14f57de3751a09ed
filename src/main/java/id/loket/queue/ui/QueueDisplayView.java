package id.loket.queue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import id.loket.base.BusinessException;
import id.loket.base.ui.ClientAddress;
import id.loket.queue.QueueFeed;
import id.loket.queue.QueueService;
import id.loket.queue.QueueService.CallRow;
import id.loket.queue.TicketCalled;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;

/**
 * The TV in the waiting room (no login): the number being called and where to go, the last calls below it,
 * updated live; each call is read aloud in Indonesian by the browser's speech synthesis once sound is enabled.
 */
@Route(value = "layar", autoLayout = false)
@AnonymousAllowed
@JavaScript("context://frontend-static/loket-speech.js")
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/booking.css")
public class QueueDisplayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QueueService queue;
    private final QueueFeed feed;
    private String branchCode;
    private final Span currentNumber = new Span();
    private final Span currentCounter = new Span();
    private final Div history = new Div();
    private Runnable deregister;
    private boolean refused;

    public QueueDisplayView(QueueService queue, QueueFeed feed, @Value("${loket.branch.code:PUSAT}") String branchCode) {
        this.queue = queue;
        this.feed = feed;
        this.branchCode = branchCode;
        setId("queue-display");
        addClassName("display");
        setSizeFull();
        currentNumber.setId("display-number");
        currentNumber.addClassName("display-number");
        currentCounter.setId("display-counter");
        currentCounter.addClassName("display-counter");
        history.setId("display-history");
        history.addClassName("display-history");
        Div now = new Div(new Span(getTranslation("queue.display.now")), currentNumber, currentCounter);
        now.addClassName("display-now");
        Button sound = new Button(getTranslation("queue.display.enable-sound"),
                e -> UI.getCurrent().getPage().executeJs("window.loketEnableSpeech()"));
        sound.setId("display-sound");
        sound.addClassName("no-print");
        add(new H1(getTranslation("queue.display.title")), now, history, sound);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("cabang")) {
            branchCode = params.get("cabang").getFirst();
        }
        try {
            queue.checkPublicAccess(branchCode, ClientAddress.current());
        } catch (BusinessException e) {
            refused = true;
            removeAll();
            add(refusal(this, e));
            return;
        }
        render(queue.recentCalls(branchCode, 7));
    }

    /** The page a refused kiosk or TV shows: what is wrong, in the visitor's language, and whom to ask. */
    static Component refusal(Component page, BusinessException e) {
        Div box = new Div(new H1(page.getTranslation("queue.public.refused-title")),
                new Paragraph(page.getTranslation(e.messageKey(), e.args())),
                new Paragraph(page.getTranslation("queue.public.refused-help")));
        box.setId("public-refused");
        box.addClassName("public-page");
        return box;
    }

    private void render(List<CallRow> calls) {
        history.removeAll();
        if (calls.isEmpty()) {
            currentNumber.setText("—");
            currentCounter.setText("");
            return;
        }
        currentNumber.setText(calls.getFirst().number());
        // a booked number (B-...) carries a badge, so walk-ins see why it came before theirs
        currentNumber.getElement().getClassList().set("booked", calls.getFirst().booked());
        currentNumber.getElement().setAttribute("title", calls.getFirst().booked() ? getTranslation("queue.display.booked") : "");
        currentCounter.setText(getTranslation("queue.display.go-to", calls.getFirst().counter()));
        for (CallRow call : calls.subList(1, calls.size())) {
            Span number = new Span(call.number());
            Div row = new Div(number, new Span(call.counter()));
            row.addClassName("display-row");
            if (call.booked()) {
                Span badge = new Span(getTranslation("queue.display.booked"));
                badge.addClassName("display-booked");
                badge.getElement().getThemeList().add("badge success");
                row.addComponentAtIndex(1, badge);
                row.addClassName("booked");
            }
            history.add(row);
        }
    }

    private void announce(TicketCalled call) {
        render(queue.recentCalls(branchCode, 7));
        // digits spaced out so the voice reads "K K nol dua tujuh", not "twenty-seven"
        String spoken = getTranslation("queue.display.speech",
                String.join(" ", call.number().replace("-", "").split("")), call.counter());
        getElement().executeJs("window.loketSpeak && window.loketSpeak($0, $1)", spoken,
                getLocale().getLanguage().equals("en") ? "en-US" : "id-ID");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (refused) {
            return;
        }
        UI ui = attachEvent.getUI();
        deregister = feed.register(branchCode, call -> ui.access(() -> announce(call)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (deregister != null) {
            deregister.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.display.title");
    }
}
