package no.traineemonitor.cli;

import static no.traineemonitor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help and argument errors: answered from the commands' declarations before anything starts (a database named in the
 * arguments is never created), with exit code 0 for help and 1 for every error, and a message naming the argument.
 */
class CliArgumentsTest {

    @TempDir
    Path tmp;

    @Test
    void every_command_has_help_naming_its_options_and_exits_0() {
        for (CommandSpec spec : Cli.specs()) {
            String[] words = spec.name().split(" ");
            CliRun asked = run(concat(words, "--help"));
            assertThat(asked.exitCode()).as(spec.name()).isZero();
            assertThat(asked.out()).as(spec.name()).startsWith("Usage: ./tm " + spec.name())
                    .contains("--traineemonitor.database=FILE");
            spec.options().forEach(o -> assertThat(asked.out()).as(spec.name()).contains(o.usage()));
            assertThat(run(concat(new String[] {"help"}, words)).out()).isEqualTo(asked.out());
        }
        assertThat(run("report", "county", "--help").out()).contains("--county=NN", "required", "--division=2024|2020");
    }

    @Test
    void help_lists_every_command_and_the_exit_codes() {
        CliRun help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("serve", "load", "indicators", "report county", "report programme",
                "report all-counties", "extract", "Exit code: 0 done; 1 an error");
        assertThat(run("help").out()).isEqualTo(help.out());
        assertThat(run("-h").out()).isEqualTo(help.out());
        assertThat(run("report", "--help").out()).contains("report county", "report programme", "report all-counties");
    }

    @Test
    void an_unknown_command_exits_1_and_says_what_there_is() {
        CliRun unknown = run("lod");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("Unknown command 'lod'", "--help");
        CliRun region = run("report", "region", "--out=x.xlsx");
        assertThat(region.exitCode()).isEqualTo(1);
        assertThat(region.err()).contains("Unknown command 'report region'", "report county", "report programme");
        assertThat(run("help", "lod").exitCode()).isEqualTo(1);
        assertThat(run("report", "--county=18").err()).startsWith("Unknown command 'report'. Use one of: report all-counties");
    }

    @Test
    void unknown_options_misspelt_properties_and_stray_words_exit_1_and_create_no_database() {
        Path database = tmp.resolve("never.duckdb");
        String db = "--traineemonitor.database=" + database;

        CliRun bogus = run("load", "--bogus=1", db);
        assertThat(bogus.exitCode()).isEqualTo(1);
        assertThat(bogus.err()).contains("Unknown option --bogus");

        CliRun words = run("load", "now", "please", db);
        assertThat(words.exitCode()).isEqualTo(1);
        assertThat(words.err()).contains("Unexpected argument 'now'", "Unexpected argument 'please'", "--name=value");

        CliRun misspelt = run("indicators", "--out=" + tmp.resolve("i.csv"), "--traineemonitor.databse=" + database);
        assertThat(misspelt.exitCode()).isEqualTo(1);
        assertThat(misspelt.err()).contains("Unknown property --traineemonitor.databse; did you mean --traineemonitor.database?");

        CliRun fylke = run("report", "county", "--fylke=18", "--out=" + tmp.resolve("x.xlsx"), db);
        assertThat(fylke.exitCode()).isEqualTo(1);
        assertThat(fylke.err()).contains("Unknown option --fylke", "Missing option --county=NN");

        assertThat(database).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void a_repeated_option_or_property_exits_1_and_names_both_values() {
        CliRun twice = run("report", "county", "--county=18", "--county=50", "--out=" + tmp.resolve("x.xlsx"));
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.err()).contains("--county is given twice ('18' and '50'): give it once");
        CliRun property = run("load", "--traineemonitor.database=a.duckdb", "--traineemonitor.database=b.duckdb");
        assertThat(property.exitCode()).isEqualTo(1);
        assertThat(property.err()).contains("--traineemonitor.database is given twice");
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void values_are_checked_against_the_declared_choices_and_numbers_before_any_work() {
        String out = "--out=" + tmp.resolve("x.xlsx");
        CliRun lang = run("report", "county", "--county=18", "--lang=de", out);
        assertThat(lang.exitCode()).isEqualTo(1);
        assertThat(lang.err()).contains("--lang=de is not one of nb, en");
        assertThat(run("report", "county", "--county=18", "--division=2019", out).err()).contains("--division=2019 is not one of 2024, 2020");
        assertThat(run("report", "programme", "--programme=trainee_salten", "--group=friends", out).err())
                .contains("--group=friends is not one of all, length, size, centrality");
        assertThat(run("indicators", "--out=i.csv", "--from=2020a").err()).contains("--from must be a whole number, got '2020a'");
        assertThat(run("indicators", "--out=i.csv", "--traineemonitor.pool-size=many").err())
                .contains("--traineemonitor.pool-size must be a whole number");
        assertThat(run("report", "county", "--county=", out).err()).contains("--county has no value: --county=NN");
        assertThat(run("report", "county", "--county", out).err()).contains("Option --county needs a value: --county=NN");
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void serve_checks_our_properties_and_passes_spring_boots_on() {
        CliRun ok = run("--port=9090", "--traineemonitor.database=x.duckdb", "--logging.level.root=INFO");
        assertThat(ok.exitCode()).isEqualTo(Cli.KEEP_RUNNING);
        assertThat(ok.servedWith()).containsExactly("--traineemonitor.database=x.duckdb", "--server.port=9090",
                "--logging.level.root=INFO");
        assertThat(run().servedWith()).isEmpty();

        CliRun misspelt = run("serve", "--traineemonitor.databse=x.duckdb");
        assertThat(misspelt.exitCode()).isEqualTo(1);
        assertThat(misspelt.err()).contains("Unknown property --traineemonitor.databse");
        assertThat(misspelt.servedWith()).isEmpty();
        assertThat(run("serve", "--port=80a").err()).contains("--port must be a whole number");
        assertThat(run("serve", "now").err()).contains("Unexpected argument 'now'");
        assertThat(run("--port=1", "--server.port=2").err()).contains("--port and --server.port are both given");
        assertThat(run("--logging.level.root=INFO", "--logging.level.root=WARN").exitCode()).isEqualTo(1);
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
