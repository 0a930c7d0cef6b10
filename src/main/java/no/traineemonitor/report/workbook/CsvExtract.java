package no.traineemonitor.report.workbook;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.CsvWriter;

/**
 * The extract as one CSV (UTF-8, comma, header row, RFC 4180): a column "record" says what a row is (fact, survey_cell,
 * indicator_result) and the other columns are the union of the three kinds (see {@link ExtractColumns#CSV}); a column a
 * kind does not have stays empty. Text a spreadsheet would evaluate is neutralised by {@link CsvWriter}.
 */
public final class CsvExtract implements ExtractSink {

    private final Writer out;
    private final CsvWriter csv;
    private String record = "";
    private int[] positions = new int[0];

    public CsvExtract(Writer out) {
        this.out = out;
        this.csv = new CsvWriter(out);
        csv.row(ExtractColumns.CSV);
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
            fields[positions[i]] = text(values[i]);
        }
        csv.row(new ArrayList<>(Arrays.asList(fields)));
    }

    /** Plain machine-readable numbers: 12, 0.913, never "1 234" or "91,3". */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e15 -> String.valueOf(d.longValue());
            case Double d -> String.format(Locale.ROOT, "%.10f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
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
