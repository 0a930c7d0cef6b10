package no.traineemonitor.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV in one of the {@link CsvFormat}s (RFC 4180 by default). A text that a spreadsheet would take for a formula
 * (starting with = + - @, tab or carriage return) gets a leading apostrophe, so no value from data can become a
 * formula; plain numbers are left as they are.
 */
public final class CsvWriter {

    private final Writer out;
    private final CsvFormat format;
    private boolean started;

    /** Plain RFC 4180. */
    public CsvWriter(Writer out) {
        this(out, CsvFormat.RFC4180);
    }

    /** In a format; excel-nb starts with a byte-order mark. */
    public CsvWriter(Writer out, CsvFormat format) {
        this.out = out;
        this.format = format;
    }

    public CsvFormat format() {
        return format;
    }

    public void row(List<String> fields) {
        try {
            if (!started) {
                started = true;
                if (format.byteOrderMark()) {
                    out.write('\uFEFF');
                }
            }
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(format.separator());
                }
                out.write(escape(fields.get(i), format.separator()));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String field) {
        return escape(field, ',');
    }

    static String escape(String field, char separator) {
        String safe = neutralise(field);
        if (safe.indexOf(separator) >= 0 || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** Prefixes an apostrophe to text a spreadsheet would evaluate; negative numbers (either decimal sign) stay numbers. */
    public static String neutralise(String field) {
        if (field.isEmpty()) {
            return field;
        }
        char c = field.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (risky && !field.matches("-?\\d+([.,]\\d+)?")) {
            return "'" + field;
        }
        return field;
    }
}
