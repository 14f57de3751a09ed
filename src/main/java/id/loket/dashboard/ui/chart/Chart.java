package id.loket.dashboard.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.QueryParameters;
import id.loket.dashboard.ui.chart.ChartData.Series;
import id.loket.dashboard.ui.chart.ChartData.Type;
import id.loket.dashboard.ui.chart.ChartData.Unit;
import java.util.Locale;

/**
 * One chart (Apache ECharts 5.3.1 from its WebJar, driven by {@code frontend/loket-chart.js}; no npm build, ADR 001)
 * with the same numbers in a table beside it for screen readers and for anyone who would rather read: the drawing
 * is an image described by that table ({@code aria-describedby}). Everything about the chart is the Java
 * {@link ChartData}; {@link #data()} and {@link #optionJson()} are what tests assert on. A click on a bar, point or
 * cell that carries a link opens it (only links the chart itself holds).
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://frontend-static/loket-chart.js")
@StyleSheet("context://styles/loket-chart.css")
public class Chart extends Div {

    private final H4 heading = new H4();
    private final Div canvas = new Div();
    private final NativeTable table = new NativeTable();
    private final NativeDetails numbers;
    private ChartData data;
    private String optionJson = "{}";

    /** @param id stable id; the drawing is {@code id-canvas}, the table {@code id-table} */
    public Chart(String id) {
        setId(id);
        addClassName("loket-chart");
        heading.setId(id + "-title");
        heading.addClassName("loket-chart-title");
        canvas.setId(id + "-canvas");
        canvas.addClassName("loket-chart-canvas");
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-describedby", id + "-table");
        canvas.getStyle().set("width", "100%").set("height", "320px");
        table.setId(id + "-table");
        table.addClassName("loket-chart-table");
        numbers = new NativeDetails(getTranslation("dashboard.chart.numbers"), table);
        numbers.setId(id + "-numbers");
        add(heading, canvas, numbers);
        canvas.getElement().addEventListener("loket-chart-click", e -> open(e.getEventData().get("event.detail.url")
                .asString())).addEventData("event.detail.url");
    }

    /** Height of the drawing (default 320px); the width follows the layout and the chart redraws on resize. */
    public Chart withHeight(String cssHeight) {
        canvas.getStyle().set("height", cssHeight);
        return this;
    }

    /** Shows new data: the table at once, the drawing on the next round trip. */
    public void setData(ChartData chartData) {
        this.data = chartData;
        Locale locale = getLocale();
        heading.setText(chartData.title());
        canvas.getElement().setAttribute("aria-label", chartData.title());
        fillTable(chartData, locale);
        optionJson = EChartsOption.of(chartData, this::unitName).toString();
        draw();
    }

    public ChartData data() {
        return data;
    }

    /** The ECharts option sent to the browser (data only; formatters are added there). */
    public String optionJson() {
        return optionJson;
    }

    /** What a click on a value with this link does: opens it inside the app (a link the chart does not hold is ignored). */
    public void open(String url) {
        if (data == null || !data.hasLink(url)) {
            return;
        }
        int query = url.indexOf('?');
        String path = (query < 0 ? url : url.substring(0, query)).replaceFirst("^/", "");
        QueryParameters params = query < 0 ? QueryParameters.empty() : QueryParameters.fromString(url.substring(query + 1));
        UI.getCurrent().navigate(path, params);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        draw(); // a chart re-attached (or attached after its data) draws again
    }

    private void draw() {
        if (data != null && isAttached()) {
            String lang = ChartFormat.of(getLocale()).toLanguageTag();
            canvas.getElement().executeJs("window.loketChart.render(this, $0, $1)", optionJson, lang);
        }
    }

    private String unitName(Unit unit) {
        return unit == null ? "" : getTranslation("dashboard.chart.unit." + unit.name().toLowerCase(Locale.ROOT));
    }

    private String header(String label, Unit unit) {
        String name = unitName(unit);
        return unit == Unit.PERCENT || name.isEmpty() ? label + (unit == Unit.PERCENT ? " (%)" : "") : label + " (" + name + ")";
    }

    private void fillTable(ChartData chart, Locale locale) {
        table.removeAll();
        table.setCaptionText(chart.title());
        NativeTableRow head = table.getHead().addRow();
        if (chart.type() == Type.HEAT_MAP) {
            head.addHeaderCell().setText("");
            chart.categories().forEach(c -> head.addHeaderCell().setText(c));
            for (int r = 0; r < chart.rows().size(); r++) {
                NativeTableRow row = table.getBody().addRow();
                row.addHeaderCell().setText(chart.rows().get(r));
                for (int c = 0; c < chart.categories().size(); c++) {
                    row.addDataCell().setText(ChartFormat.value(chart.cell(r, c), chart.unit(), locale));
                }
            }
        } else {
            head.addHeaderCell().setText("");
            chart.series().forEach(s -> head.addHeaderCell().setText(header(s.name(), s.unitIn(chart))));
            for (int i = 0; i < chart.categories().size(); i++) {
                NativeTableRow row = table.getBody().addRow();
                row.addHeaderCell().setText(chart.categories().get(i));
                for (Series s : chart.series()) {
                    row.addDataCell().setText(ChartFormat.value(s.values().get(i), s.unitIn(chart), locale));
                }
            }
        }
        if (chart.standard() != null) {
            NativeTableRow row = table.getFoot().addRow();
            row.addHeaderCell().setText(chart.standard().label());
            row.addDataCell().setText(ChartFormat.value(chart.standard().value(), chart.unit(), locale));
        }
    }

    /** The table's cell text (row and column from 0, headers not counted), as a screen reader reads it. */
    public String cellText(int row, int column) {
        return table.getBody().getRow(row).orElseThrow().getDataCell(column).orElseThrow().getText();
    }

    /** The table's row header (category or heat-map row label). */
    public String rowHeader(int row) {
        return table.getBody().getRow(row).orElseThrow().getHeaderCell(0).orElseThrow().getText();
    }

    Component numbers() {
        return numbers;
    }
}
