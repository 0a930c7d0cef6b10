package no.traineemonitor.referenceimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.traineemonitor.base.Leftovers;
import no.traineemonitor.security.CurrentUser;
import no.traineemonitor.warehouse.ReferenceVersionSource;
import no.traineemonitor.warehouse.WarehouseProperties;
import no.traineemonitor.warehouse.WarehouseUnavailableException;
import no.traineemonitor.warehouse.WarehouseUpdater;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports SSB tables 07459 (population), 03321 (commuting) and 11618 (employment) saved as JSON-stat 2.0 as a new
 * reference version, all or nothing: the file is read and
 * checked against the warehouse's municipalities and change table before anything is written; then it is kept in the
 * versions folder (by default {@code reference-versions} beside the database; {@code traineemonitor.reference-versions})
 * and loaded: into the live warehouse in one transaction (the admin page), or by a rebuild (the command). Every build
 * loads the kept versions again after the sample data, in the order imported, so a rebuild keeps them.
 */
@Service
public class ReferenceImportService implements ReferenceVersionSource {

    /** The largest file accepted (07459 for every region, sex and age of one year is about 2 MB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Path folder;
    private final ObjectProvider<DataSource> dataSource;
    private final ObjectProvider<WarehouseUpdater> updater;
    private final ObjectProvider<CurrentUser> currentUser;

    ReferenceImportService(WarehouseProperties properties, @Value("${traineemonitor.reference-versions:}") String folder,
                           ObjectProvider<DataSource> dataSource, ObjectProvider<WarehouseUpdater> updater,
                           ObjectProvider<CurrentUser> currentUser) {
        this.folder = folder.isBlank() ? properties.database().toAbsolutePath().resolveSibling("reference-versions")
                : Path.of(folder);
        this.dataSource = dataSource;
        this.updater = updater;
        this.currentUser = currentUser;
    }

    /** A source of the versions kept in a folder, outside Spring (tests, tools): it reads and loads, never imports live. */
    public static ReferenceImportService at(Path folder) {
        var none = new org.springframework.beans.factory.support.StaticListableBeanFactory();
        return new ReferenceImportService(new WarehouseProperties(folder.resolve("unused.duckdb"), Path.of("sample-data"), 1),
                folder.toString(), none.getBeanProvider(DataSource.class), none.getBeanProvider(WarehouseUpdater.class),
                none.getBeanProvider(CurrentUser.class));
    }

    @Override
    public Path folder() {
        return folder;
    }

    /** The versions kept, in the order imported (version 2, 3, ...). */
    public List<Path> stored() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{3}-[0-9a-f]{12}\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables an import reads: population, commuting flows, employment by residence and workplace. */
    public static final List<String> TABLES = List.of(PopulationImport.TABLE, CommutingImport.TABLE, EmploymentImport.TABLE);

    /** Checks a file against a warehouse (its reference tables and current version) and works out the version. */
    public static ReferencePlan plan(byte[] json, Connection warehouse) throws SQLException {
        JsonStatDataset data = JsonStatDataset.read(json);
        String table = data.tableId();
        if (table == null) {
            throw new ImportRejectedException(List.of(Problem.of("table-unknown")));
        }
        ReferenceCodes codes = ReferenceCodes.read(warehouse);
        return switch (table) {
            case PopulationImport.TABLE -> PopulationImport.plan(data, codes);
            case CommutingImport.TABLE -> CommutingImport.plan(data, codes);
            case EmploymentImport.TABLE -> EmploymentImport.plan(data, codes);
            default -> throw new ImportRejectedException(List.of(Problem.of("table-not-supported", table)));
        };
    }

    /** Checks a file against the warehouse file (no server holds it) and works out the version; nothing is written. */
    public static ReferencePlan plan(byte[] json, Path database) {
        try (Connection c = java.sql.DriverManager.getConnection(WarehouseProperties.jdbcUrl(database))) {
            return plan(json, c);
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("Cannot read " + database.toAbsolutePath() + ": " + e.getMessage(),
                    "Nothing was imported. Run ./tm load to build the database first.", e);
        }
    }

    /**
     * The admin page's import while the server runs: checked, kept, and added to the live warehouse in one transaction;
     * on any problem nothing is kept and nothing changes; a table with the same figures as the current version makes
     * no version (the plan says {@link ReferencePlan#unchanged()}). Administrators only.
     */
    public synchronized ReferencePlan importLive(byte[] json, String fileName) {
        CurrentUser user = currentUser.getObject();
        user.requireAdmin();
        ReferencePlan plan;
        try (Connection c = dataSource.getObject().getConnection()) {
            plan = plan(json, c);
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("The warehouse could not be read: " + e.getMessage(),
                    "Nothing was imported.", e);
        }
        if (plan.unchanged()) {
            return plan;
        }
        Path kept = keep(json);
        try {
            updater.getObject().addReferenceVersion(c -> insert(c, plan, kept, LocalDateTime.now()));
        } catch (RuntimeException e) {
            deleteQuietly(kept);
            throw e;
        }
        return plan;
    }

    /** Keeps the file in the versions folder as the next version (written whole, then moved into place); returns it. */
    public synchronized Path keep(byte[] json) {
        try {
            Files.createDirectories(folder);
            Leftovers.remove(folder, java.util.regex.Pattern.compile("\\.import\\.([0-9]+)\\.partial"));
            String name = String.format("%03d-%s.json", stored().size() + 1, sha256(json).substring(0, 12));
            Path partial = folder.resolve(".import." + Leftovers.pid() + ".partial");
            Files.write(partial, json);
            Path target = folder.resolve(name);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the reference version in " + folder.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Removes a kept version again (its load failed). */
    public void forget(Path kept) {
        deleteQuietly(kept);
    }

    @Override
    public int loadAll(Connection connection) throws SQLException {
        int loaded = 0;
        for (Path f : stored()) {
            byte[] json;
            try {
                json = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new WarehouseUnavailableException("Cannot read the reference version " + f.toAbsolutePath() + ": "
                        + e.getMessage(), "Check the file, or move it out of " + folder.toAbsolutePath() + ".", e);
            }
            ReferencePlan plan;
            try {
                plan = plan(json, connection);
            } catch (ImportRejectedException e) {
                throw new WarehouseUnavailableException("The reference version " + f.toAbsolutePath()
                        + " no longer fits the reference data: " + e.getMessage(),
                        "Move it out of " + folder.toAbsolutePath() + " and import it again.", e);
            }
            LocalDateTime kept;
            try {
                kept = LocalDateTime.ofInstant(Files.getLastModifiedTime(f).toInstant(), ZoneId.systemDefault()).withNano(0);
            } catch (IOException e) {
                kept = LocalDateTime.now().withNano(0);
            }
            insert(connection, plan, f, kept);
            loaded++;
        }
        return loaded;
    }

    @Override
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : stored()) {
                sha.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the version: its row in ref_version (the next number) and all its figures: those of the imported table,
     * and the other tables' copied from the version before, so every version is complete.
     */
    static void insert(Connection c, ReferencePlan plan, Path source, LocalDateTime loadedAt) throws SQLException {
        int id;
        int previous;
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT coalesce(max(version_id), 0) + 1 FROM ref_version")) {
            rs.next();
            id = rs.getInt(1);
            previous = id - 1;
        }
        String nb;
        String en;
        switch (plan) {
            case PopulationImport.Plan p -> {
                nb = "SSB 07459: folkemengde 1.1." + p.year();
                en = "SSB 07459: population 1 Jan " + p.year();
            }
            case CommutingImport.Plan p -> {
                nb = "SSB 03321: pendling 4. kvartal " + p.year();
                en = "SSB 03321: commuting Q4 " + p.year();
            }
            case EmploymentImport.Plan p -> {
                nb = "SSB 11618: sysselsatte 4. kvartal " + p.year();
                en = "SSB 11618: employed persons Q4 " + p.year();
            }
        }
        try (var st = c.prepareStatement("INSERT INTO ref_version (version_id, title_nb, title_en, figures_date, ssb_tables,"
                + " licence, source_file, loaded_at) SELECT ?, ?, ?, coalesce(CAST(? AS DATE), v.figures_date), "
                // the tables of every part of the version, with their years: written without words, for both languages
                + " 'SSB 07459 (' || strftime(coalesce(CAST(? AS DATE), v.figures_date), '%d.%m.%Y') || '), 03321 ('"
                + " || coalesce(CAST(? AS INTEGER), vc.commuting_year) || '), 11618 (' || coalesce(CAST(? AS INTEGER),"
                + " vc.employment_year) || '); KLASS 131, 104, 128', ?, ?, ?"
                + " FROM ref_version v JOIN ref_version_commuting vc USING (version_id) WHERE v.version_id = ?")) {
            Object date = plan instanceof PopulationImport.Plan p ? p.figuresDate() : null;
            st.setInt(1, id);
            st.setString(2, nb);
            st.setString(3, en);
            st.setObject(4, date);
            st.setObject(5, date);
            st.setObject(6, plan instanceof CommutingImport.Plan p ? p.year() : null);
            st.setObject(7, plan instanceof EmploymentImport.Plan p ? p.year() : null);
            st.setString(8, "NLOD / CC BY 4.0 (SSB)");
            st.setString(9, source.getFileName().toString());
            st.setTimestamp(10, Timestamp.valueOf(loadedAt));
            st.setInt(11, previous);
            if (st.executeUpdate() != 1) {
                throw new SQLException("Reference version " + previous + " is missing or has no commuting years");
            }
        }
        try (var st = c.prepareStatement("INSERT INTO ref_version_commuting SELECT ?, coalesce(CAST(? AS INTEGER), commuting_year),"
                + " coalesce(CAST(? AS INTEGER), employment_year) FROM ref_version_commuting WHERE version_id = ?")) {
            st.setInt(1, id);
            st.setObject(2, plan instanceof CommutingImport.Plan p ? p.year() : null);
            st.setObject(3, plan instanceof EmploymentImport.Plan p ? p.year() : null);
            st.setInt(4, previous);
            st.executeUpdate();
        }
        if (plan instanceof PopulationImport.Plan p) {
            try (var st = c.prepareStatement("INSERT INTO ref_population_version VALUES (?, ?, ?, ?)")) {
                for (PopulationImport.Row r : p.rows()) {
                    st.setInt(1, id);
                    st.setString(2, r.kommunenummer());
                    st.setObject(3, r.population());
                    st.setString(4, r.basis());
                    st.addBatch();
                }
                st.executeBatch();
            }
        } else {
            copy(c, "ref_population_version", "kommunenummer, population, basis", id, previous);
        }
        if (plan instanceof CommutingImport.Plan p) {
            // one statement over three lists: 25 000 single-row inserts take seconds in DuckDB
            List<String> homes = new java.util.ArrayList<>();
            List<String> works = new java.util.ArrayList<>();
            List<@org.jspecify.annotations.Nullable Integer> employed = new java.util.ArrayList<>();
            new java.util.TreeMap<>(p.flows()).forEach((pair, v) -> {
                String[] hw = pair.split(" ");
                homes.add(hw[0]);
                works.add(hw[1]);
                employed.add(v);
            });
            try (var st = c.prepareStatement("INSERT INTO ref_commuting_flow_version SELECT ?, unnest(?), unnest(?), unnest(?)")) {
                st.setInt(1, id);
                st.setArray(2, c.createArrayOf("VARCHAR", homes.toArray()));
                st.setArray(3, c.createArrayOf("VARCHAR", works.toArray()));
                st.setArray(4, c.createArrayOf("INTEGER", employed.toArray()));
                st.executeUpdate();
            }
        } else {
            copy(c, "ref_commuting_flow_version", "home_kommunenummer, work_kommunenummer, employed", id, previous);
        }
        if (plan instanceof EmploymentImport.Plan p) {
            try (var st = c.prepareStatement("INSERT INTO ref_employment_version VALUES (?, ?, ?, ?, ?)")) {
                for (var e : p.rows().entrySet()) {
                    st.setInt(1, id);
                    st.setString(2, e.getKey());
                    st.setObject(3, e.getValue().population1574());
                    st.setObject(4, e.getValue().employedResidents());
                    st.setObject(5, e.getValue().employedAtWorkplace());
                    st.addBatch();
                }
                st.executeBatch();
            }
        } else {
            copy(c, "ref_employment_version", "kommunenummer, population_15_74, employed_residents, employed_at_workplace",
                    id, previous);
        }
    }

    /** The figures of one kind of the version before, unchanged, as the new version's. */
    private static void copy(Connection c, String table, String columns, int id, int previous) throws SQLException {
        try (var st = c.prepareStatement("INSERT INTO " + table + " SELECT ?, " + columns + " FROM " + table
                + " WHERE version_id = ?")) {
            st.setInt(1, id);
            st.setInt(2, previous);
            st.executeUpdate();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
