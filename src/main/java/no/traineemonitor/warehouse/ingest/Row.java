package no.traineemonitor.warehouse.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One data row of a sample-data file: where it is and its fields, each with its position. Kept as arrays with the
 * spec's column index shared by every row: the facts folder alone can hold a million rows.
 */
final class Row {

    private final String file;
    private final int line;
    private final Map<String, Integer> columns;
    private final String[] values;
    private final int[] positions;

    /**
     * @param columns   the spec's column names with their index (one map for all rows of a spec)
     * @param values    the fields in the spec's column order
     * @param positions where each field starts: {@code positions[2i]} its line, {@code positions[2i + 1]} its column
     */
    Row(String file, int line, Map<String, Integer> columns, String[] values, int[] positions) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.values = values;
        this.positions = positions;
    }

    String file() {
        return file;
    }

    int line() {
        return line;
    }

    /** The text of a column. */
    String get(String column) {
        return values[index(column)];
    }

    /** The values in the order of the spec's columns (what is staged). */
    List<String> values() {
        return Arrays.asList(values);
    }

    /** {@code file:line}, to point from one problem to the row it conflicts with. */
    String where() {
        return file + ":" + line;
    }

    /** A problem with one field, at the position where the field starts. */
    LoadProblem problem(String column, String message) {
        int i = index(column);
        return new LoadProblem(file, positions[2 * i], positions[2 * i + 1], message);
    }

    private int index(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column + " in " + file);
        }
        return i;
    }
}
