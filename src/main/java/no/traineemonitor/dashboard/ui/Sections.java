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

    /** Up to this many rows a grid shows them all; beyond, it scrolls in its own height (see {@link #allRows}). */
    static final int ALL_ROWS_MAX = 100;

    /**
     * A grid that shows all its rows (the page scrolls, not the grid), called after its items are set. With more than
     * {@link #ALL_ROWS_MAX} rows (a county of hundreds of programmes) it scrolls within its own height instead: a grid
     * showing all rows puts every row into the page, and thousands of rows keep the browser busy for minutes, while a
     * scrolling grid draws only the rows in view.
     */
    static <T> Grid<T> allRows(Grid<T> grid) {
        fit(grid);
        boolean many = grid.getDataProvider().isInMemory() && grid.getListDataView().getItemCount() > ALL_ROWS_MAX;
        if (many) {
            grid.setAllRowsVisible(false);
            grid.setHeight("36rem");
        } else {
            grid.setAllRowsVisible(true);
        }
        return grid;
    }

    /** Sets the grid's rows and shows them as {@link #allRows} does. */
    static <T> Grid<T> rows(Grid<T> grid, java.util.Collection<T> items) {
        grid.setItems(items);
        return allRows(grid);
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
