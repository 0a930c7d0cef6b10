package no.traineemonitor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.base.ui.TableAbout;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.reference.ReferenceVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Under every data table of the explorer, coverage, profile and overview pages: one muted line with unit, sources,
 * reference version and date, licence, and "Siter" with the citation; the table's CSV and XLSX carry the same.
 */
@SpringBootTest
class TableAboutViewTest extends SpringBrowserlessTest {

    @Autowired
    ReferenceService reference;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    private void open(Class<? extends Component> view, String route, String query) {
        navigate(view);
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
    }

    private String dataVersion() {
        return jdbc.sql("SELECT data_version FROM warehouse_build").query(String.class).single();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_explorers_table_names_its_unit_sources_reference_version_licence_and_a_citation() {
        open(IndicatorExplorerView.class, "indikatorer", "indikator=completion_rate&fylke=18");
        ReferenceVersion v = reference.currentVersion();
        TableAbout about = find(TableAbout.class).withId("explorer-grid-export-about").single();
        String line = text(about);
        assertThat(line).contains("Enhet: Andel i prosent, antall eller kroner etter indikator")
                .contains("Referansedata: " + v.titleNb() + ", versjon " + v.id() + ", tall per " + v.date(LanguageSwitch.BOKMAL))
                .contains("Lisens: Referansedata fra SSB: NLOD / CC BY 4.0 (SSB).")
                // Trainee Salten's 71 completed and 7 dropped out come from the 2021 survey of the programmes, by title
                .contains("Kartlegging av regionale traineeordninger")
                .doesNotContain(".txt").doesNotContain(".csv").doesNotContain("completion_rate");
        String citation = text(about.getChildren().filter(NativeDetails.class::isInstance).findFirst().orElseThrow());
        assertThat(citation).startsWith("Siter").contains("Traineemonitor (")
                .contains("Gjennomføringsgrad – 18 Nordland - Nordlánnda. Datagrunnlag versjon " + dataVersion() + ", referansedata versjon "
                        + v.id() + ". Hentet ");
    }

    @Test
    void the_facts_behind_an_explorer_value_download_with_their_quotes() throws Exception {
        open(IndicatorExplorerView.class, "indikatorer", "indikator=completion_rate&fylke=18");
        Grid<?> grid = find(Grid.class).withId("explorer-grid").single();
        test(grid).select(0);
        ExportMenu menu = find(ExportMenu.class).withId("explorer-facts-export").single();
        String csv = new String(menu.download("explorer-facts-export-csv-excel-nb"), StandardCharsets.UTF_8);
        // Trainee Salten's completion rate: 71 completed (f002a-0094) and 7 dropped out (f002a-0101), 2006–2020
        List<String> rows = csv.lines().dropWhile(l -> !l.startsWith("Tall-ID;")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("f002a-0094;Trainee Salten;Gjennomført;2006–2020 (flere år);71;"))
                .anySatisfy(l -> assertThat(l).startsWith("f002a-0101;Trainee Salten;").contains(";7;"));
        assertThat(csv.lines().takeWhile(l -> !l.isEmpty()).toList())
                .anySatisfy(l -> assertThat(l).startsWith("Kilder;").contains("Kartlegging av regionale traineeordninger"));
        assertThat(find(TableAbout.class).withId("explorer-facts-export-about").exists()).isTrue();
    }

    /** Møre og Romsdal's 18 white spots (CoverageViewTest), the first Herøy with 8 900 inhabitants, as numbers in Excel. */
    @Test
    void the_white_spots_download_as_excel_with_their_sources() throws Exception {
        open(CoverageView.class, "dekning", "fylke=15");
        ExportMenu menu = find(ExportMenu.class).withId("white-spots-excel").single();
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("white-spots-xlsx").single().getText())
                .isEqualTo("Last ned listen (18 kommuner, Excel)");
        assertThat(menu.fileName("white-spots-xlsx")).isEqualTo("hvite-flekker-fylke-15.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(menu.download("white-spots-xlsx")))) {
            var sheet = wb.getSheetAt(0);
            Row header = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals("Kommunenummer")) {
                    header = row;
                    break;
                }
            }
            assertThat((Object) header).isNotNull();
            Row heroy = sheet.getRow(header.getRowNum() + 1);
            assertThat(heroy.getCell(1).getStringCellValue()).isEqualTo("Herøy (Møre og Romsdal)");
            assertThat(heroy.getCell(7).getNumericCellValue()).isEqualTo(8900);
            assertThat((Object) sheet.getRow(header.getRowNum() + 18)).isNotNull();
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                }
            }
            assertThat(String.join("\n", texts)).contains("SSB").doesNotContain("white-spots");
        }
    }

    @Test
    void the_explorers_downloads_carry_the_same_metadata() throws Exception {
        open(IndicatorExplorerView.class, "indikatorer", "indikator=completion_rate&fylke=18");
        ReferenceVersion v = reference.currentVersion();
        ExportMenu menu = find(ExportMenu.class).withId("explorer-grid-export").single();
        String csv = new String(menu.download("explorer-grid-export-csv-excel-nb"), StandardCharsets.UTF_8);
        List<String> head = csv.lines().takeWhile(l -> !l.isEmpty()).toList();
        assertThat(head).anySatisfy(l -> assertThat(l).startsWith("Enhet;\"Andel i prosent"))
                .anySatisfy(l -> assertThat(l).startsWith("Referansedata;" + v.titleNb() + ", versjon " + v.id()))
                .anySatisfy(l -> assertThat(l).startsWith("Lisens;\"Referansedata fra SSB").contains("NLOD / CC BY 4.0"))
                .anySatisfy(l -> assertThat(l).startsWith("Siter;Traineemonitor (").contains(dataVersion()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(menu.download("explorer-grid-export-xlsx")))) {
            List<String> texts = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                }
            }
            int at = texts.indexOf("Om tabellen");
            assertThat(at).isPositive();
            assertThat(texts.subList(at + 1, texts.size())).hasSize(5).anySatisfy(t -> assertThat(t).startsWith("Enhet: Andel"))
                    .anySatisfy(t -> assertThat(t).startsWith("Siter: Traineemonitor ("));
        }
    }

    @Test
    void the_line_is_in_english_on_an_english_page() {
        UI.getCurrent().setLocale(LanguageSwitch.ENGLISH);
        open(IndicatorExplorerView.class, "indikatorer", "indikator=completion_rate&fylke=18");
        String line = text(find(TableAbout.class).withId("explorer-grid-export-about").single());
        assertThat(line).contains("Unit: Share in per cent").contains("Reference data: " + reference.currentVersion().titleEn())
                .contains("Licence: Reference data from Statistics Norway").contains("Cite");
    }

    @Test
    void every_table_on_the_coverage_profile_and_overview_pages_has_the_line_right_under_it() {
        open(CoverageView.class, "dekning", "fylke=18");
        assertEveryGridHasTheLine("coverage");
        assertThat(text(find(TableAbout.class).withId("coverage-by-class-export-about").single()))
                .contains("SSB 07459 folkemengde").contains("SSB KLASS 128 sentralitet");
        navigate("program/trainee_salten", ProgrammeProfileView.class);
        assertEveryGridHasTheLine("profile");
        open(OverviewView.class, "", "fylke=18");
        assertEveryGridHasTheLine("overview");
    }

    @Test
    void the_commuting_tables_on_the_coverage_page_have_a_menu_and_the_line_and_the_csv_holds_bodos_measures() throws Exception {
        open(CoverageView.class, "dekning", "fylke=18");
        for (String id : List.of("coverage-commuting-export", "coverage-coefficients-export")) {
            ExportMenu menu = find(ExportMenu.class).withId(id).single();
            TableAbout about = find(TableAbout.class).withId(id + "-about").single();
            // the menu stands right above its grid, the line right under it
            List<Component> siblings = menu.getParent().orElseThrow().getChildren().toList();
            int at = siblings.indexOf(menu);
            assertThat(siblings.get(at + 1)).isInstanceOf(Grid.class);
            assertThat(siblings.get(at + 2)).isSameAs(about);
            assertThat(text(about)).contains("SSB 03321 pendling").contains("Kartlegging av regionale traineeordninger");
            assertThat(menu.fileName(id + "-csv-excel-nb")).doesNotContain("03321").endsWith(".csv");
        }
        ExportMenu menu = find(ExportMenu.class).withId("coverage-coefficients-export").single();
        String csv = new String(menu.download("coverage-coefficients-export-csv-excel-nb"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Program;Kommuner;Rapporten;Innen BA-regionen, samlet;Innen BA-regionen, snitt;"
                + "Inn og ut, samlet;Inn og ut, snitt\r\n");
        // Bodø, the one municipality the report names with Trainee Salten (SSB 03321, Q4 2020): 96 of 27 716 employed
        // residents work elsewhere in BA-region Bodø; in and out: (96 + 2 124 + 113 + 3 064) / (25 412 + 5 397)
        // = 5 397 / 30 809 = 0,17518
        assertThat(csv.lines().filter(l -> l.startsWith("Trainee Salten;som rapporten nevner: Bodø;")).toList()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("Trainee Salten;som rapporten nevner: Bodø;0,17;0,00346370327")
                        .contains(";0,17517608491"));
        assertThat(csv).contains("Siter;Traineemonitor (");
    }

    @Test
    void the_appendix2_tables_have_a_menu_and_the_line_and_the_report_figures_go_out_without_codes() throws Exception {
        open(CoverageView.class, "dekning", "");
        for (String id : List.of("coverage-appendix2-export", "coverage-appendix2-programmes-export", "coverage-appendix2-classes-export")) {
            ExportMenu menu = find(ExportMenu.class).withId(id).single();
            List<Component> siblings = menu.getParent().orElseThrow().getChildren().toList();
            int at = siblings.indexOf(menu);
            assertThat(siblings.get(at + 1)).as(id).isInstanceOf(Grid.class);
            assertThat(siblings.get(at + 2)).as(id).isSameAs(find(TableAbout.class).withId(id + "-about").single());
        }
        ExportMenu comparison = find(ExportMenu.class).withId("coverage-appendix2-export").single();
        String csv = new String(comparison.download("coverage-appendix2-export-csv-excel-nb"), StandardCharsets.UTF_8);
        // the report's 47 municipalities (fact f002c-0102), named by its title, not its code
        assertThat(csv).contains("\r\nKommuner dekket;47;").doesNotContain("f002c-")
                .contains("Kartlegging av regionale traineeordninger");
        // table 1 of the report: 6 municipalities in class 1
        ExportMenu classes = find(ExportMenu.class).withId("coverage-appendix2-classes-export").single();
        assertThat(new String(classes.download("coverage-appendix2-classes-export-csv-excel-nb"), StandardCharsets.UTF_8))
                .contains("Klasse;Rapportens tabell 1 (2020);Lageret (2024-klasser);Forskjell (lageret − rapporten)\r\n1;6;");
    }

    @Test
    void the_availability_matrix_has_the_line_under_it_naming_the_documents_of_its_values() throws Exception {
        open(AvailabilityView.class, "datagrunnlag", "fylke=18");
        TableAbout about = find(TableAbout.class).withId("availability-matrix-export-about").single();
        List<Component> siblings = about.getParent().orElseThrow().getChildren().toList();
        // right under the scrolling box that holds the matrix
        assertThat(siblings.get(siblings.indexOf(about) - 1).getElement().getTextRecursively())
                .isEqualTo(find(com.vaadin.flow.component.html.NativeTable.class).withId("availability-matrix").single()
                        .getElement().getTextRecursively());
        // Trainee Salten's completion rate (71 of 78) comes from the 2021 survey of the programmes
        assertThat(text(about)).contains("Enhet: Siste år med verdi og antall år med verdi per indikator og program")
                .contains("Kartlegging av regionale traineeordninger").doesNotContain("SSB 03321");
        String csv = new String(find(ExportMenu.class).withId("availability-matrix-export").single()
                .download("availability-matrix-export-csv-excel-nb"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Enhet;Siste år med verdi og antall år med verdi per indikator og program");
    }

    /** Each grid's next sibling is its line (a hint or note may follow the line, not stand between). */
    private void assertEveryGridHasTheLine(String page) {
        List<Grid> grids = find(Grid.class).all();
        assertThat(grids).as(page).isNotEmpty();
        for (Grid<?> grid : grids) {
            Component parent = grid.getParent().orElseThrow();
            List<Component> siblings = parent.getChildren().toList();
            int at = siblings.indexOf(grid);
            assertThat(at + 1).as(page + " " + grid.getId().orElse("?")).isLessThan(siblings.size());
            assertThat(siblings.get(at + 1)).as(page + " " + grid.getId().orElse("?")).isInstanceOf(TableAbout.class);
        }
    }
}
