package no.traineemonitor.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.security.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The scenario workbook reopened with POI: assumptions with sources, results as values, signed-in users only. */
@SpringBootTest
class PlannerWorkbookTest {

    @Autowired
    PlannerService planner;
    @Autowired
    RecordService record;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private Scenario sorOsterdalInFjelltrainee(String name) {
        Scenario s = planner.preset("sor-osterdal").orElseThrow();
        return new Scenario(name, s.municipalities(), 12, s.cohort(), FeeModel.FJELLTRAINEE, 0, s.members(), 0, null, null);
    }

    @Test
    void the_workbook_holds_assumptions_results_and_sources_as_values() throws IOException {
        TestUsers.funder(record);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        planner.workbook(sorOsterdalInFjelltrainee("=HYPERLINK(\"x\")"), LanguageSwitch.BOKMAL, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("Forutsetninger", "Resultater", "Kilder");
            List<Cell> cells = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row r : sheet) {
                    r.forEach(cells::add);
                }
            }
            assertThat(cells).noneMatch(c -> c.getCellType() == CellType.FORMULA);
            // the name that looks like a formula stays text
            String title = wb.getSheet("Forutsetninger").getRow(0).getCell(0).getStringCellValue();
            assertThat(title).endsWith("=HYPERLINK(\"x\")");
            String assumptions = text(wb.getSheet("Forutsetninger"));
            assertThat(assumptions).contains("«medlemsavgift på kr. 9500 årlig med et tillegg på kr. 7500 hvis de ansetter traineer»")
                    .contains("Forstudie: traineeordning i Sør-Østerdal")
                    .contains("Elverum, Trysil, Åmot, Stor-Elvdal, Engerdal");
            // 15 x 9 500 + 10 x 7 500 = 217 500 of 1 045 000: 827 500 public funding; 4 municipalities, 14 546 new
            String results = text(wb.getSheet("Resultater"));
            assertThat(results).contains("827500").contains("217500").contains("1045000").contains("14546").contains("103");
            // the rates' facts, verbatim
            assertThat(text(wb.getSheet("Kilder"))).contains("Look North Trainee");
        }
    }

    @Test
    void the_public_may_not_download_it_and_nothing_is_written() {
        TestUsers.signOut();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> planner.workbook(sorOsterdalInFjelltrainee(null), LanguageSwitch.BOKMAL, out))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).isZero();
        assertThat(planner.mayDownload()).isFalse();
    }

    static String text(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row r : sheet) {
            for (Cell c : r) {
                sb.append(c.getCellType() == CellType.NUMERIC ? String.valueOf(Math.round(c.getNumericCellValue()))
                        : c.getStringCellValue()).append('\t');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
