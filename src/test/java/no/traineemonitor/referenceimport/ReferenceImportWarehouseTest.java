package no.traineemonitor.referenceimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.coverage.ClassCoverage;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.report.ReportService;
import no.traineemonitor.security.TestUsers;
import no.traineemonitor.warehouse.WarehouseBuilder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Importing a newer population table into the warehouse the server serves (as the admin page does), in a database and
 * record of its own: SSB 07459 for 1 January 2021 (the fixture 07459-2021-whole-country.json, SSB's figures from
 * befolkning_2020.csv) becomes reference version 2; coverage and workbooks then use and name it; a refused file changes
 * nothing; a rebuild loads the version again.
 *
 * <p>Møre og Romsdal by hand (befolkning_2020.csv; the covered municipalities as in CoverageServiceTest: Kristiansund,
 * Molde, Rauma, Aukra, Averøy, Gjemnes, Tingvoll, Hustadvika):
 * 1 Jan 2020: covered 24 179 + 31 967 + 7 468 + 3 509 + 5 788 + 2 629 + 3 025 + 13 279 = 91 844 of 265 238 (34.63 %);
 * 1 Jan 2021: covered 24 099 + 31 870 + 7 026 + 3 522 + 5 808 + 2 658 + 2 985 + 13 317 = 91 285 of 265 544 (34.38 %).
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceImportWarehouseTest {

    static final Path ROOT = Path.of("target/reference-import");

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
    ReportService reports;
    @Autowired
    RecordService record;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WarehouseBuilder builder;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static ClassCoverage total(List<ClassCoverage> rows) {
        return rows.getLast();
    }

    /** What a failed import must leave as it was: versions, populations, data version, the kept files, the file's bytes. */
    private List<Object> state() throws IOException {
        List<Object> state = new ArrayList<>();
        state.add(jdbc.sql("SELECT string_agg(CAST(version_id AS VARCHAR), ',' ORDER BY version_id) FROM ref_version").query(String.class).single());
        state.add(jdbc.sql("SELECT sum(population) FROM ref_population_version").query(Long.class).single());
        state.add(jdbc.sql("SELECT data_version FROM warehouse_build").query(String.class).single());
        state.add(imports.stored());
        state.add(ReferenceImportService.sha256(Files.readAllBytes(ROOT.resolve("db/traineemonitor.duckdb"))));
        return state;
    }

    @Test
    @Order(1)
    void before_the_import_coverage_uses_the_2020_population() {
        ClassCoverage all = total(coverage.byClass(CoverageFilter.county2024("15")));
        assertThat(all.population()).isEqualTo(265_238);
        assertThat(all.coveredPopulation()).isEqualTo(91_844);
        assertThat(reference.currentVersion().id()).isEqualTo(1);
        assertThat(reference.currentVersion().figuresDate()).hasToString("2020-01-01");
        assertThat(definitions()).containsExactly(
                "Ansatte traineer per 10 000 innbyggere (folkemengde 1.1.2020, referanseversjon 1) i kommunene programmet dekker.",
                "Hires per 10 000 inhabitants (population on 1 Jan 2020, reference version 1) of the municipalities the programme covers.");
    }

    private List<String> definitions() {
        return jdbc.sql("SELECT definition_nb, definition_en FROM indicator_definition WHERE indicator_id = 'trainee_density'")
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single();
    }

    @Test
    @Order(2)
    void a_refused_file_leaves_the_warehouse_identical() throws IOException {
        TestUsers.admin(record);
        List<Object> before = state();
        for (String name : List.of("unknown-code.json", "valid-2024-codes.json", "wrong-size.json", "missing-value.json")) {
            byte[] json = PopulationImportTest.fixture(name);
            assertThatThrownBy(() -> imports.importLive(json, name)).as(name).isInstanceOf(ImportRejectedException.class);
        }
        // the small 2024 table has four of the 357 municipalities of 2024: each missing one is named, by number
        assertThatThrownBy(() -> imports.importLive(PopulationImportTest.fixture("valid-2024-codes.json"), "x.json"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.problems()).hasSize(357 - 4);
                    assertThat(e.problems().getFirst()).isEqualTo(Problem.of("municipality-missing", "1101", "Eigersund", "2024"));
                });
        assertThat(state()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void only_an_administrator_imports() throws IOException {
        TestUsers.funder(record);
        byte[] json = PopulationImportTest.fixture("07459-2021-whole-country.json");
        assertThatThrownBy(() -> imports.importLive(json, "07459-2021-whole-country.json"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(reference.currentVersion().id()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void importing_the_2021_population_changes_the_coverage_figures() throws IOException {
        TestUsers.admin(record);
        long start = System.nanoTime();
        PopulationImport.Plan plan = (PopulationImport.Plan) imports.importLive(
                PopulationImportTest.fixture("07459-2021-whole-country.json"), "07459-2021-whole-country.json");
        System.out.printf("Import of 07459 (357 regions) into the live warehouse: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(plan.division()).isEqualTo("2020");
        assertThat(plan.year()).isEqualTo(2021);
        // SSB's national totals (PROVENANCE.md): 5 367 580 on 1 Jan 2020, 5 391 369 on 1 Jan 2021
        assertThat(plan.totalBefore()).isEqualTo(5_367_580);
        assertThat(plan.totalAfter()).isEqualTo(5_391_369);
        assertThat(plan.leftOut()).containsExactly("0 Hele landet");
        assertThat(plan.counties()).filteredOn(c -> c.countyNumber().equals("15")).singleElement()
                .extracting(PopulationImport.CountyChange::before, PopulationImport.CountyChange::after,
                        PopulationImport.CountyChange::difference)
                .containsExactly(265_238L, 265_544L, 306L);

        assertThat(reference.currentVersion().id()).isEqualTo(2);
        assertThat(reference.currentVersion().figuresDate()).hasToString("2021-01-01");
        ClassCoverage all = total(coverage.byClass(CoverageFilter.county2024("15")));
        assertThat(all.municipalities()).isEqualTo(26);
        assertThat(all.coveredMunicipalities()).isEqualTo(8);
        assertThat(all.population()).isEqualTo(265_544);
        assertThat(all.coveredPopulation()).isEqualTo(91_285);
        assertThat(all.coveredShare()).isCloseTo(91_285.0 / 265_544, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(String.format("%.2f", 100 * all.coveredShare())).isEqualTo("34.38");
        assertThat(jdbc.sql("SELECT population FROM public_municipality WHERE kommunenummer = '0301'")
                .query(Integer.class).single()).isEqualTo(697_010);
        // the per-10 000 indicators name the population they divide by
        assertThat(definitions()).containsExactly(
                "Ansatte traineer per 10 000 innbyggere (folkemengde 1.1.2021, referanseversjon 2) i kommunene programmet dekker.",
                "Hires per 10 000 inhabitants (population on 1 Jan 2021, reference version 2) of the municipalities the programme covers.");
    }

    @Test
    @Order(5)
    void the_same_population_table_again_makes_no_version() throws IOException {
        TestUsers.admin(record);
        List<Object> before = state();
        ReferencePlan again = imports.importLive(PopulationImportTest.fixture("07459-2021-whole-country.json"), "again.json");
        assertThat(again.unchanged()).isTrue();
        assertThat(again.previousVersion()).isEqualTo(2);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void the_county_workbook_names_the_new_reference_version() throws IOException {
        TestUsers.funder(record);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeCountyReport("15", CountyDivision.D2024, LanguageSwitch.BOKMAL, out);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String cover = text(wb.getSheet("Forside"));
            assertThat(cover).contains("Referanseversjon | SSB 07459: folkemengde 1.1.2021 (versjon 2)");
            String definitions = text(wb.getSheet("Definisjoner"));
            assertThat(definitions).contains("Referanseversjon | SSB 07459: folkemengde 1.1.2021 (versjon 2)")
                    .contains("Folkemengde per | 1.1.2021").contains("Lisens | NLOD / CC BY 4.0 (SSB)")
                    .contains("Sentralitet | Sentralitetsklassene er SSBs klasser fra 2024, brukt på kommunene fra 2020");
            assertThat(text(wb.getSheet("Dekning per kommune"))).contains("Innbyggere 1.1.2021");
        }
    }

    @Test
    @Order(7)
    void a_rebuild_loads_the_imported_version_again() throws Exception {
        Path rebuilt = ROOT.resolve("rebuilt/traineemonitor.duckdb");
        builder.buildAndSwap(rebuilt);
        try (var c = java.sql.DriverManager.getConnection(no.traineemonitor.warehouse.WarehouseProperties.jdbcUrl(rebuilt));
             var rs = c.createStatement().executeQuery("SELECT version_id, figures_date, (SELECT population FROM"
                     + " public_municipality WHERE kommunenummer = '1505') FROM ref_current_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getString(2)).isEqualTo("2021-01-01");
            assertThat(rs.getInt(3)).isEqualTo(24_099);
        }
    }

    /** Every row of a sheet as "cell | cell | ...", one line per row. */
    static String text(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                String v = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue()
                        : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue()) : "";
                if (!v.isEmpty()) {
                    cells.add(v);
                }
            }
            out.append(String.join(" | ", cells)).append('\n');
        }
        return out.toString();
    }
}
