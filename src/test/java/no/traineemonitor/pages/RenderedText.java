package no.traineemonitor.pages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.ui.RowDetails;

/**
 * Everything a reader of the current page can read, as text: the element tree's text, labels, placeholders and
 * tooltips, every grid's headers and cells (and the details a row opens), and the text of charts (SVG).
 */
final class RenderedText {

    /** Grids longer than this are read in part (the first rows): the 356 municipalities say nothing new after 200. */
    static final int MAX_ROWS = 200;

    private RenderedText() {
    }

    static String of(UI ui) {
        List<String> parts = new ArrayList<>();
        parts.add(text(ui.getElement()));
        collect(ui.getElement(), parts);
        ui.getChildren().forEach(c -> components(c, parts));
        return String.join("\n", parts);
    }

    /**
     * The text of an element and its children, except text marked as another language ({@code lang="en"} on a bokmål
     * page: the data's own notes, which the sources page shows as the curators wrote them, under a label).
     */
    static String text(Element e) {
        if (e.isTextNode()) {
            return e.getText();
        }
        if ("en".equals(e.getAttribute("lang")) || !e.isVisible()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        e.getChildren().forEach(c -> b.append(text(c)).append(' '));
        return b.toString();
    }

    private static void collect(Element e, List<String> parts) {
        for (String property : List.of("label", "placeholder", "helperText", "title", "errorMessage", "summary")) {
            String value = e.getProperty(property, null);
            if (value != null) {
                parts.add(value);
            }
        }
        if (e.hasAttribute("title")) {
            parts.add(e.getAttribute("title"));
        }
        e.getChildren().forEach(child -> collect(child, parts));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void components(Component c, List<String> parts) {
        if (!c.getElement().isTextNode() && !c.isVisible()) {
            return;
        }
        if (c instanceof Html html) {
            parts.add(html.getInnerHtml().replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&"));
        }
        if (c instanceof Grid grid) {
            GridTester tester = new GridTester(grid);
            List<Grid.Column> columns = grid.getColumns();
            int visible = (int) columns.stream().filter(Grid.Column::isVisible).count();
            for (int i = 0; i < visible; i++) { // the tester counts the visible columns
                parts.add(tester.getHeaderCell(i));
            }
            int rows = Math.min(MAX_ROWS, tester.size());
            for (int r = 0; r < rows; r++) {
                for (int col = 0; col < visible; col++) {
                    Component cell = null;
                    try {
                        cell = tester.getCellComponent(r, col);
                    } catch (RuntimeException notAComponentColumn) {
                        // a text column
                    }
                    parts.add(cell == null ? tester.getCellText(r, col) : text(cell.getElement()));
                }
                Component d = RowDetails.of(grid, tester.getRow(r));
                if (d != null) {
                    parts.add(text(d.getElement()));
                }
            }
        }
        c.getChildren().forEach(child -> components(child, parts));
    }
}
