package no.traineemonitor.base.export;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.base.CsvWriter;
import org.jspecify.annotations.Nullable;

/**
 * A page's table as CSV in one of the two {@link CsvFormat}s, written by {@link CsvWriter} (so no value becomes a
 * formula): first two-field lines with title, filters, data version and source (and for a table with its metadata: unit,
 * sources, reference data, licence and citation), an empty line, then the header
 * and one line per row of the table. Numbers are written as they are held, with the format's decimal sign; shares in
 * percent (the header says "(%)"); unknown is an empty field.
 */
public final class TableCsv {

    private TableCsv() {
    }

    public static byte[] write(ExportInfo info, ExportTable table, CsvFormat format) {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text, format);
        csv.row(List.of(info.labels().title(), info.title()));
        csv.row(List.of(info.labels().filters(), info.filters()));
        csv.row(List.of(info.labels().dataVersion(), info.dataVersion()));
        csv.row(List.of(info.labels().source(), info.source()));
        if (info.metadata() != null) { // unit, sources, reference version, licence and citation, as under the page's table
            info.metadata().allLines().forEach(line -> csv.row(List.of(line.label(), line.text())));
        }
        csv.row(List.of());
        csv.row(table.columns().stream().map(c -> c.kind() == ExportTable.Kind.PERCENT ? c.header() + " (%)" : c.header()).toList());
        for (List<@Nullable Object> row : table.rows()) {
            List<String> fields = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                fields.add(field(row.get(i), table.columns().get(i).kind(), format));
            }
            csv.row(fields);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String field(@Nullable Object value, ExportTable.Kind kind, CsvFormat format) {
        return switch (value) {
            case null -> "";
            case Number n when kind == ExportTable.Kind.PERCENT -> format.number(plain(decimal(n).movePointRight(2)));
            case Number n -> format.number(plain(decimal(n)));
            default -> value.toString();
        };
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()) : new BigDecimal(n.toString());
    }

    private static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
