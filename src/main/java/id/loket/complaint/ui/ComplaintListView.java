package id.loket.complaint.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.Roles;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.CategoryRow;
import id.loket.complaint.ComplaintService.ComplaintRow;
import id.loket.complaint.ComplaintService.Filter;
import id.loket.complaint.ComplaintStatus;
import id.loket.complaint.Division;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;

/** All complaints the officer may see, filtered by status, category, channel, division, attention and text. */
@Route("pengaduan/daftar")
@RolesAllowed({Roles.COMPLAINT_DESK, Roles.SECRETARY, Roles.HEAD_DAFDUK, Roles.HEAD_CAPIL, Roles.HEAD_OF_OFFICE})
@Menu(order = 42, title = "complaint.menu.list", icon = "vaadin:list")
@StyleSheet("context://styles/complaint.css")
class ComplaintListView extends VerticalLayout implements HasDynamicTitle {

    private final ComplaintService service;
    final Select<ComplaintStatus> status = new Select<>();
    final ComboBox<CategoryRow> category = new ComboBox<>();
    final Select<ComplaintChannel> channel = new Select<>();
    final Select<Division> division = new Select<>();
    final Checkbox attention = new Checkbox();
    final TextField text = new TextField();
    final Grid<ComplaintRow> grid = new Grid<>();

    ComplaintListView(ComplaintService service) {
        this.service = service;
        setId("complaint-list-view");
        setSizeFull();
        Map<String, CategoryRow> categories = ComplaintUi.categories(service.categories());
        ZoneId zone = ComplaintUi.zone(service.zone());

        status.setId("complaint-filter-status");
        status.setLabel(getTranslation("complaint.field.status"));
        status.setItems(ComplaintStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("complaint.filter.all") : ComplaintUi.status(s));
        category.setId("complaint-filter-category");
        category.setLabel(getTranslation("complaint.field.category"));
        category.setItems(categories.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setClearButtonVisible(true);
        channel.setId("complaint-filter-channel");
        channel.setLabel(getTranslation("complaint.field.channel"));
        channel.setItems(ComplaintChannel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("complaint.filter.all") : ComplaintUi.channel(c));
        division.setId("complaint-filter-division");
        division.setLabel(getTranslation("complaint.field.division"));
        division.setItems(Division.values());
        division.setEmptySelectionAllowed(true);
        division.setItemLabelGenerator(d -> d == null ? getTranslation("complaint.filter.all") : ComplaintUi.division(d));
        attention.setId("complaint-filter-attention");
        attention.setLabel(getTranslation("complaint.filter.attention"));
        text.setId("complaint-filter-text");
        text.setLabel(getTranslation("complaint.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        status.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        channel.addValueChangeListener(e -> refresh());
        division.addValueChangeListener(e -> refresh());
        attention.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, category, channel, division, text, attention);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("complaint-grid");
        grid.addColumn(ComplaintRow::number).setHeader(getTranslation("complaint.field.number")).setAutoWidth(true);
        grid.addColumn(r -> ComplaintUi.time(r.receivedAt(), zone)).setHeader(getTranslation("complaint.field.received"))
                .setAutoWidth(true);
        grid.addColumn(r -> ComplaintUi.channel(r.channel())).setHeader(getTranslation("complaint.field.channel"))
                .setAutoWidth(true);
        grid.addColumn(r -> ComplaintUi.category(categories, r.categoryCode()))
                .setHeader(getTranslation("complaint.field.category")).setAutoWidth(true);
        grid.addColumn(ComplaintUi::complainant).setHeader(getTranslation("complaint.field.name"))
                .setAutoWidth(true);
        grid.addColumn(ComplaintUi::phone).setHeader(getTranslation("complaint.field.phone"))
                .setAutoWidth(true);
        grid.addColumn(r -> ComplaintUi.status(r.status())).setHeader(getTranslation("complaint.field.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> ComplaintUi.division(r.division())).setHeader(getTranslation("complaint.field.division"))
                .setAutoWidth(true);
        grid.addColumn(r -> ComplaintUi.sla(r.followUpSla())).setHeader(getTranslation("complaint.field.sla-follow-up"))
                .setAutoWidth(true);
        grid.addColumn(r -> ComplaintUi.sla(r.resolutionSla())).setHeader(getTranslation("complaint.field.sla-resolution"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.laporDeadline() == null ? "" : ComplaintUi.time(r.laporDeadline(), zone) + " · "
                + ComplaintUi.sla(r.laporSla())).setHeader(getTranslation("complaint.field.lapor-deadline")).setAutoWidth(true);
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setPartNameGenerator(ComplaintUi::part);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ComplaintDetailView.class,
                e.getItem().id().toString())));
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(service.list(new Filter(status.getValue(),
                category.getValue() == null ? null : category.getValue().code(), channel.getValue(),
                division.getValue(), attention.getValue(), text.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.menu.list");
    }
}
