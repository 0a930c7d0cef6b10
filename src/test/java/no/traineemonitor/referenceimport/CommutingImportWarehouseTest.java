package no.traineemonitor.referenceimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.coverage.CommutingCoefficient;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.security.TestUsers;
import no.traineemonitor.warehouse.WarehouseBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Importing a commuting table (SSB 03321) and an employment table (SSB 11618) into the warehouse the server serves, in
 * a database and record of its own. The fixture 03321-2020-four-flows-changed.json is SSB's 2020 flows
 * (pendling_2020.csv) with four flows changed, each row total kept:
 * 1804 Bodø → 1804 Bodø 25 412 → 25 312, Bodø → 1838 Gildeskål 96 → 196, Gildeskål → Bodø 113 → 213,
 * Gildeskål → Gildeskål 670 → 570.
 *
 * <p>Bodø by hand (pendling_2020_per_kommune.csv: 25 412 at home, out 96 + 2 124 = 2 220, in 113 + 3 064 = 3 177,
 * 27 716 employed residents): gross commuting coefficient (out + in) / (at home + out + in) before
 * (2 220 + 3 177) / (25 412 + 2 220 + 3 177) = 5 397 / 30 809 = 0.17517..., after
 * (2 320 + 3 277) / (25 312 + 2 320 + 3 277) = 5 597 / 30 909 = 0.18108...; the share working in another municipality
 * of the BA-region (Gildeskål is in BA-region 106 Bodø) 96 / 27 716 → 196 / 27 716.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommutingImportWarehouseTest {

    static final Path ROOT = Path.of("target/commuting-import");
    static final String CHANGED = "03321-2020-four-flows-changed.json";

    @DynamicPropertySource
    static void ownFiles(DynamicPropertyRegistry registry) {
        FileSystemUtils.deleteRecursively(ROOT.toFile());
        registry.add("traineemonitor.database", () -> ROOT.resolve("db/traineemonitor.duckdb").toString());
        registry.add("traineemonitor.record", () -> ROOT.resolve("record").toString());
    }

    @Autowired
    ReferenceImportService imports;
    @Autowired
    CoverageService coverage;
    @Autowired
    ReferenceService reference;
    @Autowired
    RecordService record;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WarehouseBuilder builder;
    @Autowired
    no.traineemonitor.base.ui.Translations translations;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private double bodo(String column) {
        return jdbc.sql("SELECT " + column + " FROM ref_current_commuting_municipality WHERE kommunenummer = '1804'")
                .query(Double.class).single();
    }

    private static final String GROSS = "(out_commuters_within_ba + out_commuters_outside_ba + in_commuters_from_ba"
            + " + in_commuters_outside_ba) / (work_in_home_municipality + out_commuters_within_ba + out_commuters_outside_ba"
            + " + in_commuters_from_ba + in_commuters_outside_ba)";

    private List<Object> state() throws IOException {
        List<Object> state = new ArrayList<>();
        state.add(jdbc.sql("SELECT string_agg(CAST(version_id AS VARCHAR), ',' ORDER BY version_id) FROM ref_version").query(String.class).single());
        state.add(jdbc.sql("SELECT sum(employed) FROM ref_commuting_flow_version").query(Long.class).single());
        state.add(jdbc.sql("SELECT data_version FROM warehouse_build").query(String.class).single());
        state.add(imports.stored());
        state.add(ReferenceImportService.sha256(Files.readAllBytes(ROOT.resolve("db/traineemonitor.duckdb"))));
        return state;
    }

    @Test
    @Order(1)
    void version_1_read_from_its_flows_equals_the_split_of_the_reference_files() {
        // ref_current_commuting_municipality (worked out from the flows, BA-regions and 11618) against the columns
        // of pendling_2020_per_kommune.csv (ref_commuting_municipality), every municipality and column
        String columns = "kommunenummer, population_15_74, employed_residents, work_in_home_municipality,"
                + " out_commuters_within_ba, out_commuters_outside_ba, out_commuters_other, employed_at_workplace,"
                + " in_commuters_from_ba, in_commuters_outside_ba";
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT " + columns + " FROM ref_current_commuting_municipality EXCEPT"
                + " SELECT " + columns + " FROM ref_commuting_municipality)").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM ref_current_commuting_municipality").query(Long.class).single()).isEqualTo(356);
        assertThat(bodo(GROSS)).isCloseTo(5_397.0 / 30_809, within(1e-12));
        assertThat(reference.currentVersion().id()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void a_refused_commuting_file_leaves_the_database_file_identical() throws IOException {
        TestUsers.admin(record);
        List<Object> before = state();
        for (String name : List.of("03321-2024-codes.json", "03321-wrong-size.json", "03321-unknown-code.json",
                "03321-two-years.json", "03321-missing-dimension.json", "03321-non-numeric.json",
                "03321-missing-value.json", "11618-2024-codes.json", "11618-wrong-age.json")) {
            byte[] json = PopulationImportTest.fixture(name);
            assertThatThrownBy(() -> imports.importLive(json, name)).as(name).isInstanceOf(ImportRejectedException.class);
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void importing_the_changed_flows_changes_the_commuting_coefficients() throws IOException {
        TestUsers.admin(record);
        double withinBefore = coverage.commutingCoefficients().stream()
                .filter(c -> c.municipalities().equals(List.of("Bodø"))).findFirst().orElseThrow().withinBaSharePooled();
        assertThat(withinBefore).isCloseTo(96.0 / 27_716, within(1e-12));
        long start = System.nanoTime();
        CommutingImport.Plan plan = (CommutingImport.Plan) imports.importLive(PopulationImportTest.fixture(CHANGED), CHANGED);
        System.out.printf("Import of 03321 (356 x 356 municipalities) into the live warehouse: %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(plan.unchanged()).isFalse();
        assertThat(plan.year()).isEqualTo(2020);
        assertThat(plan.division()).isEqualTo("2020");
        assertThat(plan.employmentYear()).isEqualTo(2020);
        // pendling_2020.csv: 2 673 248 persons in 25 424 pairs; the four changes add +100 - 100 + 100 - 100 = 0
        assertThat(plan.persons()).isEqualTo(2_673_248);
        assertThat(plan.flows()).hasSize(25_424);
        assertThat(reference.currentVersion().id()).isEqualTo(2);

        assertThat(bodo(GROSS)).isCloseTo(5_597.0 / 30_909, within(1e-12));
        assertThat(bodo("out_commuters_within_ba")).isEqualTo(196.0);
        assertThat(bodo("out_commuters_other")).as("row total kept: 84 as before").isEqualTo(84.0);
        CommutingCoefficient bodo = coverage.commutingCoefficients().stream()
                .filter(c -> c.municipalities().equals(List.of("Bodø"))).findFirst().orElseThrow();
        assertThat(bodo.grossCommutingPooled()).isCloseTo(5_597.0 / 30_909, within(1e-12));
        assertThat(bodo.withinBaSharePooled()).isCloseTo(196.0 / 27_716, within(1e-12));
        // what changed, per BA-region: 106 Bodø holds both municipalities; 1804 and 1838 and nothing else
        assertThat(plan.baRegions()).extracting(CommutingImport.CoefficientChange::number).containsExactly("106");
        // per county: Nordland (18) changes, every other county keeps its coefficient
        assertThat(plan.counties()).hasSize(15).filteredOn(c -> !c.before().equals(c.after()))
                .extracting(CommutingImport.CoefficientChange::number).containsExactly("18");
        var nordland = plan.counties().stream().filter(c -> c.number().equals("18")).findFirst().orElseThrow();
        // Nordland's numerator gains 400 (each changed pair counts as out of one and into another municipality of
        // the county), its denominator 400 - 200 (the two stay-at-home flows)
        assertThat(jdbc.sql("SELECT sum(" + GROSS.split(" / ")[0] + ") / sum(" + GROSS.split(" / ")[1] + ")"
                + " FROM ref_current_commuting_municipality JOIN public_municipality USING (kommunenummer)"
                + " WHERE county_number_2024 = '18'").query(Double.class).single()).isCloseTo(nordland.after(), within(1e-12));
        assertThat(nordland.after()).isGreaterThan(nordland.before());
    }

    @Test
    @Order(4)
    void the_same_table_again_makes_no_version_and_says_so() throws IOException {
        TestUsers.admin(record);
        List<Object> before = state();
        ReferencePlan again = imports.importLive(PopulationImportTest.fixture(CHANGED), CHANGED);
        assertThat(again.unchanged()).isTrue();
        ImportText.Words nb = (key, params) -> translations.getTranslation(key, LanguageSwitch.BOKMAL, params);
        assertThat(ImportText.lines(again, 2, LanguageSwitch.BOKMAL, nb))
                .containsExactly("Ingen endring: samme tall som versjon 2. Ingen ny versjon er laget.");
        // 11618 for 2020 as version 1 holds it (pendling_2020_per_kommune.csv): version 2 has the same figures
        ReferencePlan employment = imports.importLive(PopulationImportTest.fixture("11618-2020-whole-country.json"), "11618.json");
        assertThat(employment.table()).isEqualTo("11618");
        assertThat(employment.unchanged()).isTrue();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void a_rebuild_loads_the_imported_commuting_version_again() throws Exception {
        Path rebuilt = ROOT.resolve("rebuilt/traineemonitor.duckdb");
        builder.buildAndSwap(rebuilt);
        try (var c = java.sql.DriverManager.getConnection(no.traineemonitor.warehouse.WarehouseProperties.jdbcUrl(rebuilt));
             var rs = c.createStatement().executeQuery("SELECT (SELECT version_id FROM ref_current_version), " + GROSS
                     + " FROM ref_current_commuting_municipality WHERE kommunenummer = '1804'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getDouble(2)).isCloseTo(5_597.0 / 30_909, within(1e-12));
        }
    }
}
