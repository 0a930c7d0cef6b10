package no.traineemonitor.reporting;

import static no.traineemonitor.cli.CliRun.fingerprint;
import static no.traineemonitor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.traineemonitor.cli.CliRun;
import no.traineemonitor.record.RecordLog;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands of a reporting round by e-mail, as an administrator runs them: a template, a filled return checked and
 * previewed without storing, stored with {@code --confirm}, then {@code backup} and a {@code restore} into a fresh
 * install that gives the same indicators, byte for byte. Figures of the return are test inputs (made up here).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReturnCommandsTest {

    @TempDir
    static Path root;

    static String db() {
        return "--traineemonitor.database=" + root.resolve("install/data/traineemonitor.duckdb");
    }

    static String record() {
        return "--traineemonitor.record=" + root.resolve("install/data/record");
    }

    static void user(Path record, String username, String role, String programmeId) {
        new RecordLog(record, Clock.systemUTC()).append("test", "user_created", Map.of("username", username,
                "display_name", username, "roles", List.of(role), "programme_id", programmeId, "county_number", "",
                "active", true));
    }

    static List<String> salten2025(Path csv) throws Exception {
        return Files.readAllLines(csv).stream().filter(l -> l.contains(",trainee_salten,") && l.contains("2025")).toList();
    }

    @Test
    @Order(1)
    void a_return_by_e_mail_is_previewed_then_stored_and_the_next_load_uses_it() throws Exception {
        Path records = root.resolve("install/data/record");
        assertThat(run("load", db(), record()).exitCode()).isZero();
        user(records, "salten-leader", "LEADER", "trainee_salten");
        user(records, "vest-leader", "LEADER", "trainee_vest");

        Path template = root.resolve("template.xlsx");
        CliRun made = run("template", "--programme=trainee_salten", "--year=2025", "--out=" + template, db(), record());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).startsWith("Wrote the 2025 template for trainee_salten to " + template.toAbsolutePath());
        Path filled = root.resolve("salten-2025.xlsx");
        Files.write(filled, ReturnWorkbooks.fill(Files.readAllBytes(template), ReturnServiceTest.SALTEN_2025));

        String log = fingerprint(records.resolve("log.jsonl"));
        CliRun preview = run("submit", "--file=" + filled, "--as=salten-leader", db(), record());
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("The return of trainee_salten for 2025:")
                .containsPattern("new +Ansatte traineer +7")
                .contains("Nothing was stored: give --confirm to store the return.");
        assertThat(fingerprint(records.resolve("log.jsonl"))).isEqualTo(log);

        CliRun otherLeader = run("submit", "--file=" + filled, "--as=vest-leader", "--confirm", db(), record());
        assertThat(otherLeader.exitCode()).isEqualTo(1);
        assertThat(otherLeader.err()).contains("vest-leader may not report for trainee_salten", "nothing was stored");
        CliRun nobody = run("submit", "--file=" + filled, "--as=nobody", "--confirm", db(), record());
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err()).contains("No active user 'nobody'");
        assertThat(fingerprint(records.resolve("log.jsonl"))).isEqualTo(log);

        CliRun stored = run("submit", "--file=" + filled, "--as=salten-leader", "--confirm", db(), record());
        assertThat(stored.exitCode()).as(stored.err()).isZero();
        assertThat(stored.out()).containsPattern("Stored return \\d+ \\(version 1 for trainee_salten 2025, \\d+ figure\\(s\\) new or changed\\) as salten-leader");

        // the database no longer matches the record: commands say so, and load takes the return in
        assertThat(run("indicators", "--out=" + root.resolve("stale.csv"), db(), record()).err()).contains("./tm load");
        assertThat(run("load", db(), record()).exitCode()).isZero();
        Path csv = root.resolve("indicators.csv");
        assertThat(run("indicators", "--out=" + csv, db(), record()).exitCode()).isZero();
        // selection rate 7 of 120 from the return
        assertThat(salten2025(csv)).anyMatch(l -> l.startsWith("selection_rate,") && l.contains("0.058333"));
    }

    @Test
    @Order(2)
    void a_backup_restored_into_a_fresh_install_gives_the_same_indicators() throws Exception {
        Path backup = root.resolve("backup");
        CliRun backedUp = run("backup", "--out=" + backup, db(), record());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).contains("(2 users, 1 returns), 2 files");
        try (Stream<Path> files = Files.list(backup.resolve("files"))) {
            assertThat(files.count()).isEqualTo(1);
        }
        assertThat(backup.resolve("manifest.json")).exists();
        assertThat(run("backup", "--out=" + backup, db(), record()).err()).contains("exists and is not empty");

        String freshDb = "--traineemonitor.database=" + root.resolve("fresh/data/traineemonitor.duckdb");
        String freshRecord = "--traineemonitor.record=" + root.resolve("fresh/data/record");
        Files.createDirectories(root.resolve("fresh/data"));
        CliRun restored = run("restore", "--from=" + backup, freshDb, freshRecord);
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored the record", "(2 users, 1 returns)", "Rebuilt");
        Path freshCsv = root.resolve("fresh.csv");
        assertThat(run("indicators", "--out=" + freshCsv, freshDb, freshRecord).exitCode()).isZero();
        assertThat(Files.readAllLines(freshCsv)).isEqualTo(Files.readAllLines(root.resolve("indicators.csv")));

        CliRun again = run("restore", "--from=" + backup, freshDb, freshRecord);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already holds users or returns", "--replace");
        CliRun replaced = run("restore", "--from=" + backup, "--replace", freshDb, freshRecord);
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        try (Stream<Path> kept = Files.list(root.resolve("fresh/data"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("record.before-restore-"));
        }
    }

    @Test
    @Order(3)
    void a_damaged_backup_is_refused_whole_and_the_record_is_untouched() throws Exception {
        Path backup = root.resolve("backup");
        Path damaged = root.resolve("damaged");
        Files.createDirectories(damaged.resolve("files"));
        for (Path f : Files.walk(backup).filter(Files::isRegularFile).toList()) {
            Files.copy(f, damaged.resolve(backup.relativize(f).toString()));
        }
        Path returned;
        try (Stream<Path> files = Files.list(damaged.resolve("files"))) {
            returned = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(returned);
        bytes[bytes.length / 2] ^= 1;
        Files.write(returned, bytes);
        Path empty = root.resolve("empty/data");
        Files.createDirectories(empty);
        CliRun refused = run("restore", "--from=" + damaged, "--traineemonitor.database=" + empty.resolve("t.duckdb"),
                "--traineemonitor.record=" + empty.resolve("record"));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("is damaged; nothing was restored", "files/" + returned.getFileName()
                + ": differs from its SHA-256");
        assertThat(empty).isEmptyDirectory();
    }
}
