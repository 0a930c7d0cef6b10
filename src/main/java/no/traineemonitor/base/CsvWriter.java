package no.traineemonitor.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV. A text that a spreadsheet would take for a formula (starting with = + - @, tab or carriage
 * return) gets a leading apostrophe, so no value from data can become a formula; plain numbers are left as they are.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(escape(fields.get(i)));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String field) {
        String safe = neutralise(field);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** Prefixes an apostrophe to text a spreadsheet would evaluate; negative numbers stay numbers. */
    public static String neutralise(String field) {
        if (field.isEmpty()) {
            return field;
        }
        char c = field.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (risky && !field.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + field;
        }
        return field;
    }
}
