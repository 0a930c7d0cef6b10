package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.traineemonitor.base.CsvWriter;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.coverage.Appendix2;
import no.traineemonitor.coverage.BaRegionCoverage;
import no.traineemonitor.coverage.ClassCommuting;
import no.traineemonitor.coverage.ClassCoverage;
import no.traineemonitor.coverage.CommutingCoefficient;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.coverage.MunicipalityCoverage;
import no.traineemonitor.coverage.WhiteSpot;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import org.jspecify.annotations.Nullable;

/**
 * Coverage and regional context for the selection: a clickable map of the municipalities (coloured by centrality,
 * hatched where a programme reaches them), coverage by centrality class, white spots with the nearest programme
 * (downloadable as CSV), BA-regions, the commuting analysis and the reproduction of the 2021 report's appendix 2.
 * The area follows the county, BA-region and centrality filters; the programmes follow type and programme.
 */
@Route("dekning")
@PageTitle("Traineemonitor – dekning")
@Menu(order = 50, title = "nav.coverage")
@AnonymousAllowed
class CoverageView extends DashboardPage {

    /** The JavaScript expression whose value a click on the map sends to the server. */
    static final String CLICKED_MUNICIPALITY = "event.target.getAttribute('data-kommunenummer')";

    private final CoverageService coverage;
    private final Div details = new Div();
    private List<MunicipalityCoverage> area = List.of();
    private @Nullable Html map;

    CoverageView(CoverageService coverage, ReferenceService reference, ProgrammeService programmes,
                 IndicatorService indicators) {
        super("coverage.title", reference, programmes, indicators);
        this.coverage = coverage;
        details.setId("municipality-details");
        details.addClassName("municipality-details");
    }

    static CoverageFilter filterOf(FilterState s) {
        return new CoverageFilter(s.division() == CountyDivision.D2024 ? s.county() : null,
                s.division() == CountyDivision.D2020 ? s.county() : null, s.ba(), s.centrality(), s.type(), s.programme());
    }

    @Override
    protected void render(FilterState s) {
        CoverageFilter filter = filterOf(s);
        area = coverage.municipalities(filter);
        String name = areaName(s);
        if (area.isEmpty()) {
            content.add(paragraph("coverage-empty", getTranslation("coverage.empty")));
            return;
        }
        List<ClassCoverage> classes = coverage.byClass(filter);
        List<WhiteSpot> spots = coverage.whiteSpots(filter);
        List<BaRegionCoverage> regions = coverage.baRegions(filter);
        long counted = area.stream().flatMap(m -> m.programmeIds().stream()).distinct().count();
        content.add(paragraph("coverage-intro", getTranslation("coverage.intro", name, counted)));
        if (s.from() != null || s.to() != null) {
            content.add(paragraph("coverage-years", getTranslation("coverage.years-ignored")));
        }
        if (s.centrality() != null) {
            content.add(paragraph("coverage-centrality-note", getTranslation("coverage.centrality-note", s.centrality())));
        }
        content.add(cards(classes, spots, regions));
        content.add(new H3(getTranslation("coverage.map")));
        content.add(mapSection(filter, s, name));
        content.add(new H3(getTranslation("coverage.by-class")));
        content.add(classGrid(classes));
        content.add(new H3(getTranslation("coverage.white-spots")));
        whiteSpots(spots, s);
        content.add(new H3(getTranslation("coverage.ba")));
        content.add(new Paragraph(getTranslation("coverage.ba-intro")), baGrid(regions));
        content.add(new H3(getTranslation("coverage.commuting")));
        commuting(filter);
        content.add(new H3(getTranslation("coverage.appendix2")));
        appendix2();
    }

    private String areaName(FilterState s) {
        List<String> parts = new ArrayList<>();
        if (s.county() != null) {
            parts.add(reference.county(s.county(), s.division()).map(c -> c.label()).orElse(s.county()));
        }
        if (s.ba() != null) {
            parts.add(reference.baRegions().stream().filter(b -> b.number().equals(s.ba())).findFirst()
                    .map(b -> getTranslation("filter.ba") + " " + b.label()).orElse(s.ba()));
        }
        if (s.centrality() != null) {
            parts.add(getTranslation("filter.centrality-class", s.centrality()));
        }
        String where = parts.isEmpty() ? getTranslation("coverage.whole-country") : String.join(", ", parts);
        if (s.programme() != null) {
            where += " – " + programmes.programme(s.programme()).map(p -> p.name()).orElse(s.programme());
        } else if (s.type() != null) {
            where += " – " + getTranslation("type." + s.type());
        }
        return where;
    }

    // ---------------------------------------------------------------------------------------------- key figures

    private FlexLayout cards(List<ClassCoverage> classes, List<WhiteSpot> spots, List<BaRegionCoverage> regions) {
        Locale locale = getLocale();
        ClassCoverage total = classes.getLast();
        List<WhiteSpot> periphery = spots.stream().filter(w -> isPeriphery(w.municipality())).toList();
        long peripheryPopulation = periphery.stream().mapToLong(w -> orZero(w.municipality().population2020())).sum();
        long regionsWithout = regions.stream().filter(BaRegionCoverage::whiteSpot).count();
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassNames("key-figures", "coverage-cards");
        cards.setId("coverage-cards");
        cards.add(card("card-municipalities", getTranslation("coverage.card.municipalities"),
                getTranslation("coverage.card.of", integer(total.coveredMunicipalities()), integer(total.municipalities())), null));
        cards.add(card("card-population", getTranslation("coverage.card.population"), percent(total.coveredShare2020(), locale),
                getTranslation("coverage.card.of", integer(total.coveredPopulation2020()), integer(total.population2020()))));
        cards.add(card("card-periphery", getTranslation("coverage.card.periphery"),
                getTranslation("coverage.card.municipalities-count", periphery.size()),
                getTranslation("coverage.card.inhabitants", integer(peripheryPopulation))));
        cards.add(card("card-ba", getTranslation("coverage.card.ba"),
                getTranslation("coverage.card.of", integer(regionsWithout), integer(regions.size())), null));
        return cards;
    }

    private Div card(String id, String label, String value, @Nullable String detail) {
        Div card = new Div();
        card.addClassName("key-figure");
        card.setId(id);
        Span l = new Span(label);
        l.addClassName("key-figure-label");
        Span v = new Span(value);
        v.addClassName("key-figure-value");
        card.add(l, v);
        if (detail != null) {
            Span d = new Span(detail);
            d.addClassName("key-figure-detail");
            card.add(d);
        }
        return card;
    }

    // ---------------------------------------------------------------------------------------------- map

    private Component mapSection(CoverageFilter filter, FilterState s, String name) {
        String svg = coverage.map(filter, area, s.division().year(), this::hoverText,
                getTranslation("coverage.map-aria", name));
        map = new Html("<div class=\"coverage-map\">" + svg + "</div>");
        map.setId("coverage-map");
        map.getElement().addEventListener("click", e -> {
            var value = e.getEventData().get(CLICKED_MUNICIPALITY);
            if (value != null && !value.isNull()) {
                showMunicipality(value.asString());
            }
        }).addEventData(CLICKED_MUNICIPALITY);
        Div mapBox = new Div(map, legend(filter));
        mapBox.addClassName("coverage-map-box");
        details.removeAll();
        details.add(new H4(getTranslation("coverage.details.title")),
                paragraph("municipality-details-prompt", getTranslation("coverage.details.prompt")));
        FlexLayout row = new FlexLayout(mapBox, details);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("coverage-map-row");
        row.setWidthFull();
        Div section = new Div(new Paragraph(getTranslation("coverage.map-hint")), row);
        section.setWidthFull();
        return section;
    }

    private Div legend(CoverageFilter filter) {
        Div legend = new Div();
        legend.addClassName("coverage-legend");
        legend.setId("coverage-legend");
        for (int c = 1; c <= 6; c++) {
            legend.add(legendItem("background:" + CoverageService.classColour(c), getTranslation("coverage.legend.class", c)));
        }
        legend.add(legendItem("background: repeating-linear-gradient(45deg, #fee090 0 3px, #555 3px 4.5px)",
                getTranslation("coverage.legend.covered")));
        legend.add(legendItem("border: 2px solid " + CoverageService.outlineColour() + "; background: transparent",
                getTranslation("coverage.legend.outline")));
        if (filter.national()) {
            legend.add(legendItem("border-top: 2px solid #222; height: 0; margin-top: 0.5em",
                    getTranslation("coverage.legend.county")));
        } else {
            legend.add(legendItem("background: #f1f3f5; border: 1px solid #ced4da", getTranslation("coverage.legend.context")));
        }
        return legend;
    }

    private Span legendItem(String swatchStyle, String text) {
        Span swatch = new Span();
        swatch.addClassName("legend-swatch");
        swatch.getElement().setAttribute("style", swatchStyle);
        Span item = new Span(swatch, new Span(text));
        item.addClassName("legend-item");
        return item;
    }

    private String hoverText(MunicipalityCoverage m) {
        Locale locale = getLocale();
        return m.name() + " (" + m.kommunenummer() + ")\n"
                + getTranslation("coverage.hover.population", NorwegianFormats.integer(m.population2020(), locale)) + "\n"
                + (m.centralityClass() == null ? "" : getTranslation("filter.centrality-class", m.centralityClass()) + "\n")
                + getTranslation("coverage.hover.ba", m.baNr() + " " + m.baName()) + "\n"
                + getTranslation("coverage.hover.programmes",
                m.programmes().isEmpty() ? getTranslation("coverage.none") : String.join(", ", m.programmes()));
    }

    /** Fills the details panel for a municipality of the map and marks it there (what a click on the map does). */
    void showMunicipality(String kommunenummer) {
        Locale locale = getLocale();
        MunicipalityCoverage m = coverage.municipality(area, kommunenummer).orElse(null);
        if (m == null) {
            return;
        }
        details.removeAll();
        H4 title = new H4(m.name());
        title.setId("municipality-details-name");
        details.add(title);
        Div facts = new Div();
        facts.addClassName("details-facts");
        fact(facts, "coverage.details.number", m.kommunenummer());
        fact(facts, "coverage.details.county", (m.countyNumber2024() == null ? "" : m.countyNumber2024() + " " + m.countyName2024())
                + (m.countyNumber2020().equals(m.countyNumber2024()) ? "" : " (2020: " + m.countyNumber2020() + " " + m.countyName2020() + ")"));
        fact(facts, "coverage.details.population", getTranslation("coverage.details.population-value",
                NorwegianFormats.integer(m.population2020(), locale), NorwegianFormats.integer(m.population2021(), locale)));
        fact(facts, "coverage.details.centrality", m.centralityClass() == null ? getTranslation("coverage.unknown")
                : String.valueOf(m.centralityClass()));
        fact(facts, "coverage.details.ba", m.baNr() + " " + m.baName());
        fact(facts, "coverage.details.travel", m.travelTimeMin() == null ? getTranslation("coverage.unknown")
                : getTranslation("coverage.details.travel-value", decimal(m.travelTimeMin(), 0, locale)));
        details.add(facts);
        details.add(new Span(getTranslation("coverage.details.programmes")));
        if (m.programmes().isEmpty()) {
            details.add(paragraph("municipality-details-none", getTranslation("coverage.details.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (int i = 0; i < m.programmes().size(); i++) {
                list.add(new ListItem(m.programmes().get(i) + " – " + getTranslation("coverage.basis." + m.programmeBases().get(i))));
            }
            list.setId("municipality-details-programmes");
            details.add(list);
        }
        if (!m.otherProgrammes().isEmpty()) {
            details.add(new Span(getTranslation("coverage.details.other")));
            UnorderedList other = new UnorderedList();
            for (int i = 0; i < m.otherProgrammes().size(); i++) {
                other.add(new ListItem(m.otherProgrammes().get(i) + " (" + getTranslation("status." + m.otherStatuses().get(i)).toLowerCase(locale) + ")"));
            }
            details.add(other);
        }
        if (map != null) {
            map.getElement().executeJs("this.querySelectorAll('path.selected').forEach(p => p.classList.remove('selected'));"
                    + "const p = this.querySelector('#kommune-' + $0); if (p) { p.classList.add('selected'); }", kommunenummer);
        }
    }

    private void fact(Div facts, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("details-label");
        Span v = new Span(value);
        v.addClassName("details-value");
        facts.add(label, v);
    }

    // ---------------------------------------------------------------------------------------------- by class

    private Grid<ClassCoverage> classGrid(List<ClassCoverage> classes) {
        Locale locale = getLocale();
        Grid<ClassCoverage> grid = new Grid<>();
        grid.setId("coverage-by-class");
        grid.addColumn(c -> c.centralityClass() == null ? getTranslation("coverage.all-classes") : String.valueOf(c.centralityClass()))
                .setHeader(getTranslation("coverage.class-short")).setAutoWidth(true);
        grid.addColumn(c -> integer(c.municipalities())).setHeader(getTranslation("coverage.municipalities"));
        grid.addColumn(c -> integer(c.coveredMunicipalities())).setHeader(getTranslation("coverage.municipalities-covered"));
        grid.addColumn(c -> integer(c.uncoveredMunicipalities())).setHeader(getTranslation("coverage.municipalities-not-covered"));
        grid.addColumn(c -> integer(c.population2020())).setHeader(getTranslation("coverage.population"));
        grid.addColumn(c -> integer(c.coveredPopulation2020())).setHeader(getTranslation("coverage.population-covered"));
        grid.addColumn(c -> integer(c.uncoveredPopulation2020())).setHeader(getTranslation("coverage.population-not-covered"));
        grid.addColumn(c -> percent(c.coveredShare2020(), locale)).setHeader(getTranslation("coverage.covered-share"));
        grid.getColumns().stream().skip(1).forEach(c -> c.setTextAlign(ColumnTextAlign.END).setAutoWidth(true));
        grid.setItems(classes);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(c -> c.centralityClass() == null ? "total-row" : null);
        return grid;
    }

    // ---------------------------------------------------------------------------------------------- white spots

    private void whiteSpots(List<WhiteSpot> spots, FilterState s) {
        if (spots.isEmpty()) {
            content.add(paragraph("white-spots-none", getTranslation("coverage.white-spots-none")));
            return;
        }
        List<WhiteSpot> periphery = spots.stream().filter(w -> isPeriphery(w.municipality())).toList();
        content.add(paragraph("white-spots-intro", getTranslation("coverage.white-spots-intro", spots.size(), periphery.size(),
                integer(periphery.stream().mapToLong(w -> orZero(w.municipality().population2020())).sum()))));
        Locale locale = getLocale();
        byte[] csv = whiteSpotCsv(spots);
        String fileName = getTranslation("coverage.csv.file") + fileSuffix(s) + ".csv";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv; charset=utf-8", csv.length)),
                getTranslation("coverage.download-csv", spots.size()));
        download.setId("white-spots-csv");
        content.add(download);

        Grid<WhiteSpot> grid = new Grid<>();
        grid.setId("white-spots");
        grid.addColumn(w -> w.municipality().kommunenummer() + " " + w.municipality().name())
                .setHeader(getTranslation("coverage.municipality")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> w.municipality().centralityClass() == null ? "" : String.valueOf(w.municipality().centralityClass()))
                .setHeader(getTranslation("coverage.class-short")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> NorwegianFormats.integer(w.municipality().population2020(), locale))
                .setHeader(getTranslation("coverage.population")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> w.municipality().baNr() + " " + w.municipality().baName())
                .setHeader(getTranslation("coverage.ba.region")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> w.nearestProgrammes().isEmpty() ? getTranslation("coverage.none")
                        : getTranslation("coverage.nearest-value", String.join(", ", w.nearestProgrammes()), w.nearestVia(),
                        decimal(w.nearestDistanceKm(), 0, locale)))
                .setHeader(getTranslation("coverage.nearest")).setWidth("16em").setFlexGrow(2);
        grid.addColumn(w -> otherProgrammes(w.municipality(), locale)).setHeader(getTranslation("coverage.other-programmes"))
                .setWidth("12em").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(spots);
        grid.setAllRowsVisible(spots.size() <= 25);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> {
            showMunicipality(e.getItem().municipality().kommunenummer());
            details.scrollIntoView();
        });
        content.add(grid);
    }

    private String otherProgrammes(MunicipalityCoverage m, Locale locale) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.otherProgrammes().size(); i++) {
            out.add(m.otherProgrammes().get(i) + " (" + getTranslation("status." + m.otherStatuses().get(i)).toLowerCase(locale) + ")");
        }
        return String.join(", ", out);
    }

    private String fileSuffix(FilterState s) {
        StringBuilder b = new StringBuilder();
        if (s.county() != null) {
            b.append('-').append(getTranslation("coverage.csv.county")).append('-').append(s.county());
            if (s.division() == CountyDivision.D2020) {
                b.append("-2020");
            }
        }
        if (s.ba() != null) {
            b.append("-ba-").append(s.ba());
        }
        if (s.centrality() != null) {
            b.append('-').append(getTranslation("coverage.csv.class")).append('-').append(s.centrality());
        }
        if (s.programme() != null) {
            b.append('-').append(s.programme());
        } else if (s.type() != null) {
            b.append('-').append(s.type());
        }
        return b.toString();
    }

    /** The white-spot list as CSV (UTF-8 with a byte-order mark so spreadsheets read æøå; no value can become a formula). */
    byte[] whiteSpotCsv(List<WhiteSpot> spots) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        CsvWriter csv = new CsvWriter(text);
        csv.row(List.of(getTranslation("coverage.csv.number"), getTranslation("coverage.municipality"),
                getTranslation("coverage.csv.county-2024"), getTranslation("coverage.csv.county-2020"),
                getTranslation("coverage.csv.ba-number"), getTranslation("coverage.ba.region"), getTranslation("coverage.class"),
                getTranslation("coverage.csv.population-2020"), getTranslation("coverage.csv.population-2021"),
                getTranslation("coverage.nearest"), getTranslation("coverage.csv.nearest-via"), getTranslation("coverage.csv.distance"),
                getTranslation("coverage.other-programmes")));
        for (WhiteSpot w : spots) {
            MunicipalityCoverage m = w.municipality();
            csv.row(List.of(m.kommunenummer(), m.name(), text(m.countyNumber2024()) + " " + text(m.countyName2024()),
                    m.countyNumber2020() + " " + m.countyName2020(), text(m.baNr()), text(m.baName()),
                    m.centralityClass() == null ? "" : String.valueOf(m.centralityClass()),
                    m.population2020() == null ? "" : String.valueOf(m.population2020()),
                    m.population2021() == null ? "" : String.valueOf(m.population2021()),
                    String.join("; ", w.nearestProgrammes()), text(w.nearestVia()),
                    w.nearestDistanceKm() == null ? "" : String.valueOf(Math.round(w.nearestDistanceKm())),
                    otherProgrammes(m, getLocale()).replace(", ", "; ")));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------- BA-regions

    private Grid<BaRegionCoverage> baGrid(List<BaRegionCoverage> regions) {
        Locale locale = getLocale();
        Grid<BaRegionCoverage> grid = new Grid<>();
        grid.setId("ba-regions");
        var region = grid.addColumn(b -> b.baNr() + " " + b.name()).setHeader(getTranslation("coverage.ba.region"))
                .setAutoWidth(true).setFlexGrow(0).setComparator(BaRegionCoverage::baNr);
        var reached = grid.addColumn(b -> getTranslation(b.municipalities() == b.municipalitiesInRegion() ? "coverage.ba.reached"
                        : "coverage.ba.reached-part", b.coveredMunicipalities(), b.municipalities(), b.municipalitiesInRegion()))
                .setHeader(getTranslation("coverage.ba.reached-header")).setComparator(BaRegionCoverage::coveredMunicipalities);
        grid.addColumn(b -> b.programmes().isEmpty() ? getTranslation("coverage.none") : String.join(", ", b.programmes()))
                .setHeader(getTranslation("coverage.ba.programmes")).setWidth("10em").setFlexGrow(1);
        var inhabitants = grid.addColumn(b -> integer(b.population2020())).setHeader(getTranslation("coverage.ba.population"))
                .setComparator(BaRegionCoverage::population2020);
        var mix = grid.addColumn(b -> mix(b.classCounts())).setHeader(getTranslation("coverage.ba.mix"));
        var travel = grid.addColumn(b -> (b.maxTravelTimeMin() == null ? "" : decimal(b.maxTravelTimeMin(), 0, locale)) + " / "
                        + (b.meanTravelTimeMin() == null ? "" : decimal(b.meanTravelTimeMin(), 0, locale)))
                .setHeader(getTranslation("coverage.ba.travel"));
        var home = grid.addColumn(b -> percent(b.share(b.workInHomeMunicipality()), locale)).setHeader(getTranslation("coverage.ba.home"));
        var within = grid.addColumn(b -> percent(b.share(b.outCommutersWithinBa()), locale)).setHeader(getTranslation("coverage.ba.within"));
        var outside = grid.addColumn(b -> percent(b.share(b.outCommutersOutsideBa()), locale)).setHeader(getTranslation("coverage.ba.outside"));
        for (var c : List.of(reached, inhabitants, travel, home, within, outside)) {
            c.setTextAlign(ColumnTextAlign.END).setWidth("6.5em").setFlexGrow(0);
        }
        mix.setWidth("6.5em").setFlexGrow(0);
        reached.setWidth("8em");
        inhabitants.setWidth("8em");
        region.setSortable(true);
        grid.prependHeaderRow().join(home, within, outside).setText(getTranslation("coverage.ba.workplace"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(regions);
        grid.setAllRowsVisible(regions.size() <= 25);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(b -> b.whiteSpot() ? "white-spot-row" : null);
        return grid;
    }

    private static String mix(List<Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) > 0) {
                parts.add((i + 1) + ":" + counts.get(i));
            }
        }
        return String.join(" · ", parts);
    }

    // ---------------------------------------------------------------------------------------------- commuting

    private void commuting(CoverageFilter filter) {
        Locale locale = getLocale();
        content.add(new Paragraph(getTranslation("coverage.commuting-intro")));
        List<ClassCommuting> rows = coverage.commutingByClass(filter);
        Grid<ClassCommuting> grid = new Grid<>();
        grid.setId("commuting-by-class");
        grid.addColumn(c -> c.centralityClass() == null ? getTranslation("coverage.all-classes") : String.valueOf(c.centralityClass()))
                .setHeader(getTranslation("coverage.class-short")).setAutoWidth(true);
        if (!filter.national()) {
            grid.addColumn(c -> c.municipalities() == 0 ? "" : integer(c.outCommuters())).setHeader(getTranslation("coverage.commuting.out"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            grid.addColumn(c -> percent(c.areaPooledShare(), locale)).setHeader(getTranslation("coverage.commuting.area-pooled"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            grid.addColumn(c -> percent(c.areaMeanShare(), locale)).setHeader(getTranslation("coverage.commuting.area-mean"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.addColumn(c -> integer(c.nationalMunicipalities())).setHeader(getTranslation("coverage.commuting.national-municipalities"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(c -> percent(c.nationalPooledShare(), locale)).setHeader(getTranslation("coverage.commuting.national-pooled"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(c -> percent(c.nationalMeanShare(), locale)).setHeader(getTranslation("coverage.commuting.national-mean"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(c -> c.reportPercent() == null ? getTranslation("coverage.not-stated")
                        : qualified(c.reportQualifier(), percent0(c.reportPercent() / 100, locale)) + " (" + c.reportFactId() + ")")
                .setHeader(getTranslation("coverage.commuting.report")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        content.add(grid, paragraph("commuting-differs", getTranslation("coverage.commuting-differs")));

        content.add(new H4(getTranslation("coverage.coefficient")));
        content.add(paragraph("coefficient-intro", getTranslation("coverage.coefficient-intro")));
        Grid<CommutingCoefficient> coefficients = new Grid<>();
        coefficients.setId("commuting-coefficients");
        coefficients.addColumn(CommutingCoefficient::programmeName).setHeader(getTranslation("coverage.coefficient.programme"))
                .setAutoWidth(true).setFlexGrow(0);
        coefficients.addColumn(c -> c.memberGroup().equals("named")
                        ? getTranslation("coverage.coefficient.group.named", String.join(", ", c.municipalities()))
                        : getTranslation("coverage.coefficient.group.programme", c.municipalities().size()))
                .setHeader(getTranslation("coverage.coefficient.group")).setWidth("16em").setFlexGrow(1);
        coefficients.addColumn(c -> decimal(c.reportValue(), 2, locale) + " (" + c.factId() + ")")
                .setHeader(getTranslation("coverage.coefficient.report")).setAutoWidth(true).setFlexGrow(0);
        coefficients.addColumn(c -> decimal(c.withinBaSharePooled(), 3, locale) + "; " + decimal(c.withinBaShareMean(), 3, locale))
                .setHeader(getTranslation("coverage.coefficient.within")).setAutoWidth(true).setFlexGrow(0);
        coefficients.addColumn(c -> decimal(c.grossCommutingPooled(), 3, locale) + "; " + decimal(c.grossCommutingMean(), 3, locale))
                .setHeader(getTranslation("coverage.coefficient.gross")).setAutoWidth(true).setFlexGrow(0);
        coefficients.setItems(coverage.commutingCoefficients());
        coefficients.setAllRowsVisible(true);
        coefficients.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        content.add(coefficients, paragraph("coefficient-conclusion", getTranslation("coverage.coefficient-conclusion")));
    }

    // ---------------------------------------------------------------------------------------------- appendix 2

    private void appendix2() {
        Locale locale = getLocale();
        Appendix2 a = coverage.appendix2();
        Appendix2.Reading all = a.readings().stream().filter(r -> r.reading().equals("all_recorded")).findFirst().orElseThrow();
        Appendix2.Reading stated = a.readings().stream().filter(r -> r.reading().equals("stated")).findFirst().orElseThrow();
        content.add(paragraph("appendix2-intro", getTranslation("coverage.appendix2-intro", all.programmes())));

        record Row(String label, String report, String quote, String all, String stated) {
        }
        Function<String, Appendix2.ReportFact> fact = key -> a.facts().stream()
                .filter(f -> (f.metric() + ":" + f.category()).equals(key)).findFirst().orElse(null);
        Function<String, String> value = key -> {
            Appendix2.ReportFact f = fact.apply(key);
            return f == null ? getTranslation("coverage.not-stated")
                    : qualified(f.qualifier(), "percent".equals(f.unit()) ? percent0(f.value() / 100, locale) : integer((long) f.value()))
                    + " (" + f.factId() + ")";
        };
        Function<String, String> quote = key -> {
            Appendix2.ReportFact f = fact.apply(key);
            return f == null ? "" : "«" + f.sourceQuote() + "»";
        };
        List<Row> rows = List.of(
                new Row(getTranslation("coverage.appendix2.row.municipalities"), value.apply("municipalities_covered:total"),
                        quote.apply("municipalities_covered:total"), integer(all.municipalities()), integer(stated.municipalities())),
                new Row(getTranslation("coverage.appendix2.row.population-2020"), value.apply("population_covered:total"),
                        quote.apply("population_covered:total"), integer(all.population2020()), integer(stated.population2020())),
                new Row(getTranslation("coverage.appendix2.row.population-2021"), getTranslation("coverage.appendix2.year-not-stated"),
                        "", integer(all.population2021()), integer(stated.population2021())),
                new Row(getTranslation("coverage.appendix2.row.class5"), value.apply("municipalities_covered:class_5"),
                        quote.apply("municipalities_covered:class_5"), integer(all.class5Municipalities()), integer(stated.class5Municipalities())),
                new Row(getTranslation("coverage.appendix2.row.class5-population"), value.apply("population_covered:class_5"),
                        "", integer(all.class5Population2020()), integer(stated.class5Population2020())),
                new Row(getTranslation("coverage.appendix2.row.class6"), value.apply("municipalities_covered:class_6"),
                        quote.apply("municipalities_covered:class_6"), integer(all.class6Municipalities()), integer(stated.class6Municipalities())),
                new Row(getTranslation("coverage.appendix2.row.class6-population"), value.apply("population_covered:class_6"),
                        "", integer(all.class6Population2020()), integer(stated.class6Population2020())),
                new Row(getTranslation("coverage.appendix2.row.share"), value.apply("population_share_covered:class_5_6"),
                        quote.apply("population_share_covered:class_5_6"), percent(all.class56Share(), locale),
                        percent(stated.class56Share(), locale)));
        Grid<Row> grid = new Grid<>();
        grid.setId("appendix2");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::label).setHeader(getTranslation("coverage.appendix2.figure")).setWidth("13em").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Div cell = new Div(new Span(r.report()));
            if (!r.quote().isEmpty()) {
                Span q = new Span(r.quote());
                q.addClassNames("muted", "quote");
                q.getStyle().set("display", "block");
                cell.add(q);
            }
            return cell;
        }).setHeader(getTranslation("coverage.appendix2.report")).setWidth("20em").setFlexGrow(1);
        grid.addColumn(Row::all).setHeader(getTranslation("coverage.appendix2.all")).setTextAlign(ColumnTextAlign.END).setWidth("11em").setFlexGrow(0);
        grid.addColumn(Row::stated).setHeader(getTranslation("coverage.appendix2.stated")).setTextAlign(ColumnTextAlign.END).setWidth("11em").setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        content.add(grid);

        content.add(new H4(getTranslation("coverage.appendix2.why")));
        Appendix2.StudiedProgramme largest = a.programmes().getFirst();
        long resolved = a.programmes().stream().mapToLong(Appendix2.StudiedProgramme::resolvedFromRegion).sum();
        long links = a.programmes().stream().mapToLong(Appendix2.StudiedProgramme::municipalities).sum();
        UnorderedList why = new UnorderedList(
                new ListItem(getTranslation("coverage.appendix2.why-municipalities", integer(resolved), integer(links),
                        largest.name(), largest.resolvedFromRegion())),
                new ListItem(getTranslation("coverage.appendix2.why-centrality")),
                new ListItem(getTranslation("coverage.appendix2.why-population")),
                new ListItem(getTranslation("coverage.appendix2.why-class6")));
        why.setId("appendix2-why");
        content.add(why);

        Grid<Appendix2.StudiedProgramme> studied = new Grid<>();
        studied.setId("appendix2-programmes");
        studied.addColumn(Appendix2.StudiedProgramme::name).setHeader(getTranslation("programme.name")).setAutoWidth(true);
        studied.addColumn(p -> integer(p.municipalities())).setHeader(getTranslation("coverage.municipalities")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        studied.addColumn(p -> integer(p.stated())).setHeader(getTranslation("coverage.appendix2.stated-count")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        studied.addColumn(p -> integer(p.resolvedFromRegion())).setHeader(getTranslation("coverage.appendix2.resolved-count")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        studied.addColumn(p -> integer(p.population2020())).setHeader(getTranslation("coverage.population")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        studied.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(p -> {
            Div notes = new Div();
            notes.addClassName("muted");
            p.resolutionNotes().forEach(n -> notes.add(new Paragraph(n)));
            if (p.resolutionNotes().isEmpty()) {
                notes.add(new Paragraph(getTranslation("coverage.appendix2.no-resolution")));
            }
            return notes;
        }));
        studied.setItems(a.programmes());
        studied.setAllRowsVisible(true);
        studied.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        content.add(new Paragraph(getTranslation("coverage.appendix2.programmes")), studied);

        Grid<Appendix2.ClassCount> classes = new Grid<>();
        classes.setId("appendix2-classes");
        classes.addColumn(Appendix2.ClassCount::centralityClass).setHeader(getTranslation("coverage.class-short")).setAutoWidth(true);
        classes.addColumn(c -> c.reportMunicipalities() == null ? getTranslation("coverage.not-stated")
                        : c.reportMunicipalities() + " (" + c.reportFactId() + ")")
                .setHeader(getTranslation("coverage.appendix2.table1")).setAutoWidth(true);
        classes.addColumn(c -> integer(c.warehouseMunicipalities())).setHeader(getTranslation("coverage.appendix2.held"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        classes.addColumn(c -> c.reportMunicipalities() == null ? "" : signed(c.warehouseMunicipalities() - c.reportMunicipalities()))
                .setHeader(getTranslation("coverage.appendix2.difference")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        classes.setItems(a.classCounts());
        classes.setAllRowsVisible(true);
        classes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        classes.setWidth("40em");
        content.add(new Paragraph(getTranslation("coverage.appendix2.classes")), classes);
    }

    // ---------------------------------------------------------------------------------------------- formats

    private static String signed(int v) {
        return v > 0 ? "+" + v : v < 0 ? "−" + (-v) : "0";
    }

    private static boolean isPeriphery(MunicipalityCoverage m) {
        return m.centralityClass() != null && m.centralityClass() >= 5;
    }

    private static long orZero(@Nullable Integer v) {
        return v == null ? 0 : v;
    }

    private static String text(@Nullable String v) {
        return v == null ? "" : v;
    }

    private String integer(long v) {
        return NorwegianFormats.integer(v, getLocale());
    }

    private String qualified(@Nullable String qualifier, String value) {
        return qualifier == null || qualifier.equals("reported") ? value
                : getTranslation("coverage.qualified." + qualifier, value);
    }

    static String percent(@Nullable Double share, Locale locale) {
        if (share == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getPercentInstance(IndicatorFormat.numberLocale(locale));
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    static String percent0(double share, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(IndicatorFormat.numberLocale(locale));
        f.setMaximumFractionDigits(0);
        return f.format(share).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    static String decimal(double v, int digits, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(IndicatorFormat.numberLocale(locale));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(v).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
