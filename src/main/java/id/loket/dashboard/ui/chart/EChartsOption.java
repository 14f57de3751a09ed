package id.loket.dashboard.ui.chart;

import id.loket.dashboard.ui.chart.ChartData.Series;
import id.loket.dashboard.ui.chart.ChartData.Type;
import id.loket.dashboard.ui.chart.ChartData.Unit;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts 5 option for a {@link ChartData}: data only (JSON); number formatting, resizing and clicks are added
 * in the browser by {@code frontend/loket-chart.js}. Each value carries its drill-down link as {@code url}.
 */
final class EChartsOption {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EChartsOption() {
    }

    static ObjectNode of(ChartData chart, UnitNames units) {
        ObjectNode option = JSON.objectNode();
        option.putObject("aria").put("enabled", true);
        option.put("animation", false);
        ObjectNode grid = option.putObject("grid");
        grid.put("containLabel", true);
        grid.put("left", 8);
        grid.put("right", 16);
        grid.put("top", 40);
        grid.put("bottom", chart.type() == Type.HEAT_MAP ? 56 : 8);
        return chart.type() == Type.HEAT_MAP ? heatMap(option, chart) : axes(option, chart, units);
    }

    private static ObjectNode axes(ObjectNode option, ChartData chart, UnitNames units) {
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0).put("type", "scroll");
        ObjectNode x = option.putObject("xAxis");
        x.put("type", "category");
        x.put("boundaryGap", chart.type() != Type.STACKED_AREA);
        ArrayNode labels = x.putArray("data");
        chart.categories().forEach(labels::add);
        x.putObject("axisLabel").put("hideOverlap", true);
        ArrayNode y = option.putArray("yAxis");
        ObjectNode left = y.addObject().put("type", "value").put("name", units.name(chart.unit()));
        if (chart.unit() == Unit.PERCENT) {
            left.put("max", 100);
        }
        chart.series().stream().filter(s -> s.axis() == 1).findFirst().ifPresent(s ->
                y.addObject().put("type", "value").put("name", units.name(s.unitIn(chart)))
                        .putObject("splitLine").put("show", false));
        ArrayNode series = option.putArray("series");
        for (int i = 0; i < chart.series().size(); i++) {
            Series s = chart.series().get(i);
            ObjectNode node = series.addObject();
            node.put("name", s.name());
            node.put("yAxisIndex", s.axis());
            switch (s.style()) {
                case BAR -> node.put("type", "bar");
                case LINE -> node.put("type", "line");
                case STEP_LINE -> node.put("type", "line").put("step", "middle").put("symbol", "none")
                        .putObject("lineStyle").put("type", "dashed").put("width", 2);
                case AREA -> {
                    node.put("type", "line").put("symbol", "none");
                    node.putObject("areaStyle");
                    if (chart.type() == Type.STACKED_AREA) {
                        node.put("stack", "flow");
                    }
                }
            }
            if (s.style() != ChartData.Style.BAR && s.style() != ChartData.Style.AREA) {
                node.put("connectNulls", false);
            }
            ArrayNode data = node.putArray("data");
            for (int j = 0; j < s.values().size(); j++) {
                Double v = s.values().get(j);
                String link = s.link(j);
                if (link == null) {
                    data.add(v == null ? null : JSON.numberNode(v));
                } else {
                    ObjectNode item = data.addObject();
                    if (v == null) {
                        item.putNull("value");
                    } else {
                        item.put("value", v);
                    }
                    item.put("url", link);
                }
            }
            if (i == 0 && chart.standard() != null) {
                ObjectNode mark = node.putObject("markLine");
                mark.put("symbol", "none");
                mark.put("silent", true);
                mark.putObject("lineStyle").put("type", "dashed").put("color", "#c62828").put("width", 2);
                ObjectNode line = mark.putArray("data").addObject();
                line.put("yAxis", chart.standard().value());
                line.put("name", chart.standard().label());
                mark.putObject("label").put("formatter", "{b}").put("position", "insideEndTop");
            }
        }
        return option;
    }

    private static ObjectNode heatMap(ObjectNode option, ChartData chart) {
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode x = option.putObject("xAxis");
        x.put("type", "category");
        ArrayNode xs = x.putArray("data");
        chart.categories().forEach(xs::add);
        x.putObject("splitArea").put("show", true);
        ObjectNode y = option.putObject("yAxis");
        y.put("type", "category");
        y.put("inverse", true); // first row (Monday, the first branch) on top, as in the table
        ArrayNode ys = y.putArray("data");
        chart.rows().forEach(ys::add);
        double max = chart.heat().stream().flatMap(List::stream).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(1);
        ObjectNode visual = option.putObject("visualMap");
        visual.put("min", 0);
        visual.put("max", chart.unit() == Unit.PERCENT ? 100 : Math.max(max, 1));
        visual.put("calculable", true);
        visual.put("orient", "horizontal");
        visual.put("left", "center");
        visual.put("bottom", 0);
        visual.put("itemHeight", 120);
        if (chart.unit() == Unit.PERCENT) {
            // low share within the standard is the bad end: red, high is green
            visual.putObject("inRange").putArray("color").add("#c62828").add("#f9a825").add("#2e7d32");
        } else {
            visual.putObject("inRange").putArray("color").add("#e3f2fd").add("#1565c0");
        }
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "heatmap");
        series.put("name", chart.title());
        series.putObject("label").put("show", chart.categories().size() <= 12);
        ArrayNode data = series.putArray("data");
        for (int r = 0; r < chart.rows().size(); r++) {
            for (int c = 0; c < chart.categories().size(); c++) {
                Double v = chart.cell(r, c);
                if (v == null) {
                    continue; // an empty cell stays blank, as "no data" and not as zero
                }
                ObjectNode item = data.addObject();
                item.putArray("value").add(c).add(r).add(v);
                String link = chart.heatLink(r, c);
                if (link != null) {
                    item.put("url", link);
                }
            }
        }
        return option;
    }

    /** The word for a unit on an axis ("menit", "%", ...), from the user's bundle. */
    interface UnitNames {
        String name(Unit unit);
    }
}
