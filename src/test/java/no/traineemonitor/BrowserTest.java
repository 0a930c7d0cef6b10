package no.traineemonitor;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests (failsafe, *IT): the app on a random port and Debian's Chromium driven by Playwright,
 * with the flags this machine needs (no sandbox as root, no background networking on a closed network).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = chromium(playwright);
    }

    /** Debian's headless Chromium with the flags this machine needs. */
    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Opens the folded filter bar of a dashboard page (once per session: it stays open), so its fields can be used. */
    static void openFilters(com.microsoft.playwright.Page page) {
        page.locator("#filter-bar").waitFor();
        if (page.locator("#filter-bar[opened]").count() == 0) {
            page.locator("#filter-bar vaadin-details-summary").click();
            page.locator("#filter-bar[opened]").waitFor();
        }
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }
}
