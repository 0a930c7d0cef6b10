package no.traineemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.reference.ReferenceVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every sheet but the cover ends with "Om tabellen / About this table", as StatBank has under every table: unit,
 * sources by title (SSB tables only where used), the current reference version, licence and a citation naming the
 * county or programme and the data version; and no sheet shows a file name or an indicator id.
 */
@SpringBootTest(properties = "traineemonitor.operator=true") // workbooks are written as the command line's operator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SheetMetadataTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReferenceService reference;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    Workbook innlandet;
    Workbook salten;
    Workbook saltenEn;
    ReferenceVersion version;
    String dataVersion;

    @BeforeAll
    void write() throws IOException {
        innlandet = county("34", LanguageSwitch.BOKMAL);
        salten = programme("trainee_salten", LanguageSwitch.BOKMAL);
        saltenEn = programme("trainee_salten", LanguageSwitch.ENGLISH);
        version = reference.currentVersion();
        dataVersion = jdbc.sql("SELECT data_version FROM warehouse_build").query(String.class).single();
    }

    Workbook county(String number, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeCountyReport(number, CountyDivision.D2024, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    Workbook programme(String id, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeProgrammeReport(id, PeerGroup.ALL, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The lines of a sheet's block: every text under its last "Om tabellen" heading. */
    static List<String> block(Sheet sheet, String heading) {
        List<String> texts = texts(sheet);
        int at = texts.lastIndexOf(heading);
        return at < 0 ? List.of() : texts.subList(at + 1, texts.size());
    }

    static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    static String line(List<String> block, String label) {
        return block.stream().filter(l -> l.startsWith(label + ": ")).findFirst().orElse("");
    }

    @Test
    void every_sheet_of_the_county_workbook_but_the_cover_names_unit_sources_reference_version_licence_and_citation() {
        assertThat(innlandet.getNumberOfSheets()).isGreaterThan(8);
        for (int i = 1; i < innlandet.getNumberOfSheets(); i++) {
            Sheet sheet = innlandet.getSheetAt(i);
            List<String> block = block(sheet, "Om tabellen");
            assertThat(block).as(sheet.getSheetName()).hasSize(5);
            assertThat(line(block, "Enhet")).as(sheet.getSheetName()).isNotEqualTo("Enhet: ").isNotEmpty();
            assertThat(line(block, "Kilder")).as(sheet.getSheetName()).isNotEmpty();
            assertThat(line(block, "Referansedata")).as(sheet.getSheetName())
                    .isEqualTo("Referansedata: " + version.titleNb() + ", versjon " + version.id() + ", tall per "
                            + version.date(LanguageSwitch.BOKMAL));
            assertThat(line(block, "Lisens")).as(sheet.getSheetName()).contains("NLOD / CC BY 4.0");
            assertThat(line(block, "Siter")).as(sheet.getSheetName())
                    .startsWith("Siter: Traineemonitor (")
                    .contains(sheet.getSheetName() + ", 34 Innlandet.")
                    .contains("Datagrunnlag versjon " + dataVersion + ", referansedata versjon " + version.id() + ".")
                    .contains("Hentet ");
        }
        assertThat(block(innlandet.getSheetAt(0), "Om tabellen")).as("the cover names the version itself").isEmpty();
    }

    @Test
    void a_sheet_about_coverage_names_ssbs_population_table_and_one_about_funding_does_not() {
        assertThat(line(block(innlandet.getSheet("Dekning per kommune"), "Om tabellen"), "Kilder"))
                .contains("SSB 07459 folkemengde").contains("SSB KLASS 128 sentralitet");
        assertThat(line(block(innlandet.getSheet("Sentralitet"), "Om tabellen"), "Kilder")).contains("SSB 07459 folkemengde");
        assertThat(line(block(innlandet.getSheet("Finansiering"), "Om tabellen"), "Kilder")).doesNotContain("SSB");
        assertThat(line(block(innlandet.getSheet("Dekning per kommune"), "Om tabellen"), "Enhet"))
                .isEqualTo("Enhet: Innbyggere i antall personer; sentralitetsklasse 1–6");
    }

    @Test
    void the_programme_workbook_names_its_documents_by_title_and_the_programme_in_the_citation() {
        for (int i = 1; i < salten.getNumberOfSheets(); i++) {
            Sheet sheet = salten.getSheetAt(i);
            List<String> block = block(sheet, "Om tabellen");
            assertThat(block).as(sheet.getSheetName()).hasSize(5);
            assertThat(line(block, "Siter")).as(sheet.getSheetName()).contains(sheet.getSheetName() + ", Trainee Salten.")
                    .contains("versjon " + dataVersion);
        }
        // Trainee Salten's figures come from the 2021 survey of the programmes (sources.csv, 002): by its title
        assertThat(line(block(salten.getSheet("Indikatorer"), "Om tabellen"), "Kilder"))
                .contains("Kartlegging av regionale traineeordninger");
    }

    @Test
    void an_english_workbook_has_the_block_in_english() {
        for (int i = 1; i < saltenEn.getNumberOfSheets(); i++) {
            Sheet sheet = saltenEn.getSheetAt(i);
            List<String> block = block(sheet, "About this table");
            assertThat(block).as(sheet.getSheetName()).hasSize(5);
            assertThat(line(block, "Unit")).as(sheet.getSheetName()).isNotEmpty();
            assertThat(line(block, "Reference data")).contains(version.titleEn()).contains("version " + version.id());
            assertThat(line(block, "Cite")).contains("Trainee Salten. Data version " + dataVersion).contains("Retrieved ");
        }
        assertThat(line(block(saltenEn.getSheet("Profile"), "About this table"), "Sources"))
                .contains("Statistics Norway 07459 population");
    }

    @Test
    void no_sheet_shows_a_file_name_or_an_indicator_id() {
        List<String> ids = indicators.catalogue().stream().map(IndicatorDefinition::indicatorId).toList();
        for (Workbook wb : List.of(innlandet, salten, saltenEn)) {
            for (Sheet sheet : wb) {
                for (String text : texts(sheet)) {
                    assertThat(text).as(sheet.getSheetName()).doesNotContain(".csv").doesNotContain(".txt");
                    for (String id : ids) {
                        assertThat(text).as(sheet.getSheetName()).doesNotContain(id);
                    }
                }
            }
        }
    }
}
