package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The journey of issue 17 in Debian's Chromium: an analyst opens the matrix (/tilgjengelighet), picks completion rate
 * for Innlandet, and compares it with a set of three programmes she chooses. Values by hand (sample-data/facts/002a.csv):
 * Trainee Salten 71 completed and 7 quit 2006–2020, 71 / 78 = 91,0 % (Wilson 95 % 82,6–95,6 %); no programme of
 * Innlandet reports a completion rate, so Innlandet has no value (never 0), and the country pools Trainee Salten alone.
 * She downloads the table (CSV for Norwegian Excel and a workbook) with the values she saw.
 */
class ComparisonJourneyIT extends BrowserTest {

    private static void pick(Page page, String programme) {
        page.locator("#set-pick input").click();
        page.locator("#set-pick input").fill(programme);
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(programme)).first().click();
        page.keyboard().press("Escape"); // the list stays open for more choices; close it as a user would
    }

    /** The address as the reader sees it: the set's commas are sent as %2C. */
    private static String decoded(String url) {
        return java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void an_analyst_opens_the_matrix_picks_completion_rate_for_innlandet_and_compares_three_programmes() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.navigate("http://localhost:" + port + "/tilgjengelighet");
        page.locator("#availability-matrix").waitFor();
        page.locator("#availability-matrix a[href='indikatorer?indikator=completion_rate&program=trainee_salten']").click();
        page.waitForURL(u -> u.contains("indikator=completion_rate") && u.contains("program=trainee_salten"));
        page.locator("#explorer-grid").waitFor();

        // Innlandet in the filter bar (a county replaces the programme)
        if (page.locator("#filter-county").isHidden()) {
            page.locator("#filter-bar vaadin-details-summary").click();
        }
        page.locator("#filter-county").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("34 Innlandet")).click();
        page.waitForURL(u -> u.contains("fylke=34") && !u.contains("program="));

        pick(page, "Trainee Salten");
        page.waitForURL(u -> decoded(u).contains("sett=trainee_salten"));
        page.locator("#explorer-set").waitFor();
        pick(page, "Trainee Innlandet");
        page.waitForURL(u -> decoded(u).contains("sett=trainee_salten,trainee_innlandet"));
        page.waitForFunction("() => document.querySelector('#explorer-set').textContent.includes('Trainee Innlandet')");
        pick(page, "Look North Trainee");
        page.waitForURL(u -> decoded(u).contains("sett=trainee_salten,trainee_innlandet,look_north_trainee"));
        page.waitForFunction("() => document.querySelector('#explorer-set').textContent.includes('Look North')");

        assertThat(page.locator("#explorer-set").textContent())
                .isEqualTo("Sammenligningssett: Trainee Salten, Trainee Innlandet, Look North Trainee.");
        page.waitForFunction("() => document.querySelector('#explorer-grid').size === 2");
        String grid = page.locator("#explorer-grid").innerText();
        assertThat(grid).contains("Trainee Salten", "Hele landet (referanse)", "91,0 %", "82,6–95,6 %")
                .doesNotContain("0,0 %");
        assertThat(page.url()).contains("fylke=34").contains("indikator=completion_rate");

        // she downloads the table as she sees it: for Norwegian Excel (BOM, semicolons, decimal comma) and as a workbook
        com.microsoft.playwright.Download csv = page.waitForDownload(
                () -> page.locator("#explorer-grid-export-csv-excel-nb").click());
        String text;
        try {
            text = java.nio.file.Files.readString(csv.path(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(csv.suggestedFilename()).endsWith(".csv").doesNotContain("completion_rate", "34");
        assertThat(text).startsWith("\uFEFF").contains(";");
        // 71 / 78 = 91,0256... % in decimal comma, beside Trainee Salten's name
        assertThat(text.lines()).anyMatch(l -> l.startsWith("Trainee Salten;") && l.contains(";91,02564"));
        assertThat(text.lines()).anyMatch(l -> l.startsWith("Hele landet (referanse);"));
        // the file names the page it came from, as the address bar shows it (the menu is built before the UI knows it)
        assertThat(text.lines()).anyMatch(l -> l.startsWith("Kilde;") && l.contains("(/indikatorer?") && l.contains("fylke=34"));
        com.microsoft.playwright.Download xlsx = page.waitForDownload(
                () -> page.locator("#explorer-grid-export-xlsx").click());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.path().toFile())) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> cells.add(c.toString())));
            assertThat(cells).contains("Trainee Salten", "Hele landet (referanse)");
        } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }

        // the same set on the trend page: the set and the county travel with the menu, encoded once
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Utvikling")).click();
        page.waitForURL(u -> u.contains("/utvikling") && decoded(u).contains("sett=trainee_salten,trainee_innlandet,look_north_trainee"));
        page.locator("#trend-set").waitFor();
        assertThat(page.locator("#trend-set").textContent())
                .isEqualTo("Sammenligningssett: Trainee Salten, Trainee Innlandet, Look North Trainee.");
        assertThat(page.locator("#set-notice").count()).isZero();
        page.locator("#trend-indicator").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Gjennomføringsgrad")).click();
        page.waitForURL(u -> u.contains("indikator=completion_rate"));
        page.locator("#trend-values").waitFor();
        String values = page.locator("#trend-values").innerText();
        assertThat(values).contains("Trainee Salten", "2006–2020 (flere år)", "91,0 %", "Hele landet (referanse)");
        assertThat(page.locator("#trend-no-years").textContent()).startsWith("Ingen ettårsverdier");
        page.close();
    }
}
