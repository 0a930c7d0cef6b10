package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.report.ReportService;
import no.traineemonitor.report.ui.ReportDownload;
import no.traineemonitor.programme.ProgrammeCoverage;
import no.traineemonitor.programme.ProgrammeCoverageService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.SourceDocument;
import no.traineemonitor.source.SourceService;
import org.jspecify.annotations.Nullable;

/**
 * One programme's profile: what it is, its indicator values with n and interval, cohorts and outcomes, members and
 * prices, funding mix, the municipalities it covers, and every fact with its source. Reached from the programme list
 * ({@code /program/trainee_salten}); an unknown id shows a notice and a link back to the list.
 */
@Route("program/:programmeId")
@PageTitle("Traineemonitor – program")
@AnonymousAllowed
class ProgrammeProfileView extends VerticalLayout implements BeforeEnterObserver {

    private final ReportService reports;

    static final String PARAM = "programmeId";

    /** Intake, completion and what happened afterwards, in the order of the trainee's path. */
    static final List<String> OUTCOME_METRICS = List.of("applicants", "positions_advertised", "hires", "completed",
            "dropped_out", "job_offers", "continued_in_host", "retained_in_region", "hires_in_movers", "hires_women",
            "cohorts", "trainees_per_cohort", "active_trainees");
    static final List<String> MEMBER_METRICS = List.of("member_organisations", "membership_fee_nok",
            "price_per_trainee_nok", "salary_nok", "operating_cost_nok");
    static final String FUNDING_NOK = "funding_nok";
    static final String FUNDING_SHARE = "funding_share";

    private final ProgrammeService programmeService;
    private final ProgrammeCoverageService coverageService;
    private final IndicatorService indicatorService;
    private final SourceService sourceService;

    ProgrammeProfileView(ProgrammeService programmeService, ProgrammeCoverageService coverageService,
                         IndicatorService indicatorService, SourceService sourceService, ReportService reports) {
        this.reports = reports;
        this.programmeService = programmeService;
        this.coverageService = coverageService;
        this.indicatorService = indicatorService;
        this.sourceService = sourceService;
        setWidthFull();
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get(PARAM).orElse("").strip();
        Programme programme = id.isEmpty() ? null : programmeService.programme(id).orElse(null);
        ProgrammeCoverage coverage = programme == null ? null : coverageService.coverage(id).orElse(null);
        if (programme == null || coverage == null) {
            showUnknown(id);
            return;
        }
        List<Fact> facts = sourceService.factsOfProgramme(id);
        showHeader(programme, coverage);
        showIndicators(id);
        showOutcomes(facts);
        showMembers(facts);
        showFunding(facts);
        showMunicipalities(coverage);
        showFacts(facts);
        showSources(programme, coverage, facts);
    }

    // ---- sections ------------------------------------------------------------------------------------------------

    /** The programme list (a route of the programme feature, named by URL to keep packages apart). */
    private Anchor listLink() {
        Anchor link = new Anchor("programmer", getTranslation("profile.back-to-list"));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private void showUnknown(String id) {
        var notice = new Paragraph(getTranslation("profile.unknown", id));
        notice.setId("profile-unknown");
        notice.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        var back = listLink();
        back.setId("profile-back");
        add(new H2(getTranslation("profile.unknown-title")), notice, back);
    }

    private void showHeader(Programme p, ProgrammeCoverage coverage) {
        var title = new H2(p.name());
        title.setId("profile-name");
        var back = listLink();
        add(back, title);
        // the funder's workbook of this programme (benchmark against all programmes of its type)
        var programme = reports.programme(p.programmeId());
        var locale = getLocale();
        add(ReportDownload.orSignIn(reports.mayDownload(programme.programmeId()), getTranslation("report.download.programme"),
                () -> new ReportDownload("download-programme-report", getTranslation("report.download.programme"),
                        getTranslation("report.download.what-programme", programme.name()), ReportService.XLSX_TYPE,
                        () -> reports.programmeFileName(programme),
                        out -> reports.writeProgrammeReport(programme.programmeId(), PeerGroup.ALL, locale, out))));

        var dl = new DescriptionList();
        dl.setId("profile-header");
        dl.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-xs)").set("margin", "0");
        term(dl, "profile.type", getTranslation("type." + p.type()));
        term(dl, "profile.status", getTranslation("status." + p.status()));
        term(dl, "profile.county-2024", county(p.countyNumber2024(), p.countyName2024()));
        term(dl, "profile.county-2020", county(p.countyNumber2020(), p.countyName2020()));
        term(dl, "profile.host", p.host());
        term(dl, "profile.founded", p.foundedYear() == null ? null : String.valueOf(p.foundedYear()));
        term(dl, "profile.length", p.lengthMonths() == null ? null : NorwegianFormats.integer(p.lengthMonths(), getLocale()));
        term(dl, "profile.placement",
                coverage.placementModel() == null ? null : getTranslation("profile.placement." + coverage.placementModel()));
        term(dl, "profile.min-education", coverage.minEducation());
        term(dl, "profile.note", p.note());
        var source = new Span(p.sourceFile() + " · " + p.sourceSection());
        var link = new Anchor(sourcesHref(p.sourceFile()), source);
        link.setId("profile-main-source");
        var quote = new Span(coverage.sourceQuote() == null ? "" : " «" + coverage.sourceQuote() + "»");
        quote.getStyle().set("color", "var(--lumo-secondary-text-color)");
        dl.add(new DescriptionList.Term(getTranslation("profile.main-source")), description(new Span(link, quote)));
        add(dl);
    }

    private void showIndicators(String programmeId) {
        add(new H3(getTranslation("profile.indicators.title")));
        Locale locale = getLocale();
        List<IndicatorResult> results = new ArrayList<>(indicatorService.results(IndicatorFilter.none().withProgramme(programmeId)));
        results.sort(indicatorService.catalogueOrder()
                .thenComparing(IndicatorResult::periodEnd, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(IndicatorResult::periodStart, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (results.isEmpty()) {
            add(new Paragraph(getTranslation("profile.indicators.none")));
            return;
        }
        var grid = new Grid<IndicatorResult>();
        grid.setId("profile-indicators");
        grid.addColumn(r -> indicatorService.definition(r.indicatorId()).map(d -> d.label(locale)).orElse(r.indicatorId()))
                .setKey("indicator").setHeader(getTranslation("profile.indicators.indicator")).setWidth("12rem").setFlexGrow(0)
                .setTooltipGenerator(r -> indicatorService.definition(r.indicatorId()).map(d -> d.definition(locale)).orElse(""));
        grid.addColumn(r -> IndicatorFormat.period(r, this::getTranslation)).setKey("period")
                .setHeader(getTranslation("profile.period")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> r.suppressed() ? "–" : indicatorValue(r)).setKey("value")
                .setHeader(getTranslation("profile.indicators.value")).setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0)
                .setTooltipGenerator(r -> r.suppressed()
                        ? getTranslation("profile.indicators.suppressed", String.valueOf(indicatorService.minimumN()))
                        : "");
        grid.addColumn(r -> r.n() == null ? "" : NorwegianFormats.integer(Math.round(r.n()), locale)).setKey("n")
                .setHeader(getTranslation("profile.indicators.n")).setTextAlign(ColumnTextAlign.END).setWidth("4rem").setFlexGrow(0);
        grid.addColumn(this::interval).setKey("interval").setHeader(getTranslation("profile.indicators.interval"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(this::basis).setKey("basis").setHeader(getTranslation("profile.indicators.basis"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> qualifier(r.qualifier())
                        + (r.conflicting() ? " · " + getTranslation("profile.indicators.conflicting") : "")).setKey("qualifier")
                .setHeader(getTranslation("profile.qualifier")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> IndicatorFormat.definition(r, this::getTranslation)).setKey("scope")
                .setHeader(getTranslation("profile.scope")).setWidth("7rem").setFlexGrow(1);
        grid.addColumn(r -> String.join(", ", r.factIds())).setKey("facts")
                .setHeader(getTranslation("profile.indicators.facts")).setWidth("7rem").setFlexGrow(1)
                .setTooltipGenerator(r -> String.join(", ", r.factIds()));
        styleGrid(grid);
        grid.setItems(results);
        add(grid);
        add(hint(getTranslation("profile.indicators.hint", String.valueOf(indicatorService.minimumN()))));
    }

    /** One row per period, one column per metric that has a value: intake, completion and outcomes. */
    private void showOutcomes(List<Fact> facts) {
        add(new H3(getTranslation("profile.outcomes.title")));
        List<Fact> outcome = facts.stream().filter(f -> OUTCOME_METRICS.contains(f.metric())).toList();
        if (outcome.isEmpty()) {
            add(new Paragraph(getTranslation("profile.outcomes.none")));
            return;
        }
        Map<String, PeriodRow> rows = new LinkedHashMap<>();
        outcome.stream()
                .sorted(Comparator.comparing(Fact::periodEnd, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
                        .thenComparing(Fact::periodStart, Comparator.nullsFirst(Comparator.<Integer>naturalOrder())))
                .forEach(f -> rows.computeIfAbsent(f.period(), k -> new PeriodRow(k, new LinkedHashMap<>()))
                        .cells().computeIfAbsent(f.metric(), k -> new ArrayList<>()).add(f));
        var grid = new Grid<PeriodRow>();
        grid.setId("profile-outcomes");
        grid.addColumn(r -> r.period().isEmpty() ? getTranslation("profile.period.none") : r.period()).setKey("period")
                .setHeader(getTranslation("profile.period")).setWidth("7.5rem").setFlexGrow(0).setFrozen(true);
        Set<String> present = outcome.stream().map(Fact::metric).collect(Collectors.toSet());
        for (String metric : OUTCOME_METRICS) {
            if (present.contains(metric)) {
                grid.addColumn(r -> cell(r.cells().get(metric))).setKey(metric).setHeader(metricLabel(metric))
                        .setWidth("7.5rem").setFlexGrow(1).setTextAlign(ColumnTextAlign.END)
                        .setTooltipGenerator(r -> citations(r.cells().get(metric)));
            }
        }
        styleGrid(grid);
        grid.setItems(List.copyOf(rows.values()));
        add(grid);
        add(hint(getTranslation("profile.outcomes.hint")));
    }

    private void showMembers(List<Fact> facts) {
        add(new H3(getTranslation("profile.members.title")));
        List<Fact> members = facts.stream().filter(f -> MEMBER_METRICS.contains(f.metric()))
                .sorted(Comparator.comparingInt((Fact f) -> MEMBER_METRICS.indexOf(f.metric()))
                        .thenComparing(Fact::periodEnd, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Fact::factId))
                .toList();
        if (members.isEmpty()) {
            add(new Paragraph(getTranslation("profile.members.none")));
            return;
        }
        add(factGrid(members, "profile-members", false));
    }

    /** Bars of funding_nok by source for the latest period that has them, and the funding facts in a grid. */
    private void showFunding(List<Fact> facts) {
        add(new H3(getTranslation("profile.funding.title")));
        List<Fact> amounts = facts.stream().filter(f -> FUNDING_NOK.equals(f.metric())).toList();
        List<Fact> shares = facts.stream().filter(f -> FUNDING_SHARE.equals(f.metric())).toList();
        if (amounts.isEmpty() && shares.isEmpty()) {
            var none = new Paragraph(getTranslation("profile.funding.none"));
            none.setId("profile-no-funding");
            add(none);
            return;
        }
        Locale locale = getLocale();
        if (!amounts.isEmpty()) {
            Comparator<Integer> byYear = Comparator.nullsFirst(Comparator.naturalOrder());
            Integer latest = amounts.stream().map(Fact::periodEnd).max(byYear).orElse(null);
            List<Fact> chosen = amounts.stream().filter(f -> Objects.equals(f.periodEnd(), latest)).toList();
            Map<String, Double> byCategory = new LinkedHashMap<>();
            for (Fact f : chosen) {
                byCategory.merge(fundingCategory(f.category()), f.value(), Double::sum);
            }
            String periodText = chosen.isEmpty() || chosen.getFirst().period().isEmpty()
                    ? getTranslation("profile.period.none") : chosen.getFirst().period();
            String title = getTranslation("profile.funding.chart-title", periodText);
            String summary = byCategory.entrySet().stream()
                    .map(e -> e.getKey() + " " + NorwegianFormats.integer(Math.round(e.getValue()), locale) + " kr")
                    .collect(Collectors.joining("; "));
            var chart = ChartFactory.barChart(title, getTranslation("profile.funding.source"),
                    getTranslation("profile.funding.nok"), byCategory, locale);
            var html = new Html("<div>" + ChartFactory.svg(chart, 720, 320, title + ": " + summary) + "</div>");
            html.setId("profile-funding-chart");
            html.getElement().getStyle().set("max-width", "720px").set("width", "100%");
            add(html);
            add(hint(getTranslation("profile.funding.chart-hint",
                    chosen.stream().map(Fact::factId).collect(Collectors.joining(", ")))));
        }
        List<Fact> all = new ArrayList<>(amounts);
        all.addAll(shares);
        add(factGrid(all, "profile-funding", false));
    }

    private void showMunicipalities(ProgrammeCoverage coverage) {
        add(new H3(getTranslation("profile.municipalities.title")));
        Locale locale = getLocale();
        List<ProgrammeCoverage.Covered> rows = coverage.municipalities();
        var summary = new Span(rows.isEmpty() ? getTranslation("profile.municipalities.none")
                : getTranslation("profile.municipalities.summary", String.valueOf(rows.size()),
                NorwegianFormats.integer(coverage.totalPopulation2020(), locale)));
        summary.setId("profile-coverage-summary");
        add(summary);
        if (rows.isEmpty()) {
            return;
        }
        var grid = new Grid<ProgrammeCoverage.Covered>();
        grid.setId("profile-municipalities");
        grid.addColumn(ProgrammeCoverage.Covered::kommunenummer).setKey("number")
                .setHeader(getTranslation("profile.municipalities.number")).setWidth("8rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(ProgrammeCoverage.Covered::name).setKey("name")
                .setHeader(getTranslation("profile.municipalities.name")).setWidth("12rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(m -> m.centralityClass() == null ? "" : String.valueOf(m.centralityClass())).setKey("centrality")
                .setHeader(getTranslation("profile.municipalities.centrality")).setTextAlign(ColumnTextAlign.END)
                .setWidth("8rem").setFlexGrow(0).setComparator(m -> m.centralityClass() == null ? 0 : m.centralityClass());
        grid.addColumn(m -> NorwegianFormats.integer(m.population2020(), locale)).setKey("population")
                .setHeader(getTranslation("profile.municipalities.population")).setTextAlign(ColumnTextAlign.END)
                .setWidth("10rem").setFlexGrow(0).setComparator(m -> m.population2020() == null ? -1 : m.population2020());
        grid.addColumn(m -> getTranslation("profile.basis." + m.basis())).setKey("basis")
                .setHeader(getTranslation("profile.municipalities.basis")).setWidth("11rem").setFlexGrow(0).setSortable(true)
                .setTooltipGenerator(m -> m.note() == null ? "" : m.note());
        grid.addColumn(m -> m.sourceFile() + " · " + m.sourceSection()).setKey("source")
                .setHeader(getTranslation("profile.source")).setWidth("16rem").setFlexGrow(1)
                .setTooltipGenerator(m -> "«" + m.sourceQuote() + "»"
                        + (m.sourceCount() > 1 ? " " + getTranslation("profile.municipalities.more-sources",
                        String.valueOf(m.sourceCount() - 1)) : ""));
        styleGrid(grid);
        grid.setItems(rows);
        add(grid);
        add(hint(getTranslation("profile.municipalities.hint")));
    }

    private void showFacts(List<Fact> facts) {
        add(new H3(getTranslation("profile.facts.title", String.valueOf(facts.size()))));
        if (facts.isEmpty()) {
            add(new Paragraph(getTranslation("profile.facts.none")));
            return;
        }
        add(factGrid(facts, "profile-facts", true));
    }

    private void showSources(Programme p, ProgrammeCoverage coverage, List<Fact> facts) {
        add(new H3(getTranslation("profile.sources.title")));
        Set<String> files = new LinkedHashSet<>();
        files.add(p.sourceFile());
        facts.forEach(f -> files.add(f.sourceFile()));
        coverage.municipalities().forEach(m -> files.add(m.sourceFile()));
        Map<String, SourceDocument> documents = sourceService.documents().stream()
                .collect(Collectors.toMap(SourceDocument::sourceFile, Function.identity()));
        Map<String, Long> factsPerFile = facts.stream().collect(Collectors.groupingBy(Fact::sourceFile, Collectors.counting()));
        var list = new UnorderedList();
        list.setId("profile-sources");
        files.stream().sorted().forEach(file -> {
            SourceDocument d = documents.get(file);
            String text = d == null ? file : file + " – " + d.title()
                    + (d.publisher() == null ? "" : ", " + d.publisher()) + (d.year() == null ? "" : " (" + d.year() + ")");
            var item = new ListItem(new Anchor(sourcesHref(file), text),
                    new Span(" · " + getTranslation("profile.sources.facts", String.valueOf(factsPerFile.getOrDefault(file, 0L)))));
            list.add(item);
        });
        add(list);
    }

    // ---- grids and cells -----------------------------------------------------------------------------------------

    /** Facts with their citation; {@code full} adds fact id, scope, quote and conflict columns. */
    private Grid<Fact> factGrid(List<Fact> facts, String id, boolean full) {
        var grid = new Grid<Fact>();
        grid.setId(id);
        if (full) {
            grid.addColumn(Fact::factId).setKey("fact").setHeader(getTranslation("profile.fact")).setWidth("6.5rem")
                    .setFlexGrow(0).setFrozen(true).setSortable(true);
        }
        grid.addColumn(f -> metricLabel(f.metric())).setKey("metric").setHeader(getTranslation("profile.metric"))
                .setWidth("9rem").setFlexGrow(0).setSortable(true).setTooltipGenerator(Fact::metric);
        grid.addColumn(f -> category(f.category())).setKey("category").setHeader(getTranslation("profile.category"))
                .setWidth("7rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(Fact::period).setKey("period").setHeader(getTranslation("profile.period")).setWidth("5.5rem")
                .setFlexGrow(0).setComparator(f -> f.periodEnd() == null ? -1 : f.periodEnd());
        grid.addColumn(this::factValue).setKey("value").setHeader(getTranslation("profile.value"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0).setComparator(Fact::value);
        grid.addColumn(f -> unit(f.unit())).setKey("unit").setHeader(getTranslation("profile.unit")).setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(f -> qualifier(f.qualifier())).setKey("qualifier").setHeader(getTranslation("profile.qualifier"))
                .setWidth("6.5rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(f -> f.sourceFile() + " · " + f.sourceSection()).setKey("source")
                .setHeader(getTranslation("profile.source")).setWidth("10rem").setFlexGrow(1).setSortable(true)
                .setTooltipGenerator(f -> f.sourceTitle() == null ? f.sourceFile() : f.sourceTitle());
        grid.addColumn(f -> "«" + f.sourceQuote() + "»").setKey("quote").setHeader(getTranslation("profile.quote"))
                .setWidth("14rem").setFlexGrow(2).setTooltipGenerator(f -> "«" + f.sourceQuote() + "»"
                        + (f.note() == null ? "" : "\n" + getTranslation("profile.fact-note", f.note())));
        if (full) {
            grid.addColumn(f -> scopeAndHorizon(f.scope(), f.horizon())).setKey("scope")
                    .setHeader(getTranslation("profile.scope")).setWidth("8rem").setFlexGrow(0);
            grid.addColumn(f -> shorten(f.conflictNote())).setKey("conflict")
                    .setHeader(getTranslation("profile.conflict")).setWidth("10rem").setFlexGrow(1)
                    .setTooltipGenerator(f -> f.conflictNote() == null ? "" : f.conflictNote());
        }
        styleGrid(grid);
        if (full && facts.size() > 15) {
            grid.setAllRowsVisible(false);
            grid.setHeight("40rem");
        }
        grid.setItems(facts);
        return grid;
    }

    private static void styleGrid(Grid<?> grid) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
    }

    /** The values of one outcome cell: a range pair as "4–6", other values with their qualifier and category. */
    private String cell(@Nullable List<Fact> facts) {
        if (facts == null || facts.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        Map<String, List<Fact>> byKind = new LinkedHashMap<>();
        for (Fact f : facts) {
            byKind.computeIfAbsent(f.category() + "|" + f.unit() + "|" + f.scope() + "|" + f.horizon(), k -> new ArrayList<>()).add(f);
        }
        for (List<Fact> group : byKind.values()) {
            Fact low = group.stream().filter(f -> "range_low".equals(f.qualifier())).findFirst().orElse(null);
            Fact high = group.stream().filter(f -> "range_high".equals(f.qualifier())).findFirst().orElse(null);
            for (Fact f : group) {
                if (low != null && high != null && (f == low || f == high)) {
                    if (f == low) {
                        parts.add(withCategory(number(low.value(), 2) + "–" + withUnit(high), f.category()));
                    }
                    continue;
                }
                String text = withUnit(f);
                if (!"reported".equals(f.qualifier())) {
                    text = getTranslation("profile.mark." + f.qualifier(), text);
                }
                parts.add(withCategory(text, f.category()));
            }
        }
        return String.join("; ", parts);
    }

    private String citations(@Nullable List<Fact> facts) {
        if (facts == null) {
            return "";
        }
        return facts.stream().map(f -> f.factId() + ": «" + f.sourceQuote() + "» (" + f.sourceFile() + ", " + f.sourceSection() + ")")
                .collect(Collectors.joining("\n"));
    }

    /** The value as the source gives it; a year (founded_year, milestone_year) without a thousands separator. */
    private String factValue(Fact f) {
        if (f.metric().endsWith("_year") && f.value() == Math.rint(f.value())) {
            return String.valueOf((long) f.value());
        }
        return number(f.value(), 2);
    }

    private String withUnit(Fact f) {
        String value = factValue(f);
        return switch (f.unit()) {
            case "percent" -> value + percentSign();
            case "count" -> value;
            default -> value + " " + unit(f.unit());
        };
    }

    private String withCategory(String text, @Nullable String category) {
        return category == null ? text : text + " (" + category(category) + ")";
    }

    private String indicatorValue(IndicatorResult r) {
        if (r.value() == null) {
            return "";
        }
        String kind = indicatorService.definition(r.indicatorId()).map(IndicatorDefinition::kind).orElse(r.kind());
        return switch (kind) {
            case "share" -> fixed(r.value() * 100, 1) + percentSign();
            case "direct" -> fixed(r.value(), 2);
            case "ratio" -> r.indicatorId().endsWith("_nok") ? number(r.value(), 0) + " kr" : fixed(r.value(), 1);
            default -> fixed(r.value(), 1);
        };
    }

    private String interval(IndicatorResult r) {
        if (r.suppressed() || r.ciLow() == null || r.ciHigh() == null) {
            return "";
        }
        return fixed(r.ciLow() * 100, 1) + "–" + fixed(r.ciHigh() * 100, 1) + percentSign();
    }

    private String basis(IndicatorResult r) {
        if (r.suppressed()) {
            return "";
        }
        return switch (r.basis()) {
            case "counts" -> r.numerator() == null || r.denominator() == null ? ""
                    : getTranslation("profile.basis-counts", number(r.numerator(), 2), number(r.denominator(), 2));
            case "reported_percent" -> getTranslation("profile.basis-reported-percent");
            case "reported_value" -> getTranslation("profile.basis-reported-value");
            default -> r.basis();
        };
    }

    private String scopeAndHorizon(@Nullable String scope, @Nullable String horizon) {
        String s = scope == null ? "" : translatedOr("profile.scope." + scope, scope);
        if (horizon == null) {
            return s;
        }
        return s + (s.isEmpty() ? "" : ", ") + translatedOr("profile.horizon." + horizon, horizon);
    }

    private String qualifier(String qualifier) {
        return translatedOr("profile.qualifier." + qualifier, qualifier);
    }

    private String unit(String unit) {
        return translatedOr("profile.unit." + unit, unit);
    }

    private String metricLabel(String metric) {
        return translatedOr("metric." + metric, metric);
    }

    private String fundingCategory(@Nullable String category) {
        if (category == null) {
            return getTranslation("profile.funding.unspecified");
        }
        return translatedOr("profile.funding." + category, category(category));
    }

    private String category(@Nullable String category) {
        if (category == null) {
            return "";
        }
        return translatedOr("profile.category." + category, category.replace('_', ' '));
    }

    private String translatedOr(String key, String fallback) {
        String t = getTranslation(key);
        return t.startsWith("!") ? fallback : t;
    }

    private @Nullable String county(@Nullable String number, @Nullable String name) {
        return number == null ? null : number + " " + (name == null ? "" : name);
    }

    private void term(DescriptionList dl, String key, @Nullable String value) {
        var text = new Span(value == null || value.isBlank() ? getTranslation("profile.not-stated") : value);
        if (value == null || value.isBlank()) {
            text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        dl.add(new DescriptionList.Term(getTranslation(key)), description(text));
    }

    private static DescriptionList.Description description(Component content) {
        var d = new DescriptionList.Description(content);
        d.getStyle().set("margin", "0");
        return d;
    }

    /** A long note cut for the cell (the tooltip has all of it). */
    static String shorten(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 70 ? text : text.substring(0, 69).stripTrailing() + "…";
    }

    private static Component hint(String text) {
        var hint = new Div(text);
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return hint;
    }

    private static String sourcesHref(String file) {
        return "kilder?dokument=" + URLEncoder.encode(file, StandardCharsets.UTF_8);
    }

    private String period(@Nullable Integer start, @Nullable Integer end) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null || end == null || start.equals(end)) {
            return String.valueOf(end != null ? end : start);
        }
        return start + "–" + end;
    }

    // ---- numbers: nb uses a space as thousands separator and a decimal comma; unknown stays blank ---------------

    private String percentSign() {
        return LanguageSwitch.isEnglish(getLocale()) ? "%" : " %";
    }

    /** Up to {@code maxDecimals} decimals, grouped. */
    private String number(double value, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(numberLocale());
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(maxDecimals);
        return clean(f.format(value));
    }

    /** Exactly {@code decimals} decimals, grouped. */
    private String fixed(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(numberLocale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return clean(f.format(value));
    }

    private Locale numberLocale() {
        return LanguageSwitch.isEnglish(getLocale()) ? Locale.UK : Locale.forLanguageTag("nb-NO");
    }

    private static String clean(String formatted) {
        return formatted.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2212', '-');
    }

    /** One row of the outcomes grid: a period and the facts per metric. */
    record PeriodRow(String period, Map<String, List<Fact>> cells) {
    }
}
