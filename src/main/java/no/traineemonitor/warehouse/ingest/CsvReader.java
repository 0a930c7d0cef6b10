package no.traineemonitor.warehouse.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RFC 4180 CSV file (comma, double quotes, doubled inner quotes, line breaks inside quotes) and keeps
 * the line number where each record starts, so every problem can be reported as file:line.
 */
public final class CsvReader {

    /** One record: the line it starts on and its fields. */
    public record Record(int line, List<String> fields) {
    }

    private CsvReader() {
    }

    /** Parses the whole file. Throws {@link CsvFormatException} (with file:line) for malformed quoting or encoding. */
    public static List<Record> read(Path file, String displayName) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(displayName + ": not valid UTF-8 (save the file as UTF-8)");
        }
        return parse(text, displayName);
    }

    static List<Record> parse(String text, String displayName) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // byte order mark written by some spreadsheet programs
        }
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean inQuotes = false;
        boolean fieldWasQuoted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (inQuotes) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                i++;
                continue;
            }
            switch (ch) {
                case '"' -> {
                    if (field.length() > 0 || fieldWasQuoted) {
                        throw new CsvFormatException(displayName + ":" + line
                                + ": a quote inside an unquoted field (wrap the field in quotes and double inner quotes)");
                    }
                    inQuotes = true;
                    fieldWasQuoted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                }
                case '\r' -> {
                    // part of \r\n, ignored
                }
                case '\n' -> {
                    fields.add(field.toString());
                    if (!(fields.size() == 1 && fields.getFirst().isEmpty() && !fieldWasQuoted)) {
                        records.add(new Record(recordLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    fieldWasQuoted = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    if (fieldWasQuoted) {
                        throw new CsvFormatException(displayName + ":" + line + ": text after a closing quote");
                    }
                    field.append(ch);
                }
            }
            i++;
        }
        if (inQuotes) {
            throw new CsvFormatException(displayName + ":" + recordLine + ": a quoted field is never closed");
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    /** Malformed CSV; the message starts with file:line. */
    public static final class CsvFormatException extends RuntimeException {
        public CsvFormatException(String message) {
            super(message);
        }
    }
}
