package no.traineemonitor.warehouse.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import no.traineemonitor.warehouse.ingest.CsvSpec.RowRule;
import no.traineemonitor.warehouse.ingest.CsvSpec.TableRule;

/** The kinds of rule {@link SampleDataSpecs} combines: references, forms, ranges, names and cross-field rules. */
final class Rules {

    private Rules() {
    }

    /** The column's value must be a key offered by a file read before (e.g. a known municipality). */
    static RowRule ref(String column, String keySet) {
        return (row, context) -> {
            if (!context.complete(keySet) || context.keys(keySet).contains(row.get(column))) {
                return Optional.empty(); // an incomplete key set is reported once, not once per reference
            }
            return Optional.of(row.problem(column, column + " '" + row.get(column) + "' is unknown (expected a "
                    + keySet.replace('_', ' ') + " listed in " + context.origin(keySet) + ")"));
        };
    }

    /** As {@link #ref}, for a column that may be empty. */
    static RowRule optionalRef(String column, String keySet) {
        RowRule required = ref(column, keySet);
        return (row, context) -> row.get(column).isEmpty() ? Optional.empty() : required.check(row, context);
    }

    /** The value of {@code column} starts with the value of {@code prefixColumn} (a municipality code with its county). */
    static RowRule startsWith(String column, String prefixColumn) {
        return (row, context) -> row.get(column).startsWith(row.get(prefixColumn)) ? Optional.empty()
                : Optional.of(row.problem(column, column + " " + row.get(column) + " does not start with " + prefixColumn
                        + " " + row.get(prefixColumn) + " (expected the county number as the first two digits)"));
    }

    /** {@code first} is not after {@code second} when both are given (a period's start and end). */
    static RowRule notAfter(String first, String second) {
        return (row, context) -> {
            String a = row.get(first);
            String b = row.get(second);
            return !a.isEmpty() && !b.isEmpty() && Double.parseDouble(a) > Double.parseDouble(b)
                    ? Optional.of(row.problem(first, first + " " + a + " is after " + second + " " + b
                            + " (expected " + first + " ≤ " + second + ")"))
                    : Optional.empty();
        };
    }

    /** When {@code whenColumn} is {@code whenValue}, the number in {@code column} lies between min and max. */
    static RowRule rangeWhen(String column, String whenColumn, String whenValue, double min, double max, String what) {
        return (row, context) -> {
            if (!row.get(whenColumn).equals(whenValue) || row.get(column).isEmpty()) {
                return Optional.empty();
            }
            double v = Double.parseDouble(row.get(column));
            return v >= min && v <= max ? Optional.empty()
                    : Optional.of(row.problem(column, column + " " + row.get(column) + " is impossible for " + whenColumn
                            + " " + whenValue + " (expected " + what + ")"));
        };
    }

    /** When {@code whenColumn} is {@code whenValue}, the number in {@code column} is whole. */
    static RowRule wholeWhen(String column, String whenColumn, String whenValue) {
        return (row, context) -> row.get(whenColumn).equals(whenValue) && row.get(column).contains(".")
                && Double.parseDouble(row.get(column)) % 1 != 0
                ? Optional.of(row.problem(column, column + " " + row.get(column) + " is not a whole number, but "
                        + whenColumn + " is " + whenValue + " (expected a whole number)"))
                : Optional.empty();
    }

    /** When {@code whenColumn} is {@code whenValue} and {@code limit} is given, {@code column} is not above it. */
    static RowRule notAboveColumnWhen(String column, String limit, String whenColumn, String whenValue) {
        return (row, context) -> {
            if (!row.get(whenColumn).equals(whenValue) || row.get(limit).isEmpty()) {
                return Optional.empty();
            }
            return Double.parseDouble(row.get(column)) > Double.parseDouble(row.get(limit))
                    ? Optional.of(row.problem(column, column + " " + row.get(column) + " is more than " + limit + " "
                            + row.get(limit) + " (expected a count of respondents ≤ " + limit + ")"))
                    : Optional.empty();
        };
    }

    /** The quote is found verbatim (whitespace collapsed) in the document the row cites. */
    static RowRule quoted(String quoteColumn, String fileColumn) {
        return (row, context) -> {
            SourceDocuments documents = context.documents();
            if (!documents.available()) {
                return Optional.empty(); // the loader warns once that quotes were not checked
            }
            String file = row.get(fileColumn);
            Optional<SourceDocuments.Document> document = documents.get(file);
            if (document.isEmpty()) {
                return Optional.of(row.problem(fileColumn, fileColumn + " '" + file + "' is not in the seeds folder "
                        + documents.folder() + " (expected the cited document there)"));
            }
            String quote = SourceDocuments.normalise(row.get(quoteColumn));
            if (quote.length() < 8) {
                return Optional.of(row.problem(quoteColumn, quoteColumn + " '" + quote + "' is too short to find the"
                        + " passage (expected at least 8 characters quoted verbatim)"));
            }
            return document.get().contains(quote) ? Optional.empty()
                    : Optional.of(row.problem(quoteColumn, quoteColumn + " \"" + shorten(quote) + "\" is not in " + file
                            + " (expected a verbatim excerpt of the cited document; only whitespace may differ)"));
        };
    }

    /**
     * Each code has one name across all rows (a county number is not spelled two ways). The name most rows give is
     * taken as meant, so the problem is reported on the rows that differ from it, not on every row after the first.
     */
    static TableRule oneNamePerCode(String codeColumn, String nameColumn) {
        return (rows, context) -> odd(rows, codeColumn, nameColumn, (row, usual) -> row.problem(nameColumn, nameColumn
                + " '" + row.get(nameColumn) + "' differs from '" + usual.value() + "', given for " + codeColumn + " "
                + row.get(codeColumn) + " on " + usual.describe() + " (expected one " + nameColumn + " per " + codeColumn + ")"));
    }

    /** No two codes share a name (two counties called the same); reported on the rows of the less common code. */
    static TableRule uniqueName(String nameColumn, String codeColumn) {
        return (rows, context) -> odd(rows, nameColumn, codeColumn, (row, usual) -> row.problem(nameColumn, nameColumn
                + " '" + row.get(nameColumn) + "' is already the name of " + codeColumn + " " + usual.value() + " on "
                + usual.describe() + " (expected a different " + nameColumn + " for each " + codeColumn + ")"));
    }

    /** The most common value of a column among rows sharing a key: how many rows give it, and the first of them. */
    record Usual(String value, int rows, Row first) {

        String describe() {
            return rows == 1 ? first.where() : rows + " rows (first " + first.where() + ")";
        }
    }

    /** Rows whose {@code valueColumn} differs from the most common one among rows with the same {@code keyColumn}. */
    private static List<LoadProblem> odd(List<Row> rows, String keyColumn, String valueColumn,
                                         BiFunction<Row, Usual, LoadProblem> problem) {
        Map<String, Map<String, List<Row>>> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            byKey.computeIfAbsent(row.get(keyColumn), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get(valueColumn), v -> new ArrayList<>()).add(row);
        }
        List<LoadProblem> problems = new ArrayList<>();
        for (Map<String, List<Row>> values : byKey.values()) {
            if (values.size() < 2) {
                continue;
            }
            // the most rows win; on a tie, the value given first
            var usual = values.entrySet().stream().reduce((a, b) -> b.getValue().size() > a.getValue().size() ? b : a).orElseThrow();
            Usual u = new Usual(usual.getKey(), usual.getValue().size(), usual.getValue().getFirst());
            values.forEach((value, list) -> {
                if (!value.equals(u.value())) {
                    list.forEach(row -> problems.add(problem.apply(row, u)));
                }
            });
        }
        problems.sort(Comparator.comparing(LoadProblem::file).thenComparingInt(LoadProblem::line));
        return problems;
    }

    /**
     * Facts that must fit together: for facts about the same subject, period, scope, category and horizon that are
     * exact counts ({@code unit} count, {@code qualifier} reported on both), the sum of the {@code parts} metrics is not
     * above the {@code whole} metric (hires ≤ applicants; completed + dropped out ≤ hires). Ranges, minimum and maximum
     * bounds, budgets and approximate figures are not exact and are not compared.
     */
    static TableRule partsNotAbove(List<String> parts, String whole, List<String> sameColumns, Predicate<Row> exact) {
        return (rows, context) -> {
            Map<List<String>, Map<String, List<Row>>> groups = new LinkedHashMap<>();
            for (Row row : rows) {
                String metric = row.get("metric");
                if (exact.test(row) && (metric.equals(whole) || parts.contains(metric))) {
                    List<String> group = sameColumns.stream().map(row::get).toList();
                    groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(metric, m -> new ArrayList<>()).add(row);
                }
            }
            List<LoadProblem> problems = new ArrayList<>();
            for (Map<String, List<Row>> group : groups.values()) {
                List<Row> wholes = group.getOrDefault(whole, List.of());
                for (Row w : wholes) {
                    double limit = value(w);
                    for (List<Row> combination : combinations(parts, group)) {
                        double sum = combination.stream().mapToDouble(Rules::value).sum();
                        if (!combination.isEmpty() && sum > limit) {
                            Row at = combination.getFirst();
                            String left = combination.stream().map(r -> r.get("metric") + " " + r.get("value"))
                                    .reduce((a, b) -> a + " + " + b).orElseThrow();
                            String others = combination.stream().skip(1).map(Row::where).reduce("", (a, b) -> a + ", " + b);
                            problems.add(at.problem("value", left + " is more than " + whole + " " + w.get("value") + " ("
                                    + w.where() + others + ") for the same subject, period and scope (expected "
                                    + String.join(" + ", parts) + " ≤ " + whole + ")"));
                        }
                    }
                }
            }
            return problems;
        };
    }

    /** Every way to take one row of each part metric that is present (a missing part counts as 0). */
    private static List<List<Row>> combinations(List<String> parts, Map<String, List<Row>> group) {
        List<List<Row>> result = new ArrayList<>();
        result.add(List.of());
        for (String part : parts) {
            List<Row> options = group.getOrDefault(part, List.of());
            if (options.isEmpty()) {
                continue;
            }
            List<List<Row>> next = new ArrayList<>();
            for (List<Row> partial : result) {
                for (Row option : options) {
                    List<Row> longer = new ArrayList<>(partial);
                    longer.add(option);
                    next.add(longer);
                }
            }
            result = next;
        }
        return result;
    }

    private static double value(Row row) {
        return Double.parseDouble(row.get("value"));
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
