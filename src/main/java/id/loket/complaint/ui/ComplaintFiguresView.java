package id.loket.complaint.ui;

import id.loket.base.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.CategoryRow;
import id.loket.complaint.ComplaintService.ComplaintRow;
import id.loket.complaint.ComplaintService.Figures;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

/**
 * Complaint figures for the Sekretaris and the Kepala Dinas over a period, and the open complaints that are
 * overdue or nearly so. The Kepala Dinas dashboard proper reads the same {@link ComplaintService#figures}.
 */
@Route("pengaduan/ringkasan")
@RolesAllowed({Roles.SECRETARY, Roles.HEAD_OF_OFFICE})
@Menu(order = 43, title = "complaint.menu.figures", icon = "vaadin:chart-grid")
@StyleSheet("context://styles/complaint.css")
class ComplaintFiguresView extends VerticalLayout implements HasDynamicTitle {

    private final ComplaintService service;
    private final Map<String, CategoryRow> categories;
    private final ZoneId zone;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Div figures = new Div();
    final Grid<ComplaintRow> attention = new Grid<>();

    ComplaintFiguresView(ComplaintService service) {
        this.service = service;
        this.categories = ComplaintUi.categories(service.categories());
        this.zone = ComplaintUi.zone(service.zone());
        setId("complaint-figures-view");
        LocalDate today = LocalDate.now(zone);
        from.setId("complaint-figures-from");
        from.setLabel(getTranslation("complaint.figures.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setId("complaint-figures-to");
        to.setLabel(getTranslation("complaint.figures.to"));
        to.setValue(today);
        Button show = new Button(getTranslation("complaint.figures.show"), e -> refresh());
        show.setId("complaint-figures-show");
        HorizontalLayout period = new HorizontalLayout(from, to, show);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        figures.setId("complaint-figures");
        figures.addClassName("complaint-figures");

        attention.setId("complaint-attention-grid");
        attention.addColumn(ComplaintRow::number).setHeader(getTranslation("complaint.field.number")).setAutoWidth(true);
        attention.addColumn(r -> ComplaintUi.category(categories, r.categoryCode()))
                .setHeader(getTranslation("complaint.field.category")).setFlexGrow(2);
        attention.addColumn(r -> ComplaintUi.status(r.status())).setHeader(getTranslation("complaint.field.status"));
        attention.addColumn(r -> ComplaintUi.division(r.division())).setHeader(getTranslation("complaint.field.division"));
        attention.addColumn(r -> ComplaintUi.sla(ComplaintUi.worst(r))).setHeader(getTranslation("complaint.field.sla"));
        attention.setPartNameGenerator(ComplaintUi::part);
        attention.setAllRowsVisible(true);
        attention.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ComplaintDetailView.class,
                e.getItem().id().toString())));
        add(period, figures, new H3(getTranslation("complaint.figures.attention")), attention);
        refresh();
    }

    void refresh() {
        try {
            Figures f = service.figures(from.getValue(), to.getValue());
            figures.removeAll();
            figure("total", getTranslation("complaint.figures.total"), String.valueOf(f.total()));
            figure("overdue", getTranslation("complaint.figures.overdue"), String.valueOf(f.overdue()));
            figure("near", getTranslation("complaint.figures.near"), String.valueOf(f.nearlyOverdue()));
            figure("median-follow-up", getTranslation("complaint.figures.median-follow-up"), minutes(f.medianMinutesToFollowUp()));
            figure("median-resolution", getTranslation("complaint.figures.median-resolution"), minutes(f.medianMinutesToResolution()));
            figure("by-channel", getTranslation("complaint.figures.by-channel"), breakdown(f.byChannel(), ComplaintUi::channel));
            figure("by-status", getTranslation("complaint.figures.by-status"), breakdown(f.byStatus(), ComplaintUi::status));
            figure("by-category", getTranslation("complaint.figures.by-category"),
                    breakdown(f.byCategory(), c -> ComplaintUi.category(categories, c)));
            attention.setItems(service.attention());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private String minutes(Long value) {
        return value == null ? "–" : getTranslation("complaint.figures.minutes", value);
    }

    private static <K> String breakdown(Map<K, Long> counts, Function<K, String> label) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(label.apply(k)).append(": ").append(v).append('\n'));
        return sb.toString().strip();
    }

    private void figure(String id, String label, String value) {
        Div box = new Div();
        box.setId("complaint-figure-" + id);
        box.addClassName("complaint-figure");
        Span caption = new Span(label);
        Div number = new Div();
        number.setId("complaint-figure-" + id + "-value");
        number.setText(value);
        number.addClassNames(id.startsWith("by-") ? "complaint-text" : "value");
        box.add(caption, number);
        figures.add(box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.menu.figures");
    }
}
