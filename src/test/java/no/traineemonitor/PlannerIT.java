package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The planner in Debian's Chromium: an analyst reproduces 000's cost model, then asks "what if Sør-Østerdal joined
 * Trainee Innlandet's model?", tries Fjelltrainee's model instead, and takes the answer to a meeting as a workbook.
 */
class PlannerIT extends BrowserTest {

    @Test
    void reproduce_the_000_cost_model_then_ask_what_if_sor_osterdal_joined_trainee_innlandets_model() throws Exception {
        user("analytiker-34", java.util.EnumSet.of(no.traineemonitor.record.Role.ANALYST), null, "34");
        Page page = signedIn("analytiker-34");
        page.navigate("http://localhost:" + port + "/planlegg?forslag=medietech-vestland");
        page.locator("#planner-results").waitFor();
        // 000 §4.1: 1 045 000 for 10 participants, 104 500 each; the table's split beside the stated 35/45/20
        assertThat(page.locator("#planner-card-cost").textContent()).contains("1 045 000 kr");
        assertThat(page.locator("#planner-funding").textContent()).contains("104 500 kr");
        String split = page.locator("#planner-split").textContent();
        assertThat(split).contains("33,5 %").contains("ca. 35,0 %").contains("43,1 %").contains("ca. 45,0 %")
                .contains("23,4 %").contains("ca. 20,0 %");
        assertThat(page.locator("#planner-card-public").textContent()).contains("0 kr");

        // what if Sør-Østerdal joined Trainee Innlandet's model?
        page.locator("#planner-preset").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Sør-Østerdal")).click();
        page.waitForURL("**/planlegg?forslag=sor-osterdal");
        page.waitForFunction("() => document.querySelector('#planner-card-municipalities')?.textContent.includes('4 av 5')");
        assertThat(page.locator("#planner-card-population").textContent()).contains("14 546");
        assertThat(page.locator("#planner-coverage").textContent()).contains("Sentralitet 6");
        // 15 members x 20 000 + 20 trainees x 29 013 x 3 = 2 040 780 a year
        assertThat(page.locator("#planner-funding").textContent()).contains("2 040 780 kr");
        assertThat(page.locator("#planner-expected").textContent()).contains("8–10").contains("ukjent")
                .contains("Look North Trainee");

        // the same municipalities in Fjelltrainee's model: 217 500 of 1 045 000, so 827 500 public funding
        page.locator("#planner-fee-model").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Fjelltrainee")).click();
        page.locator("#planner-name input").fill("Sør-Østerdal i Fjelltrainee");
        page.locator("#planner-calculate").click();
        page.waitForURL("**gebyr=fjelltrainee**");
        page.waitForFunction("() => document.querySelector('#planner-card-public')?.textContent.includes('827 500')");
        // the link reproduces it
        String link = page.locator("#planner-link-anchor").getAttribute("href");
        Page again = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        again.navigate("http://localhost:" + port + "/" + link.replaceFirst("^/", ""));
        again.locator("#planner-card-public").waitFor();
        assertThat(again.locator("#planner-card-public").textContent()).contains("827 500 kr");
        again.close();

        // and take it to the meeting
        Locator button = page.locator("#planner-workbook");
        button.waitFor();
        Download download = page.waitForDownload(button::click);
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).isEqualTo("planlegg-sor-osterdal-i-fjelltrainee.xlsx");
        Path file = Files.createTempFile("planner-", ".xlsx");
        try {
            download.saveAs(file);
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                assertThat(wb.getSheetName(0)).isEqualTo("Forutsetninger");
                assertThat(text(wb.getSheet("Forutsetninger"))).contains("medlemsavgift på kr. 9500 årlig");
                assertThat(text(wb.getSheet("Resultater"))).contains("827500").contains("14546");
                assertThat(wb.getSheet("Kilder")).isNotNull();
            }
        } finally {
            Files.deleteIfExists(file);
        }
        page.close();
    }

    @Test
    void an_unknown_preset_and_a_cohort_of_zero_are_messages_in_the_form() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.navigate("http://localhost:" + port + "/planlegg?forslag=finnes-ikke");
        page.locator("#planner-problems").waitFor();
        assertThat(page.locator("#planner-problems").textContent()).contains("finnes-ikke");
        page.navigate("http://localhost:" + port + "/planlegg?kommuner=3420&lengde=12&kull=0&pris=1000");
        page.locator("#planner-problems").waitFor();
        assertThat(page.locator("#planner-problems").textContent()).contains("Kull per år: 0 er utenfor");
        assertThat(page.locator("#planner-results").count()).isZero();
        page.close();
    }

    private static String text(Sheet sheet) {
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (Row r : sheet) {
            r.forEach(c -> out.append(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? String.valueOf(Math.round(c.getNumericCellValue())) : f.formatCellValue(c)).append('\t'));
            out.append('\n');
        }
        return out.toString();
    }
}
