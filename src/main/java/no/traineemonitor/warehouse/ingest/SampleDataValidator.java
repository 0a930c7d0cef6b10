package no.traineemonitor.warehouse.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads and checks every file of sample-data/ against {@link SampleDataSpecs}, before anything reaches DuckDB. Collects
 * every problem (file:line:column: what, expected what); a file that is missing or unreadable makes the references to
 * its keys unchecked instead of one problem per reference. File names are matched exactly, or regardless of upper and
 * lower case with a warning.
 */
final class SampleDataValidator {

    private final Path sampleData;
    private final SourceDocuments documents;
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<LoadProblem> warnings = new ArrayList<>();
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Map<String, String> origins = new HashMap<>();
    private final Set<String> incomplete = new LinkedHashSet<>();
    private final Set<Path> used = new HashSet<>();
    private final MessageDigest content;
    private final CsvReader.ShortValues shortValues = new CsvReader.ShortValues();

    SampleDataValidator(Path sampleData, Path seeds) {
        this.sampleData = sampleData;
        this.documents = new SourceDocuments(seeds);
        try {
            this.content = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    ValidatedSampleData run() {
        if (!documents.available()) {
            warnings.add(new LoadProblem(String.valueOf(documents.folder()), 0, "the seeds folder does not exist, so source"
                    + " quotes were not checked against the cited documents (set --traineemonitor.seeds=FOLDER to check them)"));
        }
        CsvSpec.Context context = new CsvSpec.Context() {
            @Override
            public Set<String> keys(String name) {
                return keys.getOrDefault(name, Set.of());
            }

            @Override
            public boolean complete(String name) {
                return !incomplete.contains(name);
            }

            @Override
            public String origin(String name) {
                return origins.getOrDefault(name, "an earlier file");
            }

            @Override
            public SourceDocuments documents() {
                return documents;
            }
        };
        Map<CsvSpec, List<List<String>>> staged = new LinkedHashMap<>();
        for (CsvSpec spec : SampleDataSpecs.all()) {
            spec.exports().keySet().forEach(name -> origins.put(name, spec.isFolder() ? spec.path() + "/" : spec.path()));
            Optional<List<Path>> files = find(spec);
            boolean complete = files.isPresent();
            List<Row> rows = new ArrayList<>();
            Map<Object, Row> seenKeys = new HashMap<>();
            for (Path path : files.orElse(List.of())) {
                complete &= readFile(spec, path, context, rows, seenKeys);
            }
            for (CsvSpec.TableRule rule : spec.tableRules()) {
                problems.addAll(rule.check(rows, context));
            }
            if (!complete) {
                incomplete.addAll(spec.exports().keySet());
            }
            staged.put(spec, rows.stream().map(Row::values).toList());
        }
        warnUnknownFiles();
        if (!problems.isEmpty()) {
            List<String> notChecked = incomplete.stream()
                    .map(name -> "references to " + name.replace('_', ' ') + " (" + origins.get(name) + ")").toList();
            throw new LoadRejectedException(problems, notChecked, warnings);
        }
        return new ValidatedSampleData(staged, warnings, java.util.HexFormat.of().formatHex(content.digest()));
    }

    /** Reads one file of a spec; adds its rows (those without problems) and problems; false if the file is unusable. */
    private boolean readFile(CsvSpec spec, Path path, CsvSpec.Context context, List<Row> rows, Map<Object, Row> seenKeys) {
        String name = display(path);
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            content.update(path.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            content.update(bytes);
            text = CsvReader.decode(bytes);
        } catch (CsvReader.CsvFormatException e) {
            problems.add(new LoadProblem(name, e.line(), e.column(), e.getMessage()));
            return false;
        } catch (IOException e) {
            problems.add(new LoadProblem(name, 0, "cannot be read: " + e.getMessage() + " (expected a readable file)"));
            return false;
        }
        // the whole file is parsed before any row is judged: a malformed file is one problem and offers no rows or keys
        List<Parsed> records = new ArrayList<>();
        try {
            CsvReader.parse(text, shortValues, (line, values, positions) -> records.add(new Parsed(line, values, positions)));
        } catch (CsvReader.CsvFormatException e) {
            problems.add(new LoadProblem(name, e.line(), e.column(), e.getMessage()));
            return false;
        }
        if (records.isEmpty()) {
            problems.add(new LoadProblem(name, 0, "the file is empty (expected the header " + String.join(",", spec.header()) + ")"));
            return false;
        }
        Parsed header = records.getFirst();
        if (!checkHeader(spec, name, header.values(), header.positions())) {
            return false;
        }
        Map<String, Integer> columns = columnIndex(spec);
        for (Parsed r : records.subList(1, records.size())) {
            checkRecord(spec, name, r.line(), r.values(), r.positions(), columns, context, rows, seenKeys);
        }
        return true;
    }

    /** One parsed record of the file being read. */
    private record Parsed(int line, String[] values, int[] positions) {
    }

    /** The spec's column names with their index, shared by all its rows. */
    private final Map<CsvSpec, Map<String, Integer>> columnIndexes = new HashMap<>();

    private Map<String, Integer> columnIndex(CsvSpec spec) {
        return columnIndexes.computeIfAbsent(spec, s -> {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < s.columns().size(); i++) {
                index.put(s.columns().get(i).name(), i);
            }
            return Map.copyOf(index);
        });
    }

    private boolean checkHeader(CsvSpec spec, String name, String[] header, int[] positions) {
        List<String> expected = spec.header();
        List<String> actual = List.of(header);
        if (actual.equals(expected)) {
            return true;
        }
        int i = 0;
        while (i < Math.min(actual.size(), expected.size()) && actual.get(i).equals(expected.get(i))) {
            i++;
        }
        String what;
        int column;
        if (i < actual.size() && i < expected.size()) {
            what = "column " + (i + 1) + " of the header is '" + actual.get(i) + "'";
            column = positions[2 * i + 1];
        } else if (i < expected.size()) {
            what = "the header ends after " + actual.size() + " columns, before '" + expected.get(i) + "'";
            column = positions[2 * (actual.size() - 1) + 1];
        } else {
            what = "the header has an extra column '" + actual.get(i) + "'";
            column = positions[2 * i + 1];
        }
        problems.add(new LoadProblem(name, 1, column, what + " (expected the header " + String.join(",", expected) + ")"));
        return false;
    }

    private void checkRecord(CsvSpec spec, String file, int line, String[] values, int[] positions,
                             Map<String, Integer> columns, CsvSpec.Context context, List<Row> rows, Map<Object, Row> seenKeys) {
        int expected = spec.columns().size();
        if (values.length != expected) {
            incomplete.addAll(spec.exports().keySet()); // the row's keys are unknown: references to them are not checked
            int at = values.length > expected ? expected : values.length - 1;
            problems.add(new LoadProblem(file, positions[2 * at], positions[2 * at + 1], values.length + " fields (expected "
                    + expected + " as in the header; a comma inside a text must be inside quotes)"));
            return;
        }
        Row row = new Row(file, line, columns, values, positions);
        boolean valid = true;
        Set<String> invalidColumns = null;
        for (int i = 0; i < expected; i++) {
            CsvSpec.Column column = spec.columns().get(i);
            Optional<String> problem = column.check(values[i]);
            if (problem.isPresent()) {
                problems.add(row.problem(column.name(), problem.get()));
                if (invalidColumns == null) {
                    invalidColumns = new HashSet<>();
                }
                invalidColumns.add(column.name());
                valid = false;
            }
        }
        Set<String> invalid = invalidColumns == null ? Set.of() : invalidColumns;
        // keys are offered even from a row with other problems, so its references do not fail as well; a key that is
        // itself invalid makes the references to its set unchecked (one problem, not one per reference)
        spec.exports().forEach((name, column) -> {
            if (invalid.contains(column)) {
                incomplete.add(name);
            } else {
                keys.computeIfAbsent(name, k -> new HashSet<>()).add(row.get(column));
            }
        });
        if (!spec.key().isEmpty() && spec.key().stream().noneMatch(invalid::contains)) {
            // one column: the value itself is the key (no list per row)
            Object key = spec.key().size() == 1 ? row.get(spec.key().getFirst()) : spec.key().stream().map(row::get).toList();
            Row earlier = seenKeys.putIfAbsent(key, row);
            if (earlier != null) {
                valid = false;
                List<String> parts = spec.key().stream().map(row::get).toList();
                problems.add(row.problem(spec.key().getFirst(), "duplicate " + String.join(" + ", spec.key()) + " '"
                        + String.join("', '", parts) + "', already on " + earlier.where() + " (expected each once)"));
            }
        }
        if (!valid) {
            return;
        }
        for (CsvSpec.RowRule rule : spec.rowRules()) {
            rule.check(row, context).ifPresent(problems::add);
        }
        rows.add(row);
    }

    /** The files of a spec, or empty (with a problem) when it is missing. */
    private Optional<List<Path>> find(CsvSpec spec) {
        Optional<Path> found = resolve(spec.path());
        if (!spec.isFolder()) {
            if (found.isEmpty() || !Files.isRegularFile(found.get())) {
                problems.add(new LoadProblem(spec.path(), 0, "the file is missing (expected " + sampleData.resolve(spec.path()) + ")"));
                return Optional.empty();
            }
            used.add(found.get());
            return Optional.of(List.of(found.get()));
        }
        if (found.isEmpty() || !Files.isDirectory(found.get())) {
            problems.add(new LoadProblem(spec.path() + "/", 0, "the folder is missing (expected " + sampleData.resolve(spec.path())
                    + " with at least one .csv file)"));
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(found.get())) {
            for (Path p : list.sorted().toList()) {
                String fileName = p.getFileName().toString();
                boolean csv = fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
                if (fileName.startsWith(".") || !csv || !Files.isRegularFile(p)) {
                    warnings.add(new LoadProblem(display(p), 0, "ignored: not a .csv file of the sample data"
                            + (fileName.startsWith(".") ? " (a hidden file)" : "")));
                    continue;
                }
                if (!fileName.endsWith(".csv")) {
                    warnings.add(new LoadProblem(display(p), 0, "the name ends in '" + fileName.substring(fileName.length() - 4)
                            + "' (expected '.csv'); loaded it anyway"));
                }
                used.add(p);
                files.add(p);
            }
        } catch (IOException e) {
            problems.add(new LoadProblem(spec.path() + "/", 0, "cannot be listed: " + e.getMessage()));
            return Optional.empty();
        }
        if (files.isEmpty()) {
            problems.add(new LoadProblem(spec.path() + "/", 0, "the folder has no .csv file (expected at least one)"));
            return Optional.empty();
        }
        return Optional.of(files);
    }

    /** The path exactly, or a path that differs only in upper/lower case (with a warning). */
    private Optional<Path> resolve(String relative) {
        Path exact = sampleData.resolve(relative);
        if (Files.exists(exact)) {
            return Optional.of(exact);
        }
        Path current = sampleData;
        for (String part : relative.split("/")) {
            Path next = current.resolve(part);
            if (!Files.exists(next)) {
                try (Stream<Path> list = Files.list(current)) {
                    Optional<Path> match = list.filter(p -> p.getFileName().toString().equalsIgnoreCase(part)).findFirst();
                    if (match.isEmpty()) {
                        return Optional.empty();
                    }
                    next = match.get();
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
            current = next;
        }
        warnings.add(new LoadProblem(display(current), 0, "the name differs in upper/lower case from " + relative
                + " (expected exactly " + relative + "); loaded it anyway"));
        return Optional.of(current);
    }

    /** A .csv file the specs do not name is reported, never silently skipped. */
    private void warnUnknownFiles() {
        Set<String> folders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        SampleDataSpecs.all().stream().filter(CsvSpec::isFolder).forEach(s -> folders.add(s.path()));
        try (Stream<Path> walk = Files.walk(sampleData, 2)) {
            for (Path p : walk.sorted().toList()) {
                String name = p.getFileName().toString();
                Path parent = sampleData.relativize(p).getParent();
                boolean inSpecFolder = parent != null && folders.contains(parent.toString());
                if (Files.isRegularFile(p) && name.toLowerCase(Locale.ROOT).endsWith(".csv") && !used.contains(p) && !inSpecFolder) {
                    warnings.add(new LoadProblem(display(p), 0, "ignored: not a file of the sample data"
                            + " (expected the files named in sample-data/README.md)"));
                }
            }
        } catch (IOException e) {
            // the files that matter were read above; this is only a courtesy
        }
    }

    private String display(Path path) {
        return sampleData.relativize(path).toString().replace('\\', '/');
    }
}
