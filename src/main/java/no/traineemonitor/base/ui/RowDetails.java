package no.traineemonitor.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

/**
 * The details a grid row opens when clicked: what does not fit in the row's columns on a laptop (a quote, a source,
 * a breakdown). The grid keeps the function, so a test can read the details of every row as a reader would.
 */
public final class RowDetails {

    private static final String KEY = RowDetails.class.getName();

    private RowDetails() {
    }

    public static <T> void set(Grid<T> grid, SerializableFunction<T, ? extends Component> details) {
        grid.setItemDetailsRenderer(new ComponentRenderer<>(details));
        ComponentUtil.setData(grid, KEY, details);
    }

    /** The details of an item of a grid, or null when the grid has none. */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable Component of(Grid<T> grid, T item) {
        Object details = ComponentUtil.getData(grid, KEY);
        return details == null ? null : ((SerializableFunction<T, ? extends Component>) details).apply(item);
    }
}
