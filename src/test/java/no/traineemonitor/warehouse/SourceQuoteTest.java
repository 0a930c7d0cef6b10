package no.traineemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.traineemonitor.warehouse.ingest.CsvReader;
import org.junit.jupiter.api.Test;

/**
 * Every citation in sample-data/ quotes its source document verbatim (after collapsing whitespace), so no figure
 * can drift from the text it was taken from. The documents are the team's seeds in ../shared/seeds (beside the
 * repository on every machine and in CI); set -Dtraineemonitor.seeds=DIR to use another folder.
 */
class SourceQuoteTest {

    static final Path SEEDS = Path.of(System.getProperty("traineemonitor.seeds", "../shared/seeds"));
    static final List<String> CITING_FOLDERS = List.of("programmes", "programme_municipalities", "facts", "survey",
            "survey_tables");

    @Test
    void every_source_quote_is_found_verbatim_in_the_cited_document() throws IOException {
        assertThat(SEEDS).as("source documents folder (../shared/seeds)").isDirectory();
        Map<String, String> documents = new HashMap<>();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String folder : CITING_FOLDERS) {
            for (Path csv : csvFiles(Path.of("sample-data", folder))) {
                List<CsvReader.Record> records = CsvReader.read(csv, csv.toString());
                List<String> header = records.getFirst().fields();
                int fileColumn = header.indexOf("source_file");
                int quoteColumn = header.indexOf("source_quote");
                for (CsvReader.Record record : records.subList(1, records.size())) {
                    String file = record.fields().get(fileColumn);
                    String document = documents.computeIfAbsent(file, SourceQuoteTest::normalisedDocument);
                    String quote = normalise(record.fields().get(quoteColumn));
                    checked++;
                    if (quote.length() < 8 || !document.contains(quote)) {
                        missing.add(csv + ":" + record.line() + ": not in " + file + ": " + quote);
                    }
                }
            }
        }
        assertThat(checked).as("citations checked").isGreaterThan(1000);
        assertThat(missing).as("quotes not found verbatim").isEmpty();
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

    private static String normalisedDocument(String file) {
        try {
            return normalise(Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return ""; // an unknown file: every quote citing it is reported as missing
        }
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
