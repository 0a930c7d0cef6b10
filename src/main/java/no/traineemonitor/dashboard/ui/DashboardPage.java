package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.function.SerializableSupplier;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.cli.UserFacingException;
import org.jfree.chart.JFreeChart;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.ReferenceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dashboard page: title, the shared filter bar, and content rendered from the filter state in the URL. A filter
 * change navigates to the same page with new query parameters, so every state can be bookmarked; the server time of
 * each render is logged (logger {@code no.traineemonitor.timing}) for the benchmark.
 */
abstract class DashboardPage extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger timing = LoggerFactory.getLogger("no.traineemonitor.timing");

    protected final ReferenceService reference;
    protected final ProgrammeService programmes;
    protected final IndicatorService indicators;
    protected final FilterBar filterBar;
    protected final VerticalLayout content = new VerticalLayout();
    protected FilterState state = FilterState.empty();

    DashboardPage(String titleKey, ReferenceService reference, ProgrammeService programmes, IndicatorService indicators) {
        this.reference = reference;
        this.programmes = programmes;
        this.indicators = indicators;
        this.filterBar = new FilterBar(reference, programmes, this::navigateTo);
        setWidthFull();
        content.setPadding(false);
        content.setWidthFull();
        add(new H2(getTranslation(titleKey)), filterBar, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long start = System.nanoTime();
        FilterState.Parsed parsed = FilterState.parse(event.getLocation().getQueryParameters(), reference, programmes, indicators);
        java.util.List<String> dropped = parsed.dropped().stream().filter(d -> !d.startsWith("sett=")).toList();
        java.util.List<String> notInSet = parsed.dropped().stream().filter(d -> d.startsWith("sett="))
                .map(d -> d.substring("sett=".length())).toList();
        if (!dropped.isEmpty()) {
            Notification.show(getTranslation("filter.dropped", String.join(", ", dropped)), 8000,
                    Notification.Position.TOP_CENTER).setId("filter-notice");
        }
        if (!notInSet.isEmpty()) { // the rest of the set is still shown
            Notification.show(getTranslation("set.unknown", String.join(", ", notInSet)), 8000,
                    Notification.Position.TOP_CENTER).setId("set-notice");
        }
        state = parsed.state();
        filterBar.show(state);
        content.removeAll();
        try {
            render(state);
        } catch (UserFacingException e) {
            content.add(new com.vaadin.flow.component.html.Paragraph(e.getMessage()));
        }
        timing.info("render {} {} ms", getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Fills {@link #content} for the state. */
    protected abstract void render(FilterState state);

    protected void navigateTo(FilterState next) {
        UI.getCurrent().navigate(getClass(), next.toQueryParameters());
    }

    /** The page's filters in words, as the folded filter bar says them (for exported files). */
    protected String filtersText() {
        return filterBar.describe(state);
    }

    /** The export menu of a table on this page (see {@link ExportMenu}); the file name from its parts. */
    protected ExportMenu tableExport(String id, String title, SerializableSupplier<ExportTable> table, Object... nameParts) {
        return ExportMenu.table(id, title, filtersText(), FileNames.of(nameParts), table);
    }

    /** The export menu of a chart on this page, drawn at the page's size. */
    protected ExportMenu chartExport(String id, String title, SerializableSupplier<JFreeChart> chart, int width, int height,
                                     Object... nameParts) {
        return ExportMenu.chart(id, title, filtersText(), FileNames.of(nameParts), chart, width, height);
    }

    /** The filter's years for a file name: "2024", "2015-2020", "fra-2015" ... or null when all years are shown. */
    protected static @org.jspecify.annotations.Nullable String years(FilterState s) {
        if (s.from() == null && s.to() == null) {
            return null;
        }
        if (s.from() != null && s.from().equals(s.to())) {
            return String.valueOf(s.from());
        }
        return (s.from() == null ? "" : String.valueOf(s.from())) + "-" + (s.to() == null ? "" : String.valueOf(s.to()));
    }

    /** "Sentralitetsklasse 5 og 6" (en: "Centrality classes 5 and 6"). */
    protected String centralityName(FilterState s) {
        return getTranslation(s.centralities().size() == 1 ? "filter.centrality-class" : "filter.centrality-classes",
                FilterBar.classes(s.centralities(), getTranslation("filter.and")));
    }

    /** A name for the selection, e.g. "18 Nordland" or "alle programmer". */
    protected String selectionName(FilterState s) {
        if (s.programme() != null) {
            return programmes.programme(s.programme()).map(p -> p.name()).orElse(s.programme());
        }
        if (s.county() != null) {
            return reference.county(s.county(), s.division()).map(c -> c.label()).orElse(s.county());
        }
        if (s.ba() != null) {
            return getTranslation("filter.ba") + " " + s.ba();
        }
        if (!s.centralities().isEmpty()) {
            return centralityName(s);
        }
        return getTranslation("overview.all-programmes");
    }
}
