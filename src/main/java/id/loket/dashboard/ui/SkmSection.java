package id.loket.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.loket.skm.SkmIndex;
import java.math.BigDecimal;
import java.text.NumberFormat;

/**
 * The satisfaction index on the Kepala Dinas's dashboard (issue 15.4): IKM with its grade, respondents, and the nine
 * element means for the dashboard's period, branch and type. The figures come from {@code skm.SkmService.index}.
 */
class SkmSection extends Div {

    SkmSection() {
        setId("dashboard-office-skm");
    }

    void show(SkmIndex index) {
        removeAll();
        NumberFormat two = NumberFormat.getInstance(getLocale());
        two.setMinimumFractionDigits(2);
        two.setMaximumFractionDigits(2);
        Div boxes = new Div();
        boxes.addClassName("dashboard-figures");
        boxes.add(
                box("ikm", "skm.dashboard.ikm", format(two, index.index())),
                box("grade", "skm.dashboard.grade", index.grade() == null ? "\u2013"
                        : index.grade().name() + " (" + getTranslation("skm.grade." + index.grade().name()) + ")"),
                box("respondents", "skm.dashboard.respondents",
                        NumberFormat.getIntegerInstance(getLocale()).format(index.respondents())));
        add(boxes);
        if (index.empty()) {
            Paragraph none = new Paragraph(getTranslation("skm.dashboard.none"));
            none.setId("dashboard-office-skm-none");
            add(none);
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("dashboard-office-skm-elements");
        table.addClassName("dashboard-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("skm.dashboard.element"));
        head.addHeaderCell().setText(getTranslation("skm.dashboard.nrr"));
        for (SkmIndex.ElementMean e : index.elements()) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("dashboard-office-skm-" + e.element().name());
            row.addHeaderCell().setText(e.element().name() + " " + getTranslation("skm.element." + e.element().name()));
            row.addDataCell().setText(format(two, e.nrr()));
        }
        add(table);
    }

    private static String format(NumberFormat f, BigDecimal v) {
        return v == null ? "\u2013" : f.format(v);
    }

    private Div box(String id, String labelKey, String value) {
        Div box = new Div();
        box.setId("dashboard-office-skm-" + id);
        box.addClassName("dashboard-figure");
        Span caption = new Span(getTranslation(labelKey));
        caption.addClassName("dashboard-figure-label");
        Span number = new Span(value);
        number.setId("dashboard-office-skm-" + id + "-value");
        number.addClassName("dashboard-figure-value");
        box.add(caption, number);
        return box;
    }
}
