package no.traineemonitor.warehouse.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * What a sample-data CSV (or a folder of them) must look like: its columns in order, the rule for each column,
 * the columns that must be unique together, and checks that need other files (references).
 *
 * @param path       file or folder relative to sample-data/ (a folder means every *.csv in it)
 * @param stageTable staging table the rows are copied into before the typed load
 * @param columns    expected header, in order
 * @param key        columns that must be unique together across all files of this spec (empty: none)
 * @param rowChecks  checks over one whole row with access to the keys of files read before
 * @param exports    key sets this spec offers to later specs: name -> column (e.g. "municipality" -> "kommunenummer")
 */
record CsvSpec(String path, String stageTable, List<Column> columns, List<String> key, List<RowCheck> rowChecks,
               Map<String, String> exports) {

    /** A check of one row; returns the problem text or empty. */
    interface RowCheck extends BiFunction<Map<String, String>, KeySets, Optional<String>> {
    }

    /** Known keys of the files read so far, e.g. the municipality codes of kommuner_2020.csv. */
    interface KeySets {
        Set<String> of(String name);
    }

    boolean isFolder() {
        return !path.endsWith(".csv");
    }

    List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The rule for one column. */
    record Column(String name, Kind kind, boolean required, Set<String> allowed, Pattern pattern) {

        enum Kind { TEXT, INTEGER, DECIMAL }

        static Column text(String name) {
            return new Column(name, Kind.TEXT, false, Set.of(), null);
        }

        static Column requiredText(String name) {
            return new Column(name, Kind.TEXT, true, Set.of(), null);
        }

        static Column code(String name, String regex) {
            return new Column(name, Kind.TEXT, true, Set.of(), Pattern.compile(regex));
        }

        static Column optionalCode(String name, String regex) {
            return new Column(name, Kind.TEXT, false, Set.of(), Pattern.compile(regex));
        }

        static Column oneOf(String name, boolean required, String... values) {
            return new Column(name, Kind.TEXT, required, Set.of(values), null);
        }

        static Column integer(String name, boolean required) {
            return new Column(name, Kind.INTEGER, required, Set.of(), null);
        }

        static Column decimal(String name, boolean required) {
            return new Column(name, Kind.DECIMAL, required, Set.of(), null);
        }

        /** The problem with this value, or empty if it is fine. */
        Optional<String> check(String value) {
            if (value.isBlank()) {
                return required ? Optional.of(name + " is empty (required)") : Optional.empty();
            }
            if (!allowed.isEmpty() && !allowed.contains(value)) {
                return Optional.of(name + " '" + value + "' is not one of " + allowed.stream().sorted().toList());
            }
            if (pattern != null && !pattern.matcher(value).matches()) {
                return Optional.of(name + " '" + value + "' does not have the form " + pattern.pattern());
            }
            switch (kind) {
                case INTEGER -> {
                    try {
                        Long.parseLong(value.trim());
                    } catch (NumberFormatException e) {
                        return Optional.of(name + " '" + value + "' is not a whole number");
                    }
                }
                case DECIMAL -> {
                    try {
                        double d = Double.parseDouble(value.trim());
                        if (!Double.isFinite(d) || value.contains(",")) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        return Optional.of(name + " '" + value + "' is not a number (use . as decimal point, no spaces)");
                    }
                }
                case TEXT -> {
                    // any text
                }
            }
            return Optional.empty();
        }
    }
}
