package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.base.ui.TableAbout;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.report.ReportService;
import no.traineemonitor.report.ui.ReportDownload;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;
import no.traineemonitor.vocabulary.VocabularyService;
import no.traineemonitor.source.SourceService;
import no.traineemonitor.survey.SurveyService;
import no.traineemonitor.survey.ui.SurveyCounterpart;

/**
 * One indicator across programmes and regions: value, n, 95 % interval, qualifier and suppression; a chart with
 * interval whiskers per definition; and, for a chosen row, how it was computed and from which sources.
 */
@Route("indikatorer")
@PageTitle("Traineemonitor – indikatorer")
@Menu(order = 30, title = "nav.explorer")
@AnonymousAllowed
class IndicatorExplorerView extends DashboardPage {

    private final SourceService sources;
    private final VocabularyService vocabulary;
    private final ReportService reports;
    private final SurveyService surveys;
    private final VerticalLayout details = new VerticalLayout();
    private final no.traineemonitor.dashboard.ComparisonSetService sets;
    private final no.traineemonitor.benchmark.BenchmarkService benchmarks;
    /** The comparison set's county and country rows, by the row itself: named as references, not as the selection. */
    private final Map<IndicatorResult, String> regionLabels = new java.util.IdentityHashMap<>();

    IndicatorExplorerView(SourceService sources, ReferenceService reference, ProgrammeService programmes,
                          IndicatorService indicators, ReportService reports, VocabularyService vocabulary,
                          SurveyService surveys, no.traineemonitor.dashboard.ComparisonSetService sets,
                          no.traineemonitor.benchmark.BenchmarkService benchmarks) {
        super("explorer.title", reference, programmes, indicators);
        this.sets = sets;
        this.benchmarks = benchmarks;
        this.sources = sources;
        this.vocabulary = vocabulary;
        this.reports = reports;
        this.surveys = surveys;
        details.setId("explorer-details");
        details.setPadding(false);
    }

    @Override
    protected void render(FilterState s) {
        var locale = getLocale();
        Select<IndicatorDefinition> pick = new Select<>();
        pick.setLabel(getTranslation("explorer.indicator"));
        pick.setItems(indicators.catalogue());
        pick.setItemLabelGenerator(d -> d.label(locale));
        pick.setId("indicator-select");
        pick.setWidth("24em");
        IndicatorDefinition def = s.indicator() == null ? indicators.catalogue().getFirst()
                : indicators.definition(s.indicator()).orElseThrow();
        pick.setValue(def);
        pick.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                navigateTo(state.withIndicator(e.getValue().indicatorId()));
            }
        });
        content.add(pick, HowWeCompareView.link(getTranslation("compare.link")));
        Paragraph definition = new Paragraph(def.definition(locale) + " " + getTranslation("direction." + def.direction()));
        definition.setId("indicator-definition");
        Anchor about = new Anchor("indikator/" + def.indicatorId(), getTranslation("about.link"));
        about.setId("indicator-about-link");
        definition.add(new com.vaadin.flow.component.Text(" "), about);
        content.add(definition);
        SurveyCounterpart.of(surveys, def.indicatorId(), locale, this::getTranslation).ifPresent(content::add);
        content.add(ExtractDownloads.of(reports, locale)); // every figure, not just this selection

        content.add(new ComparisonSetPicker(s, programmes, reference, benchmarks.profiles(),
                set -> navigateTo(state.withSet(set))));
        var filter = s.toIndicatorFilter().withIndicator(def.indicatorId());
        regionLabels.clear();
        List<IndicatorResult> rows;
        if (s.set().isEmpty()) {
            // the pooled row says something only when it pools several programmes
            var exploration = indicators.explore(filter, selectionName(s));
            rows = new ArrayList<>(exploration.pooledLatest().stream().filter(r -> r.programmes().size() > 1).toList());
            rows.addAll(exploration.values());
        } else {
            content.add(Sections.paragraph("explorer-set", getTranslation("set.shown",
                    String.join(", ", ComparisonSetPicker.names(s.set(), programmes, reference)))));
            rows = setRows(sets.compare(def.indicatorId(), filter, s.set()));
        }
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("explorer.empty"));
            none.setId("explorer-empty");
            content.add(none);
            return;
        }
        content.add(charts(def, rows));
        Grid<IndicatorResult> grid = grid(rows);
        String title = def.label(locale) + " – " + selectionName(s);
        ExportMenu export = tableExport("explorer-grid-export", title, () -> table(def, rows), def.label(locale), selectionName(s), years(s));
        content.add(export);
        content.add(grid, export.about("indicators", "", IndicatorResult.factIdsOf(rows)), new Paragraph(getTranslation("explorer.note", indicators.minimumN())), details);
        details.removeAll();
        details.add(new Span(getTranslation("explorer.pick-row")));
    }

    /** The set's programmes' values, then its counties and the references (county, country) as pooled rows. */
    private List<IndicatorResult> setRows(no.traineemonitor.dashboard.ComparisonSetService.SetComparison c) {
        List<IndicatorResult> rows = new ArrayList<>(c.programmeValues());
        for (var region : c.regions()) {
            String name = region.country() ? getTranslation("trend.country") : region.name();
            for (IndicatorResult r : region.values()) {
                regionLabels.put(r, region.reference() ? getTranslation("trend.reference", name) : name);
                rows.add(r);
            }
        }
        return rows;
    }

    private Grid<IndicatorResult> grid(List<IndicatorResult> rows) {
        var locale = getLocale();
        Grid<IndicatorResult> grid = new Grid<>();
        grid.setId("explorer-grid");
        grid.addColumn(this::subjectLabel).setHeader(getTranslation("explorer.subject")).setWidth("7.5rem").setFlexGrow(3);
        grid.addColumn(r -> IndicatorFormat.period(r, this::getTranslation)).setHeader(getTranslation("overview.period"))
                .setWidth("7rem").setFlexGrow(2);
        grid.addColumn(r -> IndicatorFormat.valueCell(r, locale, this::getTranslation)).setHeader(getTranslation("explorer.value"))
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(1)
                .setTooltipGenerator(r -> r.suppressed() ? r.suppressionReason() : "");
        grid.addColumn(r -> IndicatorFormat.nCell(r, locale)).setHeader("n").setTextAlign(ColumnTextAlign.END).setFlexGrow(0)
                .setWidth("3.5rem");
        grid.addColumn(r -> IndicatorFormat.intervalCell(r, locale)).setHeader(getTranslation("explorer.interval"))
                .setWidth("6.5rem").setFlexGrow(1);
        grid.addColumn(r -> getTranslation("qualifier." + r.qualifier())).setHeader(getTranslation("explorer.qualifier"))
                .setWidth("6rem").setFlexGrow(1);
        grid.addColumn(this::definitionLabel).setHeader(getTranslation("explorer.definition")).setWidth("8rem").setFlexGrow(2);
        grid.addColumn(r -> r.peers() == null ? "" : String.valueOf(r.peers())).setHeader(getTranslation("explorer.peers"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8.75rem").setFlexGrow(0)
                .setTooltipGenerator(r -> IndicatorFormat.peers(r, this::getTranslation));
        grid.addColumn(r -> marks(r, rows)).setHeader(getTranslation("explorer.marks")).setWidth("5.5rem").setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 25);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showDetails));
        return grid;
    }

    /** The grid's rows for export: the same results, numbers as numbers, unknown empty. */
    private ExportTable table(IndicatorDefinition def, List<IndicatorResult> rows) {
        return ExportTable.of(rows)
                .text(getTranslation("explorer.subject"), this::subjectLabel)
                .text(getTranslation("overview.period"), r -> IndicatorFormat.period(r, this::getTranslation))
                .year(getTranslation("export.col.period-start"), IndicatorResult::periodStart)
                .year(getTranslation("export.col.period-end"), IndicatorResult::periodEnd)
                .value(getTranslation("explorer.value"), def.isShare(), IndicatorResult::value)
                .decimal(getTranslation("export.col.numerator"), IndicatorResult::numerator)
                .decimal(getTranslation("export.col.denominator"), IndicatorResult::denominator)
                .decimal("n", IndicatorResult::n)
                .value(getTranslation("export.col.ci-low"), def.isShare(), IndicatorResult::ciLow)
                .value(getTranslation("export.col.ci-high"), def.isShare(), IndicatorResult::ciHigh)
                .text(getTranslation("explorer.qualifier"), r -> getTranslation("qualifier." + r.qualifier()))
                .text(getTranslation("explorer.definition"), this::definitionLabel)
                .integer(getTranslation("explorer.peers"), IndicatorResult::peers)
                .text(getTranslation("explorer.marks"), r -> marks(r, rows))
                .text(getTranslation("overview.facts"), r -> String.join(" ", r.factIds()))
                .build();
    }

    /** Withheld, and disputed with the other values the sources give for the same subject, definition and period. */
    private String marks(IndicatorResult r, List<IndicatorResult> rows) {
        List<String> marks = new ArrayList<>();
        if (r.suppressed()) {
            marks.add(getTranslation("explorer.suppressed"));
        }
        if (r.conflicting()) {
            String definition = definitionOf(r);
            List<String> others = rows.stream()
                    .filter(o -> o != r && o.conflicting() && o.subjectId().equals(r.subjectId())
                            && definitionOf(o).equals(definition) && java.util.Objects.equals(o.periodStart(), r.periodStart())
                            && java.util.Objects.equals(o.periodEnd(), r.periodEnd()))
                    .map(o -> IndicatorFormat.value(o, getLocale())).distinct().toList();
            marks.add(others.isEmpty() ? getTranslation("explorer.conflicting")
                    : getTranslation("explorer.conflicting-with", String.join(", ", others)));
        }
        return String.join("; ", marks);
    }

    /** The comparability key without its qualifier class: the same definition, period kind and figure kind. */
    private static String definitionOf(IndicatorResult r) {
        return r.comparabilityKey().substring(0, r.comparabilityKey().lastIndexOf('|'));
    }

    /** One chart per definition (comparability key) that has values: unlike definitions are never drawn together. */
    private Div charts(IndicatorDefinition def, List<IndicatorResult> rows) {
        var locale = getLocale();
        Map<String, List<IndicatorResult>> byKey = new LinkedHashMap<>();
        // a range's two ends have one key (class "range"); the range_high rows are looked up when its low end is drawn
        rows.stream().filter(IndicatorResult::hasValue)
                .forEach(r -> byKey.computeIfAbsent(r.comparabilityKey(), k -> new ArrayList<>()).add(r));
        Div box = new Div();
        box.setId("explorer-charts");
        int shown = 0;
        for (var entry : byKey.entrySet()) {
            if (shown++ == 4) {
                break;
            }
            List<IndicatorResult> group = entry.getValue().stream().limit(20).toList();
            List<ChartFactory.IntervalPoint> points = new ArrayList<>();
            for (IndicatorResult r : group) {
                if (r.qualifier().equals("range_high")) {
                    continue; // drawn with its lower end
                }
                if (r.qualifier().equals("range_low")) {
                    // a range stays a range: drawn as a bar from its low to its high end, without a point
                    IndicatorResult high = rows.stream().filter(h -> h.qualifier().equals("range_high") && h.hasValue()
                            && h.subjectId().equals(r.subjectId()) && java.util.Objects.equals(h.periodStart(), r.periodStart())
                            && java.util.Objects.equals(h.periodEnd(), r.periodEnd())
                            && definitionOf(h).equals(definitionOf(r))).findFirst().orElse(null);
                    points.add(ChartFactory.IntervalPoint.range(shortLabel(r) + " " + getTranslation("explorer.range"),
                            r.value(), high == null ? r.value() : high.value()));
                    continue;
                }
                if (r.qualifierClass().equals("bound")) {
                    points.add(ChartFactory.IntervalPoint.bound(shortLabel(r) + " (" + getTranslation("qualifier." + r.qualifier()) + ")",
                            r.value(), r.qualifier().equals("minimum")));
                    continue;
                }
                points.add(new ChartFactory.IntervalPoint(shortLabel(r), r.value(), r.ciLow(), r.ciHigh(),
                        !r.subjectType().equals("programme")));
            }
            if (points.isEmpty()) {
                continue;
            }
            String title = def.label(locale) + " – " + definitionLabel(group.getFirst());
            var chart = ChartFactory.intervalChart(title, def.label(locale), points, def.isShare(), locale);
            String alt = title + ": " + String.join("; ", group.stream().map(r -> shortLabel(r) + " " + IndicatorFormat.value(r, locale)
                    + (r.qualifier().startsWith("range") ? " (" + getTranslation("qualifier." + r.qualifier()) + ")" : "")).toList());
            int height = 90 + 34 * points.size();
            String valueLabel = def.label(locale);
            box.add(ExportMenu.chart("explorer-chart-export-" + shown, title, filtersText(),
                    FileNames.of(title, selectionName(state), years(state)),
                    () -> ChartFactory.intervalChart(title, valueLabel, points, def.isShare(), locale), 820, height));
            box.add(new Html("<div class=\"chart\">" + ChartFactory.svg(chart, 820, height, alt) + "</div>"));
        }
        return box;
    }

    /** A region-level figure is named by its region: the country, or a county of 2020/2024; a group by its programmes. */
    private String subjectLabel(IndicatorResult r) {
        if (regionLabels.containsKey(r)) {
            return regionLabels.get(r);
        }
        return switch (r.subjectType()) {
            case "selection" -> getTranslation("explorer.selection", r.subjectName());
            case "programme_group" -> getTranslation("compare.joint", r.subjectName());
            case "national" -> getTranslation("explorer.national");
            case "county_2020" -> reference.county(r.subjectId(), no.traineemonitor.reference.CountyDivision.D2020)
                    .map(c -> c.label() + " (2020)").orElse(r.subjectId());
            case "county_2024" -> reference.county(r.subjectId(), no.traineemonitor.reference.CountyDivision.D2024)
                    .map(c -> c.label()).orElse(r.subjectId());
            default -> r.subjectName();
        };
    }

    private String shortLabel(IndicatorResult r) {
        String who = regionLabels.containsKey(r) ? regionLabels.get(r) : switch (r.subjectType()) {
            case "selection" -> getTranslation("explorer.selection-short");
            case "programme_group" -> r.subjectName() + " (" + getTranslation("compare.joint-short") + ")";
            default -> subjectLabel(r);
        };
        String period = IndicatorFormat.period(r, this::getTranslation);
        return period.isEmpty() ? who : who + " (" + period + ")";
    }

    private String definitionLabel(IndicatorResult r) {
        return IndicatorFormat.definition(r, this::getTranslation);
    }

    private void showDetails(IndicatorResult r) {
        var locale = getLocale();
        details.removeAll();
        details.add(new H3(getTranslation("explorer.how", subjectLabel(r), IndicatorFormat.period(r, this::getTranslation))));
        String how;
        if (r.suppressed()) {
            how = getTranslation("explorer.how-suppressed", r.suppressionReason());
        } else if ((r.basis().equals("counts") || r.basis().startsWith("pooled")) && r.ciLow() != null) {
            how = getTranslation("explorer.how-counts", fmt(r.numerator()), fmt(r.denominator()), IndicatorFormat.value(r, locale),
                    IndicatorFormat.interval(r, locale));
        } else if (r.basis().equals("counts") || r.basis().startsWith("pooled")) {
            how = getTranslation("explorer.how-counts-no-interval", fmt(r.numerator()), fmt(r.denominator()),
                    IndicatorFormat.value(r, locale), getTranslation("qualifier." + r.qualifier()));
        } else if (r.basis().equals("reported_percent")) {
            how = getTranslation("explorer.how-percent", IndicatorFormat.value(r, locale),
                    r.n() == null ? getTranslation("explorer.n-unknown") : getTranslation("explorer.n-no-interval", fmt(r.n())));
        } else {
            how = getTranslation("explorer.how-reported", IndicatorFormat.value(r, locale));
        }
        details.add(new Paragraph(how));
        if (!r.programmes().isEmpty()) {
            details.add(new Paragraph(getTranslation("explorer.programmes", String.join(", ", r.programmes().stream()
                    .map(id -> programmes.programme(id).map(p -> p.name()).orElse(id)).toList()))));
        }
        if (r.isIntention()) {
            details.add(new Paragraph(getTranslation("explorer.intention", getTranslation("figure." + r.figureKind()))));
        }
        if (!r.statementProgrammes().isEmpty()) {
            details.add(new Paragraph(getTranslation("explorer.joint-statement")));
        }
        List<Fact> facts = sources.facts(r.factIds());
        Grid<Fact> grid = new Grid<>();
        grid.setId("explorer-facts");
        FactText text = new FactText(vocabulary, sources, locale, this::getTranslation);
        var conflicts = text.conflicts(facts);
        grid.addColumn(Fact::factId).setHeader(getTranslation("explorer.fact")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(text::subject).setHeader(getTranslation("explorer.subject")).setWidth("7rem").setFlexGrow(1);
        grid.addColumn(text::metricAndCategory).setHeader(getTranslation("explorer.metric")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(text::period).setHeader(getTranslation("overview.period")).setWidth("6rem").setFlexGrow(1);
        grid.addColumn(text::qualifiedValue).setHeader(getTranslation("explorer.value")).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(text::citation).setHeader(getTranslation("programme.source")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(f -> "«" + f.sourceQuote() + "»").setHeader(getTranslation("explorer.quote")).setWidth("9rem").setFlexGrow(2);
        grid.addColumn(f -> conflicts.getOrDefault(f.factId(), "")).setHeader(getTranslation("explorer.conflict"))
                .setWidth("6rem").setFlexGrow(1);
        grid.setItems(facts);
        Sections.allRows(grid);
        String title = getTranslation("explorer.how", subjectLabel(r), IndicatorFormat.period(r, this::getTranslation));
        ExportMenu menu = ExportMenu.table("explorer-facts-export", title, filtersText(),
                FileNames.of(indicators.definition(r.indicatorId()).map(d -> d.label(locale)).orElse(""), subjectLabel(r),
                        IndicatorFormat.period(r, this::getTranslation), getTranslation("explorer.facts-file")),
                () -> ExportTable.of(facts)
                        .text(getTranslation("explorer.fact"), Fact::factId)
                        .text(getTranslation("explorer.subject"), text::subject)
                        .text(getTranslation("explorer.metric"), text::metricAndCategory)
                        .text(getTranslation("overview.period"), text::period)
                        .decimal(getTranslation("explorer.value"), Fact::value)
                        .text(getTranslation("export.col.value-as-given"), text::qualifiedValue)
                        .text(getTranslation("programme.source"), text::citation)
                        .text(getTranslation("explorer.quote"), Fact::sourceQuote)
                        .text(getTranslation("explorer.conflict"), f -> conflicts.getOrDefault(f.factId(), ""))
                        .build());
        // sources, SSB's population table where a rate divides by it, and the reference version, under the facts
        details.add(menu, grid, menu.about("facts", "", r.factIds()));
    }

    private String fmt(Double v) {
        return v == null ? "" : IndicatorFormat.number(v, "number", "", getLocale());
    }
}
