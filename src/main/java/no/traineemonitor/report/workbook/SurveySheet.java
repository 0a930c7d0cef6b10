package no.traineemonitor.report.workbook;

import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.survey.SurveyAnswer;
import no.traineemonitor.survey.SurveyComparison;
import no.traineemonitor.survey.SurveySeries;
import no.traineemonitor.survey.SurveyService;
import no.traineemonitor.survey.SurveyTable;
import no.traineemonitor.survey.SurveyWording;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What the surveys say: one sheet per survey (trainees, firms), each table of the report with its question, n, every
 * answer's count (stated or derived), share and 95 % interval, the report's caveats and the checks, the comparison with
 * an independent group where there is one, the source, and a native bar chart of the shares that reads the cells above
 * it. Works in the county and programme workbooks (XSSF) and in the streamed extract (SXSSF).
 */
public final class SurveySheet {

    /** Columns: column or group, answer, count, how the count is known, share, interval low and high, n. */
    private static final int[] WIDTHS = {36, 46, 9, 12, 9, 10, 10, 8};

    private SurveySheet() {
    }

    /** The names of the sheets {@link #write} adds, in order. */
    public static List<String> sheetNames(SurveyWording w) {
        return SurveyService.SURVEYS.stream().map(s -> w.text("survey.sheet." + s)).toList();
    }

    public static void write(Workbook wb, CellStyles s, Texts t, SurveyWording w, List<SurveyTable> tables,
                             @org.jspecify.annotations.Nullable SheetMetadata meta) {
        for (String survey : SurveyService.SURVEYS) {
            List<SurveyTable> of = tables.stream().filter(x -> x.survey().equals(survey)).toList();
            if (!of.isEmpty()) {
                sheet(wb, s, t, w, survey, of, meta);
            }
        }
    }

    private static void sheet(Workbook wb, CellStyles s, Texts t, SurveyWording w, String survey, List<SurveyTable> tables,
                              @org.jspecify.annotations.Nullable SheetMetadata meta) {
        SheetWriter sw = new SheetWriter(wb, w.text("survey.sheet." + survey), s);
        sw.widths(WIDTHS);
        String title = w.text("survey.sheet.title", w.survey(survey));
        sw.title(title).note(w.text("survey.sheet.subtitle"));
        String theme = null;
        for (SurveyTable table : tables) {
            if (!table.theme().equals(theme)) {
                theme = table.theme();
                sw.blank().heading(w.theme(theme));
            }
            table(wb, sw, s, w, table);
        }
        if (meta != null) { // null only in the extract's tests
            sw.about(meta.aboutDocuments(sw.sheet().getSheetName(), "survey",
                    tables.stream().map(SurveyTable::sourceTitle).distinct().toList()));
        }
        sw.print(false, title, t);
    }

    private static void table(Workbook wb, SheetWriter sw, CellStyles s, SurveyWording w, SurveyTable table) {
        sw.blank();
        sw.heading(w.ref(table) + ": " + table.caption(w.locale()) + " (" + w.n(table) + ")");
        if (w.english()) {
            sw.note(w.text("survey.question-nb", table.caption()));
        }
        sw.note(w.section(table));
        SheetWriter.RowWriter head = sw.row();
        for (String h : List.of(w.text("survey.column"), w.text("survey.answer"), w.text("survey.count"),
                w.text("survey.sheet.count-basis"), w.text("survey.share"), w.text("survey.sheet.ci-low"),
                w.text("survey.sheet.ci-high"), "n")) {
            head.text(h, s.header);
        }
        // each column's bars first (same answers, same order, so a chart series is one range), its subtotals after
        List<int[]> ranges = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (SurveySeries series : table.series()) {
            String name = series.label(w.locale()).isEmpty() ? w.group(series) : series.label(w.locale());
            int first = sw.rowIndex();
            for (SurveyAnswer a : series.bars()) {
                answerRow(sw, s, w, sw.rowIndex() == first ? name : "", series, a);
                if (ranges.isEmpty()) {
                    categories.add(a.label(w.locale()));
                }
            }
            ranges.add(new int[] {first, sw.rowIndex() - 1});
            names.add(name + (table.n() == null ? " (" + w.n(series.n()) + ")" : ""));
            series.answers().stream().filter(a -> a.kind() == SurveyAnswer.Kind.SUBTOTAL)
                    .forEach(a -> answerRow(sw, s, w, "", series, a));
        }
        List<String> notes = new ArrayList<>();
        if (table.caveat(w.locale()) != null) {
            notes.add(table.caveat(w.locale()));
        }
        table.checks().stream().map(w::check).forEach(notes::add);
        notes.forEach(text -> sw.note("• " + text));
        if (table.comparison() != null) {
            comparison(sw, s, w, table.comparison());
        }
        sw.note(w.text("survey.sheet.source", table.sourceTitle(), table.sourceSection().split(" ")[0], table.sourceQuote()));
        // a row per bar, two for a bar whose label wraps, so LibreOffice and Excel show every label
        boolean longLabels = categories.stream().anyMatch(c -> c.length() > 30);
        int bars = categories.size() * table.series().size();
        int rows = Math.max(10, 4 + bars * (longLabels ? 2 : 1) + (table.series().size() > 1 ? 2 : 0));
        int chartRow = sw.reserve(rows);
        chart(wb, sw.sheet(), chartRow, rows, w.text("survey.sheet.chart", w.ref(table)), categories, ranges, names, table);
    }

    private static void answerRow(SheetWriter sw, CellStyles s, SurveyWording w, String name, SurveySeries series, SurveyAnswer a) {
        String label = a.kind() == SurveyAnswer.Kind.SUBTOTAL ? w.text("survey.subtotal", a.label(w.locale())) : a.label(w.locale());
        SheetWriter.RowWriter r = sw.row().wrap(name).wrap(label).integer(a.count());
        r.text(a.kind() == SurveyAnswer.Kind.MISSING ? w.text("survey.no-figure")
                : a.count() == null ? "" : w.countBasis(a));
        // the chart reads the share: a gap where there is none (the reason stands in the column before)
        r.numberOrGap(a.share(), s.percent).percent(a.ciLow()).percent(a.ciHigh()).integer(series.n());
    }

    /** The comparison: the two groups named once as A and B, then per answer both shares and A − B with its interval. */
    private static void comparison(SheetWriter sw, CellStyles s, SurveyWording w, SurveyComparison c) {
        sw.note(w.text("survey.comparison", w.ref(c.otherTableRef()), w.group(c.other())) + ". "
                + w.text("survey.sheet.groups", w.group(c.own()) + " (" + w.n(c.own().n()) + ")",
                w.group(c.other()) + " (" + w.n(c.other().n()) + ")"));
        SheetWriter.RowWriter head = sw.row();
        for (String h : List.of(w.text("survey.answer"), w.text("survey.reading"), w.text("survey.sheet.share-a"),
                w.text("survey.sheet.share-b"), w.text("survey.sheet.difference-ab"), w.text("survey.sheet.ci-low"),
                w.text("survey.sheet.ci-high"))) {
            head.text(h, s.header);
        }
        for (SurveyComparison.Difference d : c.rows()) {
            sw.row().text(d.label(w.locale())).text(w.verdict(d.verdict())).percent(d.own().share()).percent(d.other().share())
                    .number(d.interval() == null ? null : d.interval().difference(), s.percent)
                    .number(d.interval() == null ? null : d.interval().low(), s.percent)
                    .number(d.interval() == null ? null : d.interval().high(), s.percent);
        }
        if (c.caveat(w.locale()) != null) {
            sw.note(c.caveat(w.locale()));
        }
    }

    /**
     * A horizontal bar chart of the shares (column E) by answer (column B), one series per column of the table. The
     * numbers are given to the chart as well as referred to (a streamed sheet's cells cannot be read back), so Excel
     * and LibreOffice draw it at once and it follows the cells when they change.
     */
    private static void chart(Workbook wb, Sheet sheet, int row, int rows, String title, List<String> categories,
                              List<int[]> ranges, List<String> names, SurveyTable table) {
        XSSFSheet drawingSheet = sheet instanceof XSSFSheet x ? x
                : ((SXSSFWorkbook) wb).getXSSFWorkbook().getSheet(sheet.getSheetName());
        String name = sheet.getSheetName();
        List<NativeCharts.ValueSeries> series = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            SurveySeries s = table.series().get(i);
            Double[] values = s.bars().stream().map(SurveyAnswer::share).toArray(Double[]::new);
            series.add(new NativeCharts.ValueSeries(names.get(i), values,
                    new CellRangeAddress(r[0], r[1], 4, 4).formatAsString(name, true)));
        }
        int[] firstRange = ranges.getFirst();
        String categoryRef = new CellRangeAddress(firstRange[0], firstRange[1], 1, 1).formatAsString(name, true);
        NativeCharts.barOfValues(drawingSheet, 0, row, WIDTHS.length, rows, title, null, null, CellStyles.PERCENT,
                categories.toArray(String[]::new), categoryRef, series, true);
    }
}
