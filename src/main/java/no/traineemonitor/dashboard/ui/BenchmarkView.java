package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.ui.TableAbout;
import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.text.NumberFormat;
import java.util.ArrayList;
import com.vaadin.flow.component.details.Details;
import java.util.List;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.benchmark.Benchmark;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.benchmark.ProgrammeProfile;
import no.traineemonitor.indicator.FunnelLimits;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.report.ReportService;
import no.traineemonitor.report.ui.ReportDownload;

/**
 * A programme against a peer group, like with like only (docs/how-we-compare.md): ranks, percentiles, medians and
 * funnel plots where enough peers report the same definition, period kind and figure kind; values side by side where
 * too few do; targets and plans beside outcomes; joint statements and unrankable values apart, each with its reason.
 */
@Route("sammenlign")
@PageTitle("Traineemonitor – sammenlign")
@Menu(order = 40, title = "nav.benchmark")
@AnonymousAllowed
class BenchmarkView extends DashboardPage {

    /** Up to this many peers are named in the sentence; more are counted, the whole list behind a fold. */
    static final int PEERS_NAMED = 30;

    private final BenchmarkService benchmarks;
    private final ReportService reports;
    private final no.traineemonitor.dashboard.ComparisonSetService sets;

    BenchmarkView(BenchmarkService benchmarks, ReferenceService reference, ProgrammeService programmes,
                  IndicatorService indicators, ReportService reports, no.traineemonitor.dashboard.ComparisonSetService sets) {
        super("benchmark.title", reference, programmes, indicators);
        this.benchmarks = benchmarks;
        this.reports = reports;
        this.sets = sets;
    }

    @Override
    protected void render(FilterState s) {
        var locale = getLocale();
        Select<PeerGroup> group = new Select<>();
        group.setLabel(getTranslation("benchmark.group"));
        group.setItems(PeerGroup.ALL, PeerGroup.LENGTH, PeerGroup.SIZE, PeerGroup.CENTRALITY);
        group.setItemLabelGenerator(g -> getTranslation("group." + g.urlValue()));
        group.setValue(s.group() == PeerGroup.CUSTOM ? PeerGroup.ALL : s.group());
        group.setId("peer-group");
        group.setWidth("18em");
        group.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                navigateTo(state.withGroup(e.getValue()));
            }
        });
        content.add(group, HowWeCompareView.link(getTranslation("compare.link")));
        content.add(new ComparisonSetPicker(s, programmes, reference, benchmarks.profiles(),
                set -> navigateTo(state.withSet(set))));
        // the set's programmes are the peers; without a programme chosen, its first programme is compared with the rest
        List<String> setProgrammes = s.set().stream().filter(id -> programmes.programme(id).isPresent()).toList();
        String compared = s.programme() != null ? s.programme() : setProgrammes.isEmpty() ? null : setProgrammes.getFirst();
        if (compared == null) {
            Paragraph prompt = new Paragraph(getTranslation("benchmark.pick-programme"));
            prompt.setId("benchmark-prompt");
            content.add(prompt);
            return;
        }
        List<String> setPeers = setProgrammes.stream().filter(id -> !id.equals(compared)).toList();
        boolean bySet = !setPeers.isEmpty();
        if (bySet) {
            group.setEnabled(false);
            content.add(Sections.paragraph("benchmark-set", getTranslation("set.peers",
                    String.join(", ", ComparisonSetPicker.names(setPeers, programmes, reference)))));
        }
        Benchmark b = benchmarks.benchmark(compared, bySet ? PeerGroup.CUSTOM : group.getValue(), setPeers);
        ProgrammeProfile own = b.programme();
        List<String> peerNames = b.peers().stream().map(ProgrammeProfile::name).toList();
        Paragraph peers = new Paragraph(peerNames.size() == 1
                ? getTranslation("benchmark.peers-one", own.name(), peerNames.getFirst())
                : getTranslation("benchmark.peers", own.name(), peerNames.size(), peerNames.size() <= PEERS_NAMED
                        ? String.join(", ", peerNames)
                        : String.join(", ", peerNames.subList(0, PEERS_NAMED)) + " "
                                + getTranslation("benchmark.peers-more", peerNames.size() - PEERS_NAMED)));
        peers.setId("benchmark-peers");
        Details allPeers = null;
        if (peerNames.size() > PEERS_NAMED) {
            // thousands of peers at scale: the whole list only when asked for
            Details all = new Details(getTranslation("benchmark.peers-all", peerNames.size()));
            all.setId("benchmark-peers-all");
            all.addOpenedChangeListener(e -> {
                if (e.isOpened() && all.getContent().findAny().isEmpty()) {
                    all.add(new Paragraph(String.join(", ", peerNames)));
                }
            });
            allPeers = all;
        }
        var programme = reports.programme(compared);
        PeerGroup chosen = group.getValue();
        content.add(ReportDownload.orSignIn(reports.mayDownload(programme.programmeId()),
                getTranslation("report.download.programme"),
                () -> new ReportDownload("download-programme-report", getTranslation("report.download.programme"),
                        getTranslation("report.download.what-programme", programme.name()), ReportService.XLSX_TYPE,
                        () -> reports.programmeFileName(programme),
                        out -> reports.writeProgrammeReport(programme.programmeId(), chosen, locale, out))));
        content.add(peers);
        if (allPeers != null) {
            content.add(allPeers);
        }
        content.add(new Paragraph(getTranslation("benchmark.profile",
                own.lengthBand() == null ? "?" : own.lengthBand(),
                own.sizeBand() == null ? "?" : getTranslation("size." + own.sizeBand()),
                own.dominantCentralityClass() == null ? "?" : own.dominantCentralityClass())));

        content.add(new H3(getTranslation("benchmark.comparable")));
        if (b.ranked().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("benchmark.none-ranked", b.minimumPeers()));
            none.setId("benchmark-none-ranked");
            content.add(none);
        } else {
            String title = getTranslation("benchmark.comparable") + " – " + own.name();
            ExportMenu export = tableExport("benchmark-grid-export", title, () -> rankedTable(b), title,
                    getTranslation("group." + chosen.urlValue()));
            content.add(export, rankedGrid(b), export.about("benchmark", "", factIds(b.ranked())),
                    new Paragraph(getTranslation("benchmark.note", b.minimumPeers())));
            funnels(b, own);
        }
        if (!b.tooFew().isEmpty()) {
            content.add(new H3(getTranslation("benchmark.too-few-title")));
            Div sideBySide = new Div();
            sideBySide.setId("benchmark-too-few");
            sideBySide.setWidthFull();
            for (BenchmarkRow row : b.tooFew()) {
                List<IndicatorResult> values = new ArrayList<>();
                values.add(row.own());
                values.addAll(row.peers());
                String title = row.definition().label(locale) + " – " + definitionLabel(row.own()) + " – " + own.name();
                sideBySide.add(new H4(IndicatorLink.of(row.definition().indicatorId(), row.definition().label(locale)),
                                new com.vaadin.flow.component.Text(" – " + definitionLabel(row.own()))),
                        new Paragraph(getTranslation("compare.too-few", row.peers().size())),
                        tableExport("side-by-side-" + row.definition().indicatorId() + "-export", title,
                                () -> valuesTable(values).build(), row.definition().label(locale), own.name(),
                                getTranslation("benchmark.too-few-title")),
                        sideBySideGrid(row, values),
                        TableAbout.of(row.definition().label(locale) + " – " + own.name(), "", "benchmark",
                                factIds(List.of(row))));
            }
            content.add(sideBySide);
        }
        if (!b.intentions().isEmpty()) {
            var intentions = b.intentions();
            String title = getTranslation("benchmark.intentions") + " – " + own.name();
            List<IndicatorResult> intended = new ArrayList<>();
            intentions.forEach(i -> {
                intended.add(i.intention());
                if (i.outcome() != null) {
                    intended.add(i.outcome());
                }
            });
            content.add(new H3(getTranslation("benchmark.intentions")),
                    tableExport("benchmark-intentions-export", title, () -> intentionsTable(intentions), title),
                    intentionsGrid(intentions),
                    TableAbout.of(title, "", "indicators", IndicatorResult.factIdsOf(intended)),
                    new Paragraph(getTranslation("benchmark.intentions-note")));
        }
        if (!b.joint().isEmpty()) {
            var joint = b.joint();
            String title = getTranslation("benchmark.joint") + " – " + own.name();
            content.add(new H3(getTranslation("benchmark.joint")),
                    tableExport("benchmark-joint-export", title, () -> valuesTable(joint).build(), title),
                    valuesGrid("benchmark-joint", joint, true),
                    TableAbout.of(title, "", "indicators", IndicatorResult.factIdsOf(joint)),
                    new Paragraph(getTranslation("benchmark.joint-note")));
        }
        content.add(referencesSection(b));
        List<IndicatorResult> notRanked = new ArrayList<>(b.unmatched());
        notRanked.addAll(b.apart());
        content.add(new H3(getTranslation("benchmark.incomparable")));
        if (notRanked.isEmpty()) {
            content.add(new Paragraph(getTranslation("benchmark.all-comparable")));
        } else {
            Grid<IndicatorResult> apart = valuesGrid("benchmark-incomparable", notRanked, false);
            apart.addColumn(r -> b.unmatched().contains(r) ? getTranslation("benchmark.why.unmatched") : whyApart(r))
                    .setHeader(getTranslation("benchmark.why")).setWidth("10rem").setFlexGrow(2);
            String title = getTranslation("benchmark.incomparable") + " – " + own.name();
            ExportMenu export = tableExport("benchmark-incomparable-export", title, () -> valuesTable(notRanked)
                    .text(getTranslation("benchmark.why"), r -> b.unmatched().contains(r) ? getTranslation("benchmark.why.unmatched") : whyApart(r))
                    .build(), title);
            content.add(export, apart, export.about("indicators", "", IndicatorResult.factIdsOf(notRanked)));
        }
    }

    /** The fact ids behind compared rows: the programme's own values and its peers'. */
    private static List<String> factIds(List<BenchmarkRow> rows) {
        List<IndicatorResult> all = new ArrayList<>();
        rows.forEach(r -> {
            all.add(r.own());
            all.addAll(r.peers());
        });
        return IndicatorResult.factIdsOf(all);
    }

    /**
     * The programme's comparable values beside its county's and the country's latest pooled values of the same definition
     * (exact counts of like figures only; unknown where nothing can be pooled).
     */
    private com.vaadin.flow.component.Component referencesSection(Benchmark b) {
        var locale = getLocale();
        String county = programmes.programme(b.programme().programmeId()).map(p -> p.countyNumber2024()).orElse(null);
        var filter = new no.traineemonitor.indicator.IndicatorFilter(county, null, null, null, null, null, null,
                state.from(), state.to());
        var regions = sets.compare(null, filter, List.of()).references();
        List<IndicatorResult> own = new ArrayList<>(b.compared().stream().map(BenchmarkRow::own).toList());
        own.addAll(b.unmatched());
        own.sort(indicators.catalogueOrder());
        var section = Sections.section();
        section.setId("benchmark-references");
        section.add(new H3(getTranslation("set.references-title")));
        if (own.isEmpty()) {
            section.add(new Paragraph(getTranslation("set.references-none")));
            return section;
        }
        Grid<IndicatorResult> grid = new Grid<>();
        grid.setId("benchmark-references-grid");
        grid.addColumn(r -> indicators.definition(r.indicatorId()).map(d -> d.label(locale)).orElse(r.indicatorId())
                + definitionSuffix(r)).setHeader(getTranslation("explorer.indicator")).setWidth("10rem").setFlexGrow(3);
        grid.addColumn(this::valueWithInterval).setHeader(b.programme().name()).setWidth("9rem").setFlexGrow(2);
        for (var region : regions) {
            String name = region.country() ? getTranslation("trend.country") : region.name();
            grid.addColumn(r -> region.values().stream().filter(v -> v.comparabilityKey().equals(r.comparabilityKey()))
                            .findFirst().map(v -> valueWithInterval(v) + " (" + IndicatorFormat.period(v, this::getTranslation) + ")")
                            .orElse(getTranslation("trend.unknown")))
                    .setHeader(getTranslation("trend.reference", name)).setWidth("9rem").setFlexGrow(2);
        }
        grid.setItems(own);
        Sections.allRows(grid);
        List<IndicatorResult> shown = new ArrayList<>(own);
        regions.forEach(region -> shown.addAll(region.values()));
        String title = getTranslation("set.references-title") + " – " + b.programme().name();
        section.add(tableExport("benchmark-references-export", title, () -> {
            var table = ExportTable.of(own)
                    .text(getTranslation("explorer.indicator"), r -> indicators.definition(r.indicatorId())
                            .map(d -> d.label(locale)).orElse(r.indicatorId()) + definitionSuffix(r))
                    .text(getTranslation("export.col.unit"), IndicatorFormat::unit)
                    .decimal(b.programme().name(), r -> IndicatorFormat.shown(r, r.value()))
                    .text(getTranslation("overview.period"), r -> IndicatorFormat.period(r, this::getTranslation));
            for (var region : regions) {
                String name = region.country() ? getTranslation("trend.country") : region.name();
                java.util.function.Function<IndicatorResult, java.util.Optional<IndicatorResult>> of = r -> region.values().stream()
                        .filter(v -> v.comparabilityKey().equals(r.comparabilityKey())).findFirst();
                table.decimal(getTranslation("trend.reference", name), r -> of.apply(r).map(v -> IndicatorFormat.shown(v, v.value())).orElse(null))
                        .text(getTranslation("trend.reference", name) + ": " + getTranslation("overview.period").toLowerCase(locale),
                                r -> of.apply(r).map(v -> IndicatorFormat.period(v, this::getTranslation)).orElse(""));
            }
            return table.build();
        }, title), grid, TableAbout.of(title, "", "indicators", IndicatorResult.factIdsOf(shown)),
                Sections.hint(getTranslation("set.references-how")));
        return section;
    }

    private Grid<BenchmarkRow> rankedGrid(Benchmark b) {
        var locale = getLocale();
        Grid<BenchmarkRow> grid = new Grid<>();
        grid.setId("benchmark-grid");
        grid.addComponentColumn(r -> indicatorCell(r.definition().indicatorId(), r.definition().label(locale), r.own()))
                .setHeader(getTranslation("explorer.indicator"))
                .setWidth("10rem").setFlexGrow(3);
        grid.addColumn(r -> IndicatorFormat.period(r.own(), this::getTranslation)).setHeader(getTranslation("overview.period"))
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(r -> valueWithInterval(r.own())).setHeader(b.programme().name()).setWidth("9rem").setFlexGrow(2)
                .setTooltipGenerator(r -> getTranslation("qualifier." + r.own().qualifier()));
        grid.addColumn(r -> getTranslation("benchmark.rank-of", r.rank(), r.comparedCount()))
                .setHeader(getTranslation("benchmark.rank")).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(r -> percent(r.percentile() / 100)).setHeader(getTranslation("benchmark.percentile"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(r -> IndicatorFormat.number(r.peerMedian(), r.own().kind(), r.own().indicatorId(), locale))
                .setHeader(getTranslation("benchmark.peer-median")).setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(this::signed).setHeader(getTranslation("benchmark.difference")).setTextAlign(ColumnTextAlign.END)
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.funnelPosition() == null ? "" : getTranslation("funnel." + r.funnelPosition()))
                .setHeader(getTranslation("benchmark.funnel")).setWidth("7rem").setFlexGrow(1);
        grid.setItems(b.ranked());
        Sections.allRows(grid);
        return grid;
    }

    /** The ranked grid for export: values as the page shows them (shares in percent), unit beside, unknown empty. */
    private ExportTable rankedTable(Benchmark b) {
        var locale = getLocale();
        return ExportTable.of(b.ranked())
                .text(getTranslation("explorer.indicator"), r -> r.definition().label(locale) + definitionSuffix(r.own()))
                .text(getTranslation("overview.period"), r -> IndicatorFormat.period(r.own(), this::getTranslation))
                .decimal(b.programme().name(), r -> IndicatorFormat.shown(r.own(), r.own().value()))
                .decimal(getTranslation("export.col.ci-low"), r -> IndicatorFormat.shown(r.own(), r.own().ciLow()))
                .decimal(getTranslation("export.col.ci-high"), r -> IndicatorFormat.shown(r.own(), r.own().ciHigh()))
                .decimal("n", r -> r.own().n())
                .text(getTranslation("explorer.qualifier"), r -> getTranslation("qualifier." + r.own().qualifier()))
                .integer(getTranslation("benchmark.rank"), BenchmarkRow::rank)
                .integer(getTranslation("export.col.compared"), BenchmarkRow::comparedCount)
                .decimal(getTranslation("benchmark.percentile"), BenchmarkRow::percentile)
                .decimal(getTranslation("benchmark.peer-median"), r -> IndicatorFormat.shown(r.own(), r.peerMedian()))
                .decimal(getTranslation("benchmark.difference"), r -> IndicatorFormat.shown(r.own(), r.differenceToMedian()))
                .text(getTranslation("export.col.unit"), r -> IndicatorFormat.unit(r.own()))
                .text(getTranslation("benchmark.funnel"), r -> r.funnelPosition() == null ? "" : getTranslation("funnel." + r.funnelPosition()))
                .build();
    }

    /** Values with subject, period, value, interval, n and qualifier, for export (the columns of {@link #valuesGrid}). */
    private ExportTable.Builder<IndicatorResult> valuesTable(List<IndicatorResult> values) {
        var locale = getLocale();
        return ExportTable.of(values)
                .text(getTranslation("explorer.indicator"), r -> indicators.definition(r.indicatorId()).map(d -> d.label(locale))
                        .orElse(r.indicatorId()) + definitionSuffix(r))
                .text(getTranslation("explorer.subject"), IndicatorResult::subjectName)
                .text(getTranslation("overview.period"), r -> IndicatorFormat.period(r, this::getTranslation))
                .decimal(getTranslation("explorer.value"), r -> IndicatorFormat.shown(r, r.value()))
                .decimal(getTranslation("export.col.ci-low"), r -> IndicatorFormat.shown(r, r.ciLow()))
                .decimal(getTranslation("export.col.ci-high"), r -> IndicatorFormat.shown(r, r.ciHigh()))
                .decimal("n", IndicatorResult::n)
                .text(getTranslation("export.col.unit"), IndicatorFormat::unit)
                .text(getTranslation("explorer.qualifier"), r -> getTranslation("qualifier." + r.qualifier()));
    }

    /** The intentions grid for export: what was intended (target, plan, model) beside the latest outcome. */
    private ExportTable intentionsTable(List<Benchmark.Intention> intentions) {
        var locale = getLocale();
        return ExportTable.of(intentions)
                .text(getTranslation("explorer.indicator"), i -> indicators.definition(i.intention().indicatorId())
                        .map(d -> d.label(locale)).orElse(i.intention().indicatorId()) + definitionSuffix(i.intention()))
                .text(getTranslation("benchmark.kind"), i -> getTranslation("figure." + i.intention().figureKind()))
                .text(getTranslation("benchmark.intended"), i -> IndicatorFormat.valueAsStated(i.intention(), locale, this::getTranslation))
                .text(getTranslation("export.col.intended-period"), i -> IndicatorFormat.period(i.intention(), this::getTranslation))
                .decimal(getTranslation("benchmark.latest-outcome"), i -> i.outcome() == null ? null : IndicatorFormat.shown(i.outcome(), i.outcome().value()))
                .decimal(getTranslation("export.col.ci-low"), i -> i.outcome() == null ? null : IndicatorFormat.shown(i.outcome(), i.outcome().ciLow()))
                .decimal(getTranslation("export.col.ci-high"), i -> i.outcome() == null ? null : IndicatorFormat.shown(i.outcome(), i.outcome().ciHigh()))
                .decimal("n", i -> i.outcome() == null ? null : i.outcome().n())
                .text(getTranslation("export.col.unit"), i -> i.outcome() == null ? "" : IndicatorFormat.unit(i.outcome()))
                .text(getTranslation("export.col.outcome-period"), i -> i.outcome() == null ? getTranslation("benchmark.no-outcome")
                        : IndicatorFormat.period(i.outcome(), this::getTranslation))
                .build();
    }

    /** The programme's value and its comparable peers' values, one row each, not ranked. */
    private Grid<IndicatorResult> sideBySideGrid(BenchmarkRow row, List<IndicatorResult> values) {
        Grid<IndicatorResult> grid = valuesGrid("side-by-side-" + row.definition().indicatorId(), values, false);
        grid.getColumns().getFirst().setVisible(false); // the indicator is the heading above
        grid.setPartNameGenerator(r -> r == row.own() ? "own-row" : null);
        return grid;
    }

    /** Values with their subject, period, value, n and qualifier; {@code joint} names them as statements about several. */
    private Grid<IndicatorResult> valuesGrid(String id, List<IndicatorResult> values, boolean joint) {
        var locale = getLocale();
        Grid<IndicatorResult> grid = new Grid<>();
        grid.setId(id);
        grid.addComponentColumn(r -> indicatorCell(r.indicatorId(),
                        indicators.definition(r.indicatorId()).map(d -> d.label(locale)).orElse(r.indicatorId()), r))
                .setHeader(getTranslation("explorer.indicator")).setWidth("10rem").setFlexGrow(3);
        grid.addColumn(r -> joint ? getTranslation("compare.joint", r.subjectName()) : r.subjectName())
                .setHeader(getTranslation("explorer.subject")).setWidth("9rem").setFlexGrow(2);
        grid.addColumn(r -> IndicatorFormat.period(r, this::getTranslation)).setHeader(getTranslation("overview.period"))
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(this::valueWithInterval).setHeader(getTranslation("explorer.value")).setWidth("9rem").setFlexGrow(2);
        grid.addColumn(r -> getTranslation("qualifier." + r.qualifier())).setHeader(getTranslation("explorer.qualifier"))
                .setWidth("6rem").setFlexGrow(1);
        grid.setItems(values);
        Sections.allRows(grid);
        return grid;
    }

    private Grid<Benchmark.Intention> intentionsGrid(List<Benchmark.Intention> intentions) {
        var locale = getLocale();
        Grid<Benchmark.Intention> grid = new Grid<>();
        grid.setId("benchmark-intentions");
        grid.addComponentColumn(i -> indicatorCell(i.intention().indicatorId(),
                        indicators.definition(i.intention().indicatorId()).map(d -> d.label(locale)).orElse(""), i.intention()))
                .setHeader(getTranslation("explorer.indicator")).setWidth("10rem").setFlexGrow(3);
        grid.addColumn(i -> getTranslation("figure." + i.intention().figureKind())).setHeader(getTranslation("benchmark.kind"))
                .setWidth("6rem").setFlexGrow(1);
        grid.addColumn(i -> IndicatorFormat.valueAsStated(i.intention(), locale, this::getTranslation) + " · "
                + IndicatorFormat.period(i.intention(), this::getTranslation)).setHeader(getTranslation("benchmark.intended"))
                .setWidth("10rem").setFlexGrow(2);
        grid.addColumn(i -> i.outcome() == null ? getTranslation("benchmark.no-outcome")
                : valueWithInterval(i.outcome()) + " · " + IndicatorFormat.period(i.outcome(), this::getTranslation))
                .setHeader(getTranslation("benchmark.latest-outcome")).setWidth("10rem").setFlexGrow(2);
        grid.setItems(intentions);
        Sections.allRows(grid);
        return grid;
    }

    private void funnels(Benchmark b, ProgrammeProfile own) {
        Div funnels = new Div();
        funnels.setId("funnel-plots");
        for (BenchmarkRow row : b.ranked()) {
            if (row.funnel() != null) {
                String title = funnelTitle(row, own);
                funnels.add(chartExport("funnel-export-" + row.definition().indicatorId() + "-" + funnels.getComponentCount(), title,
                        () -> funnelChart(row, own), 760, 380, title),
                        new Html("<div class=\"chart\">" + funnelSvg(row, own) + "</div>"));
            }
        }
        if (funnels.getChildren().findAny().isEmpty()) {
            content.add(new Paragraph(getTranslation("benchmark.no-funnel", b.minimumPeers())));
        } else {
            content.add(new H3(getTranslation("benchmark.funnels")), funnels);
        }
    }

    private String funnelTitle(BenchmarkRow row, ProgrammeProfile own) {
        long counted = row.peers().stream().filter(p -> p.n() != null && p.value() != null && p.numerator() != null).count();
        return row.definition().label(getLocale()) + ": " + own.name() + " " + getTranslation("benchmark.funnel-against", counted);
    }

    private String funnelSvg(BenchmarkRow row, ProgrammeProfile own) {
        String title = funnelTitle(row, own);
        String alt = title + ". " + getTranslation("funnel." + row.funnelPosition()) + ". "
                + getTranslation("benchmark.target") + " " + percent(row.pooledPeerShare());
        return ChartFactory.svg(funnelChart(row, own), 760, 380, alt);
    }

    private org.jfree.chart.JFreeChart funnelChart(BenchmarkRow row, ProgrammeProfile own) {
        var locale = getLocale();
        List<ChartFactory.FunnelPoint> points = new ArrayList<>();
        double maxN = row.own().n();
        int counted = 0;
        for (IndicatorResult p : row.peers()) {
            if (p.n() != null && p.value() != null && p.numerator() != null) {
                points.add(new ChartFactory.FunnelPoint(p.subjectName(), p.n(), p.value(), false));
                maxN = Math.max(maxN, p.n());
                counted++;
            }
        }
        points.add(new ChartFactory.FunnelPoint(own.name(), row.own().n(), row.own().value(), true));
        String title = funnelTitle(row, own);
        return ChartFactory.funnelChart(title, getTranslation("benchmark.n-axis"), row.definition().label(locale), points,
                row.pooledPeerShare(), FunnelLimits.curve(row.pooledPeerShare(), maxN * 1.2, 60), locale,
                getTranslation("benchmark.target"), getTranslation("benchmark.limit95"), getTranslation("benchmark.limit998"),
                getTranslation("benchmark.funnel-peers", counted), own.name());
    }

    /** Why a value is not ranked: a range, a bound, a disagreement between sources, a withheld small number. */
    private String whyApart(IndicatorResult r) {
        if (r.suppressed()) {
            return getTranslation("benchmark.why.suppressed", indicators.minimumN());
        }
        if (r.conflicting()) {
            return getTranslation("benchmark.why.conflicting");
        }
        return switch (r.qualifierClass()) {
            case "range" -> getTranslation("benchmark.why.range");
            case "bound" -> getTranslation("benchmark.why.bound");
            default -> getTranslation("benchmark.why.other");
        };
    }

    /** The indicator's name linked to its page, and the definition beyond it: "Gjennomføringsgrad (3 år etter)". */
    private Span indicatorCell(String indicatorId, String label, IndicatorResult r) {
        return new Span(IndicatorLink.of(indicatorId, label), new com.vaadin.flow.component.Text(definitionSuffix(r)));
    }

    /** " (3 år etter, flere år)": the parts of the definition beyond the indicator itself. */
    private String definitionSuffix(IndicatorResult r) {
        String d = definitionLabel(r);
        return d.isEmpty() ? "" : " (" + d + ")";
    }

    private String definitionLabel(IndicatorResult r) {
        return IndicatorFormat.definition(r, this::getTranslation);
    }

    private String valueWithInterval(IndicatorResult r) {
        var locale = getLocale();
        String ci = IndicatorFormat.interval(r, locale);
        String n = IndicatorFormat.n(r, locale);
        return IndicatorFormat.valueAsStated(r, locale, this::getTranslation) + (ci.isEmpty() ? "" : " (" + ci + ")")
                + (n.isEmpty() ? "" : ", n = " + n);
    }

    private String percent(double v) {
        NumberFormat f = NumberFormat.getPercentInstance(IndicatorFormat.numberLocale(getLocale()));
        f.setMaximumFractionDigits(1);
        return f.format(v).replace('\u00A0', ' ');
    }

    private String signed(BenchmarkRow r) {
        if (r.differenceToMedian() == null) {
            return "";
        }
        double d = r.differenceToMedian();
        String v = r.own().kind().equals("share")
                ? IndicatorFormat.number(Math.abs(d) * 100, "number", "", getLocale()) + " " + getTranslation("benchmark.points")
                : IndicatorFormat.number(Math.abs(d), r.own().kind(), r.own().indicatorId(), getLocale());
        return (d > 0 ? "+" : d < 0 ? "−" : "±") + v;
    }
}
