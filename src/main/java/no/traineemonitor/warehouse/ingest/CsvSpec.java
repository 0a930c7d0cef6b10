package no.traineemonitor.warehouse.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sample-data CSV (or a folder of them) must look like: its columns in order, the rule for each column,
 * the columns that must be unique together, checks of a whole row (with the keys of files read before) and checks
 * across the rows of all its files (consistent names, cross-field rules such as hires ≤ applicants).
 *
 * @param path       file or folder relative to sample-data/ (a folder means every *.csv in it)
 * @param stageTable staging table the rows are copied into before the typed load
 * @param columns    expected header, in order (the header is checked against these names, so a new column is one line)
 * @param key        columns that must be unique together across all files of this spec (empty: none)
 * @param rowRules   checks over one whole row with access to the keys of files read before
 * @param tableRules checks over all rows of this spec (all its files)
 * @param exports    key sets this spec offers to later specs: name -> column (e.g. "municipality" -> "kommunenummer")
 */
record CsvSpec(String path, String stageTable, List<Column> columns, List<String> key, List<RowRule> rowRules,
               List<TableRule> tableRules, Map<String, String> exports) {

    /** A check of one row; returns the problem or empty. */
    interface RowRule {
        Optional<LoadProblem> check(Row row, Context context);
    }

    /** A check across all rows of a spec; returns every problem. */
    interface TableRule {
        List<LoadProblem> check(List<Row> rows, Context context);
    }

    /** What the rules may look at besides the row: keys of files read before, and the cited source documents. */
    interface Context {

        /** The known keys of a name, e.g. the municipality codes of kommuner_2020.csv. */
        Set<String> keys(String name);

        /** False when the file offering these keys has problems of its own: references to them are not checked. */
        boolean complete(String name);

        /** The file or folder that offers the keys of a name, to say where a reference was looked up. */
        String origin(String name);

        /** The cited documents (the seeds folder); {@link SourceDocuments#available()} is false without it. */
        SourceDocuments documents();
    }

    boolean isFolder() {
        return !path.endsWith(".csv");
    }

    List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The rule for one column: kind, required, allowed values or form, and the range of a number. */
    record Column(String name, Kind kind, boolean required, Set<String> allowed, Pattern pattern, String form,
                  long min, long max) {

        enum Kind { TEXT, INTEGER, DECIMAL }

        private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
        private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
        /** DuckDB's INTEGER, the type whole numbers are loaded into. */
        static final long INTEGER_MAX = Integer.MAX_VALUE;

        static Column text(String name) {
            return new Column(name, Kind.TEXT, false, Set.of(), null, null, 0, 0);
        }

        static Column requiredText(String name) {
            return new Column(name, Kind.TEXT, true, Set.of(), null, null, 0, 0);
        }

        /** A code of a fixed form, e.g. {@code code("kommunenummer", "[0-9]{4}", "4 digits, e.g. 0301")}. */
        static Column code(String name, String regex, String form) {
            return new Column(name, Kind.TEXT, true, Set.of(), Pattern.compile(regex), form, 0, 0);
        }

        static Column optionalCode(String name, String regex, String form) {
            return new Column(name, Kind.TEXT, false, Set.of(), Pattern.compile(regex), form, 0, 0);
        }

        static Column oneOf(String name, boolean required, String... values) {
            return new Column(name, Kind.TEXT, required, Set.of(values), null, null, 0, 0);
        }

        /** A whole number from 0 to DuckDB's INTEGER maximum; narrow it with {@link #between}. */
        static Column integer(String name, boolean required) {
            return new Column(name, Kind.INTEGER, required, Set.of(), null, null, 0, INTEGER_MAX);
        }

        /** A number with {@code .} as decimal point, at least 0; narrow it with {@link #between}. */
        static Column decimal(String name, boolean required) {
            return new Column(name, Kind.DECIMAL, required, Set.of(), null, null, 0, Long.MAX_VALUE);
        }

        Column between(long newMin, long newMax) {
            return new Column(name, kind, required, allowed, pattern, form, newMin, newMax);
        }

        /** The problem with this value (text only, the caller adds where), or empty if it is fine. */
        Optional<String> check(String value) {
            if (value.isEmpty()) {
                return required ? Optional.of(name + " is empty (expected a value)") : Optional.empty();
            }
            if (value.isBlank()) {
                return Optional.of(name + " holds only spaces (expected " + (required ? "a value" : "a value or nothing") + ")");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                    return Optional.of(String.format(Locale.ROOT, "%s contains the control character U+%04X"
                            + " (expected plain text)", name, (int) c));
                }
            }
            if (!allowed.isEmpty() && !allowed.contains(value)) {
                return Optional.of(name + " '" + value + "' is not allowed (expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (pattern != null && !pattern.matcher(value).matches()) {
                return Optional.of(name + " '" + value + "' does not have the right form (expected " + form + ")");
            }
            return switch (kind) {
                case INTEGER -> checkWhole(value);
                case DECIMAL -> checkNumber(value);
                case TEXT -> Optional.empty();
            };
        }

        private Optional<String> checkWhole(String value) {
            if (!WHOLE.matcher(value).matches()) {
                return Optional.of(name + " '" + value + "' is not a whole number (expected digits 0-9 only, e.g. 42)");
            }
            boolean inRange;
            try {
                long v = Long.parseLong(value);
                inRange = v >= min && v <= max;
            } catch (NumberFormatException e) {
                inRange = false; // more digits than a long holds
            }
            return inRange ? Optional.empty()
                    : Optional.of(name + " " + value + " is out of range (expected a whole number from " + min + " to " + max + ")");
        }

        private Optional<String> checkNumber(String value) {
            if (!NUMBER.matcher(value).matches()) {
                return Optional.of(name + " '" + value + "' is not a number"
                        + " (expected digits 0-9 with '.' as decimal point, e.g. 12 or 12.5)");
            }
            double v = Double.parseDouble(value);
            if (v < min) {
                return Optional.of(name + " " + value + " is below " + min + " (expected " + range() + ")");
            }
            if (v > max) {
                return Optional.of(name + " " + value + " is above " + max + " (expected " + range() + ")");
            }
            return Optional.empty();
        }

        private String range() {
            return max == Long.MAX_VALUE ? "a number of at least " + min : "a number from " + min + " to " + max;
        }
    }
}
