package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The dashboard in Debian's Chromium, as a user would use it (runs in failsafe, after the production build). */
class DashboardIT extends BrowserTest {

    @Test
    void an_analyst_filters_the_municipality_list_to_one_county() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/kommuner");
        page.locator("#municipality-summary").waitFor();
        assertThat(page.locator("#municipality-summary").textContent()).startsWith("356 kommuner");

        page.locator("#county-filter").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("18 Nordland")).click();

        page.waitForURL("**/kommuner?fylke=18");
        page.waitForFunction("() => document.querySelector('#municipality-summary').textContent.startsWith('41 ')");
        assertThat(page.locator("#municipality-summary").textContent()).isEqualTo("41 kommuner, 241 235 innbyggere 1.1.2020");
        assertThat(page.evaluate("() => document.querySelector('#municipality-grid').size")).isEqualTo(41);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Bodø")).first().isVisible()).isTrue();
        page.close();
    }

    @Test
    void an_analyst_filters_to_one_county_and_opens_the_explorer_for_completion_rate() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        page.locator("#overview-summary").waitFor();
        openFilters(page);
        page.locator("#filter-county").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("18 Nordland")).click();
        page.waitForURL("**/?fylke=18");
        page.waitForFunction("() => document.querySelector('#overview-summary').textContent.includes('18 Nordland')");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Indikatorer")).click();
        page.waitForURL("**/indikatorer?fylke=18");
        page.locator("#indicator-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Gjennomføringsgrad")).click();
        page.waitForURL(url -> url.contains("indikator=completion_rate") && url.contains("fylke=18"));
        page.locator("#explorer-grid").waitFor();
        page.waitForFunction("() => document.querySelector('#explorer-grid').size === 1");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Trainee Salten")).count()).isPositive();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("91,0 %")).count()).isPositive();
        assertThat(page.locator("#explorer-charts svg").count()).isEqualTo(1);
        page.close();
    }

    @Test
    void a_programme_leader_opens_the_benchmark_of_their_programme_and_sees_what_is_ranked_and_what_is_not() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/sammenlign");
        page.locator("#benchmark-prompt").waitFor();
        openFilters(page);
        page.locator("#filter-programme").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Kandidat Helgeland")).click();
        page.waitForURL("**/sammenlign?program=kandidat_helgeland");
        // one-year trainee density is reported by seven programmes: ranked, and the rank says how many it rests on;
        // host retention 97 of 106 (2011-2020) has no comparable peer value: not ranked, with the reason
        page.locator("#benchmark-grid").waitFor();
        assertThat(page.locator("#benchmark-grid").innerText()).contains("av 7");
        assertThat(page.locator("#benchmark-incomparable").innerText()).contains("Fortsatt hos vertsbedrift");
        page.locator("a.how-we-compare-link").first().click();
        page.waitForURL("**/slik-sammenligner-vi");
        assertThat(page.locator("#how-we-compare").innerText()).contains("minst 4 sammenlignbare programmer");
        page.close();
    }

    @Test
    void a_county_analyst_downloads_the_county_report_and_opens_it() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setAcceptDownloads(true));
        page.navigate("http://localhost:" + port + "/?fylke=18");
        // the public is asked to sign in; the county's analyst downloads
        page.locator("a.download-sign-in").first().waitFor();
        user("analytiker-18", java.util.EnumSet.of(no.traineemonitor.record.Role.ANALYST), null, "18");
        signIn(page, "analytiker-18");
        page.navigate("http://localhost:" + port + "/?fylke=18");
        page.locator("#download-county-report").waitFor();
        Download download = page.waitForDownload(() -> page.locator("#download-county-report").click());
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).startsWith("fylkesrapport-18-nordland-2024-").endsWith(".xlsx");
        Path file = Files.createTempFile("county-report-", ".xlsx");
        try {
            download.saveAs(file);
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                assertThat(wb.getSheetName(0)).isEqualTo("Forside");
                assertThat(wb.getSheet("Nøkkeltall")).isNotNull();
            }
        } finally {
            Files.deleteIfExists(file);
        }
        // the page learns (by polling) that the download is done
        page.waitForFunction("() => document.querySelector('#download-county-report-status').textContent.startsWith('Ferdig')");
        page.close();
    }
}
