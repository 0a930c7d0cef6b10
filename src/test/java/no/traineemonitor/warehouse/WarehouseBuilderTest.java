package no.traineemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.traineemonitor.base.sql.SqlFiles;
import no.traineemonitor.warehouse.ingest.LoadRejectedException;
import no.traineemonitor.warehouse.ingest.LoadReport;
import no.traineemonitor.warehouse.ingest.SampleDataLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a warehouse on a temporary DuckDB file from the real sample-data/ and checks it against the reference files. */
class WarehouseBuilderTest {

    @TempDir
    static Path tmp;
    static Path database;
    static LoadReport report;

    @BeforeAll
    static void build() {
        database = tmp.resolve("data/warehouse.duckdb");
        report = builder(Path.of("sample-data")).buildAndSwap(database);
    }

    @Test
    void the_load_says_how_long_each_step_took_in_the_order_they_ran() {
        // what `./tm load` prints to show where a slow load spends its time
        assertThat(report.stepMillis().keySet()).containsExactly("validate", "schema", "stage", "reference", "programmes",
                "facts", "planner presets", "returns", "materialise", "vocabulary", "reference versions, commit", "checksum");
        assertThat(report.stepMillis().values()).allMatch(ms -> ms >= 0);
        assertThat(report.timings()).startsWith("validate ").contains(", facts ").endsWith(" s");
    }

    static WarehouseBuilder builder(Path sampleData) {
        var properties = new WarehouseProperties(Path.of("unused.duckdb"), sampleData, 2, SourceQuoteTest.SEEDS.toString());
        return new WarehouseBuilder(properties, new SampleDataLoader(new SqlFiles()));
    }

    static long query(Path file, String sql) throws SQLException {
        try (Connection c = WarehouseFile.open(file); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void all_356_municipalities_of_2020_are_loaded_with_county_ba_region_centrality_and_population() throws SQLException {
        assertThat(query(database, "SELECT count(*) FROM public_municipality")).isEqualTo(356);
        assertThat(query(database, "SELECT count(*) FROM public_municipality WHERE county_number_2024 IS NULL OR ba_nr IS NULL "
                + "OR centrality_class IS NULL OR population IS NULL OR population_2021 IS NULL")).isZero();
    }

    @Test
    void national_population_matches_ssb_official_totals() throws SQLException {
        // SSB's official population on 1 January (PROVENANCE.md, befolkning_2020.csv checks)
        assertThat(query(database, "SELECT sum(population) FROM public_municipality")).isEqualTo(5_367_580);
        assertThat(query(database, "SELECT sum(population_2021) FROM public_municipality")).isEqualTo(5_391_369);
        assertThat(query(database, "SELECT population FROM public_municipality WHERE kommunenummer = '0301'")).isEqualTo(693_494);
    }

    @Test
    void county_divisions_have_11_and_15_counties_with_the_known_municipality_counts() throws SQLException {
        assertThat(query(database, "SELECT count(DISTINCT county_number_2020) FROM public_municipality")).isEqualTo(11);
        assertThat(query(database, "SELECT count(DISTINCT county_number_2024) FROM public_municipality")).isEqualTo(15);
        // PROVENANCE.md: Nordland 41, Viken 51 = Østfold 12 + Akershus 21 + Buskerud 18
        assertThat(query(database, "SELECT count(*) FROM public_municipality WHERE county_number_2020 = '18'")).isEqualTo(41);
        assertThat(query(database, "SELECT count(*) FROM public_municipality WHERE county_number_2020 = '30'")).isEqualTo(51);
        assertThat(query(database, "SELECT count(*) FROM public_municipality WHERE county_number_2024 IN ('31', '32', '33')")).isEqualTo(51);
        assertThat(query(database, "SELECT count(DISTINCT ba_nr) FROM public_municipality")).isEqualTo(159);
    }

    @Test
    void commuting_matrix_totals_match_the_provenance_checks() throws SQLException {
        // PROVENANCE.md: 25,424 non-zero cells, 2,673,248 employed in the matrix, Oslo 306,708 living and working in Oslo
        assertThat(query(database, "SELECT count(*) FROM ref_commuting_flow")).isEqualTo(25_424);
        assertThat(query(database, "SELECT sum(employed) FROM ref_commuting_flow")).isEqualTo(2_673_248);
        assertThat(query(database, "SELECT employed FROM ref_commuting_flow WHERE home_kommunenummer = '0301' "
                + "AND work_kommunenummer = '0301'")).isEqualTo(306_708);
        assertThat(query(database, "SELECT sum(employed_residents) FROM ref_commuting_municipality")).isEqualTo(2_681_548);
    }

    @Test
    void centrality_is_the_2024_class_mapped_to_2020_codes_and_says_so() throws SQLException {
        assertThat(query(database, "SELECT count(*) FROM ref_centrality WHERE version LIKE 'SSB 2024%'")).isEqualTo(356);
        // 1507 Ålesund (2020) takes the class of 1508 Ålesund (3), not of 1580 Haram (5)
        assertThat(query(database, "SELECT centrality_class FROM ref_centrality WHERE kommunenummer = '1507'")).isEqualTo(3);
        assertThat(query(database, "SELECT centrality_class FROM ref_centrality WHERE kommunenummer = '0301'")).isEqualTo(1);
    }

    @Test
    void table_1_of_the_2021_report_is_compared_with_the_2024_classes() throws SQLException {
        // Table 1 (2020 classes): Norway 6/19/51/71/96/113. The 2024 classes mapped to the 356 codes of 2020,
        // counted by hand from sentralitet_2024_fallback.csv via kommuner_2020_til_2024.csv: 5/21/54/65/103/108.
        assertThat(query(database, "SELECT table1_count FROM check_centrality_table1 WHERE county_group = 'NO' AND centrality_class = 1")).isEqualTo(6);
        assertThat(query(database, "SELECT warehouse_count FROM check_centrality_table1 WHERE county_group = 'NO' AND centrality_class = 1")).isEqualTo(5);
        assertThat(query(database, "SELECT difference FROM check_centrality_table1 WHERE county_group = 'NO' AND centrality_class = 5")).isEqualTo(103 - 96);
        // Nordland: Table 1 has 7 in class 5 and 28 in class 6; the 2024 classes give 8 and 27
        assertThat(query(database, "SELECT difference FROM check_centrality_table1 WHERE county_group = '18' AND centrality_class = 5")).isEqualTo(1);
        assertThat(query(database, "SELECT difference FROM check_centrality_table1 WHERE county_group = '18' AND centrality_class = 6")).isEqualTo(-1);
        // the printed Table 1 adds up to 356 like the warehouse
        assertThat(query(database, "SELECT sum(table1_count) FROM check_centrality_table1 WHERE county_group = 'NO'")).isEqualTo(356);
    }

    @Test
    void a_bad_row_rejects_the_whole_load_with_file_and_line_and_leaves_the_previous_database_untouched(@TempDir Path dir)
            throws IOException, SQLException {
        Path sample = copyOfSampleData(dir.resolve("sample"));
        Path target = dir.resolve("db/warehouse.duckdb");
        builder(sample).buildAndSwap(target);
        long factsBefore = query(target, "SELECT count(*) FROM fact_observation");
        byte[] before = Files.readAllBytes(target);

        Path facts = sample.resolve("facts/900_bad.csv");
        String quote = "Hittil har 88 personer vært innrullert i ordningen";
        Files.writeString(facts, String.join("\n",
                "fact_id,programme_id,region_type,region_code,metric,category,period_start,period_end,value,unit,scope,horizon,qualifier,source_file,source_section,source_quote,conflict_note,note,period_kind,figure_kind,statement_programmes",
                "bad-1,trainee_salten,,,hires,,2031,2031,12,count,programme,,reported,002_807c44608543e294.txt,3.5," + quote + ",,,year,outcome,",
                "bad-2,no_such_programme,,,hires,,2031,2031,abc,count,programme,,reported,002_807c44608543e294.txt,3.5," + quote + ",,,year,outcome,",
                "bad-3,,municipality,9999,hires,,2031,2031,3,count,programme,,reported,002_807c44608543e294.txt,3.5," + quote + ",,,year,outcome,") + "\n");

        assertThatThrownBy(() -> builder(sample).buildAndSwap(target))
                .isInstanceOf(LoadRejectedException.class)
                .hasMessageContaining("facts/900_bad.csv:3:44: value 'abc' is not a number (expected digits 0-9")
                .hasMessageContaining("facts/900_bad.csv:4:21: region_code '9999' is not a known municipality (expected a code listed in reference/kommuner_2020.csv)")
                .satisfies(e -> assertThat(((LoadRejectedException) e).problems()).hasSize(2));
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(query(target, "SELECT count(*) FROM fact_observation")).isEqualTo(factsBefore);
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("warehouse.duckdb", "warehouse.duckdb.sha256");
        }
    }

    @Test
    void an_unknown_programme_and_a_wrong_header_are_reported(@TempDir Path dir) throws IOException {
        Path sample = copyOfSampleData(dir.resolve("sample"));
        Files.writeString(sample.resolve("programme_municipalities/900_bad.csv"),
                "programme_id,kommunenummer,basis,source_file,source_section,source_quote,note\n"
                        + "no_such_programme,1804,stated,002_807c44608543e294.txt,3.5,Hittil har 88 personer,\n");
        Files.writeString(sample.resolve("survey/900_bad.csv"), "fact_id,survey\nx,trainee_survey_2021\n");
        assertThatThrownBy(() -> builder(sample).buildAndSwap(dir.resolve("db/w.duckdb")))
                .isInstanceOf(LoadRejectedException.class)
                .hasMessageContaining("programme_municipalities/900_bad.csv:2:1: programme_id 'no_such_programme' is unknown")
                .hasMessageContaining("survey/900_bad.csv:1:9: the header ends after 2 columns, before 'table_ref'"
                        + " (expected the header fact_id,survey,table_ref,");
        assertThat(dir.resolve("db")).doesNotExist(); // refused before any file or folder was written
    }

    static Path copyOfSampleData(Path to) throws IOException {
        Path from = Path.of("sample-data");
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(all::add);
        }
        for (Path p : all) {
            Path dest = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(dest);
            } else {
                Files.copy(p, dest);
            }
        }
        return to;
    }
}
