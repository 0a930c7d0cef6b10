package no.traineemonitor.base.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A table as a page shows it, for export: column headers in the reader's language, each column of one kind, and the
 * rows (a cell is a text, a number or null for unknown, which stays empty: never 0).
 */
public record ExportTable(List<Column> columns, List<List<@Nullable Object>> rows) {

    /** How a column's values are written. */
    public enum Kind {
        TEXT,
        /** a whole number (count, kroner, inhabitants) */
        INTEGER,
        /** a number with decimals as it is held */
        DECIMAL,
        /** a share held as a fraction (0.913): written as percent in CSV ("91.3", header with "(%)"), 0.0 % in XLSX */
        PERCENT,
        /** a year or code: digits, no thousands separator */
        YEAR
    }

    public record Column(String header, Kind kind) {
    }

    public ExportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** Columns defined once, from the same items the page's grid shows. */
    public static <T> Builder<T> of(List<T> items) {
        return new Builder<>(items);
    }

    public static final class Builder<T> {

        private final List<T> items;
        private final List<Column> columns = new ArrayList<>();
        private final List<Function<T, @Nullable Object>> values = new ArrayList<>();

        private Builder(List<T> items) {
            this.items = items;
        }

        public Builder<T> text(String header, Function<T, @Nullable String> value) {
            return add(header, Kind.TEXT, value::apply);
        }

        public Builder<T> integer(String header, Function<T, @Nullable Number> value) {
            return add(header, Kind.INTEGER, value::apply);
        }

        public Builder<T> decimal(String header, Function<T, @Nullable Number> value) {
            return add(header, Kind.DECIMAL, value::apply);
        }

        public Builder<T> percent(String header, Function<T, @Nullable Number> value) {
            return add(header, Kind.PERCENT, value::apply);
        }

        public Builder<T> year(String header, Function<T, @Nullable Number> value) {
            return add(header, Kind.YEAR, value::apply);
        }

        /** A share column when {@code share}, else a decimal one (an indicator's value). */
        public Builder<T> value(String header, boolean share, Function<T, @Nullable Number> value) {
            return add(header, share ? Kind.PERCENT : Kind.DECIMAL, value::apply);
        }

        private Builder<T> add(String header, Kind kind, Function<T, @Nullable Object> value) {
            columns.add(new Column(header, kind));
            values.add(value);
            return this;
        }

        public ExportTable build() {
            List<List<@Nullable Object>> rows = new ArrayList<>();
            for (T item : items) {
                List<@Nullable Object> row = new ArrayList<>();
                for (var v : values) {
                    Object cell = v.apply(item);
                    row.add(cell instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : cell);
                }
                rows.add(java.util.Collections.unmodifiableList(row));
            }
            return new ExportTable(columns, rows);
        }
    }
}
