package no.traineemonitor.warehouse.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.traineemonitor.base.sql.SqlFiles;
import org.springframework.stereotype.Component;

/**
 * Loads sample-data/ into an empty, migrated warehouse, all or nothing: every file is read and checked first
 * (header, types, vocabularies, keys, references) and every problem reported as file:line; only a clean set is
 * copied into staging tables and then, by the SQL in {@code sql/load/}, into the typed tables.
 */
@Component
public class SampleDataLoader {

    static final List<String> LOAD_STEPS = List.of("load/10_reference.sql", "load/20_programmes.sql", "load/30_facts.sql",
            "load/40_materialise.sql", "load/50_vocabulary.sql");
    static final List<String> COUNTED_TABLES = List.of("ref_municipality", "ref_county_2020", "ref_county_2024",
            "ref_ba_region", "ref_commuting_flow", "programme", "programme_municipality", "fact_observation",
            "survey_observation");

    private final SqlFiles sqlFiles;

    public SampleDataLoader(SqlFiles sqlFiles) {
        this.sqlFiles = sqlFiles;
    }

    /** Validates everything, then loads it on the given connection (the caller commits). */
    public LoadReport load(Connection connection, Path sampleData) throws SQLException {
        Map<CsvSpec, List<Path>> files = new LinkedHashMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<CsvSpec, Integer> rowCounts = validate(sampleData, files, problems);
        if (!problems.isEmpty()) {
            throw new LoadRejectedException(problems);
        }
        try (Statement st = connection.createStatement()) {
            for (var entry : files.entrySet()) {
                stage(st, entry.getKey(), entry.getValue(), rowCounts.get(entry.getKey()));
            }
            st.execute("INSERT INTO submission VALUES (1, 'sample_data', 'system', current_timestamp, "
                    + quote("sample-data/ loaded at first start or by the load command") + ", "
                    + quote(contentHash(files)) + ", " + rowCounts.values().stream().mapToInt(Integer::intValue).sum() + ")");
            for (String step : LOAD_STEPS) {
                for (String sql : SqlFiles.statements(sqlFiles.get(step))) {
                    st.execute(sql);
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : COUNTED_TABLES) {
                try (var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            for (CsvSpec spec : files.keySet()) {
                st.execute("DROP TABLE " + spec.stageTable());
            }
            return new LoadReport(counts, 0);
        }
    }

    /** Reads and checks every file; fills {@code files} and {@code problems}; returns the data rows per spec. */
    Map<CsvSpec, Integer> validate(Path sampleData, Map<CsvSpec, List<Path>> files, List<LoadProblem> problems) {
        Map<String, Set<String>> keySets = new HashMap<>();
        CsvSpec.KeySets lookup = name -> keySets.getOrDefault(name, Set.of());
        Map<CsvSpec, Integer> rowCounts = new LinkedHashMap<>();
        for (CsvSpec spec : SampleDataSpecs.all()) {
            List<Path> paths = find(sampleData, spec, problems);
            files.put(spec, paths);
            Set<List<String>> seenKeys = new HashSet<>();
            int rows = 0;
            for (Path path : paths) {
                String name = sampleData.relativize(path).toString().replace('\\', '/');
                List<CsvReader.Record> records;
                try {
                    records = CsvReader.read(path, name);
                } catch (CsvReader.CsvFormatException e) {
                    problems.add(new LoadProblem(name, 0, e.getMessage().substring(name.length() + 1).strip()));
                    continue;
                } catch (IOException e) {
                    problems.add(new LoadProblem(name, 0, "cannot be read: " + e.getMessage()));
                    continue;
                }
                if (records.isEmpty() || !records.getFirst().fields().equals(spec.header())) {
                    problems.add(new LoadProblem(name, 1, "the header must be: " + String.join(",", spec.header())));
                    continue;
                }
                for (CsvReader.Record record : records.subList(1, records.size())) {
                    rows++;
                    checkRecord(spec, name, record, lookup, seenKeys, keySets, problems);
                }
            }
            rowCounts.put(spec, rows);
        }
        return rowCounts;
    }

    private static void checkRecord(CsvSpec spec, String file, CsvReader.Record record, CsvSpec.KeySets lookup,
                                    Set<List<String>> seenKeys, Map<String, Set<String>> keySets, List<LoadProblem> problems) {
        List<String> fields = record.fields();
        if (fields.size() != spec.columns().size()) {
            problems.add(new LoadProblem(file, record.line(),
                    fields.size() + " fields, the header has " + spec.columns().size()));
            return;
        }
        Map<String, String> row = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < fields.size(); i++) {
            CsvSpec.Column column = spec.columns().get(i);
            row.put(column.name(), fields.get(i));
            var problem = column.check(fields.get(i));
            if (problem.isPresent()) {
                problems.add(new LoadProblem(file, record.line(), problem.get()));
                valid = false;
            }
        }
        if (!valid) {
            return;
        }
        for (CsvSpec.RowCheck check : spec.rowChecks()) {
            check.apply(row, lookup).ifPresent(p -> problems.add(new LoadProblem(file, record.line(), p)));
        }
        if (!spec.key().isEmpty()) {
            List<String> key = spec.key().stream().map(row::get).toList();
            if (!seenKeys.add(key)) {
                problems.add(new LoadProblem(file, record.line(), "duplicate " + String.join("+", spec.key()) + " " + String.join("+", key)));
            }
        }
        spec.exports().forEach((name, column) -> keySets.computeIfAbsent(name, k -> new HashSet<>()).add(row.get(column)));
    }

    private static List<Path> find(Path sampleData, CsvSpec spec, List<LoadProblem> problems) {
        Path p = sampleData.resolve(spec.path());
        if (!spec.isFolder()) {
            if (Files.isRegularFile(p)) {
                return List.of(p);
            }
            problems.add(new LoadProblem(spec.path(), 0, "file is missing"));
            return List.of();
        }
        if (!Files.isDirectory(p)) {
            problems.add(new LoadProblem(spec.path() + "/", 0, "folder is missing"));
            return List.of();
        }
        try (Stream<Path> list = Files.list(p)) {
            return list.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            problems.add(new LoadProblem(spec.path() + "/", 0, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    /** Copies the (already validated) files into an all-text staging table with DuckDB's CSV reader. */
    private static void stage(Statement st, CsvSpec spec, List<Path> paths, int expectedRows) throws SQLException {
        String columns = spec.columns().stream().map(c -> quote(c.name()) + ": 'VARCHAR'").collect(Collectors.joining(", "));
        if (paths.isEmpty()) {
            st.execute("CREATE TEMP TABLE " + spec.stageTable() + " AS SELECT * FROM (SELECT "
                    + spec.columns().stream().map(c -> "NULL::VARCHAR AS " + c.name()).collect(Collectors.joining(", "))
                    + ") WHERE false");
            return;
        }
        String fileList = paths.stream().map(p -> quote(p.toAbsolutePath().toString())).collect(Collectors.joining(", "));
        st.execute("CREATE TEMP TABLE " + spec.stageTable() + " AS SELECT * FROM read_csv([" + fileList + "], "
                + "header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false, columns = {" + columns + "})");
        try (var rs = st.executeQuery("SELECT count(*) FROM " + spec.stageTable())) {
            rs.next();
            if (rs.getInt(1) != expectedRows) {
                throw new SQLException("staging " + spec.path() + ": DuckDB read " + rs.getInt(1) + " rows, the validator "
                        + expectedRows + " (a CSV quoting difference)");
            }
        }
    }

    private static String contentHash(Map<CsvSpec, List<Path>> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (List<Path> paths : files.values()) {
                for (Path p : paths) {
                    sha.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(p));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
