package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.ui.TableAbout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import com.vaadin.flow.component.Html;
import java.util.List;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.dashboard.ExploreService;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.PeriodText;

/**
 * About an indicator (/indikator/{id}): its definition in bokmål and English, how it is computed (numerator,
 * denominator, direction), the ways the sources define it and which of them are compared with which, the programmes
 * that report it and since when, the documents it rests on, and the data version shown.
 */
@Route("indikator")
@AnonymousAllowed
class IndicatorAboutView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ExploreService explore;
    private String title = "Traineemonitor";

    IndicatorAboutView(ExploreService explore) {
        this.explore = explore;
        setWidthFull();
        setMaxWidth("72em");
        addClassName("indicator-about");
    }

    @Override
    public void setParameter(BeforeEvent event, String indicatorId) {
        ExploreService.About about = explore.about(indicatorId).orElseThrow(NotFoundException::new);
        removeAll();
        Locale locale = getLocale();
        PeriodText.Words words = this::getTranslation;
        IndicatorDefinition d = about.definition();
        title = "Traineemonitor – " + d.label(locale);
        H2 name = new H2(d.label(locale));
        name.setId("indicator-name");
        add(name);

        DescriptionList facts = new DescriptionList();
        facts.setId("indicator-facts");
        facts.addClassName("about-facts");
        facts.add(new DescriptionList.Term(getTranslation("about.definition")),
                new DescriptionList.Description(d.definition(locale)));
        facts.add(new DescriptionList.Term(getTranslation("about.kind")),
                new DescriptionList.Description(getTranslation("about.kind." + d.kind())));
        facts.add(new DescriptionList.Term(getTranslation("about.numerator")),
                new DescriptionList.Description(d.numerator(locale)));
        if (d.denominator(locale) != null) {
            facts.add(new DescriptionList.Term(getTranslation("about.denominator")),
                    new DescriptionList.Description(d.denominator(locale)));
        }
        facts.add(new DescriptionList.Term(getTranslation("about.direction")),
                new DescriptionList.Description(getTranslation("about.direction." + d.direction())));
        facts.add(new DescriptionList.Term(getTranslation("about.data-version")), new DescriptionList.Description(
                about.builtAt() == null ? about.dataVersion() : getTranslation("about.data-version-built",
                        about.dataVersion(), about.builtAt().format(DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")))));
        add(facts);
        Anchor values = new Anchor("indikatorer?indikator=" + d.indicatorId(), getTranslation("about.see-values"));
        values.setId("indicator-values-link");
        Anchor how = new Anchor("slik-sammenligner-vi", getTranslation("about.how-we-compare"));
        add(new Paragraph(values, new com.vaadin.flow.component.Text(" · "), how));

        about.trend().ifPresent(trend -> add(trendSection(d, trend, locale, words)));

        add(new H3(getTranslation("about.variants")));
        Paragraph variantsHow = new Paragraph(getTranslation("about.variants-how"));
        variantsHow.addClassName("muted");
        add(variantsHow);
        Grid<ExploreService.Variant> variants = new Grid<>();
        variants.setId("indicator-variants");
        variants.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        variants.setAllRowsVisible(true);
        variants.addColumn(v -> {
            String defined = IndicatorFormat.definition(v.example(), words);
            return defined.isEmpty() ? getTranslation("about.variant-plain") : defined;
        }).setHeader(getTranslation("about.variant")).setFlexGrow(3);
        variants.addColumn(v -> getTranslation("about.programmes-count", v.programmes())).setHeader(getTranslation("about.reported-by"));
        variants.addColumn(v -> span(v.firstYear(), v.lastYear())).setHeader(getTranslation("about.years"));
        variants.setItems(about.variants());
        add(variants);

        add(new H3(getTranslation("about.reporters")));
        Grid<ExploreService.Reporter> reporters = new Grid<>();
        reporters.setId("indicator-reporters");
        reporters.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        reporters.addComponentColumn(r -> new Anchor("program/" + r.programmeId(), r.name()))
                .setHeader(getTranslation("availability.programme")).setFlexGrow(2);
        reporters.addColumn(r -> span(r.firstYear(), r.latestYear())).setHeader(getTranslation("about.years"));
        reporters.addColumn(ExploreService.Reporter::values).setHeader(getTranslation("about.values"));
        reporters.addColumn(r -> IndicatorFormat.valueCell(r.latest(), locale, words) + " ("
                + IndicatorFormat.period(r.latest(), words) + ")").setHeader(getTranslation("about.latest")).setFlexGrow(2);
        Sections.rows(reporters, about.reporters());
        if (!about.reporters().isEmpty()) {
            ExportMenu reportersExport;
            String title = d.label(locale) + " – " + getTranslation("about.reporters");
            var rows = about.reporters();
            reportersExport = ExportMenu.table("indicator-reporters-export", title, getTranslation("filter.nothing"), FileNames.of(title),
                    () -> ExportTable.of(rows)
                            .text(getTranslation("availability.programme"), ExploreService.Reporter::name)
                            .year(getTranslation("export.col.period-start"), ExploreService.Reporter::firstYear)
                            .year(getTranslation("export.col.period-end"), ExploreService.Reporter::latestYear)
                            .integer(getTranslation("about.values"), ExploreService.Reporter::values)
                            .value(getTranslation("about.latest"), d.isShare(), r -> r.latest().value())
                            .text(getTranslation("overview.period"), r -> IndicatorFormat.period(r.latest(), words))
                            .text(getTranslation("about.qualifier"), r -> getTranslation("qualifier." + r.latest().qualifier()))
                            .build());
            add(reportersExport, reporters, reportersExport.about("indicators", "",
                    IndicatorResult.factIdsOf(rows.stream().map(ExploreService.Reporter::latest).toList())));
        } else {
            add(new Paragraph(getTranslation("about.no-reporters")));
        }

        add(new H3(getTranslation("about.documents")));
        Grid<ExploreService.Document> documents = new Grid<>();
        documents.setId("indicator-documents");
        documents.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        documents.setAllRowsVisible(true);
        documents.addComponentColumn(doc -> new Anchor("kilder?dokument=" + doc.sourceFile(), doc.title()))
                .setHeader(getTranslation("about.document")).setFlexGrow(3);
        documents.addColumn(doc -> getTranslation("about.facts-count", doc.facts())).setHeader(getTranslation("about.facts"));
        documents.setItems(about.documents());
        add(documents, TableAbout.ofDocuments(d.label(locale) + " – " + getTranslation("about.documents"), "", "documents",
                about.documents().stream().map(ExploreService.Document::title).toList(), List.of()));
    }

    /** The one-year values of one definition over the years, per programme: a chart, and the values with their marks. */
    private com.vaadin.flow.component.Component trendSection(IndicatorDefinition d, ExploreService.Trend trend, Locale locale,
                                                            PeriodText.Words words) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("indicator-trend");
        section.add(new H3(getTranslation("about.trend")));
        String defined = IndicatorFormat.definition(trend.example(), words);
        Paragraph how = new Paragraph(getTranslation("about.trend-how", defined.isEmpty()
                ? getTranslation("about.variant-plain") : defined));
        how.addClassName("muted");
        section.add(how);
        List<ChartFactory.TrendSeries> series = trend.lines().stream().map(l -> new ChartFactory.TrendSeries(l.name(),
                l.values().stream().map(r -> new ChartFactory.TrendPoint(r.periodEnd(), r.value(), r.ciLow(), r.ciHigh()))
                        .toList())).toList();
        var chart = ChartFactory.trendChart(null, d.label(locale), series, d.isShare(), locale);
        String alt = getTranslation("about.trend-alt", d.label(locale), trend.lines().size());
        String title = d.label(locale) + " – " + getTranslation("about.trend");
        String all = getTranslation("filter.nothing");
        section.add(ExportMenu.chart("indicator-trend-chart-export", title, all, FileNames.of(title),
                () -> ChartFactory.trendChart(null, d.label(locale), series, d.isShare(), locale), 820, 360));
        section.add(new Html("<div class=\"chart\">" + ChartFactory.svg(chart, 820, 360, alt) + "</div>"));
        Grid<IndicatorResult> values = new Grid<>();
        values.setId("indicator-trend-values");
        values.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        values.addColumn(IndicatorResult::subjectName).setHeader(getTranslation("availability.programme")).setFlexGrow(2);
        values.addColumn(IndicatorResult::periodEnd).setHeader(getTranslation("about.year"));
        values.addColumn(r -> IndicatorFormat.valueCell(r, locale, this::getTranslation)).setHeader(getTranslation("about.value"));
        values.addColumn(r -> IndicatorFormat.intervalCell(r, locale)).setHeader(getTranslation("about.interval"));
        values.addColumn(r -> getTranslation("qualifier." + r.qualifier())).setHeader(getTranslation("about.qualifier"));
        List<IndicatorResult> rows = trend.lines().stream().flatMap(l -> l.values().stream()).toList();
        Sections.rows(values, rows);
        ExportMenu valuesExport = ExportMenu.table("indicator-trend-values-export", title, all, FileNames.of(title), () -> ExportTable.of(rows)
                .text(getTranslation("availability.programme"), IndicatorResult::subjectName)
                .year(getTranslation("about.year"), IndicatorResult::periodEnd)
                .value(getTranslation("about.value"), d.isShare(), IndicatorResult::value)
                .value(getTranslation("export.col.ci-low"), d.isShare(), IndicatorResult::ciLow)
                .value(getTranslation("export.col.ci-high"), d.isShare(), IndicatorResult::ciHigh)
                .decimal("n", IndicatorResult::n)
                .text(getTranslation("about.qualifier"), r -> getTranslation("qualifier." + r.qualifier()))
                .text(getTranslation("explorer.marks"), r -> r.suppressed() ? getTranslation("explorer.suppressed") : "")
                .build());
        section.add(valuesExport, values, valuesExport.about("indicators", "", IndicatorResult.factIdsOf(rows)), Sections.hint(getTranslation("symbols.legend", String.valueOf(explore.minimumN()))));
        return section;
    }

    private String span(Integer first, Integer last) {
        if (first == null && last == null) {
            return getTranslation("about.undated");
        }
        if (first == null || first.equals(last)) {
            return String.valueOf(last);
        }
        return first + "–" + last;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
