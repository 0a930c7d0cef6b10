package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.export.TableMetadata.Ssb;
import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.traineemonitor.coverage.Appendix2;
import org.jspecify.annotations.Nullable;
import no.traineemonitor.base.ui.RowDetails;

/**
 * Appendix 2 of the 2021 report (47 municipalities, about 634 500 inhabitants, class 5 and 6) beside the warehouse's
 * figures for the same 13 programmes, and why they differ: regions resolved to municipalities, the 2024 centrality
 * classes, an unstated population year.
 */
class CoverageAppendix2 extends VerticalLayout {

    /** A figure as the page shows it, and for export: the report's words without the fact, the warehouse's numbers. */
    private record Row(String label, String report, String quote, String all, String stated, String exportLabel,
                       String reportText, Number allValue, Number statedValue) {
    }

    private final String populationDate;
    private final String filters;

    /** {@code filters}: the page's filters in words, for the tables' downloads. */
    CoverageAppendix2(Appendix2 a, String populationDate, String filters) {
        this.populationDate = populationDate;
        this.filters = filters;
        setPadding(false);
        setWidthFull();
        Appendix2.Reading all = a.readings().stream().filter(r -> r.reading().equals("all_recorded")).findFirst().orElseThrow();
        Appendix2.Reading stated = a.readings().stream().filter(r -> r.reading().equals("stated")).findFirst().orElseThrow();
        add(Sections.paragraph("appendix2-intro", getTranslation("coverage.appendix2-intro", all.programmes())));
        List<Row> comparisonRows = comparisonRows(a, all, stated);
        ExportMenu comparisonMenu = menu("coverage-appendix2-export", getTranslation("coverage.appendix2"), () -> ExportTable.of(comparisonRows)
                .text(getTranslation("coverage.appendix2.figure"), Row::exportLabel)
                .text(getTranslation("coverage.appendix2.report"), Row::reportText)
                .decimal(getTranslation("coverage.appendix2.all"), Row::allValue)
                .decimal(getTranslation("coverage.appendix2.stated"), Row::statedValue).build());
        add(comparisonMenu, comparison(comparisonRows), comparisonMenu.about("coverage", "",
                a.facts().stream().map(Appendix2.ReportFact::factId).toList(), Ssb.POPULATION, Ssb.CENTRALITY, Ssb.COMMUTING));
        add(new H4(getTranslation("coverage.appendix2.why")));
        Appendix2.StudiedProgramme largest = a.programmes().getFirst();
        long resolved = a.programmes().stream().mapToLong(Appendix2.StudiedProgramme::resolvedFromRegion).sum();
        long links = a.programmes().stream().mapToLong(Appendix2.StudiedProgramme::municipalities).sum();
        UnorderedList why = new UnorderedList(
                new ListItem(getTranslation("coverage.appendix2.why-municipalities", integer(resolved), integer(links),
                        largest.name(), largest.resolvedFromRegion())),
                new ListItem(getTranslation("coverage.appendix2.why-centrality")),
                new ListItem(getTranslation("coverage.appendix2.why-population", populationDate)),
                new ListItem(getTranslation("coverage.appendix2.why-class6")));
        why.setId("appendix2-why");
        ExportMenu studiedMenu = menu("coverage-appendix2-programmes-export", getTranslation("coverage.appendix2.programmes-title"),
                () -> ExportTable.of(a.programmes())
                        .text(getTranslation("programme.name"), Appendix2.StudiedProgramme::name)
                        .integer(getTranslation("coverage.municipalities"), Appendix2.StudiedProgramme::municipalities)
                        .integer(getTranslation("coverage.appendix2.stated-count"), Appendix2.StudiedProgramme::stated)
                        .integer(getTranslation("coverage.appendix2.resolved-count"), Appendix2.StudiedProgramme::resolvedFromRegion)
                        .integer(getTranslation("coverage.population", populationDate), Appendix2.StudiedProgramme::population)
                        .text(getTranslation("coverage.appendix2.resolved-header"), p -> String.join(", ", p.resolvedNames())).build());
        ExportMenu classesMenu = menu("coverage-appendix2-classes-export", getTranslation("coverage.appendix2.classes-title"),
                () -> ExportTable.of(a.classCounts())
                        .year(getTranslation("coverage.class-short"), Appendix2.ClassCount::centralityClass)
                        .integer(getTranslation("coverage.appendix2.table1"), Appendix2.ClassCount::reportMunicipalities)
                        .integer(getTranslation("coverage.appendix2.held"), Appendix2.ClassCount::warehouseMunicipalities)
                        .integer(getTranslation("coverage.appendix2.difference"), c -> c.reportMunicipalities() == null ? null
                                : c.warehouseMunicipalities() - c.reportMunicipalities()).build());
        add(why, new Paragraph(getTranslation("coverage.appendix2.programmes")), studiedMenu, studied(a),
                studiedMenu.about("programmes", "", List.of(), Ssb.POPULATION, Ssb.MUNICIPALITIES),
                new Paragraph(getTranslation("coverage.appendix2.classes")), classesMenu, classes(a),
                classesMenu.about("coverage", "", a.classCounts().stream().map(Appendix2.ClassCount::reportFactId)
                        .filter(java.util.Objects::nonNull).toList(), Ssb.CENTRALITY, Ssb.MUNICIPALITIES));
    }

    private ExportMenu menu(String id, String title, com.vaadin.flow.function.SerializableSupplier<ExportTable> table) {
        return ExportMenu.table(id, title, filters, FileNames.of(title), table);
    }

    private List<Row> comparisonRows(Appendix2 a, Appendix2.Reading all, Appendix2.Reading stated) {
        Locale locale = getLocale();
        Function<String, Appendix2.@Nullable ReportFact> fact = key -> a.facts().stream()
                .filter(f -> (f.metric() + ":" + f.category()).equals(key)).findFirst().orElse(null);
        Function<String, String> text = key -> {
            Appendix2.ReportFact f = fact.apply(key);
            return f == null ? getTranslation("coverage.not-stated")
                    : qualified(f.qualifier(), "percent".equals(f.unit()) ? CoverageFormats.percent0(f.value() / 100, locale)
                    : integer((long) f.value()));
        };
        Function<String, String> value = key -> {
            Appendix2.ReportFact f = fact.apply(key);
            return f == null ? text.apply(key) : text.apply(key) + " (" + f.factId() + ")";
        };
        Function<String, String> quote = key -> {
            Appendix2.ReportFact f = fact.apply(key);
            return f == null ? "" : "«" + f.sourceQuote() + "»";
        };
        // a figure the report states (by fact key, null for none) beside the warehouse's two counts
        record Counts(String label, @Nullable String key, boolean quoted) {
        }
        java.util.function.BiFunction<Counts, long[], Row> counts = (c, v) -> {
            String none = getTranslation("coverage.appendix2.year-not-stated");
            return new Row(c.label(), c.key() == null ? none : value.apply(c.key()),
                    c.key() == null || !c.quoted() ? "" : quote.apply(c.key()), integer(v[0]), integer(v[1]), c.label(),
                    c.key() == null ? none : text.apply(c.key()), v[0], v[1]);
        };
        String share = getTranslation("coverage.appendix2.row.share");
        return List.of(
                counts.apply(new Counts(getTranslation("coverage.appendix2.row.municipalities"), "municipalities_covered:total", true),
                        new long[] {all.municipalities(), stated.municipalities()}),
                counts.apply(new Counts(getTranslation("coverage.appendix2.row.population", populationDate), "population_covered:total", true),
                        new long[] {all.population(), stated.population()}),
                counts.apply(new Counts(getTranslation("coverage.appendix2.row.population-2021"), null, false),
                        new long[] {all.population2021(), stated.population2021()}),
                counts.apply(new Counts(getTranslation("coverage.appendix2.row.class5"), "municipalities_covered:class_5", true),
                        new long[] {all.class5Municipalities(), stated.class5Municipalities()}),
                counts.apply(new Counts(getTranslation("coverage.appendix2.row.class5-population"), "population_covered:class_5", false),
                        new long[] {all.class5Population(), stated.class5Population()}),
                counts.apply(new Counts(getTranslation("coverage.appendix2.row.class6"), "municipalities_covered:class_6", true),
                        new long[] {all.class6Municipalities(), stated.class6Municipalities()}),
                counts.apply(new Counts(getTranslation("coverage.appendix2.row.class6-population"), "population_covered:class_6", false),
                        new long[] {all.class6Population(), stated.class6Population()}),
                // the share in percent in the files, the row's label saying so
                new Row(share, value.apply("population_share_covered:class_5_6"), quote.apply("population_share_covered:class_5_6"),
                        CoverageFormats.percent(all.class56Share(), locale), CoverageFormats.percent(stated.class56Share(), locale),
                        share + " (%)", text.apply("population_share_covered:class_5_6"), all.class56Share() * 100,
                        stated.class56Share() * 100));
    }

    private Grid<Row> comparison(List<Row> rows) {
        Grid<Row> grid = new Grid<>();
        grid.setId("appendix2");
        grid.addColumn(Row::label).setHeader(getTranslation("coverage.appendix2.figure")).setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(r -> {
            Div cell = new Div(new Span(r.report()));
            if (!r.quote().isEmpty()) {
                Span q = new Span(r.quote());
                q.addClassNames("muted", "quote");
                q.getStyle().set("display", "block");
                cell.add(q);
            }
            return cell;
        }).setHeader(getTranslation("coverage.appendix2.report")).setWidth("16rem").setFlexGrow(2);
        grid.addColumn(Row::all).setHeader(getTranslation("coverage.appendix2.all")).setTextAlign(ColumnTextAlign.END)
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(Row::stated).setHeader(getTranslation("coverage.appendix2.stated")).setTextAlign(ColumnTextAlign.END)
                .setWidth("9rem").setFlexGrow(0);
        Sections.rows(grid, rows);
        return grid;
    }

    /** The studied programmes; a row's details name the municipalities resolved from a region (click a row). */
    private Grid<Appendix2.StudiedProgramme> studied(Appendix2 a) {
        Grid<Appendix2.StudiedProgramme> studied = new Grid<>();
        studied.setId("appendix2-programmes");
        studied.addColumn(Appendix2.StudiedProgramme::name).setHeader(getTranslation("programme.name")).setWidth("12rem").setFlexGrow(2);
        for (var c : List.<Function<Appendix2.StudiedProgramme, Long>>of(p -> (long) p.municipalities(), p -> (long) p.stated(),
                p -> (long) p.resolvedFromRegion(), Appendix2.StudiedProgramme::population)) {
            studied.addColumn(p -> integer(c.apply(p))).setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(1);
        }
        var columns = studied.getColumns();
        columns.get(1).setHeader(getTranslation("coverage.municipalities"));
        columns.get(2).setHeader(getTranslation("coverage.appendix2.stated-count"));
        columns.get(3).setHeader(getTranslation("coverage.appendix2.resolved-count"));
        columns.get(4).setHeader(getTranslation("coverage.population", populationDate));
        RowDetails.set(studied, p -> {
            Div names = new Div();
            names.addClassName("muted");
            names.add(new Paragraph(p.resolvedNames().isEmpty() ? getTranslation("coverage.appendix2.no-resolution")
                    : getTranslation("coverage.appendix2.resolved-names", String.join(", ", p.resolvedNames()))));
            return names;
        });
        Sections.rows(studied, a.programmes());
        return studied;
    }

    private Grid<Appendix2.ClassCount> classes(Appendix2 a) {
        Grid<Appendix2.ClassCount> classes = new Grid<>();
        classes.setId("appendix2-classes");
        classes.addColumn(Appendix2.ClassCount::centralityClass).setHeader(getTranslation("coverage.class-short")).setWidth("6rem").setFlexGrow(0);
        classes.addColumn(c -> c.reportMunicipalities() == null ? getTranslation("coverage.not-stated")
                        : c.reportMunicipalities() + " (" + c.reportFactId() + ")")
                .setHeader(getTranslation("coverage.appendix2.table1")).setWidth("10rem").setFlexGrow(1);
        classes.addColumn(c -> integer(c.warehouseMunicipalities())).setHeader(getTranslation("coverage.appendix2.held"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(1);
        classes.addColumn(c -> c.reportMunicipalities() == null ? "" : CoverageFormats.signed(c.warehouseMunicipalities() - c.reportMunicipalities()))
                .setHeader(getTranslation("coverage.appendix2.difference")).setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(1);
        Sections.rows(classes, a.classCounts());
        classes.setMaxWidth("40rem");
        return classes;
    }

    private String integer(long v) {
        return CoverageFormats.integer(v, getLocale());
    }

    private String qualified(@Nullable String qualifier, String value) {
        return qualifier == null || qualifier.equals("reported") ? value : getTranslation("coverage.qualified." + qualifier, value);
    }
}
