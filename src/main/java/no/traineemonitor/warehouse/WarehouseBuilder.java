package no.traineemonitor.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import no.traineemonitor.base.Leftovers;
import no.traineemonitor.warehouse.ingest.LoadReport;
import no.traineemonitor.warehouse.ingest.SampleDataLoader;
import no.traineemonitor.warehouse.ingest.ValidatedSampleData;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Builds a complete warehouse file from {@code sample-data/}: schema (Flyway, {@code sql/migration} and
 * {@code sql/view}), validated load, data version. A new file is built beside the target and moved over it in one
 * atomic step, so a failed load leaves the previous database untouched.
 */
@Component
public class WarehouseBuilder {

    private static final Logger log = LoggerFactory.getLogger(WarehouseBuilder.class);
    static final String[] SCHEMA_LOCATIONS = {"classpath:sql/migration", "classpath:sql/view"};

    private final WarehouseProperties properties;
    private final SampleDataLoader loader;
    private final org.springframework.beans.factory.ObjectProvider<ReturnSource> returns;
    private final org.springframework.beans.factory.ObjectProvider<ReferenceVersionSource> references;

    @org.springframework.beans.factory.annotation.Autowired
    WarehouseBuilder(WarehouseProperties properties, SampleDataLoader loader,
                     org.springframework.beans.factory.ObjectProvider<ReturnSource> returns,
                     org.springframework.beans.factory.ObjectProvider<ReferenceVersionSource> references) {
        this.properties = properties;
        this.loader = loader;
        this.returns = returns;
        this.references = references;
    }

    /** A builder with the sample data only, no yearly returns and no imported reference versions (tests, benchmarks). */
    WarehouseBuilder(WarehouseProperties properties, SampleDataLoader loader) {
        this(properties, loader, new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(ReturnSource.class), new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(ReferenceVersionSource.class));
    }

    /** A builder with the sample data and the given imported reference versions, no yearly returns (tests). */
    public static WarehouseBuilder withReferenceVersions(WarehouseProperties properties, SampleDataLoader loader,
                                                         ReferenceVersionSource references) {
        var factory = new org.springframework.beans.factory.support.StaticListableBeanFactory();
        factory.addBean("references", references);
        return new WarehouseBuilder(properties, loader, new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(ReturnSource.class), factory.getBeanProvider(ReferenceVersionSource.class));
    }

    /** The yearly returns a build includes (none without a record). */
    java.util.List<no.traineemonitor.warehouse.ingest.ReturnRow> returnRows() {
        ReturnSource source = returns.getIfAvailable();
        return source == null ? java.util.List.of() : source.activeReturnRows();
    }

    /**
     * Builds a new database from the sample data and swaps it in for {@code target}. The sample data is validated first,
     * before any file is written; the new file is built beside the target under a name with this process's id, its
     * checksum recorded, and both are moved into place only when everything loaded.
     */
    public LoadReport buildAndSwap(Path target) {
        Path sampleData = properties.sampleData();
        if (!Files.isDirectory(sampleData)) {
            throw new WarehouseUnavailableException(
                    "The sample data folder " + sampleData.toAbsolutePath() + " does not exist.",
                    "Start from the repository root, or set --traineemonitor.sample-data=FOLDER.");
        }
        long validateStart = System.nanoTime();
        ValidatedSampleData data = loader.validate(sampleData, properties.seedsFolder());
        long validateMillis = (System.nanoTime() - validateStart) / 1_000_000;
        data.warnings().forEach(w -> log.warn("Sample data: {}", w));
        Path building = null;
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            removeLeftovers(target);
            building = dir.resolve(target.getFileName() + ".building-" + Leftovers.pid());
            WarehouseFile.deleteQuietly(building);
            WarehouseFile.deleteQuietly(wal(building));
            LoadReport report = build(building, data).withStepsBefore(Map.of("validate", validateMillis));
            long checksumStart = System.nanoTime();
            String digest = WarehouseChecksum.digest(building);
            report = report.withStep("checksum", (System.nanoTime() - checksumStart) / 1_000_000);
            WarehouseChecksum.write(WarehouseChecksum.pending(target), digest, target);
            moveInto(building, target);
            Files.move(WarehouseChecksum.pending(target), WarehouseChecksum.of(target),
                    StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("Built {} in {} ms: {} (validated in {} ms; {})", target.toAbsolutePath(), report.millis(), report.summary(),
                    validateMillis, report.timings());
            return report;
        } catch (IOException e) {
            throw new WarehouseUnavailableException("Cannot write the database next to " + target.toAbsolutePath()
                    + ": " + e.getMessage(), "Check that the folder exists, is writable and the disk is not full.", e);
        } finally {
            if (building != null) {
                if (Files.exists(building)) { // not moved into place: its pending checksum is not valid either
                    WarehouseFile.deleteQuietly(WarehouseChecksum.pending(target));
                }
                WarehouseFile.deleteQuietly(building);
                WarehouseFile.deleteQuietly(wal(building));
            }
        }
    }

    /**
     * Removes what a killed {@code load} or start left beside the database: files being built by a process that has
     * ended, and a checksum not yet moved into place (kept only if it matches the database).
     */
    static void removeLeftovers(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = target.getFileName() + ".building-";
        Leftovers.remove(dir, Pattern.compile(Pattern.quote(prefix) + "([0-9]+)(\\.wal)?"));
        try (Stream<Path> list = Files.list(dir)) {
            if (list.anyMatch(p -> p.getFileName().toString().startsWith(prefix))) {
                return; // another process is building now: its checksum is its own business
            }
        } catch (IOException e) {
            return;
        }
        try {
            WarehouseChecksum.settle(target.toAbsolutePath());
        } catch (IOException e) {
            log.warn("Could not settle the checksum of {}: {}", target.toAbsolutePath(), e.getMessage());
        }
    }

    private LoadReport build(Path file, ValidatedSampleData data) {
        long start = System.nanoTime();
        migrate(file);
        long schemaMillis = (System.nanoTime() - start) / 1_000_000;
        try (Connection c = WarehouseFile.open(file)) {
            c.setAutoCommit(false);
            LoadReport report = loader.load(c, data, returnRows()).withStepsBefore(Map.of("schema", schemaMillis));
            long restStart = System.nanoTime();
            ReferenceVersionSource imported = references.getIfAvailable();
            if (imported != null && imported.loadAll(c) > 0) {
                loader.materialise(c); // what the load computed from version 1's population, again from the newest
            }
            try (var st = c.prepareStatement("INSERT INTO warehouse_build VALUES (?, current_timestamp)")) {
                st.setString(1, dataVersion());
                st.executeUpdate();
            }
            c.commit();
            try (var st = c.createStatement()) {
                st.execute("CHECKPOINT");
            }
            return report.withStep("reference versions, commit", (System.nanoTime() - restStart) / 1_000_000)
                    .withMillis((System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("Loading the sample data failed: " + e.getMessage(),
                    "The previous database (if any) is unchanged.", e);
        }
    }

    /** Applies the schema migrations and views to the file (used for new files and for schema upgrades). */
    static void migrate(Path file) {
        Flyway.configure()
                .dataSource(WarehouseProperties.jdbcUrl(file), null, null)
                .locations(SCHEMA_LOCATIONS)
                .load()
                .migrate();
    }

    private static void moveInto(Path building, Path target) throws IOException {
        // A WAL left by the old file would be replayed onto the new one: remove it first.
        WarehouseFile.deleteQuietly(wal(target));
        Files.move(building, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + ".wal");
    }

    /**
     * A short hash over the sample data, the yearly returns in use and every SQL file: when it differs from the one
     * recorded in the database, the database was built from other data or another schema.
     */
    public String dataVersion() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path root = properties.sampleData();
            if (Files.isDirectory(root)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(root)) {
                    files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
                }
                for (Path f : files) {
                    sha.update(root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(f));
                }
            }
            ReturnSource source = returns.getIfAvailable();
            if (source != null) { // the yearly returns in use: a return confirmed or withdrawn changes the version
                sha.update(("returns:" + source.version()).getBytes(StandardCharsets.UTF_8));
            }
            ReferenceVersionSource imported = references.getIfAvailable();
            if (imported != null) { // an imported reference version changes the version
                sha.update(("reference:" + imported.version()).getBytes(StandardCharsets.UTF_8));
            }
            Resource[] sql = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/**/*.sql");
            java.util.Arrays.sort(sql, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (Resource r : sql) {
                sha.update(String.valueOf(r.getFilename()).getBytes(StandardCharsets.UTF_8));
                sha.update(r.getContentAsByteArray());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
