package no.traineemonitor.referenceimport;

import static no.traineemonitor.referenceimport.PopulationImportTest.codes;
import static no.traineemonitor.referenceimport.PopulationImportTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.referenceimport.ReferenceCodes.Successor;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * SSB tables 03321 (commuting) and 11618 (employment) saved as JSON-stat 2.0 (the hand-made fixtures 03321-*.json and
 * 11618-*.json in src/test/resources/jsonstat, made-up small figures) against the small reference of
 * {@link PopulationImportTest}: 0301 Oslo, 1507 Ålesund (1508 Ålesund + 1580 Haram since 2024), 3001 Halden (3101).
 */
class CommutingImportTest {

    static CommutingImport.Plan plan(String name) throws IOException {
        return CommutingImport.plan(JsonStatDataset.read(fixture(name)), codes());
    }

    static List<Problem> problems(String name) {
        try {
            ReferencePlan p = name.startsWith("11618") ? EmploymentImport.plan(JsonStatDataset.read(fixture(name)), codes())
                    : plan(name);
            throw new AssertionError(name + " was accepted: " + p);
        } catch (ImportRejectedException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void both_code_dimensions_are_mapped_to_the_2020_municipalities_and_the_continental_shelf_is_left_out() throws IOException {
        CommutingImport.Plan plan = plan("03321-2024-codes.json");
        assertThat(plan.year()).isEqualTo(2024);
        assertThat(plan.division()).isEqualTo("2024");
        // residence → work. 1507 Ålesund (2020) = 1508 + 1580 on both sides: 1508→1508 50 + 1508→1580 3
        // + 1580→1508 7 + 1580→1580 20 = 80 at home; 1507→0301 = 1508→0301 1 + 1580→0301 0 = 1;
        // 0301→1507 = 0301→1508 2 + 0301→1580 0 = 2; 3001 is 3101's; pairs of 0 are left out
        Map<String, Integer> expected = new HashMap<>(Map.of("0301 0301", 100, "0301 1507", 2, "0301 3001", 4,
                "1507 0301", 1, "1507 1507", 80, "3001 0301", 5, "3001 3001", 60));
        assertThat(plan.flows()).isEqualTo(expected);
        assertThat(plan.persons()).isEqualTo(100 + 2 + 4 + 1 + 80 + 5 + 60);
        assertThat(plan.splits()).containsExactly("1507 Ålesund (2020) = 1508 Ålesund + 1580 Haram (2024)");
        assertThat(plan.renumbered()).isEqualTo(1);
        assertThat(plan.leftOut()).containsExactly("ArbstedKomm 2311 Sokkelen sør for 62° N");
        assertThat(plan.unchanged()).isFalse();
        // gross coefficient (out + in) / (at home + out + in): Oslo (03) out 2 + 4, in 1 + 5, at home 100: 12 / 112;
        // Møre og Romsdal (15) 1 out, 2 in, 80 at home: 3 / 83; Østfold (31) 5 out, 4 in, 60 at home: 9 / 69.
        // The small reference has no flows before: unknown.
        assertThat(plan.counties()).extracting(CommutingImport.CoefficientChange::number,
                        CommutingImport.CoefficientChange::before)
                .containsExactly(Tuple.tuple("03", null), Tuple.tuple("15", null), Tuple.tuple("31", null));
        assertThat(plan.counties().get(0).after()).isCloseTo(12.0 / 112, within(1e-15));
        assertThat(plan.counties().get(1).after()).isCloseTo(3.0 / 83, within(1e-15));
        assertThat(plan.counties().get(2).after()).isCloseTo(9.0 / 69, within(1e-15));
    }

    @Test
    void a_pair_whose_2024_municipality_came_from_several_2020_ones_stays_unknown_and_is_said() throws IOException {
        // made up for the rule, as in PopulationImportTest: 9001 A and 9002 B (2020) became 9003 AB (2024)
        ReferenceCodes base = codes();
        Map<String, String> municipalities = new LinkedHashMap<>(base.municipalities2020());
        municipalities.put("9001", "A");
        municipalities.put("9002", "B");
        Map<String, List<Successor>> changes = new LinkedHashMap<>(base.changes());
        changes.put("9001", List.of(new Successor("9003", "AB", "sammenslått")));
        changes.put("9002", List.of(new Successor("9003", "AB", "sammenslått")));
        Map<String, String> county2024 = new LinkedHashMap<>(base.county2024());
        county2024.put("9001", "31");
        county2024.put("9002", "31");
        ReferenceCodes codes = new ReferenceCodes(municipalities, changes, base.counties(), county2024, base.current(), 1);
        String json = """
                {"version":"2.0","class":"dataset","label":"03321: Sysselsatte","id":["ArbstedKomm","Bokommuen","ContentsCode","Tid"],
                 "size":[2,2,1,1],"role":{"time":["Tid"],"metric":["ContentsCode"]},
                 "dimension":{"ArbstedKomm":{"category":{"index":["0301","9003"]}},
                   "Bokommuen":{"category":{"index":["0301","9003"]}},
                   "ContentsCode":{"category":{"index":["Sysselsatte"],"unit":{"Sysselsatte":{"base":"personer","decimals":0}}}},
                   "Tid":{"category":{"index":["2024"]}}},
                 "value":[10,3,2,20]}""".replace("\"0301\",\"9003\"", "\"0301\",\"1508\",\"1580\",\"3101\",\"9003\"")
                .replace("\"size\":[2,2,1,1]", "\"size\":[5,5,1,1]")
                .replace("[10,3,2,20]", "[10,0,0,0,3, 0,1,0,0,0, 0,0,1,0,0, 0,0,0,1,0, 2,0,0,0,20]");
        CommutingImport.Plan plan = CommutingImport.plan(JsonStatDataset.read(json.getBytes()), codes);
        assertThat(plan.merged()).containsExactly("9001 A, 9002 B (2020) → 9003 AB (2024)");
        // every pair with 9001 or 9002 on either side: 5 × 5 - 3 × 3 = 16, unknown (null), never 0
        assertThat(plan.unknownPairs()).isEqualTo(16);
        assertThat(plan.flows()).containsEntry("9001 0301", null).containsEntry("0301 9002", null)
                .containsEntry("9001 9001", null).containsEntry("0301 0301", 10);
        assertThat(plan.counties()).filteredOn(c -> c.number().equals("31")).singleElement()
                .extracting(CommutingImport.CoefficientChange::after).as("a county with an unknown flow").isNull();
    }

    @Test
    void the_same_flows_as_the_current_version_make_no_version() throws IOException {
        CommutingImport.Plan first = plan("03321-2024-codes.json");
        ReferenceCodes base = codes();
        ReferenceCodes withFlows = new ReferenceCodes(base.municipalities2020(), base.changes(), base.counties(),
                base.county2024(), base.current(), 2, new ReferenceCodes.Commuting(2024, 2024, 2024, first.flows(),
                Map.of(), Map.of(), Map.of()));
        CommutingImport.Plan again = CommutingImport.plan(JsonStatDataset.read(fixture("03321-2024-codes.json")), withFlows);
        assertThat(again.unchanged()).isTrue();
        assertThat(again.previousVersion()).isEqualTo(2);
        assertThat(again.counties()).allSatisfy(c -> assertThat(c.before()).isEqualTo(c.after()));
    }

    @Test
    void malformed_commuting_tables_are_refused_with_what_and_where() {
        assertThat(problems("03321-wrong-size.json")).containsExactly(Problem.of("value-count", 19, "[5, 4, 1, 1]", 20));
        // K-3199 replaced K-3101 among the residences: Halden is then missing there too
        assertThat(problems("03321-unknown-code.json")).containsExactly(
                Problem.of("municipality-unknown", "K-3199", "Ukjent", "Bokommuen", 3),
                Problem.of("municipality-missing", "3101", "Halden", "2024"));
        assertThat(problems("03321-two-years.json")).containsExactly(Problem.of("years", "Tid", 2, "2023, 2024"));
        assertThat(problems("03321-missing-dimension.json")).containsExactly(Problem.of("missing-dimension", "Bokommuen", "geo"));
        assertThat(problems("03321-non-numeric.json")).containsExactly(Problem.of("not-number", 5,
                "ArbstedKomm=K-1508 (Ålesund), Bokommuen=K-1508 (Ålesund), ContentsCode=Sysselsatte, Tid=2024", "\"50a\""));
        assertThat(problems("03321-missing-value.json")).containsExactly(Problem.of("missing-flow", 5,
                "ArbstedKomm=K-1508 (Ålesund), Bokommuen=K-1508 (Ålesund), ContentsCode=Sysselsatte, Tid=2024", ".."));
    }

    @Test
    void employment_is_summed_over_sex_for_15_to_74_and_mapped_to_2020() throws IOException {
        EmploymentImport.Plan plan = EmploymentImport.plan(JsonStatDataset.read(fixture("11618-2024-codes.json")), codes());
        // Oslo: men 80, 60, 70 + women 75, 55, 65; 1507 = Ålesund (40 + 38, 30 + 28, 25 + 24) + Haram (10 + 9, 8 + 7,
        // 5 + 4); 3001 = Halden 3101 (30 + 29, 20 + 19, 18 + 17)
        assertThat(plan.rows()).containsExactly(
                Map.entry("0301", new ReferenceCodes.Employment(155, 115, 135)),
                Map.entry("1507", new ReferenceCodes.Employment(97, 73, 58)),
                Map.entry("3001", new ReferenceCodes.Employment(59, 39, 35)));
        assertThat(plan.after()).isEqualTo(115 + 73 + 39);
        assertThat(plan.variables()).containsExactly("BefolkningBosted", "SysselBosted", "SysselArbsted");
        assertThat(problems("11618-wrong-age.json")).containsExactly(Problem.of("age", "Alder", "15-19, 20-24"));
    }

    @Test
    void every_new_problem_and_line_reads_in_both_languages() throws IOException {
        var nb = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", java.util.Locale.ROOT);
        var en = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", java.util.Locale.ENGLISH);
        for (String name : List.of("03321-wrong-size.json", "03321-unknown-code.json", "03321-two-years.json",
                "03321-missing-dimension.json", "03321-non-numeric.json", "03321-missing-value.json", "11618-wrong-age.json")) {
            for (Problem p : problems(name)) {
                assertThat(new java.text.MessageFormat(en.getString(p.key()), java.util.Locale.ENGLISH)
                        .format(p.params().toArray())).as(name).doesNotContain("{").isNotBlank();
                assertThat(nb.getString(p.key())).isNotEqualTo(en.getString(p.key()));
            }
        }
        for (var bundle : List.of(nb, en)) {
            ImportText.Words words = (key, params) -> new java.text.MessageFormat(bundle.getString(key)).format(params);
            List<String> lines = new java.util.ArrayList<>(ImportText.lines(plan("03321-2024-codes.json"), 2,
                    java.util.Locale.ROOT, words));
            ImportText.blocks(plan("03321-2024-codes.json"), java.util.Locale.ROOT, words)
                    .forEach(b -> lines.addAll(b.lines()));
            lines.addAll(ImportText.lines(EmploymentImport.plan(JsonStatDataset.read(fixture("11618-2024-codes.json")), codes()),
                    3, java.util.Locale.ROOT, words));
            assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("{").doesNotContain("SysselBosted"));
        }
    }
}
