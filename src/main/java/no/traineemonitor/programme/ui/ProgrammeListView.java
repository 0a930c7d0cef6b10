package no.traineemonitor.programme.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.Component;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import org.jspecify.annotations.Nullable;
import no.traineemonitor.base.ui.RowDetails;

/**
 * Every programme in the warehouse with its type, status, county, host and how much is known about it. The filters
 * (county, type, status) live in the URL like every dashboard page's ({@code /programmer?fylke=18&status=active}; the
 * county and type carry over from the dashboard's filter bar, {@code inndeling=2020} chooses the 2020 counties); an
 * unknown value is dropped with a notice. The main source of a programme is in its row's details (click a row).
 */
@Route("programmer")
@PageTitle("Traineemonitor – programmer")
@Menu(order = 20, title = "nav.programmes")
@AnonymousAllowed
class ProgrammeListView extends VerticalLayout implements BeforeEnterObserver {

    private final ProgrammeService programmeService;
    private final ReferenceService referenceService;
    private final Grid<Programme> grid = new Grid<>();
    private final Select<County> county = new Select<>();
    private final Select<String> status = new Select<>();
    private final Select<String> type = new Select<>();
    private final Span summary = new Span();
    private CountyDivision division = CountyDivision.D2024;
    private boolean updating;
    /** The table's downloads and its line, made anew for each selection (the files name the filters). */
    private Component export = new Div();
    private Component about = new Div();

    ProgrammeListView(ProgrammeService programmeService, ReferenceService referenceService) {
        this.programmeService = programmeService;
        this.referenceService = referenceService;
        setSizeFull();
        add(new H2(getTranslation("programmes.title")));

        county.setLabel(getTranslation("filter.county"));
        county.setEmptySelectionAllowed(true);
        county.setEmptySelectionCaption(getTranslation("filter.all-counties"));
        county.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all-counties") : c.label());
        county.setId("programmes-county");
        status.setLabel(getTranslation("programme.status"));
        status.setItems(ProgrammeService.STATUSES);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation("status." + s));
        status.setId("programmes-status");
        type.setLabel(getTranslation("programme.type"));
        type.setItems(ProgrammeService.TYPES);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("filter.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("filter.all") : getTranslation("type." + t));
        type.setId("programmes-type");
        for (Select<?> s : List.of(county, type, status)) {
            s.addThemeVariants(SelectVariant.LUMO_SMALL);
            s.addValueChangeListener(e -> {
                if (!updating) {
                    navigate();
                }
            });
        }
        county.setWidth("14em");
        summary.setId("programmes-summary");
        var filters = new FlexLayout(county, type, status, summary);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filter-fields");
        add(filters);

        grid.addComponentColumn(ProgrammeListView::profileLink).setKey("name")
                .setHeader(getTranslation("programme.name")).setWidth("8.5rem").setFlexGrow(2).setComparator(Programme::name);
        grid.addColumn(p -> getTranslation("type." + p.type()) + ", " + getTranslation("status." + p.status()).toLowerCase(getLocale()))
                .setKey("type").setHeader(getTranslation("programmes.type-status")).setWidth("8rem").setFlexGrow(1).setSortable(true);
        grid.addColumn(p -> p.countyNumber2024() == null ? "" : p.countyNumber2024() + " " + p.countyName2024()).setKey("county")
                .setHeader(getTranslation("municipality.county-2024")).setWidth("7.5rem").setFlexGrow(1).setSortable(true);
        grid.addColumn(p -> p.host() == null ? "" : p.host()).setKey("host").setHeader(getTranslation("programmes.host"))
                .setWidth("10.5rem").setFlexGrow(2).setSortable(true);
        grid.addColumn(p -> p.foundedYear() == null ? "" : String.valueOf(p.foundedYear())).setKey("founded")
                .setHeader(getTranslation("programme.founded")).setWidth("5.75rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(p -> p.lengthMonths() == null ? "" : getTranslation("programmes.months", p.lengthMonths())).setKey("length")
                .setHeader(getTranslation("programme.length")).setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0)
                .setComparator(p -> p.lengthMonths() == null ? 0 : p.lengthMonths());
        grid.addColumn(Programme::municipalityCount).setKey("municipalities").setHeader(getTranslation("programme.municipalities"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7.5rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(Programme::factCount).setKey("facts").setHeader(getTranslation("programme.facts"))
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0).setSortable(true);
        RowDetails.set(grid, p -> {
            Div d = new Div(new Span(getTranslation("programmes.main-source",
                    p.sourceLabel() == null ? p.sourceFile() : p.sourceLabel(), p.sourceSection())));
            d.addClassName("row-details");
            return d;
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("programme-grid");
        grid.setWidthFull();
        setFlexGrow(1, grid);
        add(export, grid, about);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        List<String> dropped = new ArrayList<>();
        division = "2020".equals(first(q, "inndeling")) ? CountyDivision.D2020 : CountyDivision.D2024;
        List<County> counties = referenceService.counties(division);
        County chosenCounty = null;
        String c = first(q, "fylke");
        if (c != null) {
            chosenCounty = counties.stream().filter(x -> x.number().equals(c)).findFirst().orElse(null);
            if (chosenCounty == null) {
                dropped.add("fylke=" + c);
            }
        }
        String t = valid(first(q, "type"), ProgrammeService.TYPES, "type", dropped);
        String s = valid(first(q, "status"), ProgrammeService.STATUSES, "status", dropped);
        if (!dropped.isEmpty()) {
            Notification.show(getTranslation("filter.dropped", String.join(", ", dropped)), 8000,
                    Notification.Position.TOP_CENTER).setId("filter-notice");
        }
        updating = true;
        try {
            county.setItems(counties);
            county.setValue(chosenCounty);
            type.setValue(t);
            status.setValue(s);
        } finally {
            updating = false;
        }
        refresh();
    }

    /** Puts the filters in the URL (a link reproduces the list); the page then re-reads it. */
    private void navigate() {
        Map<String, String> p = new LinkedHashMap<>();
        if (county.getValue() != null) {
            p.put("fylke", county.getValue().number());
            if (division == CountyDivision.D2020) {
                p.put("inndeling", "2020");
            }
        }
        if (type.getValue() != null) {
            p.put("type", type.getValue());
        }
        if (status.getValue() != null) {
            p.put("status", status.getValue());
        }
        getUI().ifPresent(ui -> ui.navigate("programmer", QueryParameters.simple(p)));
    }

    /** A link to the programme's profile page (a route of the dashboard, named by URL to keep packages apart). */
    static Anchor profileLink(Programme p) {
        Anchor link = new Anchor("program/" + p.programmeId(), p.name());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private void refresh() {
        County c = county.getValue();
        var rows = programmeService.programmes(null, status.getValue(), type.getValue()).stream()
                .filter(p -> c == null || c.number().equals(division == CountyDivision.D2020 ? p.countyNumber2020() : p.countyNumber2024()))
                .toList();
        grid.setItems(rows);
        summary.setText(getTranslation("programmes.summary", rows.size()));
        String title = getTranslation("programmes.title");
        List<String> chosen = new ArrayList<>();
        if (c != null) {
            chosen.add(c.label());
        }
        if (type.getValue() != null) {
            chosen.add(getTranslation("type." + type.getValue()));
        }
        if (status.getValue() != null) {
            chosen.add(getTranslation("status." + status.getValue()));
        }
        String filters = chosen.isEmpty() ? getTranslation("filter.nothing") : String.join(", ", chosen);
        ExportMenu menu = ExportMenu.table("programmes-export", title, filters, FileNames.of(title, String.join(" ", chosen)),
                () -> ExportTable.of(rows)
                        .text(getTranslation("programme.name"), Programme::name)
                        .text(getTranslation("programme.type"), p -> getTranslation("type." + p.type()))
                        .text(getTranslation("programme.status"), p -> getTranslation("status." + p.status()))
                        .text(getTranslation("municipality.county-2024"), p -> p.countyNumber2024() == null ? null
                                : p.countyNumber2024() + " " + p.countyName2024())
                        .text(getTranslation("programmes.host"), Programme::host)
                        .year(getTranslation("programme.founded"), Programme::foundedYear)
                        .integer(getTranslation("programme.length-months"), Programme::lengthMonths)
                        .integer(getTranslation("programme.municipalities"), Programme::municipalityCount)
                        .integer(getTranslation("programme.facts"), Programme::factCount).build());
        // the documents behind the rows: each programme's main source, by title
        Component line = menu.aboutDocuments("programmes", String.join(", ", chosen),
                rows.stream().map(Programme::sourceLabel).filter(java.util.Objects::nonNull).distinct().sorted().toList(), List.of());
        replace(export, menu);
        replace(about, line);
        export = menu;
        about = line;
    }

    private static @Nullable String valid(@Nullable String value, List<String> allowed, String name, List<String> dropped) {
        if (value != null && !allowed.contains(value)) {
            dropped.add(name + "=" + value);
            return null;
        }
        return value;
    }

    private static @Nullable String first(Map<String, List<String>> q, String name) {
        List<String> v = q.get(name);
        return v == null || v.isEmpty() || v.getFirst().isBlank() ? null : v.getFirst().strip();
    }
}
