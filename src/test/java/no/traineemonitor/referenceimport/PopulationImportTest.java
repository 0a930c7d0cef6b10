package no.traineemonitor.referenceimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.referenceimport.ReferenceCodes.Successor;
import org.junit.jupiter.api.Test;

/**
 * Table 07459 saved as JSON-stat 2.0 (the test fixtures in src/test/resources/jsonstat, see the README there) against a
 * small reference: three municipalities of 2020 as in the change table, 0301 Oslo (unchanged), 1507 Ålesund (split in
 * 2024 into 1508 Ålesund and 1580 Haram) and 3001 Halden (3101 since 2024), with made-up figures of the version before
 * (40, 30 and 80).
 */
class PopulationImportTest {

    static ReferenceCodes codes() {
        Map<String, String> municipalities = new LinkedHashMap<>();
        municipalities.put("0301", "Oslo");
        municipalities.put("1507", "Ålesund");
        municipalities.put("3001", "Halden");
        Map<String, List<Successor>> changes = new LinkedHashMap<>();
        changes.put("0301", List.of(new Successor("0301", "Oslo", "uendret")));
        changes.put("1507", List.of(new Successor("1508", "Ålesund", "delt"), new Successor("1580", "Haram", "delt")));
        changes.put("3001", List.of(new Successor("3101", "Halden", "nytt_nummer")));
        Map<String, String> counties = Map.of("03", "Oslo", "15", "Møre og Romsdal", "30", "Viken", "31", "Østfold");
        Map<String, String> county2024 = Map.of("0301", "03", "1507", "15", "3001", "31");
        Map<String, Integer> current = Map.of("0301", 40, "1507", 30, "3001", 80);
        return new ReferenceCodes(municipalities, changes, counties, county2024, new LinkedHashMap<>(current), 1);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = PopulationImportTest.class.getResourceAsStream("/jsonstat/" + name)) {
            return in.readAllBytes();
        }
    }

    static PopulationImport.Plan plan(String name) throws IOException {
        return PopulationImport.plan(JsonStatDataset.read(fixture(name)), codes());
    }

    static List<Problem> problems(String name) {
        try {
            plan(name);
        } catch (ImportRejectedException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(name + " was accepted");
    }

    static Problem problem(String key, Object... params) {
        return Problem.of(key, params);
    }

    @Test
    void a_table_of_2024_codes_is_summed_over_sex_and_age_and_mapped_to_the_2020_municipalities() throws IOException {
        PopulationImport.Plan plan = plan("valid-2024-codes.json");
        // K-0301: 10 + 11 + 12 + 13 = 46; K-1508: 5 + 6 + 7 + 8 = 26 and K-1580: 1 + 2 + 3 + 4 = 10, so 1507 = 36;
        // K-3101: 20 + 21 + 22 + 23 = 86; the county row 31 is not used
        assertThat(plan.rows()).containsExactly(
                new PopulationImport.Row("0301", "Oslo", 46, "same code"),
                new PopulationImport.Row("1507", "Ålesund", 36, "sum of 1508, 1580"),
                new PopulationImport.Row("3001", "Halden", 86, "new number 3101"));
        assertThat(plan.year()).isEqualTo(2024);
        assertThat(plan.figuresDate()).hasToString("2024-01-01");
        assertThat(plan.division()).isEqualTo("2024");
        assertThat(plan.renumbered()).isEqualTo(1);
        assertThat(plan.splits()).containsExactly("1507 Ålesund (2020) = 1508 Ålesund + 1580 Haram (2024)");
        assertThat(plan.added()).containsExactly("1580 Haram");
        assertThat(plan.merged()).isEmpty();
        assertThat(plan.leftOut()).containsExactly("31 Østfold");
        // before 40 + 30 + 80 = 150, now 46 + 36 + 86 = 168, each county 6 more
        assertThat(plan.totalBefore()).isEqualTo(150);
        assertThat(plan.totalAfter()).isEqualTo(168);
        assertThat(plan.counties()).extracting(PopulationImport.CountyChange::countyNumber,
                        PopulationImport.CountyChange::before, PopulationImport.CountyChange::after,
                        PopulationImport.CountyChange::difference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("03", 40L, 46L, 6L),
                        org.assertj.core.groups.Tuple.tuple("15", 30L, 36L, 6L),
                        org.assertj.core.groups.Tuple.tuple("31", 80L, 86L, 6L));
    }

    @Test
    void a_municipality_merged_into_a_larger_one_gets_no_figure_and_says_why() {
        // made up for the rule: 9001 A and 9002 B (2020) became 9003 AB (2024); no such merger happened 2020-2024
        ReferenceCodes base = codes();
        Map<String, String> municipalities = new LinkedHashMap<>(base.municipalities2020());
        municipalities.put("9001", "A");
        municipalities.put("9002", "B");
        Map<String, List<Successor>> changes = new LinkedHashMap<>(base.changes());
        changes.put("9001", List.of(new Successor("9003", "AB", "sammenslått")));
        changes.put("9002", List.of(new Successor("9003", "AB", "sammenslått")));
        ReferenceCodes codes = new ReferenceCodes(municipalities, changes, base.counties(), base.county2024(),
                base.current(), 1);
        String json = """
                {"version":"2.0","class":"dataset","label":"07459: Befolkning","id":["Region","ContentsCode","Tid"],
                 "size":[5,1,1],"role":{"geo":["Region"],"time":["Tid"],"metric":["ContentsCode"]},
                 "dimension":{"Region":{"category":{"index":["0301","1508","1580","3101","9003"]}},
                   "ContentsCode":{"category":{"index":["Personer1"],"unit":{"Personer1":{"base":"personer","decimals":0}}}},
                   "Tid":{"category":{"index":["2024"]}}},
                 "value":[46,26,10,86,500]}""";
        PopulationImport.Plan plan = PopulationImport.plan(JsonStatDataset.read(json.getBytes()), codes);
        assertThat(plan.rows()).filteredOn(r -> r.kommunenummer().startsWith("900")).containsExactly(
                new PopulationImport.Row("9001", "A", null, "merged into 9003 AB (2024): its part cannot be separated"),
                new PopulationImport.Row("9002", "B", null, "merged into 9003 AB (2024): its part cannot be separated"));
        assertThat(plan.merged()).containsExactly("9001 A, 9002 B (2020) → 9003 AB (2024)");
        assertThat(plan.unknown()).isEqualTo(2);
        assertThat(plan.totalAfter()).as("a county with an unknown municipality has an unknown total, never a partial sum")
                .isNull();
    }

    @Test
    void wrong_size_names_the_counts() {
        assertThat(problems("wrong-size.json")).containsExactly(problem("value-count", 19, "[5, 2, 2, 1, 1]", 20));
    }

    @Test
    void an_unknown_municipality_code_is_named_with_its_dimension_and_place() {
        assertThat(problems("unknown-code.json")).containsExactly(
                problem("municipality-unknown", "K-3199", "Ukjent", "Region", 3));
    }

    @Test
    void two_years_are_refused() {
        assertThat(problems("two-years.json")).containsExactly(problem("years", "Tid", 2, "2023, 2024"));
    }

    @Test
    void a_dimension_named_but_not_described_is_refused() {
        assertThat(problems("missing-dimension.json")).containsExactly(problem("dimension-missing", "Alder"));
    }

    @Test
    void a_value_that_is_not_a_number_is_named_by_position_and_codes() {
        assertThat(problems("non-numeric.json")).containsExactly(problem("not-number", 5,
                "Region=K-1508 (Ålesund), Kjonn=1 (Menn), Alder=001 (1 år), ContentsCode=Personer1 (Personer), Tid=2024",
                "\"6a\""));
    }

    @Test
    void a_missing_value_with_ssb_status_is_refused_not_taken_as_zero() {
        assertThat(problems("missing-value.json")).containsExactly(problem("missing-value", 6,
                "Region=K-1508 (Ålesund), Kjonn=2 (Kvinner), Alder=000 (0 år), ContentsCode=Personer1 (Personer), Tid=2024",
                "..", "1508"));
    }

    @Test
    void json_stat_1_other_tables_and_other_units_are_refused() {
        assertThat(problems("json-stat-1.json")).containsExactly(problem("version", "\"1.0\""));
        assertThat(problems("other-table.json")).containsExactly(problem("table-not-supported", "03321"));
        assertThat(problems("wrong-unit.json")).containsExactly(problem("unit", "ContentsCode", "Personer1", "prosent"));
    }

    @Test
    void a_file_that_is_not_json_says_where() {
        assertThatThrownBy(() -> JsonStatDataset.read("{\"version\": \"2.0\",".getBytes()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e ->
                        assertThat(e.problems().getFirst().key()).isEqualTo("reference.import.problem.not-json"));
    }

    @Test
    void every_problem_reads_in_both_languages() {
        var nb = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", java.util.Locale.ROOT);
        var en = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", java.util.Locale.ENGLISH);
        for (String name : List.of("wrong-size.json", "unknown-code.json", "two-years.json", "missing-dimension.json",
                "non-numeric.json", "missing-value.json", "json-stat-1.json", "other-table.json", "wrong-unit.json")) {
            for (Problem p : problems(name)) {
                String text = new java.text.MessageFormat(en.getString(p.key()), java.util.Locale.ENGLISH)
                        .format(p.params().toArray());
                assertThat(text).as(name).doesNotContain("{").isNotBlank();
                assertThat(nb.getString(p.key())).isNotEqualTo(en.getString(p.key()));
            }
        }
    }
}
