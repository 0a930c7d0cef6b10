package no.traineemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.traineemonitor.base.sql.SqlFiles;
import no.traineemonitor.warehouse.ingest.CsvReader;
import no.traineemonitor.warehouse.ingest.LoadRejectedException;
import no.traineemonitor.warehouse.ingest.SampleDataLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every citation in sample-data/ quotes its source document verbatim (after collapsing whitespace): the loader checks
 * it against the seeds folder (../shared/seeds, beside the repository on every machine and in CI; property
 * {@code traineemonitor.seeds}), so a load with a quote not in its document is refused. Without the folder the rule is
 * skipped with one warning.
 */
class SourceQuoteTest {

    static final Path SEEDS = Path.of(System.getProperty("traineemonitor.seeds", "../shared/seeds"));

    @Test
    void the_real_sample_data_passes_with_every_quote_checked_against_its_document() {
        assertThat(SEEDS).as("source documents folder (../shared/seeds)").isDirectory();
        var data = new SampleDataLoader(new SqlFiles()).validate(Path.of("sample-data"), SEEDS);
        assertThat(data.warnings()).isEmpty();
        assertThat(data.rowCount()).isGreaterThan(1000);
    }

    @Test
    void a_quote_that_is_not_in_the_cited_document_is_refused_where_it_is(@TempDir Path dir) {
        SampleDataCopy copy = SampleDataCopy.of(dir.resolve("sample"));
        int line = copy.line("facts/002a.csv", r -> r.get("fact_id").equals("f002a-0094"));
        copy.set("facts/002a.csv", line, "source_quote", "Av disse har 81 gjennomført");
        assertThatThrownBy(() -> new SampleDataLoader(new SqlFiles()).validate(copy.root, SEEDS))
                .isInstanceOf(LoadRejectedException.class)
                .hasMessageContaining("facts/002a.csv:" + line + ":")
                .hasMessageContaining("source_quote \"Av disse har 81 gjennomført\" is not in 002_807c44608543e294.txt"
                        + " (expected a verbatim excerpt of the cited document; only whitespace may differ)");
    }

    @Test
    void without_the_seeds_folder_quotes_are_not_checked_and_the_load_warns_once(@TempDir Path dir) {
        SampleDataCopy copy = SampleDataCopy.of(dir.resolve("sample"));
        int line = copy.line("facts/002a.csv", r -> r.get("fact_id").equals("f002a-0094"));
        copy.set("facts/002a.csv", line, "source_quote", "Av disse har 81 gjennomført");
        var data = new SampleDataLoader(new SqlFiles()).validate(copy.root, dir.resolve("no-seeds"));
        assertThat(data.warnings()).singleElement().asString()
                .contains("no-seeds: the seeds folder does not exist, so source quotes were not checked");
    }

    @Test
    void every_cited_document_is_listed_in_sources_csv() throws IOException {
        var sources = CsvReader.read(Path.of("sample-data/sources.csv"), "sources.csv").stream()
                .skip(1).map(r -> r.fields().getFirst()).toList();
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            assertThat(seeds.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")))
                    .containsExactlyInAnyOrderElementsOf(sources);
        }
    }
}
