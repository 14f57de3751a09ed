package id.loket.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

/**
 * A plain HTML table of figures: readable by screen readers beside a chart, and every figure a link to the cards
 * behind it. Cells carry ids ({@code prefix-row-column}) so tests and the end-to-end test can read a figure.
 */
class FigureTable extends NativeTable {

    private final NativeTableBody body = new NativeTableBody();
    private final String prefix;

    FigureTable(String id, String... headers) {
        this.prefix = id;
        setId(id);
        addClassName("figure-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow row = new NativeTableRow();
        for (String h : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        head.add(row);
        add(head, body);
    }

    /** A row; each cell is a text, a link ({@link #link}) or another component. */
    void row(String rowId, Object... cells) {
        NativeTableRow row = new NativeTableRow();
        row.setId(prefix + "-" + rowId);
        int column = 0;
        for (Object value : cells) {
            NativeTableCell cell = new NativeTableCell();
            cell.setId(prefix + "-" + rowId + "-" + column++);
            if (value instanceof Component c) {
                cell.add(c);
            } else {
                cell.add(new Span(String.valueOf(value)));
            }
            row.add(cell);
        }
        body.add(row);
    }

    void clear() {
        body.removeAll();
    }

    int rows() {
        return (int) body.getChildren().count();
    }

    static Anchor link(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.addClassName("figure-link");
        return a;
    }
}
