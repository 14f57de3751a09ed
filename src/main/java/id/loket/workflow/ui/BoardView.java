package id.loket.workflow.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.base.ui.Messages;
import id.loket.catalog.CatalogService;
import id.loket.catalog.CatalogService.Step;
import id.loket.workflow.ApplicationStatus;
import id.loket.workflow.BoardFeed;
import id.loket.workflow.BoardFeed.CardUpdate;
import id.loket.workflow.CardRow;
import id.loket.workflow.WorkflowService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The shared KK board: one column per staffed step, then "Selesai" (done today) and "Dikembalikan" (returned).
 * Each column is a virtualized grid of cards (a card is data plus one template, not a component tree), so an
 * open board stays small. Cards are dragged to the next column, or moved with the keyboard-reachable buttons
 * that call the same service. Moves by others arrive live and update only the rows concerned.
 */
@Route("papan")
@RolesAllowed({Roles.FRONT_OFFICE, Roles.COUNTER, Roles.OPERATOR, Roles.VERIFIER, Roles.SIGNER, Roles.PICKUP,
        Roles.HEAD_OF_OFFICE})
@Menu(order = 20, title = "workflow.menu.board", icon = "vaadin:grid-big")
public class BoardView extends VerticalLayout implements HasDynamicTitle {

    static final String DONE = "DONE";
    /** Narrower windows fold the menu away so that the seven columns (10.5rem at least) fit side by side. */
    static final int FULL_MENU_WIDTH = 1600;
    static final String RETURNED = "RETURNED";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final WorkflowService workflow;
    private final BoardFeed feed;
    private final id.loket.workflow.BoardTimings timings;
    private final Map<String, id.loket.workflow.StepWork> workRoutes = new java.util.HashMap<>();
    /** Other features' short statuses per card (translation keys), refreshed with the card. */
    private final Map<UUID, String> badges = new java.util.HashMap<>();
    private final CatalogService.Snapshot catalog;
    private final Clock clock;
    private final LoketUser user;
    /** Whether this officer may release or reassign others' cards (the claim rules, read once per board). */
    private final boolean mayOverride;
    private final ZoneId zone;
    final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<UUID, String> placeOf = new java.util.HashMap<>();

    final TextField search = new TextField();
    final Checkbox mine = new Checkbox();
    final Checkbox overdue = new Checkbox();
    final Select<String> type = new Select<>();
    private CardRow dragged;
    private static final String CARD_ID = "application/x-loket-card";
    private Runnable deregister;
    private com.vaadin.flow.shared.Registration pollRegistration;

    /** One column: its grid of cards and its "n / limit" counter. */
    final class Column {
        final String key;
        final Step step;
        final Grid<CardRow> grid = new Grid<>();
        final GridListDataView<CardRow> view;
        final List<CardRow> items = new ArrayList<>();
        final Span count = new Span();
        final boolean own;

        Column(String key, Step step, String title, boolean own) {
            this.key = key;
            this.step = step;
            this.own = own;
            grid.setId("board-column-" + key);
            grid.addClassName("board-grid");
            grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
            grid.addColumn(cardRenderer(this));
            grid.setSelectionMode(Grid.SelectionMode.NONE);
            view = grid.setItems(items);
            view.setIdentifierProvider(CardRow::id);
            grid.setRowsDraggable(own);
            if (!RETURNED.equals(key)) {
                grid.setDropMode(GridDropMode.ON_GRID);
            }
            // the card's id travels with the drag itself: the drag's end may reach the server before its drop
            grid.setDragDataGenerator(CARD_ID, card -> card.id().toString());
            grid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
            grid.addDragEndListener(e -> dragged = null);
            grid.addDropListener(e -> dropped(this, e.getDataTransferData(CARD_ID).orElse(null)));
            count.setId("board-count-" + key);
            count.addClassName("board-count");
            Span name = new Span(title);
            name.addClassName("board-column-title");
            Div header = new Div(name, count);
            header.addClassName("board-column-header");
            Div box = new Div(header, grid);
            box.addClassName("board-column");
            if (own) {
                box.addClassName("own");
            }
            body.add(box);
        }

        void updateCount() {
            int n = items.size();
            if (step != null) {
                count.setText(n + " / " + step.wipLimit());
                count.getElement().getClassList().set("over", n > step.wipLimit());
            } else {
                count.setText(String.valueOf(n));
            }
        }
    }

    private final Div body = new Div();

    public BoardView(WorkflowService workflow, BoardFeed feed, CatalogService catalogService, Clock clock,
                     id.loket.workflow.BoardTimings timings, List<id.loket.workflow.StepWork> stepWork) {
        long started = System.nanoTime();
        this.workflow = workflow;
        this.feed = feed;
        this.catalog = catalogService.catalog();
        this.clock = clock;
        this.timings = timings;
        stepWork.forEach(w -> workRoutes.put(w.stepCode(), w));
        this.user = CurrentUser.require();
        this.zone = user.timeZone().zoneId();
        this.mayOverride = workflow.mayOverrideClaims();
        setId("board-view");
        setSizeFull();
        setPadding(false);
        body.addClassName("board");
        body.setId("board");

        List<Step> steps = catalog.boardSteps();
        // the officer's own columns first, then the rest of the flow (read-only for him)
        steps.stream().filter(s -> user.hasRole(s.role()))
                .forEach(s -> columns.put(s.code(), new Column(s.code(), s, s.name().in(getLocale()), true)));
        steps.stream().filter(s -> !user.hasRole(s.role()))
                .forEach(s -> columns.put(s.code(), new Column(s.code(), s, s.name().in(getLocale()), false)));
        boolean handsOver = steps.stream().anyMatch(s -> s.code().equals(steps.getLast().code()) && user.hasRole(s.role()));
        columns.put(DONE, new Column(DONE, null, getTranslation("workflow.column.done"), handsOver));
        columns.put(RETURNED, new Column(RETURNED, null, getTranslation("workflow.column.returned"), false));
        columns.get(DONE).grid.setRowsDraggable(false);

        add(toolbar(), body);
        setFlexGrow(1, body);
        load();
        timings.recordBuild(System.nanoTime() - started);
    }

    private HorizontalLayout toolbar() {
        search.setId("board-search");
        search.setPlaceholder(getTranslation("workflow.board.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilters());
        mine.setId("board-filter-mine");
        mine.setLabel(getTranslation("workflow.board.mine"));
        mine.addValueChangeListener(e -> applyFilters());
        overdue.setId("board-filter-overdue");
        overdue.setLabel(getTranslation("workflow.board.overdue"));
        overdue.addValueChangeListener(e -> applyFilters());
        type.setId("board-filter-type");
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("workflow.board.all-types"));
        type.setItems(catalog.types().stream().map(CatalogService.AppType::code).toList());
        type.setItemLabelGenerator(c -> c == null ? getTranslation("workflow.board.all-types") : typeName(c));
        type.addValueChangeListener(e -> applyFilters());
        HorizontalLayout bar = new HorizontalLayout(search, type, mine, overdue);
        bar.setAlignItems(Alignment.BASELINE);
        bar.addClassName("board-toolbar");
        return bar;
    }

    private String typeName(String code) {
        return catalog.type(code).map(t -> t.name().in(getLocale())).orElse(code);
    }

    private void load() {
        columns.values().forEach(c -> c.items.clear());
        placeOf.clear();
        List<CardRow> cards = workflow.board();
        badges.clear();
        badges.putAll(feed.badges(cards.stream().map(CardRow::id).toList()));
        cards.stream().sorted(Comparator.comparing(CardRow::enteredAt)).forEach(this::placeQuietly);
        columns.values().forEach(c -> {
            c.view.refreshAll();
            c.updateCount();
        });
        applyFilters();
    }

    private Optional<Column> columnFor(CardRow card) {
        if (card.status() == ApplicationStatus.DONE) {
            return isToday(card.finishedAt()) ? Optional.of(columns.get(DONE)) : Optional.empty();
        }
        if (card.status() == ApplicationStatus.RETURNED) {
            return isToday(card.finishedAt()) ? Optional.of(columns.get(RETURNED)) : Optional.empty();
        }
        return Optional.ofNullable(columns.get(card.stepCode()));
    }

    private boolean isToday(Instant at) {
        return at != null && LocalDate.ofInstant(at, zone).equals(LocalDate.now(clock.withZone(zone)));
    }

    private void placeQuietly(CardRow card) {
        columnFor(card).ifPresent(c -> {
            c.items.add(card);
            placeOf.put(card.id(), c.key);
        });
    }

    /** A card changed somewhere: take it out of its old column and put its new state where it now belongs. */
    void apply(UUID id, Optional<CardRow> card) {
        apply(id, card, feed.badge(id));
    }

    private void apply(UUID id, Optional<CardRow> card, Optional<String> badge) {
        Optional<CardRow> shown = Optional.ofNullable(placeOf.get(id))
                .flatMap(key -> columns.get(key).items.stream().filter(c -> c.id().equals(id)).findFirst());
        if (card.isPresent() && shown.isPresent() && card.get().version() < shown.get().version()) {
            return; // overtaken: updates reach a board on pool threads, so an older one can arrive after a newer one
        }
        badges.remove(id);
        badge.ifPresent(key -> badges.put(id, key));
        String was = placeOf.remove(id);
        if (was != null) {
            Column old = columns.get(was);
            old.items.removeIf(c -> c.id().equals(id));
            old.view.refreshAll();
            old.updateCount();
        }
        card.flatMap(c -> columnFor(c).map(col -> {
            col.items.add(c);
            placeOf.put(c.id(), col.key);
            col.view.refreshAll();
            col.updateCount();
            return col;
        }));
    }

    private void applyFilters() {
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase();
        String typeCode = type.getValue();
        Instant now = Instant.now(clock);
        Predicate<CardRow> filter = c -> (text.isEmpty() || c.applicantName().toLowerCase().contains(text)
                || (c.displayNumber() != null && c.displayNumber().toLowerCase().contains(text)))
                && (typeCode == null || typeCode.equals(c.typeCode()))
                && (!mine.getValue() || user.getUsername().equals(c.holder()))
                && (!overdue.getValue() || (c.status() == ApplicationStatus.ACTIVE
                    && CardAge.minutes(c.enteredAt(), now) >= standard(c.stepCode())));
        columns.values().forEach(c -> c.view.setFilter(filter::test));
    }

    private int standard(String stepCode) {
        return catalog.step(stepCode).map(Step::standardMinutes).orElse(0);
    }

    // ---------------------------------------------------------------- actions

    private void dropped(Column target, String draggedId) {
        CardRow held = dragged;
        dragged = null;
        CardRow card = held != null || draggedId == null ? held : columns.values().stream()
                .flatMap(c -> c.items.stream()).filter(c -> c.id().toString().equals(draggedId)).findFirst().orElse(null);
        if (card == null || target.key.equals(placeOf.get(card.id()))) {
            return;
        }
        Optional<Step> from = catalog.step(card.stepCode());
        if (target.step != null && from.isPresent() && target.step.seq() < from.get().seq()) {
            sendBack(card, target.key);
        } else {
            act(card, () -> workflow.move(card.id(), card.version(), target.key, null));
        }
    }

    private void act(CardRow card, Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (OptimisticLockingFailureException e) {
            Messages.error("workflow.error.moved-by-other", card.displayNumber());
        }
        // show the card's true place at once; the live feed brings the same state to every other board
        apply(card.id(), workflow.card(card.id()));
    }

    private void claim(CardRow card) {
        act(card, () -> workflow.claim(card.id(), card.version()));
    }

    private void next(CardRow card) {
        act(card, () -> workflow.next(card.id(), card.version()));
    }

    void sendBack(CardRow card, String preselected) {
        Step current = catalog.step(card.stepCode()).orElseThrow();
        List<Step> earlier = catalog.boardSteps().stream().filter(s -> s.seq() < current.seq()).toList();
        if (earlier.isEmpty()) {
            Messages.error("workflow.error.nothing-earlier");
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("send-back-dialog");
        dialog.setHeaderTitle(getTranslation("workflow.send-back.title", card.displayNumber()));
        Select<Step> target = new Select<>();
        target.setId("send-back-step");
        target.setLabel(getTranslation("workflow.send-back.step"));
        target.setItems(earlier);
        target.setItemLabelGenerator(s -> s.name().in(getLocale()));
        target.setValue(earlier.stream().filter(s -> s.code().equals(preselected)).findFirst().orElse(earlier.getLast()));
        TextArea reason = new TextArea(getTranslation("workflow.send-back.reason"));
        reason.setId("send-back-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(new VerticalLayout(target, reason));
        Button ok = new Button(getTranslation("workflow.send-back.ok"), e -> {
            try {
                workflow.move(card.id(), card.version(), target.getValue().code(), reason.getValue());
                dialog.close();
            } catch (BusinessException ex) {
                Messages.error(ex);
                return;
            } catch (OptimisticLockingFailureException ex) {
                Messages.error("workflow.error.moved-by-other", card.displayNumber());
                dialog.close();
            }
            apply(card.id(), workflow.card(card.id()));
        });
        ok.setId("send-back-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /**
     * The Kepala Seksi (or the head of office) takes a card from an absent holder: release it to the step, or give
     * it to a named officer. Always with a reason, which the audit trail keeps.
     */
    void override(CardRow card, boolean reassign) {
        Dialog dialog = new Dialog();
        dialog.setId("override-dialog");
        dialog.setHeaderTitle(getTranslation(reassign ? "workflow.override.reassign-title" : "workflow.override.release-title",
                card.displayNumber(), card.holder()));
        Select<String> target = new Select<>();
        target.setId("override-target");
        target.setLabel(getTranslation("workflow.override.to"));
        Map<String, String> candidates = reassign ? workflow.reassignCandidates(card.id()) : Map.of();
        target.setItems(candidates.keySet());
        target.setItemLabelGenerator(u -> candidates.getOrDefault(u, u) + " (" + u + ")");
        target.setVisible(reassign);
        TextArea reason = new TextArea(getTranslation("workflow.override.reason"));
        reason.setId("override-reason");
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        dialog.add(new VerticalLayout(target, reason));
        Button ok = new Button(getTranslation("workflow.override.ok"), e -> {
            try {
                if (reassign) {
                    workflow.reassign(card.id(), card.version(), target.getValue(), reason.getValue());
                } else {
                    workflow.release(card.id(), card.version(), reason.getValue());
                }
                dialog.close();
            } catch (BusinessException ex) {
                // the dialog stays open with what was typed; the broken field says why
                boolean aboutTarget = "workflow.error.reassign-target".equals(ex.messageKey());
                com.vaadin.flow.component.HasValidation field = aboutTarget ? target : reason;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                return;
            } catch (OptimisticLockingFailureException ex) {
                Messages.error("workflow.error.moved-by-other", card.displayNumber());
                dialog.close();
            }
            apply(card.id(), workflow.card(card.id()));
        });
        ok.setId("override-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    // ---------------------------------------------------------------- the card template

    private LitRenderer<CardRow> cardRenderer(Column column) {
        String template = """
                <div class="card age-${item.age}" data-number="${item.number}">
                  <div class="card-head"><span class="card-number">${item.number}</span>
                    <span class="card-age" ?hidden=${!item.active} title="${item.ageText}"><vaadin-icon icon="${item.ageIcon}"></vaadin-icon> ${item.minutes}/${item.standard} %s</span>
                    <span class="card-time" ?hidden=${item.active}>${item.finished}</span></div>
                  <div class="card-name">${item.name}</div>
                  <div class="card-type">${item.type}</div>
                  <div class="card-badge" ?hidden=${!item.badge}><vaadin-icon icon="vaadin:hourglass"></vaadin-icon> ${item.badge}</div>
                  <div class="card-foot"><span class="card-holder" ?hidden=${!item.holder}><vaadin-icon icon="vaadin:user"></vaadin-icon> ${item.holder}</span>
                    <span class="card-rework" ?hidden=${!item.rework}><vaadin-icon icon="vaadin:rotate-left"></vaadin-icon> %s ${item.rework}</span></div>
                  <div class="card-actions" ?hidden=${!item.actions}>
                    <vaadin-button class="card-claim" theme="small" ?hidden=${!item.claimable} @click=${claim}>%s</vaadin-button>
                    <vaadin-button class="card-next" theme="small primary" @click=${next}>%s</vaadin-button>
                    <vaadin-button class="card-back" theme="small tertiary" ?hidden=${!item.backable} @click=${back}>%s</vaadin-button>
                  </div>
                  <div class="card-override" ?hidden=${!item.overridable}>
                    <vaadin-button class="card-release" theme="small tertiary" @click=${release}>%s</vaadin-button>
                    <vaadin-button class="card-reassign" theme="small tertiary" @click=${reassign}>%s</vaadin-button>
                  </div>
                  <a class="card-work" ?hidden=${!item.work} href="${item.work}">%s</a>
                  <a class="card-detail" href="permohonan/${item.id}">%s</a>
                </div>""".formatted(esc(getTranslation("workflow.card.minutes")), esc(getTranslation("workflow.card.rework")),
                esc(getTranslation("workflow.card.claim")), esc(getTranslation("workflow.card.next")),
                esc(getTranslation("workflow.card.back")), esc(getTranslation("workflow.card.release")),
                esc(getTranslation("workflow.card.reassign")), esc(getTranslation("workflow.card.work")),
                esc(getTranslation("workflow.card.detail")));
        return LitRenderer.<CardRow>of(template)
                .withProperty("id", c -> c.id().toString())
                .withProperty("number", CardRow::displayNumber)
                .withProperty("name", CardRow::applicantName)
                .withProperty("type", c -> typeName(c.typeCode()))
                .withProperty("holder", c -> c.holder() == null ? "" : c.holder())
                .withProperty("rework", CardRow::reworkCount)
                .withProperty("badge", c -> badges.containsKey(c.id()) ? getTranslation(badges.get(c.id())) : "")
                .withProperty("work", c -> column.own && c.status() == ApplicationStatus.ACTIVE && workRoutes.containsKey(c.stepCode())
                        ? workRoutes.get(c.stepCode()).route(c.id()) : "")
                .withProperty("active", c -> c.status() == ApplicationStatus.ACTIVE)
                .withProperty("finished", c -> c.finishedAt() == null ? "" : TIME.format(c.finishedAt().atZone(zone)))
                .withProperty("minutes", c -> CardAge.minutes(c.enteredAt(), Instant.now(clock)))
                .withProperty("standard", c -> standard(c.stepCode()))
                .withProperty("age", c -> age(c).name().toLowerCase())
                .withProperty("ageIcon", c -> age(c).icon)
                .withProperty("ageText", c -> getTranslation("workflow.card.age." + age(c).name().toLowerCase()))
                .withProperty("actions", c -> column.own && column.step != null && c.status() == ApplicationStatus.ACTIVE
                        && (c.holder() == null || c.holder().equals(user.getUsername())))
                .withProperty("claimable", c -> c.holder() == null)
                .withProperty("backable", c -> !catalog.boardSteps().getFirst().code().equals(c.stepCode()))
                .withFunction("claim", this::claim)
                .withFunction("next", this::next)
                .withProperty("overridable", c -> mayOverride && c.status() == ApplicationStatus.ACTIVE && c.holder() != null
                        && !c.holder().equals(user.getUsername()))
                .withFunction("back", c -> sendBack(c, null))
                .withFunction("release", c -> override(c, false))
                .withFunction("reassign", c -> override(c, true));
    }

    private CardAge age(CardRow c) {
        return CardAge.of(CardAge.minutes(c.enteredAt(), Instant.now(clock)), standard(c.stepCode()));
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("$", "&#36;");
    }

    // ---------------------------------------------------------------- live

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        deregister = feed.register(user.branchCode(), (CardUpdate u) -> ui.access(() -> {
            apply(u.move().applicationId(), u.card(), u.badge());
            timings.recordFanOut(System.nanoTime() - u.committedNanos());
        }));
        // on a common office screen (1366 px) the seven columns fit only without the menu beside them: fold it away
        // (the menu button brings it back); wider screens keep it open
        ui.getPage().executeJs("return window.innerWidth").then(Integer.class, width -> {
            var layout = findAncestor(com.vaadin.flow.component.applayout.AppLayout.class);
            if (layout != null && width < FULL_MENU_WIDTH) {
                layout.setDrawerOpened(false);
            }
        });
        // ageing colours move on with the clock: re-render the visible rows once a minute
        ui.setPollInterval(60_000);
        pollRegistration = ui.addPollListener(e -> columns.values().forEach(c -> c.view.refreshAll()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (deregister != null) {
            deregister.run();
        }
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workflow.menu.board");
    }
}
