package no.traineemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.traineemonitor.cli.Cli;
import no.traineemonitor.cli.UserFacingException;
import no.traineemonitor.indicator.InvalidFilterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The report commands: bad options are refused with a message naming the value, and no file is left behind. */
@SpringBootTest
class ReportCommandsTest {

    @Autowired
    CountyReportCommand county;
    @Autowired
    ProgrammeReportCommand programme;
    @Autowired
    ExtractCommand extract;

    @TempDir
    Path dir;

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void an_unknown_county_is_named_in_the_message_and_no_file_is_written() {
        Path file = dir.resolve("x.xlsx");
        assertThatThrownBy(() -> county.run(List.of("--county=99", "--out=" + file), out))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("Unknown county '99' in the 2024 division")
                .hasMessageContaining("18 Nordland - Nordlánnda");
        assertThatThrownBy(() -> county.run(List.of("--county=55", "--division=2020", "--out=" + file), out))
                .hasMessageContaining("Unknown county '55' in the 2020 division");
        assertThat(file).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void other_bad_options_are_named_too() {
        String file = "--out=" + dir.resolve("x.xlsx");
        assertThatThrownBy(() -> county.run(List.of("--county=18", "--division=2019", file), out))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("'2019'");
        assertThatThrownBy(() -> county.run(List.of("--county=18", "--out=" + dir.resolve("x.pdf")), out))
                .hasMessageContaining("must end in .xlsx").hasMessageContaining("x.pdf");
        assertThatThrownBy(() -> county.run(List.of("--fylke=18", file), out)).hasMessageContaining("'--fylke'");
        assertThatThrownBy(() -> county.run(List.of(file), out)).hasMessageContaining("--county");
        assertThatThrownBy(() -> county.run(List.of("--county=18", "--lang=de", file), out)).hasMessageContaining("'de'");
        assertThatThrownBy(() -> programme.run(List.of("--programme=trainee_atlantis", file), out))
                .hasMessageContaining("'trainee_atlantis'");
        assertThatThrownBy(() -> programme.run(List.of("--programme=trainee_salten", "--group=friends", file), out))
                .hasMessageContaining("'friends'");
        assertThatThrownBy(() -> extract.run(List.of("--out=" + dir.resolve("all.txt")), out))
                .hasMessageContaining("'all.txt'");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_county_report_is_written_and_the_command_says_where() throws Exception {
        Path file = dir.resolve("reports/nordland.xlsx");
        assertThat(county.run(List.of("--county=18", "--out=" + file), out)).isZero();
        assertThat(file).isRegularFile();
        assertThat(Files.size(file)).isGreaterThan(10_000);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .startsWith("Wrote the county report for 18 Nordland - Nordlánnda to " + file.toAbsolutePath());
        try (var files = Files.list(file.getParent())) {
            assertThat(files.toList()).containsExactly(file); // no partial file left beside it
        }
    }

    @Test
    void the_jar_command_line_exits_with_1_and_names_the_unknown_county() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Cli.run(new String[] {"report", "county", "--county=99", "--out=" + dir.resolve("x.xlsx")});
            assertThat(code).isEqualTo(1);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Unknown county '99'");
        assertThat(Cli.run(new String[] {"report", "region"})).isEqualTo(2);
    }
}
