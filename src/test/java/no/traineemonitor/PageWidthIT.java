package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every main page fits a 1280 × 800 laptop, in bokmål and English: the page never scrolls sideways
 * ({@code document.documentElement.scrollWidth <= 1280}) and no table is wider than its box (a grid scrolled sideways
 * hides columns just the same).
 */
class PageWidthIT extends BrowserTest {

    /** The laptop's width; {@code -Dpage-width.px=900} shows what a narrower screen would break. */
    static final int WIDTH = Integer.getInteger("page-width.px", 1280);
    static final List<String> PAGES = List.of("/", "/?fylke=18", "/indikatorer", "/indikatorer?indikator=completion_rate",
            "/sammenlign?program=kandidat_helgeland", "/sammenlign?program=trainee_salten&gruppe=length", "/dekning",
            "/dekning?fylke=15&sentralitet=5,6", "/kommuner", "/programmer", "/kilder",
            "/kilder?dokument=002_807c44608543e294.txt", "/slik-sammenligner-vi", "/program/trainee_innlandet",
            "/program/trainee_salten", "/program/fjelltrainee", "/program/kompetansepilot_18", "/undersokelser",
            "/kart?indikator=completion_rate", "/kart?indikator=completion_rate&niva=ba&fylke=18",
            "/utvikling?indikator=selection_rate&sett=look_north_trainee,trainee_arena_nord_troms",
            "/utvikling?indikator=fill_rate&niva=fylke", "/utvikling?indikator=trainee_density&program=look_north_trainee",
            "/indikatorer?indikator=completion_rate&fylke=34&sett=trainee_salten,trainee_innlandet,look_north_trainee",
            "/sammenlign?program=look_north_trainee&sett=trainee_arena_nord_troms,kandidat_helgeland", "/finnes-ikke");

    /** What is wider than its box: the page, or a grid (by id) whose columns do not fit. */
    static final String OVERFLOW = """
            () => {
              const out = [];
              if (document.documentElement.scrollWidth > %d) out.push('page ' + document.documentElement.scrollWidth + ' px');
              document.querySelectorAll('vaadin-grid').forEach(g => {
                const t = g.shadowRoot && g.shadowRoot.querySelector('#table');
                if (t && g.offsetParent !== null && t.scrollWidth > t.clientWidth + 2) {
                  out.push('grid ' + (g.id || '?') + ' ' + t.scrollWidth + ' > ' + t.clientWidth + ' px');
                }
              });
              return out;
            }""".formatted(WIDTH);

    @Test
    void every_main_page_fits_1280_px_without_scrolling_sideways() {
        List<String> failures = new ArrayList<>();
        for (String lang : List.of("nb", "en")) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, 800))) {
                Page page = context.newPage();
                page.navigate("http://localhost:" + port + "/?lang=" + lang);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                for (String path : PAGES) {
                    page.navigate("http://localhost:" + port + path);
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    page.waitForTimeout(300); // grids lay out their columns after the first paint
                    @SuppressWarnings("unchecked")
                    List<String> wide = (List<String>) page.evaluate(OVERFLOW);
                    wide.forEach(w -> failures.add(lang + " " + path + ": " + w));
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
