package no.traineemonitor.cli;

import static no.traineemonitor.cli.CliRun.fingerprint;
import static no.traineemonitor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on a real warehouse (built once with {@code load}): those that read open the database read-only and
 * never rebuild it, whatever the arguments; outputs are written whole or not at all, and a failed write names the
 * reason.
 */
class ReadOnlyCommandsTest {

    @TempDir
    static Path shared;
    static Path database;
    static String db;

    @TempDir
    Path out;

    @BeforeAll
    static void load() {
        database = CliRun.load(shared.resolve("data/traineemonitor.duckdb"));
        db = "--traineemonitor.database=" + database;
    }

    @Test
    void a_county_report_is_written_whole_and_the_command_says_where() throws Exception {
        Path file = out.resolve("nordland.xlsx");
        String before = fingerprint(database);
        CliRun report = run("report", "county", "--county=18", "--out=" + file, db);
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).startsWith("Wrote the county report for 18 Nordland - Nordlánnda to " + file.toAbsolutePath());
        assertThat(Files.size(file)).isGreaterThan(10_000);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.toList()).containsExactly(file); // no partial file beside it
        }
        assertThat(fingerprint(database)).isEqualTo(before);
    }

    @Test
    void the_indicators_csv_has_the_header_and_one_row_per_result() throws Exception {
        Path file = out.resolve("completion.csv");
        CliRun indicators = run("indicators", "--out=" + file, "--indicator=completion_rate", db);
        assertThat(indicators.exitCode()).as(indicators.err()).isZero();
        var lines = Files.readAllLines(file);
        assertThat(lines.getFirst()).startsWith("indicator_id,variant,subject_type,subject_id");
        assertThat(indicators.out()).startsWith("Wrote " + (lines.size() - 1) + " indicator results to " + file.toAbsolutePath());
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith("completion_rate,"));
    }

    @Test
    void csv_excel_nb_gives_the_same_figures_for_a_norwegian_spreadsheet_and_english_headers_in_english() throws Exception {
        Path plain = out.resolve("plain.csv");
        Path nb = out.resolve("nb.csv");
        Path en = out.resolve("en.csv");
        String[] selection = {"--indicator=completion_rate", "--programme=trainee_salten", db};
        assertThat(run(concat(new String[] {"indicators", "--out=" + plain}, selection)).exitCode()).isZero();
        CliRun excel = run(concat(new String[] {"indicators", "--out=" + nb, "--csv=excel-nb"}, selection));
        assertThat(excel.exitCode()).as(excel.err()).isZero();
        assertThat(run(concat(new String[] {"indicators", "--out=" + en, "--csv=excel-nb", "--lang=en"}, selection))
                .exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(nb);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF); // UTF-8 byte-order mark
        var plainLines = Files.readAllLines(plain);
        var nbLines = Files.readAllLines(nb);
        assertThat(plainLines.getFirst()).startsWith("indicator_id,variant,subject_type,subject_id,subject_name");
        assertThat(nbLines.getFirst()).startsWith("\uFEFFIndikator;Variant;Gjelder (type);Gjelder (id);Gjelder;");
        assertThat(Files.readAllLines(en).getFirst()).startsWith("\uFEFFIndicator;Variant;Subject type;Subject id;Subject;");
        assertThat(nbLines).hasSameSizeAs(plainLines).hasSizeGreaterThan(1);
        // the same value, with a decimal comma: column "value" (11th)
        for (int i = 1; i < plainLines.size(); i++) {
            String value = plainLines.get(i).split(",", -1)[10];
            assertThat(nbLines.get(i).split(";", -1)[10]).isEqualTo(value.replace('.', ','));
        }
        assertThat(run("indicators", "--out=" + out.resolve("x.csv"), "--csv=excel", db).err()).contains("excel-nb");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void an_unknown_county_or_programme_is_named_and_nothing_is_written() {
        CliRun county = run("report", "county", "--county=99", "--out=" + out.resolve("x.xlsx"), db);
        assertThat(county.exitCode()).isEqualTo(1);
        assertThat(county.err()).contains("Unknown county '99' in the 2024 division", "18 Nordland - Nordlánnda");
        assertThat(run("report", "county", "--county=55", "--division=2020", "--out=" + out.resolve("x.xlsx"), db).err())
                .contains("Unknown county '55' in the 2020 division");
        assertThat(run("report", "programme", "--programme=trainee_atlantis", "--out=" + out.resolve("x.xlsx"), db).err())
                .contains("'trainee_atlantis'");
        assertThat(run("extract", "--out=" + out.resolve("all.txt"), db).err()).contains("'all.txt'");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void bad_arguments_leave_the_database_byte_for_byte_as_it_was() throws Exception {
        String before = fingerprint(database);
        FileTime modified = Files.getLastModifiedTime(database);
        assertThat(run("load", "--bogus=1", db).exitCode()).isEqualTo(1);
        assertThat(run("load", "now", "please", db).exitCode()).isEqualTo(1);
        assertThat(run("indicators", "--out=" + out.resolve("i.csv"), "--traineemonitor.databse=" + database, db).exitCode())
                .isEqualTo(1);
        assertThat(run("report", "county", "--county=18", "--county=18", "--out=" + out.resolve("x.xlsx"), db).exitCode())
                .isEqualTo(1);
        assertThat(fingerprint(database)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(database)).isEqualTo(modified);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void a_database_of_an_older_data_version_is_refused_not_rebuilt() throws Exception {
        Path old = out.resolve("old.duckdb");
        Files.copy(database, old);
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + old.toAbsolutePath() + ";jdbc_stream_results=true");
             var st = c.createStatement()) {
            st.execute("UPDATE warehouse_build SET data_version = 'aaaaaaaaaaaa'");
            st.execute("CHECKPOINT");
        }
        String before = fingerprint(old);
        for (String[] command : new String[][] {{"indicators", "--out=" + out.resolve("i.csv")},
                {"report", "county", "--county=18", "--out=" + out.resolve("x.xlsx")}, {"extract", "--out=" + out.resolve("e.csv")}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--traineemonitor.database=" + old;
            CliRun refused = run(args);
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("holds data version aaaaaaaaaaaa", "Rebuild it with './tm load'");
        }
        assertThat(fingerprint(old)).isEqualTo(before);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.toList()).containsExactly(old);
        }
    }

    @Test
    void a_missing_database_is_refused_not_built() {
        Path missing = out.resolve("data/none.duckdb");
        CliRun refused = run("indicators", "--out=" + out.resolve("i.csv"), "--traineemonitor.database=" + missing);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("There is no database at " + missing.toAbsolutePath(), "./tm load");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void without_the_sample_data_the_data_version_cannot_be_checked_and_the_command_says_so() {
        Path none = out.resolve("no-sample-data");
        CliRun refused = run("indicators", "--out=" + out.resolve("i.csv"), "--traineemonitor.sample-data=" + none, db);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("The sample data folder " + none.toAbsolutePath() + " does not exist",
                "--traineemonitor.sample-data=FOLDER");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void a_write_that_fails_names_the_reason_and_leaves_no_file() throws Exception {
        CliRun missingFolder = run("report", "county", "--county=18", "--out=" + out.resolve("nowhere/x.xlsx"), db);
        assertThat(missingFolder.exitCode()).isEqualTo(1);
        assertThat(missingFolder.err()).contains("Cannot write " + out.resolve("nowhere/x.xlsx") + ": the folder "
                + out.resolve("nowhere") + " does not exist");

        Files.createDirectory(out.resolve("taken.xlsx"));
        assertThat(run("report", "county", "--county=18", "--out=" + out.resolve("taken.xlsx"), db).err())
                .contains("Cannot write " + out.resolve("taken.xlsx") + ": it is a folder");

        // sysfs refuses new files even to root; a folder without write permission refuses them to anyone else
        boolean root = "root".equals(System.getProperty("user.name"));
        Path locked = root ? Path.of("/sys/kernel") : Files.createDirectory(out.resolve("locked"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        assumeThat(Files.isDirectory(locked)).isTrue();
        CliRun denied = run("indicators", "--out=" + locked.resolve("i.csv"), db);
        assertThat(denied.exitCode()).isEqualTo(1);
        assertThat(denied.err()).contains("Cannot write " + locked.resolve("i.csv") + ": permission denied");
        try (Stream<Path> files = Files.list(locked)) {
            assertThat(files.filter(f -> f.getFileName().toString().contains("i.csv")).toList()).isEmpty();
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("locked"))).containsExactly("taken.xlsx");
        }
    }
}
