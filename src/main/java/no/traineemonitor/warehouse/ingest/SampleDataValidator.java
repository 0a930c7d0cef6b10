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
            Map<List<String>, Row> seenKeys = new HashMap<>();
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
    private boolean readFile(CsvSpec spec, Path path, CsvSpec.Context context, List<Row> rows, Map<List<String>, Row> seenKeys) {
        String name = display(path);
        List<CsvReader.Record> records;
        try {
            byte[] bytes = Files.readAllBytes(path);
            content.update(path.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            content.update(bytes);
            records = CsvReader.parse(CsvReader.decode(bytes), name);
        } catch (CsvReader.CsvFormatException e) {
            problems.add(new LoadProblem(name, e.line(), e.column(), e.getMessage()));
            return false;
        } catch (IOException e) {
            problems.add(new LoadProblem(name, 0, "cannot be read: " + e.getMessage() + " (expected a readable file)"));
            return false;
        }
        if (records.isEmpty()) {
            problems.add(new LoadProblem(name, 0, "the file is empty (expected the header " + String.join(",", spec.header()) + ")"));
            return false;
        }
        if (!checkHeader(spec, name, records.getFirst())) {
            return false;
        }
        for (CsvReader.Record record : records.subList(1, records.size())) {
            checkRecord(spec, name, record, context, rows, seenKeys);
        }
        return true;
    }

    private boolean checkHeader(CsvSpec spec, String name, CsvReader.Record header) {
        List<String> expected = spec.header();
        List<String> actual = header.fields();
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
            column = header.cells().get(i).column();
        } else if (i < expected.size()) {
            what = "the header ends after " + actual.size() + " columns, before '" + expected.get(i) + "'";
            column = header.cells().getLast().column();
        } else {
            what = "the header has an extra column '" + actual.get(i) + "'";
            column = header.cells().get(i).column();
        }
        problems.add(new LoadProblem(name, 1, column, what + " (expected the header " + String.join(",", expected) + ")"));
        return false;
    }

    private void checkRecord(CsvSpec spec, String file, CsvReader.Record record, CsvSpec.Context context,
                             List<Row> rows, Map<List<String>, Row> seenKeys) {
        List<CsvReader.Field> cells = record.cells();
        int expected = spec.columns().size();
        if (cells.size() != expected) {
            incomplete.addAll(spec.exports().keySet()); // the row's keys are unknown: references to them are not checked
            CsvReader.Field at = cells.size() > expected ? cells.get(expected) : cells.getLast();
            problems.add(new LoadProblem(file, at.line(), at.column(), cells.size() + " fields (expected " + expected
                    + " as in the header; a comma inside a text must be inside quotes)"));
            return;
        }
        Map<String, CsvReader.Field> byName = new LinkedHashMap<>();
        for (int i = 0; i < expected; i++) {
            byName.put(spec.columns().get(i).name(), cells.get(i));
        }
        Row row = new Row(file, record.line(), byName, record.fields());
        boolean valid = true;
        Set<String> invalidColumns = new HashSet<>();
        for (CsvSpec.Column column : spec.columns()) {
            Optional<String> problem = column.check(row.get(column.name()));
            if (problem.isPresent()) {
                problems.add(row.problem(column.name(), problem.get()));
                invalidColumns.add(column.name());
                valid = false;
            }
        }
        // keys are offered even from a row with other problems, so its references do not fail as well; a key that is
        // itself invalid makes the references to its set unchecked (one problem, not one per reference)
        spec.exports().forEach((name, column) -> {
            if (invalidColumns.contains(column)) {
                incomplete.add(name);
            } else {
                keys.computeIfAbsent(name, k -> new HashSet<>()).add(row.get(column));
            }
        });
        if (!spec.key().isEmpty() && spec.key().stream().noneMatch(invalidColumns::contains)) {
            List<String> key = spec.key().stream().map(row::get).toList();
            Row earlier = seenKeys.putIfAbsent(key, row);
            if (earlier != null) {
                valid = false;
                problems.add(row.problem(spec.key().getFirst(), "duplicate " + String.join(" + ", spec.key()) + " '"
                        + String.join("', '", key) + "', already on " + earlier.where() + " (expected each once)"));
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
