package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.vaadin.flow.function.SerializableSupplier;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.base.export.ExportTable;
import org.jfree.chart.JFreeChart;
import no.traineemonitor.dashboard.TrendService;
import no.traineemonitor.dashboard.TrendService.Series;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.PeriodText;
import org.jspecify.annotations.Nullable;

/**
 * The parts of the trend page: now against N years back, one chart per definition with one-year values (unlike
 * definitions are never drawn together), why a region's programmes could not be pooled, and every value with its
 * qualifier and period kind. Each table and chart sits in a section whose head has room for an export menu
 * ({@code .export-slot}).
 */
final class TrendSections {

    /** One row of "now against N years back": a series' one-year values of one definition at two years. */
    record Change(Series series, IndicatorResult example, @Nullable IndicatorResult now, @Nullable IndicatorResult then) {

        /** The change, when both values are known (a withheld or missing value leaves it unknown, never 0). */
        @Nullable Double difference() {
            return now != null && then != null && now.hasValue() && then.hasValue() ? now.value() - then.value() : null;
        }
    }

    /** Makes the export menus of the page (the page's filters, data version and source go into each file). */
    interface Exports {
        /** A table's menu; {@code what} names the file after the indicator (e.g. "verdier"). */
        ExportMenu table(String id, String title, String what, SerializableSupplier<ExportTable> table);

        Component chart(String id, String title, SerializableSupplier<JFreeChart> chart, int width, int height);
    }

    private final TrendService.Trends trends;
    private final Locale locale;
    private final PeriodText.Words words;
    private final Exports exports;
    private final int minimumN;

    TrendSections(TrendService.Trends trends, Locale locale, PeriodText.Words words, Exports exports, int minimumN) {
        this.minimumN = minimumN;
        this.trends = trends;
        this.locale = locale;
        this.words = words;
        this.exports = exports;
    }

    /** The series' name as the reader sees it: the country in words, a reference marked as such. */
    String name(Series s) {
        String name = s.level() == TrendService.Level.COUNTRY ? words.get("trend.country") : s.name();
        if (s.level() == TrendService.Level.PROGRAMME && trends.acrossBaRegions().containsKey(s.id())) {
            name = words.get("trend.across-ba", name, String.valueOf(trends.acrossBaRegions().get(s.id()).size()));
        }
        return s.reference() ? words.get("trend.reference", name) : name;
    }

    /** Per BA-region: which programmes cover several BA-regions and are shown once on their own, with their BA-regions. */
    Component acrossBaRegions() {
        Div box = new Div();
        box.setId("trend-across-ba");
        box.setWidthFull();
        if (!trends.acrossBaRegions().isEmpty()) {
            List<String> each = new ArrayList<>();
            trends.series().stream().filter(s -> trends.acrossBaRegions().containsKey(s.id())).forEach(s ->
                    each.add(s.name() + " (" + String.join(", ", trends.acrossBaRegions().get(s.id())) + ")"));
            box.add(new Paragraph(words.get("trend.across-ba-note", String.join("; ", each))));
        }
        return box;
    }

    /** The rows of "now against N years back", per series and definition with one-year values. */
    List<Change> changes(int now, int back) {
        List<Change> out = new ArrayList<>();
        for (Series s : trends.all()) {
            for (String key : trends.yearlyKeys()) {
                Map<Integer, IndicatorResult> yearly = s.yearly(key);
                if (!yearly.isEmpty()) {
                    out.add(new Change(s, yearly.values().iterator().next(), yearly.get(now), yearly.get(now - back)));
                }
            }
        }
        return out;
    }

    Component comparison(int now, int back) {
        String title = words.get("trend.comparison", String.valueOf(now), String.valueOf(now - back));
        List<Change> rows = changes(now, back);
        boolean share = trends.definition().isShare();
        ExportMenu menu = rows.isEmpty() ? null : exports.table("trend-comparison-export",
                trends.definition().label(locale) + " – " + title, title,
                () -> ExportTable.of(rows).text(words.get("trend.subject"), c -> name(c.series()))
                        .text(words.get("explorer.definition"), c -> definition(c.example()))
                        .value(String.valueOf(now - back), share, c -> known(c.then()))
                        .value(String.valueOf(now), share, c -> known(c.now()))
                        .decimal(words.get(share ? "trend.change-points" : "trend.change"),
                                c -> c.difference() == null ? null : share ? Math.round(c.difference() * 1e11) / 1e9 : c.difference()).build());
        VerticalLayout section = section("trend-comparison-section", title, menu);
        if (rows.isEmpty()) {
            section.add(Sections.paragraph("trend-comparison-empty", words.get("trend.comparison-empty")));
            return section;
        }
        Grid<Change> grid = new Grid<>();
        grid.setId("trend-comparison");
        grid.addColumn(c -> name(c.series())).setHeader(words.get("trend.subject")).setFlexGrow(3);
        grid.addColumn(c -> definition(c.example())).setHeader(words.get("explorer.definition")).setFlexGrow(2);
        grid.addColumn(c -> value(c.then())).setHeader(String.valueOf(now - back)).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> value(c.now())).setHeader(String.valueOf(now)).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(this::change).setHeader(words.get("trend.change")).setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        grid.setItems(rows);
        Sections.allRows(grid);
        section.add(grid, menu.about("indicators", "", IndicatorResult.factIdsOf(rows.stream()
                .flatMap(c -> java.util.stream.Stream.of(c.then(), c.now())).filter(java.util.Objects::nonNull).toList())));
        return section;
    }

    /** A value as a file holds it: the number, or empty when unknown or withheld (the grid says which). */
    private static @Nullable Double known(@Nullable IndicatorResult r) {
        return r == null || !r.hasValue() ? null : r.value();
    }

    /** A value at a year: the number with its mark, "withheld" or "unknown" (never 0). */
    String value(@Nullable IndicatorResult r) {
        if (r == null) {
            return words.get("trend.unknown");
        }
        if (r.suppressed()) {
            return words.get("explorer.suppressed");
        }
        String mark = mark(r);
        return IndicatorFormat.value(r, locale) + (mark.isEmpty() ? "" : " " + mark);
    }

    /** The change in percentage points for a share, in the indicator's unit otherwise; unknown when a value is. */
    String change(Change c) {
        Double d = c.difference();
        if (d == null) {
            return words.get("trend.unknown");
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(IndicatorFormat.numberLocale(locale));
        f.setMinimumFractionDigits(c.example().kind().equals("share") ? 1 : 2);
        f.setMaximumFractionDigits(c.example().kind().equals("share") ? 1 : 2);
        double shown = c.example().kind().equals("share") ? d * 100 : d;
        String number = (shown > 0 ? "+" : shown < 0 ? "−" : "") + f.format(Math.abs(shown)).replace('\u00A0', ' ');
        return c.example().kind().equals("share") ? words.get("trend.points", number) : number;
    }

    /** A value's mark: ≈ for approximate, "anslag" for an estimate; none for a reported count. */
    String mark(IndicatorResult r) {
        return switch (r.qualifierClass()) {
            case "approximate" -> "≈";
            case "estimate" -> "(" + words.get("qualifier.estimate") + ")";
            default -> "";
        };
    }

    /** One chart per definition with one-year values: a line per series, the references dashed, gaps where unknown. */
    Component charts() {
        IndicatorDefinition def = trends.definition();
        Div box = new Div();
        box.setId("trend-charts");
        box.setWidthFull();
        for (String key : trends.yearlyKeys().stream().limit(4).toList()) {
            List<ChartFactory.TrendSeries> lines = new ArrayList<>();
            Set<String> references = new LinkedHashSet<>();
            Map<String, Map<Integer, String>> marks = new LinkedHashMap<>();
            IndicatorResult example = null;
            for (Series s : trends.all()) {
                List<ChartFactory.TrendPoint> points = s.yearly(key).values().stream().filter(IndicatorResult::hasValue)
                        .map(r -> new ChartFactory.TrendPoint(r.periodEnd(), r.value(), r.ciLow(), r.ciHigh())).toList();
                if (points.isEmpty()) {
                    continue;
                }
                example = example == null ? s.yearly(key).values().iterator().next() : example;
                lines.add(new ChartFactory.TrendSeries(name(s), points));
                if (s.reference()) {
                    references.add(name(s));
                }
                Map<Integer, String> m = new LinkedHashMap<>();
                s.yearly(key).forEach((y, r) -> {
                    if (!mark(r).isEmpty()) {
                        m.put(y, mark(r));
                    }
                });
                marks.put(name(s), m);
            }
            if (example == null) {
                continue;
            }
            String defined = definition(example);
            String title = def.label(locale) + (defined.isEmpty() ? "" : " – " + defined);
            var chart = ChartFactory.trendChart(null, def.label(locale), lines, def.isShare(), locale, references, marks);
            VerticalLayout section = section(null, title, exports.chart("trend-chart-export-" + box.getComponentCount(), title,
                    () -> ChartFactory.trendChart(title, def.label(locale), lines, def.isShare(), locale, references, marks),
                    820, 340));
            section.addClassName("trend-chart");
            String alt = words.get("trend.chart-alt", title, String.join(", ", lines.stream().map(ChartFactory.TrendSeries::name).toList()));
            section.add(new Html("<div class=\"chart\">" + ChartFactory.svg(chart, 820, 340, alt) + "</div>"),
                    Sections.hint(words.get("trend.chart-how")));
            box.add(section);
        }
        List<String> spanKeys = trends.spanKeys().stream().limit(3).toList();
        for (int i = 0; i < spanKeys.size(); i++) {
            box.add(spanChart(spanKeys.get(i), i));
        }
        return box;
    }

    /**
     * One chart for the values of one definition that are not one-year values: a multi-year value as a segment across
     * its years, an open span's value at its known year, a point in time as a point; each its own legend entry, none
     * joined to another (the one-year values are in their own chart).
     */
    private Component spanChart(String key, int index) {
        IndicatorDefinition def = trends.definition();
        List<ChartFactory.SpanValue> spans = new ArrayList<>();
        IndicatorResult example = null;
        for (Series s : trends.all()) {
            for (IndicatorResult r : s.values()) {
                if (r.comparabilityKey().equals(key) && TrendService.isSpanValue(r)) {
                    example = example == null ? r : example;
                    String mark = mark(r);
                    spans.add(new ChartFactory.SpanValue(name(s) + ": " + IndicatorFormat.period(r, words)
                            + (mark.isEmpty() ? "" : " " + mark), switch (r.periodKind()) {
                                case "multi_year" -> ChartFactory.SpanKind.MULTI_YEAR;
                                case "open_ended" -> ChartFactory.SpanKind.OPEN_ENDED;
                                default -> ChartFactory.SpanKind.POINT;
                            }, r.periodStart(), r.periodEnd(), r.value(), s.reference()));
                }
            }
        }
        String defined = example == null ? "" : definition(example);
        String title = def.label(locale) + (defined.isEmpty() ? "" : " – " + defined);
        var chart = ChartFactory.spanChart(null, def.label(locale), spans, def.isShare(), locale);
        VerticalLayout section = section(null, title, exports.chart("trend-span-export-" + index, title,
                () -> ChartFactory.spanChart(title, def.label(locale), spans, def.isShare(), locale), 820, 340));
        section.addClassNames("trend-chart", "trend-span-chart");
        String alt = words.get("trend.chart-alt", title, String.join(", ", spans.stream().map(ChartFactory.SpanValue::label).toList()));
        section.add(new Html("<div class=\"chart\">" + ChartFactory.svg(chart, 820, 340, alt) + "</div>"),
                Sections.hint(words.get("trend.span-how")));
        return section;
    }

    /**
     * Why regions' programme values are not in their pooled values, in words: regions with the same reasons (and the
     * same "no pooled value" or "some left out") share one paragraph that names them all and, per reason, the programmes.
     */
    Component notPooled() {
        Div box = new Div();
        box.setId("trend-not-pooled");
        box.setWidthFull();
        record Reasons(boolean none, Set<TrendService.NotPooled> why) {
        }
        Map<Reasons, List<Series>> groups = new LinkedHashMap<>();
        for (Series s : trends.all()) {
            if (!s.notPooled().isEmpty()) {
                groups.computeIfAbsent(new Reasons(s.values().isEmpty(), java.util.EnumSet.copyOf(s.notPooled().keySet())), k -> new ArrayList<>()).add(s);
            }
        }
        groups.forEach((reasons, regions) -> {
            List<String> because = new ArrayList<>();
            for (TrendService.NotPooled why : reasons.why()) {
                Set<String> names = new LinkedHashSet<>();
                regions.forEach(s -> s.notPooled().get(why).forEach(r -> names.add(r.subjectName())));
                because.add(words.get("trend.why." + why.name().toLowerCase(Locale.ROOT), String.join(", ", names)));
            }
            Paragraph p = new Paragraph(words.get(reasons.none() ? "trend.not-pooled-none" : "trend.not-pooled-some",
                    String.join(", ", regions.stream().map(this::name).toList())) + " " + String.join(" ", because));
            p.addClassName("trend-not-pooled");
            box.add(p);
        });
        return box;
    }

    /** Every value of every series, with period, period kind, qualifier, n and interval. */
    Component values() {
        List<Row> rows = new ArrayList<>();
        trends.all().forEach(s -> s.values().forEach(r -> rows.add(new Row(s, r))));
        boolean share = trends.definition().isShare();
        String title = words.get("trend.values");
        ExportMenu menu = rows.isEmpty() ? null
                : exports.table("trend-values-export", trends.definition().label(locale) + " – " + title, title,
                        () -> ExportTable.of(rows).text(words.get("trend.subject"), r -> name(r.series()))
                                .text(words.get("overview.period"), r -> IndicatorFormat.period(r.value(), words))
                                .text(words.get("trend.period-kind"), r -> words.get("periodkind." + r.value().periodKind()))
                                .value(words.get("explorer.value"), share, r -> r.value().value())
                                .decimal("n", r -> r.value().n())
                                .value(words.get("export.col.ci-low"), share, r -> r.value().ciLow())
                                .value(words.get("export.col.ci-high"), share, r -> r.value().ciHigh())
                                .text(words.get("explorer.qualifier"), r -> r.value().suppressed() ? words.get("explorer.suppressed")
                                        : words.get("qualifier." + r.value().qualifier()))
                                .text(words.get("trend.basis"), r -> basis(r.value()))
                                .text(words.get("explorer.definition"), r -> definition(r.value())).build());
        VerticalLayout section = section("trend-values-section", title, menu);
        if (rows.isEmpty()) {
            section.add(Sections.paragraph("trend-values-empty", words.get("trend.values-empty")));
            return section;
        }
        Grid<Row> grid = new Grid<>();
        grid.setId("trend-values");
        grid.addColumn(r -> name(r.series())).setHeader(words.get("trend.subject")).setFlexGrow(3);
        grid.addColumn(r -> IndicatorFormat.period(r.value(), words)).setHeader(words.get("overview.period")).setFlexGrow(2);
        grid.addColumn(r -> words.get("periodkind." + r.value().periodKind())).setHeader(words.get("trend.period-kind"));
        grid.addColumn(r -> IndicatorFormat.valueCell(r.value(), locale, words)).setHeader(words.get("explorer.value"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> IndicatorFormat.nCell(r.value(), locale)).setHeader("n").setTextAlign(ColumnTextAlign.END).setFlexGrow(0)
                .setWidth("4rem");
        grid.addColumn(r -> IndicatorFormat.intervalCell(r.value(), locale)).setHeader(words.get("explorer.interval"));
        grid.addColumn(r -> r.value().suppressed() ? words.get("explorer.suppressed") : words.get("qualifier." + r.value().qualifier()))
                .setHeader(words.get("explorer.qualifier"));
        grid.addColumn(r -> basis(r.value())).setHeader(words.get("trend.basis")).setFlexGrow(2);
        grid.addColumn(r -> definition(r.value())).setHeader(words.get("explorer.definition")).setFlexGrow(2);
        grid.setItems(rows);
        Sections.allRows(grid);
        section.add(grid, menu.about("indicators", "", IndicatorResult.factIdsOf(rows.stream().map(Row::value).toList())),
                Sections.hint(words.get("symbols.legend", String.valueOf(minimumN))));
        return section;
    }

    /** A row of the values table. */
    record Row(Series series, IndicatorResult value) {
    }

    private String basis(IndicatorResult r) {
        return r.basis().equals("pooled") ? words.get("trend.pooled-of", r.programmes().size()) : "";
    }

    private String definition(IndicatorResult r) {
        String d = IndicatorFormat.definition(r, words);
        return d.isEmpty() ? words.get("about.variant-plain") : d;
    }

    private VerticalLayout section(@Nullable String id, String title) {
        return section(id, title, null);
    }

    /** A section with a heading and, beside it, the export menu (when there is one). */
    private VerticalLayout section(@Nullable String id, String title, @Nullable Component export) {
        VerticalLayout section = Sections.section();
        if (id != null) {
            section.setId(id);
        }
        Div head = new Div(new H3(title));
        head.addClassName("section-head");
        Div slot = new Div();
        slot.addClassName("export-slot");
        if (export != null) {
            slot.add(export);
        }
        head.add(slot);
        section.add(head);
        return section;
    }
}
