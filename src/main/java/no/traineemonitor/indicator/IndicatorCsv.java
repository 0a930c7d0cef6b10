package no.traineemonitor.indicator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.base.CsvWriter;

/**
 * The indicator results as CSV (the {@code indicators} command's table) in a {@link CsvFormat}: excel-nb with decimal
 * commas and the columns named in the reader's language ({@code columnName}, keys {@code column.*}), or plain RFC 4180
 * with the column names of {@link IndicatorsCommand#COLUMNS}. Shares are fractions (0.75), not percent.
 */
public final class IndicatorCsv {

    /** Columns holding numbers: written with a decimal comma in excel-nb. */
    static final Set<String> NUMBERS = Set.of("value", "numerator", "denominator", "n", "ci_low", "ci_high");

    private IndicatorCsv() {
    }

    public static void write(List<IndicatorResult> results, CsvFormat format, Function<String, String> columnName,
                             OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(results, format, columnName, w);
        w.flush();
    }

    public static void write(List<IndicatorResult> results, CsvFormat format, Function<String, String> columnName, Writer w) {
        CsvWriter csv = new CsvWriter(w, format);
        csv.row(format.labelledHeader() ? IndicatorsCommand.COLUMNS.stream().map(c -> columnName.apply("column." + c)).toList()
                : IndicatorsCommand.COLUMNS);
        for (IndicatorResult r : results) {
            List<String> row = new ArrayList<>(IndicatorsCommand.row(r));
            for (int i = 0; i < row.size(); i++) {
                if (NUMBERS.contains(IndicatorsCommand.COLUMNS.get(i))) {
                    row.set(i, format.number(row.get(i)));
                }
            }
            csv.row(row);
        }
    }
}
