package id.loket.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.complaint.ComplaintAction;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.BranchEscalation;
import id.loket.complaint.ComplaintService.CategoryRow;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;

/**
 * On the central: complaints escalated to the Kepala Dinas at the branches. His decision (follow-up note or the
 * answer that resolves it) goes to the branch and is shown "dikirim ke cabang" until the branch's complaint shows it.
 */
@Route("pengaduan/cabang")
@RolesAllowed(Roles.HEAD_OF_OFFICE)
@Menu(order = 44, title = "complaint.menu.branches", icon = "vaadin:sitemap")
@StyleSheet("context://styles/complaint.css")
class BranchEscalationsView extends VerticalLayout implements HasDynamicTitle {

    private final ComplaintService service;
    final Grid<BranchEscalation> grid = new Grid<>();
    final Paragraph notCentral = new Paragraph();

    BranchEscalationsView(ComplaintService service) {
        this.service = service;
        setId("complaint-branch-escalations");
        setSizeFull();
        Map<String, CategoryRow> categories = ComplaintUi.categories(service.categories());
        ZoneId zone = ComplaintUi.zone(service.zone());
        grid.setId("complaint-branch-grid");
        grid.addColumn(BranchEscalation::branchCode).setHeader(getTranslation("complaint.branches.branch"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.row().number()).setHeader(getTranslation("complaint.field.number")).setAutoWidth(true);
        grid.addColumn(e -> ComplaintUi.time(e.row().receivedAt(), zone))
                .setHeader(getTranslation("complaint.field.received")).setAutoWidth(true);
        grid.addColumn(e -> ComplaintUi.category(categories, e.row().categoryCode()))
                .setHeader(getTranslation("complaint.field.category")).setAutoWidth(true);
        grid.addColumn(BranchEscalation::description).setHeader(getTranslation("complaint.field.description"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("complaint.field.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        notCentral.setId("complaint-branch-not-central");
        notCentral.setVisible(false);
        add(notCentral, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Span state(BranchEscalation e) {
        Span state = new Span(e.sentToBranch() ? getTranslation("complaint.branches.sent")
                : getTranslation("complaint.branches.waiting"));
        state.addClassName(e.sentToBranch() ? "complaint-sent" : "complaint-waiting");
        return state;
    }

    private HorizontalLayout actions(BranchEscalation e) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (!e.sentToBranch()) {
            for (ComplaintAction action : new ComplaintAction[] {ComplaintAction.FOLLOW_UP, ComplaintAction.RESOLVE}) {
                Button button = new Button(ComplaintUi.action(action), click -> new ActionDialog(e.row().number(),
                        action, null, null, (division, text) -> service.decideForBranch(e.row().id(),
                        e.row().version(), action, text), this::refresh).open());
                button.setId("complaint-branch-" + action.name().toLowerCase() + "-" + e.row().number());
                buttons.add(button);
            }
        }
        return buttons;
    }

    void refresh() {
        try {
            grid.setItems(service.branchEscalations());
        } catch (BusinessException e) {
            notCentral.setText(getTranslation(e.messageKey()));
            notCentral.setVisible(true);
            grid.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.menu.branches");
    }
}
