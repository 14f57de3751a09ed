package id.loket.dashboard.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, in plain Java: the {@link Chart} component draws it with ECharts and lists the same numbers in
 * a table, tests assert on it, and a report (PDF) can draw it again. Labels are already translated; values are in
 * the chart's {@link Unit} (minutes, counts, or percent 0..100), null where there is nothing to show.
 *
 * <p>Axis charts ({@code BAR}, {@code LINE}, {@code STACKED_AREA}) have one value per category in each series. A
 * {@code HEAT_MAP} has {@code rows} (y) x {@code categories} (x) cells in {@code heat}, each row a list as long as
 * the categories. A link per value (or per cell) opens the cards behind it; null where there are none.
 */
public record ChartData(Type type, String title, Unit unit, List<String> categories, List<Series> series,
                        Standard standard, List<String> rows, List<List<Double>> heat, List<List<String>> heatLinks) {

    public enum Type {
        /** bars (and lines) over categories, e.g. p50/p90 per step with the step standards as a line */
        BAR,
        /** lines over categories, e.g. a trend */
        LINE,
        /** stacked areas over categories: cumulative flow */
        STACKED_AREA,
        /** rows x categories coloured by value, e.g. weekday x hour */
        HEAT_MAP
    }

    public enum Unit {
        MINUTES, COUNT, PERCENT
    }

    public enum Style {
        BAR, LINE, STEP_LINE, AREA
    }

    /** {@code axis} 0 = the chart's unit (left), 1 = the series' own unit on a right-hand axis. */
    public record Series(String name, Style style, Unit unit, int axis, List<Double> values, List<String> links) {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
            links = links == null ? null : Collections.unmodifiableList(new ArrayList<>(links));
        }

        public static Series bar(String name, List<Double> values) {
            return new Series(name, Style.BAR, null, 0, values, null);
        }

        public static Series line(String name, List<Double> values) {
            return new Series(name, Style.LINE, null, 0, values, null);
        }

        /** A per-category level drawn as steps, e.g. each step's own standard. */
        public static Series stepLine(String name, List<Double> values) {
            return new Series(name, Style.STEP_LINE, null, 0, values, null);
        }

        public static Series area(String name, List<Double> values) {
            return new Series(name, Style.AREA, null, 0, values, null);
        }

        public Series withLinks(List<String> urls) {
            return new Series(name, style, unit, axis, values, urls);
        }

        /** Drawn against a second (right-hand) axis in its own unit, e.g. counts beside minutes. */
        public Series onSecondAxis(Unit ownUnit) {
            return new Series(name, style, ownUnit, 1, values, links);
        }

        public Unit unitIn(ChartData chart) {
            return unit == null ? chart.unit() : unit;
        }

        public String link(int index) {
            return links == null || index < 0 || index >= links.size() ? null : links.get(index);
        }
    }

    /** One constant level across the whole chart (a markLine), e.g. the 30-minute standard of the lead time. */
    public record Standard(double value, String label) {
    }

    public ChartData {
        Objects.requireNonNull(type);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        rows = rows == null ? List.of() : List.copyOf(rows);
        heat = heat == null ? List.of() : heat.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        heatLinks = heatLinks == null ? null
                : heatLinks.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }

    public static ChartData of(Type type, String title, Unit unit, List<String> categories) {
        return new ChartData(type, title, unit, categories, List.of(), null, null, null, null);
    }

    public ChartData withSeries(Series... more) {
        List<Series> all = new ArrayList<>(series);
        all.addAll(List.of(more));
        return new ChartData(type, title, unit, categories, all, standard, rows, heat, heatLinks);
    }

    public ChartData withStandard(double value, String label) {
        return new ChartData(type, title, unit, categories, series, new Standard(value, label), rows, heat, heatLinks);
    }

    /** For a heat map: the row labels and, per row, one value (and link) per category. */
    public ChartData withHeat(List<String> rowLabels, List<List<Double>> cells, List<List<String>> links) {
        return new ChartData(type, title, unit, categories, series, standard, rowLabels, cells, links);
    }

    /** The series of that name (tests and reports look series up by their label). */
    public Series series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series " + name));
    }

    public Double cell(int row, int category) {
        return heat.get(row).get(category);
    }

    public String heatLink(int row, int category) {
        return heatLinks == null ? null : heatLinks.get(row).get(category);
    }

    /** Every link the chart carries: a click from the browser is followed only when it is one of these. */
    public boolean hasLink(String url) {
        if (url == null) {
            return false;
        }
        return series.stream().anyMatch(s -> s.links() != null && s.links().contains(url))
                || heatLinks != null && heatLinks.stream().anyMatch(r -> r.contains(url));
    }
}
