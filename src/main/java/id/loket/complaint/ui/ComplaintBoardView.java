package id.loket.complaint.ui;


import id.loket.base.ui.Messages;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.CurrentUser;
import id.loket.base.Roles;
import id.loket.complaint.ComplaintAction;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.CategoryRow;
import id.loket.complaint.ComplaintService.ComplaintRow;
import id.loket.complaint.ComplaintStatus;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The complaint board: one virtualized grid per status (see board.md), cards dragged between columns, and the
 * keyboard path beside it: select a card (arrow keys, space) and press "next status". Both run
 * {@link ComplaintService#move}; the dialog asks for the division, note, reason or answer the move needs.
 */
@Route("pengaduan")
@RolesAllowed({Roles.COMPLAINT_DESK, Roles.SECRETARY, Roles.HEAD_DAFDUK, Roles.HEAD_CAPIL, Roles.HEAD_OF_OFFICE})
@Menu(order = 40, title = "complaint.menu.board", icon = "vaadin:comments-o")
@StyleSheet("context://styles/complaint.css")
class ComplaintBoardView extends VerticalLayout implements HasDynamicTitle {

    private static final String CARD = """
            <div class="complaint-card sla-${item.sla}">
              <strong>${item.number}</strong>
              <span>${item.category}</span>
              <span class="sub">${item.who} · ${item.received}</span>
              <span class="sub">${item.division}</span>
              <span class="sla">${item.slaText}</span>
            </div>""";

    private final ComplaintService service;
    private final Map<String, CategoryRow> categories;
    private final ZoneId zone;
    final Map<ComplaintStatus, Grid<ComplaintRow>> columns = new EnumMap<>(ComplaintStatus.class);
    private final Map<ComplaintStatus, H4> headers = new EnumMap<>(ComplaintStatus.class);
    private List<ComplaintRow> dragged = List.of();
    private ComplaintRow selected;

    private final ComplaintBoardBroadcaster broadcaster;
    private Runnable unregister = () -> { };

    ComplaintBoardView(ComplaintService service, ComplaintBoardBroadcaster broadcaster) {
        this.service = service;
        this.broadcaster = broadcaster;
        this.categories = ComplaintUi.categories(service.categories());
        this.zone = ComplaintUi.zone(service.zone());
        setId("complaint-board-view");
        setSizeFull();

        Button next = new Button(getTranslation("complaint.board.next"), VaadinIcon.ARROW_RIGHT.create(), e -> nextStatus());
        next.setId("complaint-board-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button open = new Button(getTranslation("complaint.board.open"), e -> openSelected());
        open.setId("complaint-board-open");
        Button refresh = new Button(getTranslation("complaint.board.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("complaint-board-refresh");
        HorizontalLayout toolbar = new HorizontalLayout(next, open, refresh);

        Div board = new Div();
        board.addClassName("complaint-board");
        for (ComplaintStatus status : ComplaintStatus.values()) {
            board.add(column(status));
        }
        add(toolbar, board);
        setFlexGrow(1, board);
        refresh();
    }

    private Div column(ComplaintStatus status) {
        Grid<ComplaintRow> grid = new Grid<>();
        grid.setId("complaint-board-column-" + status.name());
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        grid.addColumn(LitRenderer.<ComplaintRow>of(CARD)
                .withProperty("number", ComplaintRow::number)
                .withProperty("category", r -> ComplaintUi.category(categories, r.categoryCode()))
                .withProperty("who", ComplaintUi::complainant)
                .withProperty("received", r -> ComplaintUi.time(r.receivedAt(), zone))
                .withProperty("division", r -> ComplaintUi.division(r.division()))
                .withProperty("sla", r -> ComplaintUi.worst(r).name())
                .withProperty("slaText", r -> r.needsAttention() ? ComplaintUi.sla(ComplaintUi.worst(r)) : ""));
        grid.setPartNameGenerator(ComplaintUi::part);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.ON_GRID);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems());
        grid.addDragEndListener(e -> dragged = List.of());
        grid.addDropListener(e -> {
            // a card dropped back on its own column is no move
            if (dragged.size() == 1 && dragged.getFirst().status() != status) {
                moveTo(dragged.getFirst(), status);
            }
        });
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(row -> {
            selected = row;
            columns.values().stream().filter(g -> g != grid).forEach(Grid::deselectAll);
        }));
        grid.addItemDoubleClickListener(e -> openDetail(e.getItem()));
        columns.put(status, grid);
        H4 header = new H4();
        header.setId("complaint-board-header-" + status.name());
        headers.put(status, header);
        Div column = new Div(header, grid);
        column.addClassName("complaint-column");
        return column;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        CurrentUser.get().ifPresent(user -> unregister = broadcaster.register(event.getUI(), user.branchCode(),
                SecurityContextHolder.getContext().getAuthentication(), this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unregister.run();
        super.onDetach(event);
    }

    void refresh() {
        List<ComplaintRow> rows = service.board();
        UUID keep = selected == null ? null : selected.id();
        selected = null;
        for (ComplaintStatus status : ComplaintStatus.values()) {
            List<ComplaintRow> inColumn = rows.stream().filter(r -> r.status() == status).toList();
            columns.get(status).setItems(inColumn);
            headers.get(status).setText(getTranslation("complaint.board.column", ComplaintUi.status(status), inColumn.size()));
        }
        // a refresh pushed by someone else's change keeps the officer's selected card
        rows.stream().filter(r -> r.id().equals(keep)).findFirst().ifPresent(r -> columns.get(r.status()).select(r));
    }

    /** The keyboard path: the selected card goes one status on, through the same dialog as a drop. */
    void nextStatus() {
        Optional<ComplaintRow> row = Optional.ofNullable(selected);
        if (row.isEmpty()) {
            Messages.error("complaint.board.select-first");
            return;
        }
        ComplaintStatus next = row.get().status().next();
        if (next == null) {
            Messages.error("complaint.error.transition");
            return;
        }
        moveTo(row.get(), next);
    }

    void moveTo(ComplaintRow row, ComplaintStatus target) {
        ComplaintAction action = ComplaintService.actionTo(row.status(), target);
        if (action == null) {
            Messages.error("complaint.error.transition");
            return;
        }
        CategoryRow category = categories.get(row.categoryCode());
        new ActionDialog(row.number(), action, row.division(), category == null ? null : category.suggestedDivision(),
                (division, text) -> service.move(row.id(), row.version(), target, division, text), this::refresh)
                .open();
    }

    private void openSelected() {
        if (selected == null) {
            Messages.error("complaint.board.select-first");
        } else {
            openDetail(selected);
        }
    }

    private void openDetail(ComplaintRow row) {
        getUI().ifPresent(ui -> ui.navigate(ComplaintDetailView.class, row.id().toString()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.menu.board");
    }
}
