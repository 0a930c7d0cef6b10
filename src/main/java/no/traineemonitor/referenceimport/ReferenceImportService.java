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
 * Imports SSB table 07459 saved as JSON-stat 2.0 as a new reference version, all or nothing: the file is read and
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

    /** Checks a file against a warehouse (its reference tables and current version) and works out the version. */
    public static PopulationImport.Plan plan(byte[] json, Connection warehouse) throws SQLException {
        JsonStatDataset data = JsonStatDataset.read(json);
        return PopulationImport.plan(data, ReferenceCodes.read(warehouse));
    }

    /** Checks a file against the warehouse file (no server holds it) and works out the version; nothing is written. */
    public static PopulationImport.Plan plan(byte[] json, Path database) {
        try (Connection c = java.sql.DriverManager.getConnection(WarehouseProperties.jdbcUrl(database))) {
            return plan(json, c);
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("Cannot read " + database.toAbsolutePath() + ": " + e.getMessage(),
                    "Nothing was imported. Run ./tm load to build the database first.", e);
        }
    }

    /**
     * The admin page's import while the server runs: checked, kept, and added to the live warehouse in one transaction;
     * on any problem nothing is kept and nothing changes. Administrators only.
     */
    public synchronized PopulationImport.Plan importLive(byte[] json, String fileName) {
        CurrentUser user = currentUser.getObject();
        user.requireAdmin();
        PopulationImport.Plan plan;
        try (Connection c = dataSource.getObject().getConnection()) {
            plan = plan(json, c);
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("The warehouse could not be read: " + e.getMessage(),
                    "Nothing was imported.", e);
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
            PopulationImport.Plan plan;
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

    /** Writes the version: its row in ref_version (the next number) and a population per 2020 municipality. */
    static void insert(Connection c, PopulationImport.Plan plan, Path source, LocalDateTime loadedAt) throws SQLException {
        int id;
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT coalesce(max(version_id), 0) + 1 FROM ref_version")) {
            rs.next();
            id = rs.getInt(1);
        }
        try (var st = c.prepareStatement("INSERT INTO ref_version VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setInt(1, id);
            st.setString(2, "SSB 07459: folkemengde 1.1." + plan.year());
            st.setString(3, "SSB 07459: population 1 Jan " + plan.year());
            st.setObject(4, plan.figuresDate());
            st.setString(5, "SSB 07459" + (plan.updated().isBlank() ? "" : " (" + plan.updated() + ")")
                    + "; 03321, 11618; KLASS 131, 104, 128");
            st.setString(6, "NLOD / CC BY 4.0 (SSB)");
            st.setString(7, source.getFileName().toString());
            st.setTimestamp(8, Timestamp.valueOf(loadedAt));
            st.executeUpdate();
        }
        try (var st = c.prepareStatement("INSERT INTO ref_population_version VALUES (?, ?, ?, ?)")) {
            for (PopulationImport.Row r : plan.rows()) {
                st.setInt(1, id);
                st.setString(2, r.kommunenummer());
                st.setObject(3, r.population());
                st.setString(4, r.basis());
                st.addBatch();
            }
            st.executeBatch();
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
