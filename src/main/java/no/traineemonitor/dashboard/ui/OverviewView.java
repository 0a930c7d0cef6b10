package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.dashboard.ExploreService;
import no.traineemonitor.dashboard.OverviewService;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.report.ReportService;
import no.traineemonitor.report.ui.ReportDownload;
import org.jspecify.annotations.Nullable;

/** Overview of the selection: programmes, key figures with n and interval, hires per year, public funding. */
@Route("")
@PageTitle("Traineemonitor – oversikt")
@Menu(order = 0, title = "nav.overview")
@AnonymousAllowed
class OverviewView extends DashboardPage {

    /** Programmes a key-figure card names; more are counted. */
    private static final int CARD_PROGRAMMES = 6;

    private final OverviewService overviewService;
    private final ExploreService explore;
    private final ReportService reports;

    OverviewView(OverviewService overviewService, ExploreService explore, ReferenceService reference,
                 ProgrammeService programmes, IndicatorService indicators, ReportService reports) {
        super("overview.title", reference, programmes, indicators);
        this.overviewService = overviewService;
        this.explore = explore;
        this.reports = reports;
    }

    @Override
    protected void render(FilterState s) {
        var locale = getLocale();
        String name = selectionName(s);
        OverviewService.Overview o = overviewService.overview(s.toIndicatorFilter(), name);
        if (s.county() != null) { // the county report, for the county filtered on
            var county = reports.county(s.county(), s.division());
            content.add(ReportDownload.orSignIn(reports.mayDownload(null), getTranslation("report.download.county"),
                    () -> new ReportDownload("download-county-report", getTranslation("report.download.county"),
                            getTranslation("report.download.what-county", county.label()), ReportService.XLSX_TYPE,
                            () -> reports.countyFileName(county),
                            out -> reports.writeCountyReport(county.number(), county.division(), locale, out))));
        }
        if (o.programmes().isEmpty()) {
            content.add(new Paragraph(getTranslation("overview.empty")));
            return;
        }
        long active = o.programmes().stream().filter(p -> p.status().equals("active")).count();
        long trainee = o.programmes().stream().filter(p -> p.type().equals("trainee_programme")).count();
        var summary = new Paragraph(getTranslation("overview.summary", name, o.programmes().size(), trainee, active));
        summary.setId("overview-summary");
        content.add(summary, new SelectionKnown(explore.summary(s.toIndicatorFilter()), name, s));

        content.add(new H3(getTranslation("overview.key-figures")));
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("key-figures");
        cards.setId("key-figures");
        for (IndicatorService.KeyFigure k : o.keyFigures()) {
            cards.add(card(k));
        }
        var keyFigures = o.keyFigures();
        content.add(tableExport("key-figures-export", getTranslation("overview.key-figures") + " – " + name,
                () -> keyFigureTable(keyFigures), getTranslation("overview.key-figures"), name, years(s)));
        content.add(cards, new Paragraph(getTranslation("overview.key-figures-note")),
                HowWeCompareView.link(getTranslation("compare.link")));

        content.add(new H3(getTranslation("overview.hires-per-year")));
        if (o.hiresPerYear().isEmpty()) {
            content.add(new Paragraph(getTranslation("overview.no-hires")));
        } else {
            // each bar says how many programmes reported that year: a change in reporting is not growth
            Map<String, Number> perYear = new LinkedHashMap<>();
            o.hiresPerYear().forEach(y -> perYear.put(getTranslation("overview.year-reporting", String.valueOf(y.year()),
                    y.programmes()), y.hires()));
            String title = getTranslation("overview.hires-chart-title", name);
            var chart = ChartFactory.barChart(title, getTranslation("overview.year-axis"), getTranslation("overview.hires"),
                    perYear, locale);
            String yearAxis = getTranslation("overview.year-axis");
            String hires = getTranslation("overview.hires");
            content.add(chartExport("hires-chart-export", title, () -> ChartFactory.barChart(title, yearAxis, hires, perYear, locale),
                    760, 300, getTranslation("overview.hires-per-year"), name));
            String alt = title + ": " + String.join(", ", o.hiresPerYear().stream()
                    .map(y -> y.year() + ": " + NorwegianFormats.integer(y.hires(), locale) + " ("
                            + getTranslation("overview.programmes-count", y.programmes()) + ")").toList());
            Div chartBox = new Div(new Html("<div>" + ChartFactory.svg(chart, 760, 300, alt) + "</div>"));
            chartBox.setId("hires-chart");
            content.add(chartBox);
            Grid<OverviewService.YearlyHires> years = new Grid<>();
            years.setId("hires-per-year");
            years.addColumn(y -> String.valueOf(y.year())).setHeader(getTranslation("overview.year")).setWidth("5rem").setFlexGrow(0);
            years.addColumn(y -> NorwegianFormats.integer(y.hires(), locale)).setHeader(getTranslation("overview.hires"))
                    .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
            years.addColumn(OverviewService.YearlyHires::programmes).setHeader(getTranslation("overview.programmes-reporting"))
                    .setTextAlign(ColumnTextAlign.END).setWidth("9rem").setFlexGrow(0);
            years.addColumn(y -> String.join(" ", y.factIds())).setHeader(getTranslation("overview.facts")).setWidth("10rem").setFlexGrow(1);
            years.setItems(o.hiresPerYear());
            Sections.allRows(years);
            var hiresRows = o.hiresPerYear();
            String hiresTitle = getTranslation("overview.hires-per-year") + " – " + name;
            ExportMenu hiresExport = tableExport("hires-per-year-export", hiresTitle, () -> ExportTable.of(hiresRows)
                    .year(getTranslation("overview.year"), OverviewService.YearlyHires::year)
                    .integer(getTranslation("overview.hires"), OverviewService.YearlyHires::hires)
                    .integer(getTranslation("overview.programmes-reporting"), OverviewService.YearlyHires::programmes)
                    .text(getTranslation("overview.facts"), y -> String.join(" ", y.factIds())).build(),
                    getTranslation("overview.hires-per-year"), name);
            content.add(hiresExport, years, hiresExport.about("hires", "",
                    hiresRows.stream().flatMap(y -> y.factIds().stream()).toList()), new Paragraph(getTranslation("overview.hires-note")));
        }

        content.add(new H3(getTranslation("overview.public-funding")));
        if (o.publicFunding().isEmpty()) {
            content.add(new Paragraph(getTranslation("overview.no-funding")));
        } else {
            Grid<OverviewService.FundingFigure> funding = new Grid<>();
            funding.setId("public-funding");
            funding.addColumn(OverviewService.FundingFigure::programmeName).setHeader(getTranslation("programme.name"))
                    .setWidth("10rem").setFlexGrow(2);
            funding.addColumn(f -> getTranslation("funding." + f.category())).setHeader(getTranslation("overview.funding-source"))
                    .setWidth("9rem").setFlexGrow(1);
            funding.addColumn(f -> f.periodStart() == null && f.periodEnd() == null ? getTranslation("period.open-unknown")
                    : no.traineemonitor.indicator.PeriodText.of(null, f.periodStart(), f.periodEnd(), this::getTranslation))
                    .setHeader(getTranslation("overview.period")).setWidth("8rem").setFlexGrow(1);
            funding.addColumn(f -> NorwegianFormats.integer(f.valueNok(), locale) + " kr").setHeader(getTranslation("overview.amount"))
                    .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
            funding.addColumn(f -> getTranslation("qualifier." + f.qualifier())).setHeader(getTranslation("explorer.qualifier"))
                    .setWidth("7rem").setFlexGrow(1);
            funding.addColumn(OverviewService.FundingFigure::factId).setHeader(getTranslation("overview.facts")).setWidth("6.5rem").setFlexGrow(0);
            funding.setItems(o.publicFunding());
            Sections.allRows(funding);
            var fundingRows = o.publicFunding();
            String fundingTitle = getTranslation("overview.public-funding") + " – " + name;
            ExportMenu fundingExport = tableExport("public-funding-export", fundingTitle, () -> ExportTable.of(fundingRows)
                    .text(getTranslation("programme.name"), OverviewService.FundingFigure::programmeName)
                    .text(getTranslation("overview.funding-source"), f -> getTranslation("funding." + f.category()))
                    .year(getTranslation("export.col.period-start"), OverviewService.FundingFigure::periodStart)
                    .year(getTranslation("export.col.period-end"), OverviewService.FundingFigure::periodEnd)
                    .integer(getTranslation("export.col.amount-nok"), OverviewService.FundingFigure::valueNok)
                    .text(getTranslation("explorer.qualifier"), f -> getTranslation("qualifier." + f.qualifier()))
                    .text(getTranslation("overview.facts"), OverviewService.FundingFigure::factId).build(),
                    getTranslation("overview.public-funding"), name);
            content.add(fundingExport, funding, fundingExport.about("funding", "",
                    fundingRows.stream().map(OverviewService.FundingFigure::factId).toList()));
        }
    }

    /**
     * A key figure: the pooled value with the programmes behind it; without one, the programmes' own latest values as
     * the sources give them (value, qualifier, period, programme), never an empty card while programmes report it.
     */
    private Div card(IndicatorService.KeyFigure k) {
        var locale = getLocale();
        Div card = new Div();
        card.addClassName("key-figure");
        card.setId("key-" + k.indicatorId());
        String label = indicators.definition(k.indicatorId()).map(d -> d.label(locale)).orElse(k.indicatorId());
        var title = IndicatorLink.of(k.indicatorId(), label);
        title.addClassName("key-figure-label");
        card.add(title);
        RouterLink more = new RouterLink(getTranslation("overview.see-explorer"), IndicatorExplorerView.class);
        more.setQueryParameters(state.withIndicator(k.indicatorId()).toQueryParameters());
        if (k.isEmpty()) {
            Span none = new Span(getTranslation("overview.no-data"));
            none.addClassName("key-figure-value-small");
            card.add(none, more);
            return card;
        }
        if (k.pooled().isEmpty()) {
            Span none = new Span(getTranslation("overview.no-pooled"));
            none.addClassName("key-figure-value-small");
            card.add(none);
            k.reported().stream().limit(4).forEach(r -> card.add(detail(reportedValue(r))));
            if (k.reported().size() > 4) {
                card.add(detail(getTranslation("overview.more-values", k.reported().size() - 4)));
            }
            card.add(more);
            return card;
        }
        IndicatorResult r = k.pooled().getFirst();
        Span value = new Span(IndicatorFormat.value(r, locale));
        value.addClassName("key-figure-value");
        card.add(value);
        card.add(detail(r.suppressed() ? r.suppressionReason()
                : getTranslation("overview.card-detail", IndicatorFormat.n(r, locale), IndicatorFormat.interval(r, locale),
                IndicatorFormat.period(r, this::getTranslation))));
        String definition = IndicatorFormat.definition(r, this::getTranslation);
        if (!definition.isEmpty()) {
            card.add(detail(definition));
        }
        // a county of hundreds of programmes: the first few named, the rest counted (the explorer lists them all)
        List<String> names = r.programmes().stream().limit(CARD_PROGRAMMES)
                .map(id -> programmes.programme(id).map(p -> p.name()).orElse(id)).toList();
        card.add(detail(r.programmes().size() <= CARD_PROGRAMMES
                ? getTranslation("overview.pooled-programmes", String.join(", ", names))
                : getTranslation("overview.pooled-programmes-more", r.programmes().size(), String.join(", ", names),
                        r.programmes().size() - CARD_PROGRAMMES)));
        if (k.pooled().size() > 1) {
            card.add(detail(getTranslation("overview.other-definitions", k.pooled().size() - 1)));
        }
        card.add(more);
        return card;
    }

    /** A key-figure card's line in the export: the pooled value, or one of the programmes' own values, or none. */
    private record KeyFigureLine(String indicatorId, @Nullable IndicatorResult value, String who, String note) {
    }

    /**
     * The cards as a table: one row per card with its pooled value; a card without one gives a row per programme
     * value it rests on (the card lists them), a card without any figure one row saying so. Values as the page shows
     * them (a share in percent, the unit beside it), unknown empty.
     */
    private ExportTable keyFigureTable(List<IndicatorService.KeyFigure> figures) {
        var locale = getLocale();
        List<KeyFigureLine> lines = new ArrayList<>();
        for (IndicatorService.KeyFigure k : figures) {
            if (!k.pooled().isEmpty()) {
                IndicatorResult r = k.pooled().getFirst();
                lines.add(new KeyFigureLine(k.indicatorId(), r, String.join(", ", r.programmes().stream()
                        .map(id -> programmes.programme(id).map(p -> p.name()).orElse(id)).toList()),
                        r.suppressed() ? String.valueOf(r.suppressionReason()) : ""));
            } else if (!k.reported().isEmpty()) {
                k.reported().forEach(r -> lines.add(new KeyFigureLine(k.indicatorId(), r, r.subjectName(),
                        getTranslation("overview.no-pooled"))));
            } else {
                lines.add(new KeyFigureLine(k.indicatorId(), null, "", getTranslation("overview.no-data")));
            }
        }
        return ExportTable.of(lines)
                .text(getTranslation("profile.indicators.indicator"),
                        l -> indicators.definition(l.indicatorId()).map(d -> d.label(locale)).orElse(l.indicatorId()))
                .decimal(getTranslation("explorer.value"), l -> l.value() == null ? null : IndicatorFormat.shown(l.value(), l.value().value()))
                .text(getTranslation("export.col.unit"), l -> l.value() == null ? "" : IndicatorFormat.unit(l.value()))
                .decimal("n", l -> l.value() == null ? null : l.value().n())
                .decimal(getTranslation("export.col.ci-low"), l -> l.value() == null ? null : IndicatorFormat.shown(l.value(), l.value().ciLow()))
                .decimal(getTranslation("export.col.ci-high"), l -> l.value() == null ? null : IndicatorFormat.shown(l.value(), l.value().ciHigh()))
                .text(getTranslation("overview.period"), l -> l.value() == null ? "" : IndicatorFormat.period(l.value(), this::getTranslation))
                .year(getTranslation("export.col.period-end"), l -> l.value() == null ? null : l.value().periodEnd())
                .text(getTranslation("trend.period-kind"), l -> l.value() == null ? "" : getTranslation("periodkind." + l.value().periodKind()))
                .text(getTranslation("report.col.figure-kind"), l -> l.value() == null ? "" : getTranslation("figure." + l.value().figureKind()))
                .text(getTranslation("known.export.who"), KeyFigureLine::who)
                .text(getTranslation("explorer.marks"), KeyFigureLine::note)
                .build();
    }

    /** "Trainee Salten: 75,0 %, 2006–2020 (flere år)", with the qualifier where the value does not already say it. */
    private String reportedValue(IndicatorResult r) {
        String who = r.subjectType().equals("programme_group") ? getTranslation("compare.joint", r.subjectName()) : r.subjectName();
        boolean saysItself = r.qualifier().equals("reported") || r.qualifierClass().equals("bound");
        String qualifier = saysItself ? "" : " (" + getTranslation("qualifier." + r.qualifier()) + ")";
        return getTranslation("overview.reported-value", who, IndicatorFormat.valueAsStated(r, getLocale(), this::getTranslation),
                qualifier, IndicatorFormat.period(r, this::getTranslation));
    }

    private static Span detail(String text) {
        Span span = new Span(text);
        span.addClassName("key-figure-detail");
        return span;
    }
}
