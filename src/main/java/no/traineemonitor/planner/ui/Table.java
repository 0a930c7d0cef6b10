package no.traineemonitor.planner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A small HTML table (a few rows of figures): header, rows, numbers right-aligned. Text is set as text, never HTML. */
@Tag("table")
class Table extends Component {

    Table(String id, List<String> header) {
        setId(id);
        getElement().getClassList().add("survey-numbers");
        getElement().getClassList().add("planner-table");
        Element row = new Element("tr");
        for (String h : header) {
            row.appendChild(new Element("th").setText(h));
        }
        getElement().appendChild(new Element("thead").appendChild(row));
        getElement().appendChild(new Element("tbody"));
    }

    /** Columns after the first that hold text, not figures (left-aligned and wrapped). */
    private java.util.Set<Integer> textColumns = java.util.Set.of();

    /** Marks columns (0-based) as text: they wrap and are not right-aligned. */
    Table text(Integer... columns) {
        textColumns = java.util.Set.of(columns);
        return this;
    }

    /** A row: the first cell a label, the others figures (right-aligned) unless marked as text. */
    Table row(String... cells) {
        Element row = new Element("tr");
        for (int i = 0; i < cells.length; i++) {
            Element td = new Element("td").setText(cells[i]);
            if (i > 0 && !textColumns.contains(i)) {
                td.getClassList().add("number");
            }
            row.appendChild(td);
        }
        getElement().getChild(1).appendChild(row);
        return this;
    }

    /** The last row is a total: bold. */
    Table total() {
        Element body = getElement().getChild(1);
        body.getChild(body.getChildCount() - 1).getClassList().add("planner-total");
        return this;
    }
}
