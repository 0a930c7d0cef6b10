package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Pieces every page section uses: a section (a column without its own padding), grids that fit a 1280 px laptop
 * (cells and headers wrap, the grid never wider than the page) and small hint lines.
 */
final class Sections {

    private Sections() {
    }

    /** A section of a page: its parts one under the other, no extra padding. */
    static VerticalLayout section() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setWidthFull();
        return section;
    }

    /** Compact, striped, wrapping (headers too: see app.css) and as wide as the page, never wider. */
    static <T> Grid<T> fit(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.addClassName("fitted-grid");
        return grid;
    }

    /** A grid that shows all its rows (the page scrolls, not the grid). */
    static <T> Grid<T> allRows(Grid<T> grid) {
        fit(grid).setAllRowsVisible(true);
        return grid;
    }

    static Component hint(String text) {
        var hint = new Div(text);
        hint.addClassName("muted");
        return hint;
    }

    static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
