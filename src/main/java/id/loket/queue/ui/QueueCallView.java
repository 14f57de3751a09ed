package id.loket.queue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.Roles;
import id.loket.base.ui.Messages;
import id.loket.catalog.CatalogService;
import id.loket.queue.QueueFeed;
import id.loket.queue.QueueService;
import id.loket.queue.QueueService.TicketRow;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;

/** The front-office officer's queue: call the next number, recall, skip a no-show, transfer, start intake. */
@Route("antrian/panggil")
@RolesAllowed(Roles.FRONT_OFFICE)
@Menu(order = 10, title = "queue.menu.call", icon = "vaadin:megaphone")
public class QueueCallView extends VerticalLayout implements HasDynamicTitle {

    static final String COUNTER_ATTRIBUTE = "loket.counter";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final QueueService queue;
    private final QueueFeed feed;
    private final CatalogService catalog;
    private final Select<String> counter = new Select<>();
    private final Grid<TicketRow> calledGrid = new Grid<>();
    private final Grid<TicketRow> waitingGrid = new Grid<>();
    /** Today's "tidak hadir" numbers: the citizen may be back. */
    final Grid<TicketRow> noShowGrid = new Grid<>();
    private final Span waitingCount = new Span();
    private final ZoneId zone;
    private Runnable deregister;

    public QueueCallView(QueueService queue, QueueFeed feed, CatalogService catalog,
                         @Value("${loket.queue.counters:Loket 1,Loket 2,Loket 3,Loket 4}") List<String> counters) {
        this.queue = queue;
        this.feed = feed;
        this.catalog = catalog;
        this.zone = CurrentUser.require().timeZone().zoneId();
        setId("queue-call-view");

        counter.setId("queue-counter");
        counter.setLabel(getTranslation("queue.counter"));
        counter.setItems(counters);
        Object saved = UI.getCurrent().getSession().getAttribute(COUNTER_ATTRIBUTE);
        counter.setValue(saved instanceof String s && counters.contains(s) ? s : counters.getFirst());
        counter.addValueChangeListener(e -> UI.getCurrent().getSession().setAttribute(COUNTER_ATTRIBUTE, e.getValue()));

        Button callNext = new Button(getTranslation("queue.call-next"), e -> callNext());
        callNext.setId("queue-call-next");
        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        waitingCount.setId("queue-waiting-count");
        HorizontalLayout top = new HorizontalLayout(counter, callNext, waitingCount);
        top.setAlignItems(Alignment.BASELINE);

        calledGrid.setId("queue-called");
        calledGrid.addColumn(TicketRow::number).setHeader(getTranslation("queue.number")).setAutoWidth(true);
        calledGrid.addColumn(t -> typeName(t.typeCode())).setHeader(getTranslation("queue.type")).setFlexGrow(2);
        calledGrid.addColumn(TicketRow::counter).setHeader(getTranslation("queue.counter"));
        calledGrid.addColumn(t -> TIME.format(t.calledAt().atZone(zone)) + " (" + t.callCount() + "x)")
                .setHeader(getTranslation("queue.called-at"));
        calledGrid.addComponentColumn(this::actions).setHeader(getTranslation("queue.actions")).setFlexGrow(3);
        calledGrid.setAllRowsVisible(true);

        waitingGrid.setId("queue-waiting");
        waitingGrid.addColumn(TicketRow::number).setHeader(getTranslation("queue.number")).setAutoWidth(true);
        waitingGrid.addColumn(t -> typeName(t.typeCode())).setHeader(getTranslation("queue.type")).setFlexGrow(2);
        waitingGrid.addColumn(t -> TIME.format(t.createdAt().atZone(zone))).setHeader(getTranslation("queue.taken-at"));
        // a citizen whose turn it is not yet, or who stepped out and is back: call his number out of order (audited)
        waitingGrid.addComponentColumn(this::callThis).setHeader(getTranslation("queue.actions"));

        noShowGrid.setId("queue-no-shows");
        noShowGrid.addColumn(TicketRow::number).setHeader(getTranslation("queue.number")).setAutoWidth(true);
        noShowGrid.addColumn(t -> typeName(t.typeCode())).setHeader(getTranslation("queue.type")).setFlexGrow(2);
        noShowGrid.addColumn(t -> t.calledAt() == null ? "" : TIME.format(t.calledAt().atZone(zone)))
                .setHeader(getTranslation("queue.called-at"));
        noShowGrid.addComponentColumn(this::callThis).setHeader(getTranslation("queue.actions"));
        noShowGrid.setAllRowsVisible(true);

        add(top, new H3(getTranslation("queue.called-title")), calledGrid,
                new H3(getTranslation("queue.waiting-title")), waitingGrid,
                new H3(getTranslation("queue.no-show-title")), noShowGrid);
        refresh();
    }

    private Button callThis(TicketRow t) {
        Button call = new Button(getTranslation("queue.call-this"), e -> run(() -> {
            TicketRow called = queue.callChosen(t.id(), counter.getValue());
            Messages.success("queue.called", called.number(), called.counter());
        }));
        call.setId("queue-call-" + t.number());
        call.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return call;
    }

    private String typeName(String code) {
        return catalog.catalog().type(code).map(t -> t.name().in(getLocale())).orElse(code);
    }

    private HorizontalLayout actions(TicketRow t) {
        Button intake = new Button(getTranslation("queue.intake"), e -> UI.getCurrent().navigate("penerimaan/" + t.id()));
        intake.setId("queue-intake-" + t.number());
        intake.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button recall = new Button(getTranslation("queue.recall"), e -> run(() -> queue.recall(t.id())));
        recall.setId("queue-recall-" + t.number());
        Button skip = new Button(getTranslation("queue.skip"), e -> run(() -> queue.skip(t.id())));
        skip.setId("queue-skip-" + t.number());
        Button transfer = new Button(getTranslation("queue.transfer"), e -> openTransfer(t));
        transfer.setId("queue-transfer-" + t.number());
        for (Button b : List.of(recall, skip, transfer)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(intake, recall, skip, transfer);
    }

    private void openTransfer(TicketRow t) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("queue.transfer-title", t.number()));
        Select<String> target = new Select<>();
        target.setLabel(getTranslation("queue.counter"));
        target.setItems(counter.getListDataView().getItems().filter(c -> !c.equals(t.counter())).toList());
        target.setId("queue-transfer-target");
        dialog.add(target);
        Button ok = new Button(getTranslation("queue.transfer"), e -> {
            run(() -> queue.transfer(t.id(), target.getValue()));
            dialog.close();
        });
        ok.setId("queue-transfer-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void callNext() {
        try {
            queue.callNext(counter.getValue()).ifPresentOrElse(
                    t -> Messages.success("queue.called", t.number(), t.counter()),
                    () -> Messages.error("queue.empty"));
        } catch (BusinessException e) {
            Messages.error(e);
        }
        refresh();
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            Messages.error(e);
        }
        refresh();
    }

    private void refresh() {
        calledGrid.setItems(queue.called());
        List<TicketRow> waiting = queue.waiting();
        waitingGrid.setItems(waiting);
        waitingCount.setText(getTranslation("queue.waiting-count", waiting.size()));
        noShowGrid.setItems(queue.noShows());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        // another officer's call changes the lists here too
        Consumer<Object> update = e -> ui.access(this::refresh);
        deregister = feed.register(CurrentUser.require().branchCode(), update::accept);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (deregister != null) {
            deregister.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.menu.call");
    }
}
