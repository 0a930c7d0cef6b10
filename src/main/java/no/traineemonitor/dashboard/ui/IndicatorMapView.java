package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.export.MapPicture;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.coverage.MapValue;
import no.traineemonitor.dashboard.IndicatorMapService;
import no.traineemonitor.dashboard.IndicatorMapService.Cell;
import no.traineemonitor.dashboard.IndicatorMapService.Level;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.ReferenceService;

/**
 * The indicator map ({@code /kart?indikator=ID}, {@code &niva=ba} for BA-regions): the coverage map's municipalities
 * coloured by an indicator's value in five classes, with the shared filters; unknown hatched, suppressed grey; the
 * legend says how values are attributed to places. The municipalities with a figure are listed below (downloadable).
 * Where programmes report the indicator under several definitions, one map per definition ({@code definisjon=}, by
 * default the one most programmes report), never mixed.
 */
@Route("kart")
@PageTitle("Traineemonitor – kart")
@Menu(order = 55, title = "nav.map")
@AnonymousAllowed
class IndicatorMapView extends DashboardPage {

    private final IndicatorMapService maps;
    private final CoverageService coverage;
    private Level level = Level.MUNICIPALITY;
    private @org.jspecify.annotations.Nullable String definition; // the definisjon= of the URL, as given

    IndicatorMapView(IndicatorMapService maps, CoverageService coverage, ReferenceService reference,
                     ProgrammeService programmes, IndicatorService indicators) {
        super("map.title", reference, programmes, indicators);
        this.maps = maps;
        this.coverage = coverage;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        level = Level.fromUrl(event.getLocation().getQueryParameters().getSingleParameter("niva").orElse(null));
        definition = event.getLocation().getQueryParameters().getSingleParameter("definisjon").orElse(null);
        super.beforeEnter(event);
    }

    @Override
    protected void navigateTo(FilterState next) {
        // another indicator has other definitions: its map starts at its most common one
        String keep = java.util.Objects.equals(next.indicator(), state.indicator()) ? definition : null;
        UI.getCurrent().navigate(getClass(), withLevel(next.toQueryParameters(), level, keep));
    }

    private static QueryParameters withLevel(QueryParameters q, Level level, @org.jspecify.annotations.Nullable String definition) {
        Map<String, List<String>> p = new LinkedHashMap<>(q.getParameters());
        if (level == Level.BA_REGION) {
            p.put("niva", List.of(level.urlValue()));
        }
        if (definition != null) {
            p.put("definisjon", List.of(definition));
        }
        return new QueryParameters(p);
    }

    /** A definition in the URL: its comparability key without the indicator, fields joined by dots ("a.programme..year.outcome.exact"). */
    static String urlKey(String comparabilityKey) {
        return comparabilityKey.substring(comparabilityKey.indexOf('|') + 1).replace('|', '.');
    }

    @Override
    protected void render(FilterState s) {
        Locale locale = getLocale();
        IndicatorDefinition def = s.indicator() == null ? indicators.catalogue().getFirst() : indicators.definition(s.indicator()).orElseThrow();
        content.add(choices(def));
        CoverageFilter area = CoverageView.filterOf(s);
        String chosen = definition == null ? null : def.indicatorId() + "|" + definition.replace('.', '|');
        IndicatorMapService.IndicatorMap map = maps.map(def, s.toIndicatorFilter(), area, level, chosen);
        if (map.definitions().size() > 1) {
            content.add(definitions(map));
        }
        if (map.cells().isEmpty()) {
            content.add(Sections.paragraph("map-empty", getTranslation("coverage.empty")));
            return;
        }
        String name = selectionName(s);
        Paragraph how = Sections.paragraph("map-how", getTranslation(level == Level.MUNICIPALITY ? "map.how.municipality" : "map.how.ba"));
        if (map.example() != null && map.definitions().size() <= 1) {
            how.add(new Span(" " + getTranslation("map.definition-only", definitionWords(map.example()))));
        }
        content.add(how);
        if (!map.acrossBaRegions().isEmpty()) {
            content.add(Sections.paragraph("map-across-ba", getTranslation("map.across-ba", String.join("; ",
                    map.acrossBaRegions().stream().map(a -> a.name() + ": " + String.join(", ", a.values().stream()
                            .map(r -> (r.suppressed() ? getTranslation("map.suppressed-value") : IndicatorFormat.value(r, getLocale()))
                                    + " (" + IndicatorFormat.period(r, this::getTranslation) + ")").toList())
                            + " – " + String.join(", ", a.baRegions())).toList()))));
        }
        if (s.centralities().size() > 0 || s.county() != null || s.ba() != null) {
            content.add(Sections.hint(getTranslation("map.area-note")));
        }
        Map<String, Cell> byNumber = new LinkedHashMap<>();
        map.cells().forEach(c -> byNumber.put(c.municipality().kommunenummer(), c));
        String svg = coverage.valueMap(area, map.cells().stream().map(Cell::municipality).toList(), s.division().year(),
                level == Level.BA_REGION, m -> mapValue(byNumber.get(m.kommunenummer())), getTranslation("map.aria", def.label(locale), name));
        Html html = new Html("<div class=\"coverage-map\">" + svg + "</div>");
        html.setId("indicator-map");
        String mapTitle = getTranslation("map.picture-title." + level.urlValue(), def.label(locale), name);
        List<MapPicture.LegendItem> pictureLegend = pictureLegend(map);
        String source = getTranslation("map.picture-source");
        boolean ba = level == Level.BA_REGION;
        var picture = ExportMenu.map("indicator-map-picture-export", mapTitle, filtersText(),
                FileNames.of(def.label(locale), getTranslation("map.file-level." + level.urlValue()), name, years(s)),
                () -> coverage.valueMapPicture(area, map.cells().stream().map(Cell::municipality).toList(), s.division().year(),
                        ba, m -> mapValue(byNumber.get(m.kommunenummer()))).withLegend(pictureLegend, source));
        Div box = new Div(picture, html, legend(map));
        box.addClassName("coverage-map-box");
        content.add(box);

        List<Cell> known = map.cells().stream().filter(c -> c.kind() != MapValue.Kind.UNKNOWN).toList();
        long unknown = map.cells().size() - known.size();
        content.add(new H3(getTranslation("map.table", def.label(locale))),
                Sections.paragraph("map-counts", getTranslation("map.counts", map.cells().size(), known.size(), unknown)));
        if (!known.isEmpty()) {
            String title = def.label(locale) + " – " + getTranslation("map.table-title") + " – " + name;
            ExportMenu export = tableExport("indicator-map-export", title, () -> table(map, known), def.label(locale),
                    getTranslation("map.file-level." + level.urlValue()), name, years(s));
            content.add(export, grid(map, known), export.about("indicators", "",
                    IndicatorResult.factIdsOf(known.stream().flatMap(c -> c.values().stream()).toList())));
        }
    }

    private Div choices(IndicatorDefinition def) {
        Locale locale = getLocale();
        Select<IndicatorDefinition> pick = new Select<>();
        pick.setLabel(getTranslation("explorer.indicator"));
        pick.setItems(indicators.catalogue());
        pick.setItemLabelGenerator(d -> d.label(locale));
        pick.setId("map-indicator");
        pick.setWidth("22em");
        pick.setValue(def);
        pick.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                navigateTo(state.withIndicator(e.getValue().indicatorId()));
            }
        });
        RadioButtonGroup<Level> levels = new RadioButtonGroup<>(getTranslation("map.level"));
        levels.setItems(Level.MUNICIPALITY, Level.BA_REGION);
        levels.setItemLabelGenerator(l -> getTranslation("map.level." + l.urlValue()));
        levels.setValue(level);
        levels.setId("map-level");
        levels.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                level = e.getValue();
                navigateTo(state);
            }
        });
        Div row = new Div(pick, levels, IndicatorLink.of(def.indicatorId(), getTranslation("map.about", def.label(locale))));
        row.addClassName("map-choices");
        return row;
    }

    /** The definition's words: scope, horizon, variant, period kind, figure kind and the kind of numbers. */
    private String definitionWords(IndicatorResult example) {
        String words = IndicatorFormat.definition(example, this::getTranslation);
        String numbers = getTranslation("qualifierclass." + example.qualifierClass());
        return (words.isEmpty() ? getTranslation("about.variant-plain") : words) + ", " + numbers;
    }

    /** The choice of definition, each with how many programmes report under it; one map per definition. */
    private com.vaadin.flow.component.Component definitions(IndicatorMapService.IndicatorMap map) {
        Select<IndicatorMapService.Definition> pick = new Select<>();
        pick.setLabel(getTranslation("map.definition-pick"));
        pick.setItems(map.definitions());
        pick.setItemLabelGenerator(d -> getTranslation("map.definition-item", definitionWords(d.example()), d.programmes()));
        map.definitions().stream().filter(d -> d.key().equals(map.key())).findFirst().ifPresent(pick::setValue);
        pick.setId("map-definition");
        pick.setWidth("40em");
        pick.getStyle().set("max-width", "100%");
        pick.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                UI.getCurrent().navigate(getClass(), withLevel(state.toQueryParameters(), level, urlKey(e.getValue().key())));
            }
        });
        Div box = new Div(pick, Sections.hint(getTranslation("map.definitions-note", map.definitions().size())));
        box.setId("map-definitions");
        return box;
    }

    private MapValue mapValue(Cell c) {
        String title = c.municipality().name() + ": " + describe(c);
        return switch (c.kind()) {
            case VALUE -> MapValue.of(c.valueClass(), title);
            case MIXED -> MapValue.mixed(title);
            case SUPPRESSED -> MapValue.suppressed(title);
            case UNKNOWN -> MapValue.unknown(title);
        };
    }

    /** "91,0 % (Trainee Salten, 2020)", "prikket: n under 5 (…)", "ukjent: ingen tall". */
    private String describe(Cell c) {
        if (c.kind() == MapValue.Kind.UNKNOWN) {
            return getTranslation("map.unknown-value");
        }
        return String.join("; ", c.values().stream().map(r -> (r.suppressed() ? getTranslation("map.suppressed-value")
                : IndicatorFormat.value(r, getLocale())) + " (" + r.subjectName() + ", " + IndicatorFormat.period(r, this::getTranslation) + ")").toList());
    }

    private Div legend(IndicatorMapService.IndicatorMap map) {
        Div legend = new Div();
        legend.addClassName("coverage-legend");
        legend.setId("map-legend");
        for (int i = 1; i <= map.classes().count(); i++) {
            legend.add(legendItem("background:" + MapValue.COLOURS.get(i - 1), classRange(map.classes(), i)));
        }
        legend.add(legendItem("background: repeating-linear-gradient(45deg, #ffffff 0 3px, " + MapValue.UNKNOWN_LINE + " 3px 4.5px);"
                + " border: 1px solid #ced4da", getTranslation("map.legend.unknown")));
        legend.add(legendItem("background:" + MapValue.SUPPRESSED_COLOUR, getTranslation("map.legend.suppressed", indicators.minimumN())));
        if (level == Level.MUNICIPALITY) {
            legend.add(legendItem("background: repeating-linear-gradient(45deg, " + MapValue.MIXED_BACKGROUND + " 0 3px, "
                    + MapValue.MIXED_LINE + " 3px 4.5px)", getTranslation("map.legend.mixed")));
        }
        legend.add(legendItem("border-top: 2px solid #222; height: 0; margin-top: 0.5em",
                getTranslation(level == Level.BA_REGION ? "map.legend.ba-border" : "coverage.legend.county")));
        return legend;
    }

    /** The legend of the map's picture file: the same entries as {@link #legend}. */
    private List<MapPicture.LegendItem> pictureLegend(IndicatorMapService.IndicatorMap map) {
        List<MapPicture.LegendItem> items = new java.util.ArrayList<>();
        for (int i = 1; i <= map.classes().count(); i++) {
            items.add(MapPicture.LegendItem.box(MapValue.of(i, "").pictureFill(), classRange(map.classes(), i)));
        }
        items.add(MapPicture.LegendItem.box(MapValue.unknown("").pictureFill(), getTranslation("map.legend.unknown")));
        items.add(MapPicture.LegendItem.box(MapValue.suppressed("").pictureFill(),
                getTranslation("map.legend.suppressed", indicators.minimumN())));
        if (level == Level.MUNICIPALITY) {
            items.add(MapPicture.LegendItem.box(MapValue.mixed("").pictureFill(), getTranslation("map.legend.mixed")));
        }
        items.add(MapPicture.LegendItem.line("#222222", 2f,
                getTranslation(level == Level.BA_REGION ? "map.legend.ba-border" : "coverage.legend.county")));
        return items;
    }

    /** "60–80 %" for a share class, "2–4" otherwise; the last class includes its top. */
    String classRange(IndicatorMapService.Classes classes, int i) {
        NumberFormat f = NumberFormat.getNumberInstance(IndicatorFormat.numberLocale(getLocale()));
        f.setMaximumFractionDigits(2);
        BigDecimal low = classes.bounds().get(i - 1);
        BigDecimal high = classes.bounds().get(i);
        if (classes.share()) {
            return f.format(low.movePointRight(2)) + "–" + f.format(high.movePointRight(2)) + " %";
        }
        return f.format(low) + "–" + f.format(high);
    }

    private static Span legendItem(String swatchStyle, String text) {
        Span swatch = new Span();
        swatch.addClassName("legend-swatch");
        swatch.getElement().setAttribute("style", swatchStyle);
        Span item = new Span(swatch, new Span(text));
        item.addClassName("legend-item");
        return item;
    }

    private String classOf(IndicatorMapService.IndicatorMap map, Cell c) {
        return switch (c.kind()) {
            case VALUE -> classRange(map.classes(), c.valueClass());
            case MIXED -> getTranslation("map.legend.mixed");
            case SUPPRESSED -> getTranslation("map.suppressed-value");
            case UNKNOWN -> "";
        };
    }

    private Grid<Cell> grid(IndicatorMapService.IndicatorMap map, List<Cell> cells) {
        Grid<Cell> grid = new Grid<>();
        grid.setId("map-values");
        grid.addColumn(c -> c.municipality().name()).setHeader(getTranslation("coverage.municipality")).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(c -> c.municipality().baName()).setHeader(getTranslation("coverage.ba.region")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(this::describe).setHeader(getTranslation("map.values")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(c -> classOf(map, c)).setHeader(getTranslation("map.class")).setTextAlign(ColumnTextAlign.END)
                .setWidth("8rem").setFlexGrow(0);
        grid.setItems(cells);
        Sections.fit(grid);
        grid.setAllRowsVisible(cells.size() <= 25);
        return grid;
    }

    /** One line per value of each municipality with a figure: the same cells as the grid, values as numbers. */
    private ExportTable table(IndicatorMapService.IndicatorMap map, List<Cell> cells) {
        record Line(Cell cell, IndicatorResult value) {
        }
        List<Line> lines = cells.stream().flatMap(c -> c.values().stream().map(v -> new Line(c, v))).toList();
        boolean share = map.definition().isShare();
        return ExportTable.of(lines)
                .text(getTranslation("coverage.municipality"), l -> l.cell().municipality().name())
                .text(getTranslation("coverage.ba.region"), l -> l.cell().municipality().baName())
                .text(getTranslation(level == Level.MUNICIPALITY ? "map.col.programme" : "coverage.ba.region"), l -> l.value().subjectName())
                .text(getTranslation("overview.period"), l -> IndicatorFormat.period(l.value(), this::getTranslation))
                .value(getTranslation("explorer.value"), share, l -> l.value().value())
                .decimal("n", l -> l.value().n())
                .text(getTranslation("explorer.marks"), l -> l.value().suppressed() ? getTranslation("map.suppressed-value") : "")
                .text(getTranslation("map.class"), l -> classOf(map, l.cell()))
                .build();
    }
}
