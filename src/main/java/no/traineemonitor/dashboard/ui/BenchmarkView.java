package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.chart.ChartFactory;
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
 * A programme against a peer group: rank, percentile and difference to the peer median per indicator definition,
 * a funnel plot per share indicator with the programme highlighted, and its incomparable values apart.
 */
@Route("sammenlign")
@PageTitle("Traineemonitor – sammenlign")
@Menu(order = 40, title = "nav.benchmark")
class BenchmarkView extends DashboardPage {

    private final BenchmarkService benchmarks;
    private final ReportService reports;

    BenchmarkView(BenchmarkService benchmarks, ReferenceService reference, ProgrammeService programmes,
                  IndicatorService indicators, ReportService reports) {
        super("benchmark.title", reference, programmes, indicators);
        this.benchmarks = benchmarks;
        this.reports = reports;
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
        content.add(group);
        if (s.programme() == null) {
            Paragraph prompt = new Paragraph(getTranslation("benchmark.pick-programme"));
            prompt.setId("benchmark-prompt");
            content.add(prompt);
            return;
        }
        Benchmark b = benchmarks.benchmark(s.programme(), group.getValue(), List.of());
        ProgrammeProfile own = b.programme();
        Paragraph peers = new Paragraph(getTranslation("benchmark.peers", own.name(), b.peers().size(),
                String.join(", ", b.peers().stream().map(ProgrammeProfile::name).toList())));
        peers.setId("benchmark-peers");
        var programme = reports.programme(s.programme());
        PeerGroup chosen = group.getValue();
        content.add(new ReportDownload("download-programme-report", getTranslation("report.download.programme"),
                getTranslation("report.download.what-programme", programme.name()), ReportService.XLSX_TYPE,
                () -> reports.programmeFileName(programme),
                out -> reports.writeProgrammeReport(programme.programmeId(), chosen, locale, out)));
        content.add(peers, new Paragraph(getTranslation("benchmark.profile",
                own.lengthBand() == null ? "?" : own.lengthBand(),
                own.sizeBand() == null ? "?" : getTranslation("size." + own.sizeBand()),
                own.dominantCentralityClass() == null ? "?" : own.dominantCentralityClass())));

        content.add(new H3(getTranslation("benchmark.comparable")));
        if (b.comparable().isEmpty()) {
            content.add(new Paragraph(getTranslation("benchmark.none-comparable")));
        } else {
            Grid<BenchmarkRow> grid = new Grid<>();
            grid.setId("benchmark-grid");
            grid.addColumn(r -> r.definition().label(locale)).setHeader(getTranslation("explorer.indicator")).setAutoWidth(true);
            grid.addColumn(r -> IndicatorFormat.period(r.own())).setHeader(getTranslation("overview.period")).setAutoWidth(true);
            grid.addColumn(r -> valueWithInterval(r.own())).setHeader(own.name()).setAutoWidth(true)
                    .setTooltipGenerator(r -> getTranslation("qualifier." + r.own().qualifier()));
            grid.addColumn(r -> getTranslation("benchmark.rank-of", r.rank(), r.comparedCount())).setHeader(getTranslation("benchmark.rank")).setAutoWidth(true);
            grid.addColumn(r -> percent(r.percentile() / 100)).setHeader(getTranslation("benchmark.percentile")).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(r -> IndicatorFormat.number(r.peerMedian(), r.own().kind(), r.own().indicatorId(), locale))
                    .setHeader(getTranslation("benchmark.peer-median")).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(r -> signed(r)).setHeader(getTranslation("benchmark.difference")).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(r -> r.funnelPosition() == null ? "" : getTranslation("funnel." + r.funnelPosition()))
                    .setHeader(getTranslation("benchmark.funnel")).setAutoWidth(true);
            grid.setItems(b.comparable());
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            content.add(grid, new Paragraph(getTranslation("benchmark.note")));
            Div funnels = new Div();
            funnels.setId("funnel-plots");
            for (BenchmarkRow row : b.comparable()) {
                if (row.funnel() != null) {
                    funnels.add(new Html("<div class=\"chart\">" + funnelSvg(row, own) + "</div>"));
                }
            }
            if (funnels.getChildren().findAny().isEmpty()) {
                content.add(new Paragraph(getTranslation("benchmark.no-funnel")));
            } else {
                content.add(new H3(getTranslation("benchmark.funnels")), funnels);
            }
        }
        content.add(new H3(getTranslation("benchmark.incomparable")));
        if (b.incomparable().isEmpty()) {
            content.add(new Paragraph(getTranslation("benchmark.all-comparable")));
        } else {
            Grid<IndicatorResult> apart = new Grid<>();
            apart.setId("benchmark-incomparable");
            apart.addColumn(r -> indicators.definition(r.indicatorId()).map(d -> d.label(locale)).orElse(r.indicatorId()))
                    .setHeader(getTranslation("explorer.indicator")).setAutoWidth(true);
            apart.addColumn(IndicatorFormat::period).setHeader(getTranslation("overview.period"));
            apart.addColumn(r -> IndicatorFormat.value(r, locale)).setHeader(getTranslation("explorer.value")).setTextAlign(ColumnTextAlign.END);
            apart.addColumn(r -> IndicatorFormat.n(r, locale)).setHeader("n").setTextAlign(ColumnTextAlign.END);
            apart.addColumn(r -> getTranslation("qualifier." + r.qualifier())).setHeader(getTranslation("explorer.qualifier"));
            apart.addColumn(r -> IndicatorFormat.definition(r, this::getTranslation)).setHeader(getTranslation("explorer.definition")).setAutoWidth(true);
            apart.setItems(b.incomparable());
            apart.setAllRowsVisible(true);
            apart.addThemeVariants(GridVariant.LUMO_COMPACT);
            content.add(apart, new Paragraph(getTranslation("benchmark.incomparable-note")));
        }
    }

    private String funnelSvg(BenchmarkRow row, ProgrammeProfile own) {
        var locale = getLocale();
        List<ChartFactory.FunnelPoint> points = new ArrayList<>();
        double maxN = row.own().n();
        for (IndicatorResult p : row.peers()) {
            if (p.n() != null && p.value() != null) {
                points.add(new ChartFactory.FunnelPoint(p.subjectName(), p.n(), p.value(), false));
                maxN = Math.max(maxN, p.n());
            }
        }
        points.add(new ChartFactory.FunnelPoint(own.name(), row.own().n(), row.own().value(), true));
        String title = row.definition().label(locale) + ": " + own.name() + " " + getTranslation("benchmark.funnel-against");
        var chart = ChartFactory.funnelChart(title, getTranslation("benchmark.n-axis"), row.definition().label(locale), points,
                row.pooledPeerShare(), FunnelLimits.curve(row.pooledPeerShare(), maxN * 1.2, 60), locale,
                getTranslation("benchmark.target"), getTranslation("benchmark.limit95"), getTranslation("benchmark.limit998"));
        String alt = title + ". " + getTranslation("funnel." + row.funnelPosition()) + ". "
                + getTranslation("benchmark.target") + " " + percent(row.pooledPeerShare());
        return ChartFactory.svg(chart, 760, 380, alt);
    }

    private String valueWithInterval(IndicatorResult r) {
        var locale = getLocale();
        String ci = IndicatorFormat.interval(r, locale);
        String n = IndicatorFormat.n(r, locale);
        return IndicatorFormat.value(r, locale) + (ci.isEmpty() ? "" : " (" + ci + ")") + (n.isEmpty() ? "" : ", n = " + n);
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
