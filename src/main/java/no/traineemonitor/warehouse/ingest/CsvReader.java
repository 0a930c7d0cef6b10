package no.traineemonitor.warehouse.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads an RFC 4180 CSV file (comma, double quotes, doubled inner quotes, line breaks inside quotes) and keeps
 * the line and column where each field starts, so every problem can be reported as file:line:column. This is the only
 * CSV parser of the load: the staging tables are filled from its records, never by reading the files again.
 */
public final class CsvReader {

    /** One field: its text and where it starts (line and character column, both from 1). */
    public record Field(String value, int line, int column) {
    }

    /** One record: the line it starts on and its fields. */
    public record Record(int line, List<Field> cells) {

        public List<String> fields() {
            return cells.stream().map(Field::value).toList();
        }
    }

    private CsvReader() {
    }

    /**
     * Parses the whole file. Throws {@link CsvFormatException} (with line and column) for bytes that are not UTF-8, for
     * another delimiter than the comma and for malformed quoting or line endings.
     */
    public static List<Record> read(Path file, String displayName) throws IOException {
        return parse(decode(Files.readAllBytes(file)), displayName);
    }

    /** UTF-8 text of the bytes (a leading byte order mark is dropped); malformed bytes are reported with line and byte. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new CsvFormatException(1, 1, "the file is UTF-16 (expected UTF-8: save it as \"CSV UTF-8\")");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int lineStart = 0;
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // the column in characters: the bytes of the line before the bad one are valid UTF-8
            int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new CsvFormatException(line, column, String.format(Locale.ROOT,
                    "byte 0x%02X (byte %d of the line, %d of the file) is not valid UTF-8"
                            + " (expected UTF-8 text: save the file as \"CSV UTF-8\")",
                    bytes[offset] & 0xFF, offset - lineStart + 1, offset + 1));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // byte order mark written by some spreadsheet programs
    }

    static List<Record> parse(String text, String displayName) {
        List<Record> records = new ArrayList<>();
        parse(text, (line, values, positions) -> {
            List<Field> fields = new ArrayList<>(values.length);
            for (int f = 0; f < values.length; f++) {
                fields.add(new Field(values[f], positions[2 * f], positions[2 * f + 1]));
            }
            records.add(new Record(line, List.copyOf(fields)));
        });
        return records;
    }

    /** What {@link #parse(String, RecordSink)} hands over for each record, without building a list of the whole file. */
    interface RecordSink {

        /**
         * One record: the line it starts on, its values, and where each field starts ({@code positions[2i]} its line,
         * {@code positions[2i + 1]} its column). The arrays are the record's own.
         */
        void accept(int line, String[] values, int[] positions);
    }

    /**
     * Parses the whole text record by record (the sample data's largest folder has a million rows: no object per field).
     * Throws {@link CsvFormatException} as {@link #read}.
     */
    static void parse(String text, RecordSink sink) {
        parse(text, new ShortValues(), sink);
    }

    /** As {@link #parse(String, RecordSink)}, sharing one {@link ShortValues} across the files of a load. */
    static void parse(String text, ShortValues values, RecordSink sink) {
        checkDelimiter(text);
        List<String> fields = new ArrayList<>();
        int[] positions = new int[32];
        StringBuilder field = new StringBuilder();
        int line = 1;
        int lineStart = 0; // index in text where the current line starts
        int recordLine = 1;
        int fieldLine = 1;
        int fieldColumn = 1;
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
                        lineStart = i + 1;
                    }
                    field.append(ch);
                }
                i++;
                continue;
            }
            switch (ch) {
                case '"' -> {
                    if (field.length() > 0 || fieldWasQuoted) {
                        throw new CsvFormatException(line, i - lineStart + 1, "a quote inside an unquoted field"
                                + " (expected the whole field in quotes, with inner quotes doubled: \"say \"\"hi\"\"\")");
                    }
                    inQuotes = true;
                    fieldWasQuoted = true;
                }
                case ',' -> {
                    positions = add(fields, positions, values.of(field), fieldLine, fieldColumn);
                    field.setLength(0);
                    fieldWasQuoted = false;
                    fieldLine = line;
                    fieldColumn = i - lineStart + 2;
                }
                case '\r' -> {
                    if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                        throw new CsvFormatException(line, i - lineStart + 1, "a carriage return without a line feed"
                                + " (expected lines ending in LF or CRLF; save the file with Windows or Unix line endings)");
                    }
                }
                case '\n' -> {
                    positions = add(fields, positions, values.of(field), fieldLine, fieldColumn);
                    if (!(fields.size() == 1 && fields.getFirst().isEmpty() && !fieldWasQuoted)) {
                        emit(sink, recordLine, fields, positions);
                    }
                    fields.clear();
                    field.setLength(0);
                    fieldWasQuoted = false;
                    line++;
                    lineStart = i + 1;
                    recordLine = line;
                    fieldLine = line;
                    fieldColumn = 1;
                }
                default -> {
                    if (fieldWasQuoted) {
                        throw new CsvFormatException(line, i - lineStart + 1, "text after a closing quote"
                                + " (expected a comma or the end of the line after a quoted field)");
                    }
                    field.append(ch);
                }
            }
            i++;
        }
        if (inQuotes) {
            throw new CsvFormatException(fieldLine, fieldColumn, "a quoted field is never closed (expected a closing quote)");
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            positions = add(fields, positions, values.of(field), fieldLine, fieldColumn);
            emit(sink, recordLine, fields, positions);
        }
    }

    private static int[] add(List<String> fields, int[] positions, String value, int line, int column) {
        int at = 2 * fields.size();
        if (at + 2 > positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
        }
        positions[at] = line;
        positions[at + 1] = column;
        fields.add(value);
        return positions;
    }

    private static void emit(RecordSink sink, int line, List<String> fields, int[] positions) {
        sink.accept(line, fields.toArray(String[]::new), Arrays.copyOf(positions, 2 * fields.size()));
    }

    /**
     * One String for each short text that repeats (codes, units, qualifiers, years, empty fields): a million fact rows
     * repeat a few hundred of them, and keeping a copy per row doubled the heap of the load. Long texts (quotes, notes)
     * are kept as they are; the number of distinct texts kept is capped.
     */
    static final class ShortValues {

        private static final int LONGEST = 24;
        private static final int MOST = 1 << 16;
        private final java.util.HashMap<String, String> seen = new java.util.HashMap<>();

        String of(CharSequence field) {
            int length = field.length();
            if (length == 0) {
                return "";
            }
            String value = field.toString();
            if (length > LONGEST) {
                return value;
            }
            String earlier = seen.get(value);
            if (earlier != null) {
                return earlier;
            }
            if (seen.size() < MOST) {
                seen.put(value, value);
            }
            return value;
        }
    }

    /** A header separated by semicolons or tabs (a spreadsheet's regional CSV setting) is named as such. */
    private static void checkDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        if (header.indexOf(',') >= 0) {
            return;
        }
        for (char other : new char[] {';', '\t'}) {
            int at = header.indexOf(other);
            if (at >= 0) {
                throw new CsvFormatException(1, at + 1, "the fields are separated by " + (other == ';' ? "';'" : "tabs")
                        + " (expected ',': save the file as \"CSV UTF-8 (comma delimited)\")");
            }
        }
    }

    /** Malformed CSV: where (line and column from 1) and what. */
    public static final class CsvFormatException extends RuntimeException {

        private final int line;
        private final int column;

        public CsvFormatException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }
}
