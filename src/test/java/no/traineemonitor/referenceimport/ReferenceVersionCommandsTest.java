package no.traineemonitor.referenceimport;

import static no.traineemonitor.cli.CliRun.fingerprint;
import static no.traineemonitor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.traineemonitor.cli.CliRun;
import no.traineemonitor.warehouse.WarehouseProperties;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line around an imported commuting version: {@code reference import} of SSB 03321 (the fixture with four
 * flows changed, see {@link CommutingImportWarehouseTest}), a refused file and the same file again leave the database
 * file byte for byte as it was, and {@code backup} then {@code restore} into a fresh install keeps the version.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceVersionCommandsTest {

    @TempDir
    static Path root;

    static Path database(String install) {
        return root.resolve(install + "/data/traineemonitor.duckdb");
    }

    static String[] args(String install, String... command) {
        String[] all = new String[command.length + 2];
        System.arraycopy(command, 0, all, 0, command.length);
        all[command.length] = "--traineemonitor.database=" + database(install);
        all[command.length + 1] = "--traineemonitor.record=" + root.resolve(install + "/data/record");
        return all;
    }

    static Path fixture(String name) throws Exception {
        Path file = root.resolve(name);
        if (!Files.exists(file)) {
            Files.write(file, PopulationImportTest.fixture(name));
        }
        return file;
    }

    /** The current version and Bodø's gross commuting coefficient in a database file. */
    static double[] versionAndBodo(Path database) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(WarehouseProperties.jdbcUrl(database));
             var rs = c.createStatement().executeQuery("SELECT (SELECT version_id FROM ref_current_version),"
                     + " (out_commuters_within_ba + out_commuters_outside_ba + in_commuters_from_ba + in_commuters_outside_ba)"
                     + " / (work_in_home_municipality + out_commuters_within_ba + out_commuters_outside_ba"
                     + " + in_commuters_from_ba + in_commuters_outside_ba)"
                     + " FROM ref_current_commuting_municipality WHERE kommunenummer = '1804'")) {
            rs.next();
            return new double[] {rs.getInt(1), rs.getDouble(2)};
        }
    }

    @Test
    @Order(1)
    void a_refused_commuting_file_leaves_the_database_file_unchanged() throws Exception {
        Files.createDirectories(database("install").getParent());
        assertThat(run(args("install", "load")).exitCode()).isZero();
        String before = fingerprint(database("install"));
        for (String name : new String[] {"03321-wrong-size.json", "03321-missing-value.json", "03321-two-years.json"}) {
            CliRun refused = run(args("install", "reference", "import", "--file=" + fixture(name)));
            assertThat(refused.exitCode()).as(name).isEqualTo(1);
            assertThat(refused.err()).contains("Filen ble ikke importert; ingenting er endret.");
        }
        assertThat(fingerprint(database("install"))).isEqualTo(before);
        assertThat(database("install").resolveSibling("reference-versions")).doesNotExist();
    }

    @Test
    @Order(2)
    void the_import_prints_the_coefficients_before_and_after_and_the_same_file_again_changes_nothing() throws Exception {
        long start = System.nanoTime();
        CliRun imported = run(args("install", "reference", "import", "--file=" + fixture(CommutingImportWarehouseTest.CHANGED)));
        System.out.printf("reference import of 03321 on the command line (in-process, rebuild included): %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        // Bodø: 5 397 / 30 809 = 0,175 → 5 597 / 30 909 = 0,181; BA-region 106 Bodø (Bodø, Gildeskål) the only one
        assertThat(imported.out()).contains("Referanseversjon 2 er lastet: SSB-tabell 03321",
                "Pendlingskoeffisient per fylke (inndelingen 2024)", "Per BA-region der koeffisienten endres (1)",
                "  106 Bodø: ");
        double[] now = versionAndBodo(database("install"));
        assertThat(now[0]).isEqualTo(2);
        assertThat(now[1]).isCloseTo(5_597.0 / 30_909, within(1e-12));

        String before = fingerprint(database("install"));
        CliRun again = run(args("install", "reference", "import", "--file=" + fixture(CommutingImportWarehouseTest.CHANGED)));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Ingen endring: samme tall som versjon 2.");
        assertThat(fingerprint(database("install"))).isEqualTo(before);
        try (Stream<Path> kept = Files.list(database("install").resolveSibling("reference-versions"))) {
            assertThat(kept).hasSize(1);
        }
    }

    @Test
    @Order(3)
    void backup_and_restore_into_a_fresh_install_keep_the_imported_version() throws Exception {
        Path backup = root.resolve("backup");
        CliRun backedUp = run(args("install", "backup", "--out=" + backup));
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).contains("1 imported reference version");
        try (Stream<Path> files = Files.list(backup.resolve("reference-versions"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().startsWith("001-");
        }
        assertThat(Files.readString(backup.resolve("manifest.json"))).contains("\"reference_versions\" : 1");

        Files.createDirectories(database("fresh").getParent());
        CliRun restored = run(args("fresh", "restore", "--from=" + backup));
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        double[] fresh = versionAndBodo(database("fresh"));
        assertThat(fresh[0]).isEqualTo(2);
        assertThat(fresh[1]).isCloseTo(5_597.0 / 30_909, within(1e-12));
    }
}
