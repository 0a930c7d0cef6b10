package no.traineemonitor.survey.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.survey.SurveyAnswer;
import no.traineemonitor.survey.SurveyCheck;
import no.traineemonitor.survey.SurveyComparison;
import no.traineemonitor.survey.SurveySeries;
import no.traineemonitor.survey.SurveyTable;
import no.traineemonitor.survey.SurveyWording;

/**
 * One survey table on the page: heading with the table number, the question and n; the report's section; a bar chart
 * of shares with interval whiskers; the numbers as a table (count, stated or derived, share, interval); the report's
 * caveats and what the checks found; a comparison with an independent group where there is one; links to the
 * indicators it is the counterpart of. Its id is the table's anchor (/undersokelser#tabell-8).
 */
final class SurveyTableCard extends Div {

    SurveyTableCard(SurveyTable table, SurveyWording w, Function<String, String> indicatorLabel) {
        setId(table.anchor());
        addClassName("survey-card");
        H4 heading = new H4(w.ref(table) + ": " + table.caption(w.locale()) + " (" + w.n(table) + ")");
        heading.addClassName("survey-card-title");
        add(heading);
        if (w.english()) {
            Paragraph nb = new Paragraph(w.text("survey.question-nb", table.caption()));
            nb.addClassNames("muted", "quote");
            add(nb);
        }
        List<String> about = new ArrayList<>();
        SurveySeries first = table.series().getFirst();
        if (table.series().size() == 1) {
            about.add(w.text("survey.asked", w.group(first)));
        }
        about.add(w.section(table));
        Paragraph meta = new Paragraph(String.join(" · ", about));
        meta.addClassName("muted");
        add(meta);

        // answers as groups of bars, one bar per column; with more columns than answers (Figur 17: six fields, four
        // levels) the columns are the groups, as the report draws it
        boolean transpose = table.series().size() > first.bars().size();
        List<ChartFactory.ShareBar> bars = new ArrayList<>();
        for (SurveySeries s : table.series()) {
            String series = s.label(w.locale()).isEmpty() ? w.group(s) : s.label(w.locale())
                    + (table.n() == null ? " (" + w.n(s.n()) + ")" : "");
            for (SurveyAnswer a : s.bars()) {
                String answer = a.label(w.locale());
                bars.add(new ChartFactory.ShareBar(transpose ? series : answer, transpose ? answer : series, a.share(),
                        a.ciLow(), a.ciHigh(), w.barLabel(a)));
            }
        }
        String title = w.ref(table) + ": " + table.caption(w.locale());
        add(chart(table.anchor() + "-chart-export", title, bars, w));
        ExportMenu export = ExportMenu.table(table.anchor() + "-table-export", title, w.text("export.survey-selection"),
                FileNames.of(title), () -> numbersTable(table, w));
        add(export, numbers(table, w), export.aboutDocuments("survey", "", List.of(table.sourceTitle()), List.of()));

        List<String> notes = new ArrayList<>();
        if (table.caveat(w.locale()) != null) {
            notes.add(table.caveat(w.locale()));
        }
        for (SurveyCheck c : table.checks()) {
            notes.add(w.check(c));
        }
        if (!notes.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("survey-notes");
            notes.forEach(text -> list.add(new ListItem(text)));
            add(list);
        }
        if (table.comparison() != null) {
            add(comparison(table.comparison(), w));
        }
        if (!table.indicatorIds().isEmpty()) {
            Paragraph links = new Paragraph(w.text("survey.indicators") + " ");
            links.addClassName("muted");
            for (String id : table.indicatorIds()) {
                Anchor link = new Anchor("indikator/" + id, indicatorLabel.apply(id));
                link.addClassName("survey-indicator-link");
                links.add(link, new Span(" "));
            }
            add(links);
        }
    }

    private static Div chart(String exportId, String title, List<ChartFactory.ShareBar> bars, SurveyWording w) {
        String valueAxis = w.text("survey.value-axis");
        var chart = ChartFactory.shareBars(bars, valueAxis, w.locale());
        List<String> categories = bars.stream().map(ChartFactory.ShareBar::category).distinct().toList();
        int series = (int) bars.stream().map(ChartFactory.ShareBar::series).distinct().count();
        String alt = title + ": " + String.join("; ", bars.stream()
                .map(b -> (series > 1 ? b.series() + ", " : "") + b.category() + " " + b.label()).toList());
        int height = ChartFactory.shareBarsHeight(categories, series);
        var locale = w.locale();
        Div box = new Div(ExportMenu.chart(exportId, title, w.text("export.survey-selection"), FileNames.of(title),
                () -> withTitle(ChartFactory.shareBars(bars, valueAxis, locale), title), 760, height),
                new Html("<div class=\"chart\">" + ChartFactory.svg(chart, 760, height, alt) + "</div>"));
        box.addClassName("survey-chart");
        return box;
    }

    /** The page's bar chart has its title in the heading above it; the exported file carries it in the picture. */
    private static org.jfree.chart.JFreeChart withTitle(org.jfree.chart.JFreeChart chart, String title) {
        chart.setTitle(title);
        return chart;
    }

    /** A column and one of its answers: a row of the numbers table. */
    private record AnswerRow(SurveySeries series, SurveyAnswer answer) {
    }

    /** The numbers table for export: the same rows, counts and shares as numbers, a derived count marked. */
    private static ExportTable numbersTable(SurveyTable table, SurveyWording w) {
        List<AnswerRow> rows = table.series().stream().flatMap(s -> s.answers().stream().map(a -> new AnswerRow(s, a))).toList();
        var t = ExportTable.of(rows);
        if (table.series().size() > 1) {
            t.text(w.text("survey.column"), r -> r.series().label(w.locale()));
        }
        return t.text(w.text("survey.answer"), r -> r.answer().kind() == SurveyAnswer.Kind.SUBTOTAL
                        ? w.text("survey.subtotal", r.answer().label(w.locale())) : r.answer().label(w.locale()))
                .integer(w.text("survey.count"), r -> r.answer().count())
                .text(w.text("export.col.count-derived"), r -> r.answer().count() != null
                        && r.answer().countBasis() == SurveyAnswer.CountBasis.DERIVED ? "≈" : "")
                .percent(w.text("survey.share"), r -> r.answer().share())
                .percent(w.text("export.col.ci-low"), r -> r.answer().ciLow())
                .percent(w.text("export.col.ci-high"), r -> r.answer().ciHigh())
                .integer("n", r -> r.series().n())
                .build();
    }

    /** The numbers behind the chart: per column and answer the count (stated or derived), share and interval. */
    private static NativeTable numbers(SurveyTable table, SurveyWording w) {
        NativeTable t = new NativeTable();
        t.addClassName("survey-numbers");
        boolean columns = table.series().size() > 1;
        NativeTableRow head = t.getHead().addRow();
        if (columns) {
            head.addHeaderCell().setText(w.text("survey.column"));
        }
        head.addHeaderCell().setText(w.text("survey.answer"));
        head.addHeaderCell().setText(w.text("survey.count"));
        head.addHeaderCell().setText(w.text("survey.share"));
        head.addHeaderCell().setText(w.text("survey.interval"));
        for (SurveySeries s : table.series()) {
            boolean firstOfColumn = true;
            for (SurveyAnswer a : s.answers()) {
                NativeTableRow r = t.getBody().addRow();
                if (columns) {
                    r.addDataCell().setText(firstOfColumn ? s.label(w.locale()) + " (" + w.n(s.n()) + ")" : "");
                    firstOfColumn = false;
                }
                String label = a.kind() == SurveyAnswer.Kind.SUBTOTAL ? w.text("survey.subtotal", a.label(w.locale()))
                        : a.label(w.locale());
                r.addDataCell().setText(label);
                String count = a.count() == null ? (a.kind() == SurveyAnswer.Kind.MISSING ? w.text("survey.no-figure") : "")
                        : (a.countBasis() == SurveyAnswer.CountBasis.DERIVED ? "≈" : "") + w.integer(a.count());
                r.addDataCell().setText(count);
                r.addDataCell().setText(a.share() == null && a.kind() != SurveyAnswer.Kind.MISSING ? "–" : w.percent(a.share()));
                r.addDataCell().setText(w.interval(a.ciLow(), a.ciHigh()));
                r.getDataCells().stream().skip(columns ? 2 : 1).forEach(c -> c.addClassName("number"));
            }
        }
        return t;
    }

    /** Two independent groups side by side, with the difference, its Newcombe interval and whether it exceeds chance. */
    private static Div comparison(SurveyComparison c, SurveyWording w) {
        Div box = new Div();
        box.addClassName("survey-comparison");
        box.setId("sammenligning-" + c.otherAnchor());
        String ownName = w.group(c.own()) + " (" + w.n(c.own().n()) + ")";
        String otherName = w.group(c.other()) + " (" + w.n(c.other().n()) + ")";
        H5 heading = new H5(w.text("survey.comparison", w.ref(c.otherTableRef()), w.group(c.other())));
        box.add(heading);
        List<ChartFactory.ShareBar> bars = new ArrayList<>();
        for (SurveyComparison.Difference d : c.rows()) {
            bars.add(new ChartFactory.ShareBar(d.label(w.locale()), ownName, d.own().share(), d.own().ciLow(),
                    d.own().ciHigh(), w.barLabel(d.own())));
            bars.add(new ChartFactory.ShareBar(d.label(w.locale()), otherName, d.other().share(), d.other().ciLow(),
                    d.other().ciHigh(), w.barLabel(d.other())));
        }
        box.add(chart("sammenligning-" + c.otherAnchor() + "-chart-export", heading.getText(), bars, w));
        NativeTable t = new NativeTable();
        t.addClassName("survey-numbers");
        NativeTableRow head = t.getHead().addRow();
        for (String h : List.of(w.text("survey.answer"), ownName, otherName, w.text("survey.difference"),
                w.text("survey.interval"), w.text("survey.reading"))) {
            head.addHeaderCell().setText(h);
        }
        for (SurveyComparison.Difference d : c.rows()) {
            NativeTableRow r = t.getBody().addRow();
            r.addDataCell().setText(d.label(w.locale()));
            r.addDataCell().setText(w.percent(d.own().share()));
            r.addDataCell().setText(w.percent(d.other().share()));
            r.addDataCell().setText(d.interval() == null ? "" : w.points(d.interval().difference()));
            r.addDataCell().setText(d.interval() == null ? "" : w.pointsInterval(d.interval().low(), d.interval().high()));
            var verdict = r.addDataCell();
            verdict.setText(w.verdict(d.verdict()));
            if (d.verdict() == SurveyComparison.Verdict.LARGER_THAN_CHANCE) {
                verdict.addClassName("survey-larger");
            }
            r.getDataCells().stream().skip(1).limit(4).forEach(cell -> cell.addClassName("number"));
        }
        box.add(t);
        if (c.caveat(w.locale()) != null) {
            Paragraph caveat = new Paragraph(c.caveat(w.locale()));
            caveat.addClassName("muted");
            box.add(caveat);
        }
        return box;
    }
}
