package no.traineemonitor.warehouse.ingest;

import java.util.List;
import java.util.Map;

/** One data row of a sample-data file: where it is and its fields by column name, each with its position. */
final class Row {

    private final String file;
    private final int line;
    private final Map<String, CsvReader.Field> cells;
    private final List<String> values;

    Row(String file, int line, Map<String, CsvReader.Field> cells, List<String> values) {
        this.file = file;
        this.line = line;
        this.cells = cells;
        this.values = values;
    }

    String file() {
        return file;
    }

    int line() {
        return line;
    }

    /** The text of a column. */
    String get(String column) {
        return cells.get(column).value();
    }

    /** The values in the order of the spec's columns (what is staged). */
    List<String> values() {
        return values;
    }

    /** {@code file:line}, to point from one problem to the row it conflicts with. */
    String where() {
        return file + ":" + line;
    }

    /** A problem with one field, at the position where the field starts. */
    LoadProblem problem(String column, String message) {
        CsvReader.Field field = cells.get(column);
        return new LoadProblem(file, field.line(), field.column(), message);
    }
}
