package no.traineemonitor.report.workbook;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.base.CsvWriter;

/**
 * The extract as one CSV in a {@link CsvFormat} (excel-nb: byte-order mark, semicolons, decimal commas, column names in
 * the reader's language; rfc4180: plain, the warehouse's column names): a column "record" says what a row is (fact,
 * survey_cell, survey_answer, indicator_result) and the other columns are the union of the kinds (see
 * {@link ExtractColumns#CSV}); a column a kind does not have stays empty. Text a spreadsheet would evaluate is
 * neutralised by {@link CsvWriter}.
 */
public final class CsvExtract implements ExtractSink {

    private final Writer out;
    private final CsvWriter csv;
    private final CsvFormat format;
    private String record = "";
    private int[] positions = new int[0];

    /** Plain RFC 4180 with the warehouse's column names. */
    public CsvExtract(Writer out) {
        this(out, CsvFormat.RFC4180, null);
    }

    /** In a format; excel-nb names the columns with {@code texts} (keys {@code column.*}). */
    public CsvExtract(Writer out, CsvFormat format, @org.jspecify.annotations.Nullable Texts texts) {
        this.out = out;
        this.format = format;
        this.csv = new CsvWriter(out, format);
        csv.row(format.labelledHeader() && texts != null
                ? ExtractColumns.CSV.stream().map(c -> texts.shared("column." + c)).toList() : ExtractColumns.CSV);
    }

    @Override
    public void section(String key, String title, List<String> columns) {
        record = key;
        positions = columns.stream().mapToInt(ExtractColumns.CSV::indexOf).toArray();
    }

    @Override
    public void row(Object[] values) {
        String[] fields = new String[ExtractColumns.CSV.size()];
        Arrays.fill(fields, "");
        fields[0] = record;
        for (int i = 0; i < values.length; i++) {
            fields[positions[i]] = text(values[i], format);
        }
        csv.row(new ArrayList<>(Arrays.asList(fields)));
    }

    /**
     * What the surveys say as rows of kind "survey_answer" (see {@link ExtractColumns#SURVEY_ANSWERS}): per table, column
     * and answer the count and how it is known, the share (0–1) with its 95 % interval, n, and the caveats and checks.
     */
    @Override
    public void surveys(java.util.List<no.traineemonitor.survey.SurveyTable> tables, no.traineemonitor.survey.SurveyWording w) {
        section("survey_answer", "", ExtractColumns.SURVEY_ANSWERS);
        for (var table : tables) {
            java.util.List<String> notes = new java.util.ArrayList<>();
            if (table.caveat(w.locale()) != null) {
                notes.add(table.caveat(w.locale()));
            }
            table.checks().forEach(c -> notes.add(w.check(c)));
            for (var series : table.series()) {
                for (var a : series.answers()) {
                    row(new Object[] {table.survey(), table.tableRef(), table.theme(), series.question(), series.questionEn(),
                            series.group(), a.label(), a.labelEn(), a.kind().name().toLowerCase(Locale.ROOT), a.count(),
                            a.countBasis().name().toLowerCase(Locale.ROOT), a.share(), a.ciLow(), a.ciHigh(), series.n(),
                            String.join(" | ", notes), table.sourceFile(), table.sourceSection(), table.sourceQuote()});
                }
            }
        }
    }

    /** Plain numbers, never "1 234": 12 and 0.913 (0,913 in excel-nb); a year stays 2020. */
    static String text(Object value, CsvFormat format) {
        return switch (value) {
            case null -> "";
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e15 -> String.valueOf(d.longValue());
            case Double d -> format.number(String.format(Locale.ROOT, "%.10f", d).replaceAll("0+$", "").replaceAll("\\.$", ""));
            default -> value.toString();
        };
    }

    @Override
    public void finish(ReportInfo info, java.util.Map<String, Long> counts) throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
