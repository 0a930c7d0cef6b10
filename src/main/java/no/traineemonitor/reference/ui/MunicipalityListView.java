package no.traineemonitor.reference.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Component;
import no.traineemonitor.base.export.TableMetadata;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.reference.CentralityCheck;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.Municipality;
import no.traineemonitor.reference.ReferenceService;
import org.jspecify.annotations.Nullable;

/**
 * The 356 municipalities of 2020 with county, BA-region, centrality class and population, filterable by county
 * (2024 division by default, 2020 for the 2021 report). The filter is in the URL: {@code /kommuner?fylke=18&inndeling=2024}.
 */
@Route("kommuner")
@PageTitle("Traineemonitor – kommuner")
@Menu(order = 10, title = "nav.municipalities")
@AnonymousAllowed
class MunicipalityListView extends VerticalLayout implements BeforeEnterObserver {

    static final String COUNTY_PARAM = "fylke";
    static final String DIVISION_PARAM = "inndeling";

    private final ReferenceService referenceService;
    private Component export = new Div();
    private Component about = new Div();
    private final Grid<Municipality> grid = new Grid<>();
    private final RadioButtonGroup<CountyDivision> division = new RadioButtonGroup<>();
    private final Select<County> county = new Select<>();
    private final Span summary = new Span();
    private boolean updatingFromUrl;

    MunicipalityListView(ReferenceService referenceService) {
        this.referenceService = referenceService;
        setSizeFull();
        add(new H2(getTranslation("municipalities.title")), new ReferenceNote(referenceService.currentVersion()));

        division.setLabel(getTranslation("filter.division"));
        division.setItems(CountyDivision.D2024, CountyDivision.D2020);
        division.setItemLabelGenerator(d -> getTranslation("filter.division." + d.year()));
        division.setValue(CountyDivision.D2024);
        county.setLabel(getTranslation("filter.county"));
        county.setEmptySelectionAllowed(true);
        county.setEmptySelectionCaption(getTranslation("filter.all-counties"));
        county.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all-counties") : c.label());
        county.setId("county-filter");
        county.setItems(referenceService.counties(CountyDivision.D2024));
        division.addValueChangeListener(e -> {
            if (!updatingFromUrl) {
                county.setItems(referenceService.counties(e.getValue()));
                county.clear();
                navigateToFilter();
            }
        });
        county.addValueChangeListener(e -> {
            if (!updatingFromUrl) {
                navigateToFilter();
            }
        });
        var filters = new HorizontalLayout(division, county, summary);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        summary.setId("municipality-summary");
        add(filters);

        var locale = getLocale();
        grid.addColumn(Municipality::kommunenummer).setHeader(getTranslation("municipality.number")).setWidth("7.5rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(Municipality::name).setHeader(getTranslation("municipality.name")).setWidth("8rem").setFlexGrow(1).setSortable(true);
        grid.addColumn(m -> m.countyNumber2024() + " " + m.countyName2024()).setHeader(getTranslation("municipality.county-2024"))
                .setWidth("9rem").setFlexGrow(1).setSortable(true);
        grid.addColumn(m -> m.countyNumber2020() + " " + m.countyName2020()).setHeader(getTranslation("municipality.county-2020"))
                .setWidth("7rem").setFlexGrow(1).setSortable(true);
        grid.addColumn(m -> m.baNr() == null ? "" : m.baNr() + " " + m.baName()).setHeader(getTranslation("municipality.ba-region"))
                .setWidth("10rem").setFlexGrow(1).setSortable(true);
        grid.addColumn(Municipality::centralityClass).setHeader(getTranslation("municipality.centrality")).setWidth("7rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setSortable(true);
        grid.addColumn(m -> NorwegianFormats.integer(m.population(), locale)).setHeader(getTranslation("municipality.population",
                        referenceService.currentVersion().date(locale)))
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0)
                .setComparator(m -> m.population() == null ? -1 : m.population());
        // the 2020 files' figure of 1 Jan 2021, unless the version in use is itself of that date (the same column twice)
        if (!referenceService.currentVersion().figuresDate().equals(java.time.LocalDate.of(2021, 1, 1))) {
            grid.addColumn(m -> NorwegianFormats.integer(m.population2021(), locale)).setHeader(getTranslation("municipality.population-2021"))
                    .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0)
                    .setComparator(m -> m.population2021() == null ? -1 : m.population2021());
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("municipality-grid");
        grid.setWidthFull();
        grid.setHeight("60vh");
        // the page is taller than the window: without this the layout shrank the grid to one row
        grid.getStyle().set("flex-shrink", "0");
        add(export, grid, about);
        add(new Span(getTranslation("municipalities.source")));
        add(centralityCheck());
    }

    /** The row's county or group of counties in words: the whole country, Møre og Romsdal + Vestland, or a number. */
    private String countyGroup(CentralityCheck c) {
        return c.countyGroup().equals("NO") ? getTranslation("centrality-check.national")
                : c.countyGroup().equals("15+46") ? getTranslation("centrality-check.more-vestland") : c.countyGroup();
    }

    /** Table 1 of the 2021 report against the warehouse's classes: the differences, national first; downloadable. */
    private Details centralityCheck() {
        Grid<CentralityCheck> check = new Grid<>();
        check.setId("centrality-check");
        check.addColumn(this::countyGroup).setHeader(getTranslation("filter.county")).setAutoWidth(true);
        check.addColumn(CentralityCheck::centralityClass).setHeader(getTranslation("municipality.centrality"));
        check.addColumn(c -> c.table1Count() == null ? getTranslation("centrality-check.blank") : String.valueOf(c.table1Count()))
                .setHeader(getTranslation("centrality-check.table1")).setTextAlign(ColumnTextAlign.END);
        check.addColumn(CentralityCheck::warehouseCount).setHeader(getTranslation("centrality-check.warehouse")).setTextAlign(ColumnTextAlign.END);
        check.addColumn(c -> c.difference() == 0 ? "" : (c.difference() > 0 ? "+" : "") + c.difference())
                .setHeader(getTranslation("centrality-check.difference")).setTextAlign(ColumnTextAlign.END);
        check.addColumn(c -> c.factId() == null ? "" : c.factId()).setHeader(getTranslation("centrality-check.fact"));
        List<CentralityCheck> rows = referenceService.centralityCheck().stream().filter(c -> c.difference() != 0).toList();
        check.setItems(rows);
        check.setAllRowsVisible(true);
        check.addThemeVariants(GridVariant.LUMO_COMPACT);
        var intro = new Span(getTranslation("centrality-check.intro", rows.size()));
        String title = getTranslation("centrality-check.title");
        ExportMenu menu = ExportMenu.table("centrality-check-export", title, getTranslation("filter.nothing"), FileNames.of(title),
                () -> ExportTable.of(rows)
                        .text(getTranslation("filter.county"), this::countyGroup)
                        .integer(getTranslation("municipality.centrality"), CentralityCheck::centralityClass)
                        .integer(getTranslation("centrality-check.table1"), CentralityCheck::table1Count)
                        .integer(getTranslation("centrality-check.warehouse"), CentralityCheck::warehouseCount)
                        .integer(getTranslation("centrality-check.difference"), CentralityCheck::difference).build());
        var about = menu.about("coverage", "", rows.stream().map(CentralityCheck::factId).filter(java.util.Objects::nonNull).toList(),
                TableMetadata.Ssb.CENTRALITY, TableMetadata.Ssb.MUNICIPALITIES);
        var details = new Details(title, new VerticalLayout(intro, menu, check, about));
        details.setId("centrality-check-details");
        details.setWidthFull();
        return details;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        CountyDivision chosenDivision = CountyDivision.ofYear(first(params, DIVISION_PARAM));
        String countyNumber = first(params, COUNTY_PARAM);
        County chosen = null;
        if (countyNumber != null) {
            chosen = referenceService.county(countyNumber, chosenDivision).orElse(null);
            if (chosen == null) {
                Notification.show(getTranslation("filter.unknown-county", countyNumber, chosenDivision.year()), 6000,
                        Notification.Position.TOP_CENTER);
            }
        }
        updatingFromUrl = true;
        try {
            division.setValue(chosenDivision);
            county.setItems(referenceService.counties(chosenDivision));
            county.setValue(chosen);
        } finally {
            updatingFromUrl = false;
        }
        show(chosen, chosenDivision);
    }

    private void show(@Nullable County chosen, CountyDivision chosenDivision) {
        List<Municipality> rows = referenceService.municipalities(chosen == null ? null : chosen.number(), chosenDivision);
        grid.setItems(rows);
        exportAndLine(rows, chosen == null ? getTranslation("filter.all-counties") : chosen.label());
        // an unknown population (a reference version without a figure for a municipality) leaves the sum unknown
        Long population = rows.stream().anyMatch(m -> m.population() == null) ? null
                : rows.stream().mapToLong(m -> m.population()).sum();
        summary.setText(getTranslation("municipalities.summary", rows.size(),
                NorwegianFormats.integer(population, getLocale()), referenceService.currentVersion().date(getLocale())));
    }

    /** The table's downloads and its line, made anew for each county (the files name it). */
    private void exportAndLine(List<Municipality> rows, String filters) {
        var locale = getLocale();
        String title = getTranslation("municipalities.title");
        ExportMenu menu = ExportMenu.table("municipalities-export", title, filters, FileNames.of(title, filters), () -> {
            var table = ExportTable.of(rows)
                    .text(getTranslation("municipality.number"), Municipality::kommunenummer)
                    .text(getTranslation("municipality.name"), Municipality::name)
                    .text(getTranslation("municipality.county-2024"), m -> m.countyNumber2024() + " " + m.countyName2024())
                    .text(getTranslation("municipality.county-2020"), m -> m.countyNumber2020() + " " + m.countyName2020())
                    .text(getTranslation("municipality.ba-region"), m -> m.baNr() == null ? null : m.baNr() + " " + m.baName())
                    .year(getTranslation("municipality.centrality"), Municipality::centralityClass)
                    .integer(getTranslation("municipality.population", referenceService.currentVersion().date(locale)), Municipality::population);
            if (!referenceService.currentVersion().figuresDate().equals(java.time.LocalDate.of(2021, 1, 1))) {
                table.integer(getTranslation("municipality.population-2021"), Municipality::population2021);
            }
            return table.build();
        });
        Component line = menu.about("municipalities", filters, List.of(), TableMetadata.Ssb.POPULATION, TableMetadata.Ssb.CENTRALITY,
                TableMetadata.Ssb.MUNICIPALITIES, TableMetadata.Ssb.BA_REGIONS);
        replace(export, menu);
        replace(about, line);
        export = menu;
        about = line;
    }

    private void navigateToFilter() {
        var params = new java.util.LinkedHashMap<String, String>();
        if (county.getValue() != null) {
            params.put(COUNTY_PARAM, county.getValue().number());
        }
        if (division.getValue() == CountyDivision.D2020) {
            params.put(DIVISION_PARAM, "2020");
        }
        getUI().ifPresent(ui -> ui.navigate("kommuner", QueryParameters.simple(params)));
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }
}
