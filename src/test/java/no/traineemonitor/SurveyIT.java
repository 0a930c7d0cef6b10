package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The analyst's journey from an indicator to what the trainees answered, in Debian's Chromium. */
class SurveyIT extends BrowserTest {

    private static final String IN_VIEW = """
            id => { const r = document.getElementById(id).getBoundingClientRect();
                    return r.top >= 0 && r.top < window.innerHeight; }""";

    @Test
    void an_analyst_goes_from_the_job_offer_rate_to_table_8_of_the_trainee_survey() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.navigate("http://localhost:" + port + "/indikatorer?indikator=job_offer_rate");
        page.locator("#survey-counterpart").waitFor();
        assertThat(page.locator("#survey-counterpart").textContent()).contains("Ja 78,7 % (73,5–83,1 %)");

        page.locator("#survey-link-tabell-8").click();
        page.waitForURL("**/undersokelser#tabell-8");
        page.locator("#tabell-8 svg").waitFor();
        page.waitForFunction(IN_VIEW, "tabell-8");
        assertThat(page.locator("#tabell-8 h4").textContent()).contains("(n = 277)");
        assertThat(page.locator("#tabell-8 svg text", new Page.LocatorOptions().setHasText("78,7 % (218)")).count()).isEqualTo(1);
        assertThat(page.locator("#tabell-3").textContent()).contains("Radene summerer til 305 av 314");
        page.close();
    }

    @Test
    void a_link_to_a_table_opens_the_page_at_that_table_in_english() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.navigate("http://localhost:" + port + "/undersokelser?lang=en");
        page.locator("#tabell-3").waitFor();
        assertThat(page.locator("h2").first().textContent()).isEqualTo("What trainees and host firms say");
        page.navigate("http://localhost:" + port + "/undersokelser#figur-17");
        page.locator("#figur-17 svg").waitFor();
        page.waitForFunction(IN_VIEW, "figur-17");
        assertThat(page.locator("#figur-17").textContent()).contains("Law: the report gives no figure for «Bachelor».");
        page.locator("#survey-contents a", new Page.LocatorOptions().setHasText("The firms' view")).click();
        page.waitForFunction(IN_VIEW, "tema-firms");
        page.close();
    }
}
