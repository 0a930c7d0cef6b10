package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coverage map in Debian's Chromium: a real click on a municipality opens its details; the list downloads. */
class CoverageIT extends BrowserTest {

    /**
     * A point (page coordinates) inside the fill of a map path that the path itself would receive a click at: scans
     * a grid over its bounding box with isPointInFill and elementFromPoint.
     */
    static final String POINT_INSIDE = """
            id => {
              const path = document.getElementById(id);
              path.scrollIntoView({block: 'center'});
              const box = path.getBBox(), svg = path.ownerSVGElement, m = path.getScreenCTM();
              for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
                const p = svg.createSVGPoint();
                p.x = box.x + box.width * i / 20; p.y = box.y + box.height * j / 20;
                if (!path.isPointInFill(p)) continue;
                const s = p.matrixTransform(m);
                if (document.elementFromPoint(s.x, s.y) === path) return [s.x, s.y];
              }
              return null;
            }""";

    @Test
    void an_analyst_clicks_bodo_on_the_map_of_nordland_and_sees_its_details() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.navigate("http://localhost:" + port + "/dekning?fylke=18");
        page.locator("#kommune-1804").waitFor();
        assertThat(page.locator("#coverage-map path[data-kommunenummer]").count()).isEqualTo(41);
        assertThat(page.locator("#municipality-details").textContent()).doesNotContain("Bodø");

        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) page.evaluate(POINT_INSIDE, "kommune-1804");
        assertThat(xy).as("a point of Bodø on the map").isNotNull();
        page.mouse().click(xy.get(0).doubleValue(), xy.get(1).doubleValue());

        page.waitForFunction("() => document.querySelector('#municipality-details-name')?.textContent === 'Bodø'");
        String details = page.locator("#municipality-details").textContent();
        assertThat(details).contains("1804").contains("52 357").contains("Trainee Salten");
        assertThat(page.locator("#kommune-1804").getAttribute("class")).contains("selected");
        page.close();
    }

    @Test
    void an_analyst_downloads_the_white_spots_of_more_og_romsdal() throws Exception {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/dekning?fylke=15");
        page.locator("#white-spots-csv-rfc4180").waitFor();
        Download download = page.waitForDownload(() -> page.locator("#white-spots-csv-rfc4180").click());
        assertThat(download.suggestedFilename()).isEqualTo("hvite-flekker-fylke-15.csv");
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(19); // header and the 18 municipalities no programme reaches
        assertThat(lines.get(1)).startsWith("1515,Herøy (Møre og Romsdal),");
        // the same list for a Norwegian spreadsheet: byte-order mark, semicolons
        Download excel = page.waitForDownload(() -> page.locator("#white-spots-csv-excel-nb").click());
        assertThat(excel.suggestedFilename()).isEqualTo("hvite-flekker-fylke-15-excel.csv");
        List<String> excelLines = Files.readAllLines(excel.path(), StandardCharsets.UTF_8);
        assertThat(excelLines).hasSize(19);
        assertThat(excelLines.getFirst()).startsWith("\uFEFF");
        assertThat(excelLines.get(1)).startsWith("1515;Herøy (Møre og Romsdal);");
        page.close();
    }
}
