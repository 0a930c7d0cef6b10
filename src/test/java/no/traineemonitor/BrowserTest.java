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

    @org.springframework.beans.factory.annotation.Autowired
    no.traineemonitor.record.RecordService record;

    static final String PASSWORD = "fjell-og-fjord-2026";

    /** A user of the test's record with these roles and {@link #PASSWORD} (made once). */
    void user(String name, java.util.Set<no.traineemonitor.record.Role> roles, String programme, String county) {
        if (record.user(name).isEmpty()) {
            record.createUser("test", new no.traineemonitor.record.AppUser(name, name, roles, programme, county,
                    no.traineemonitor.security.Passwords.hash(PASSWORD), true));
        }
    }

    /** A new page (1280 × 900) signed in through the sign-in form as this user. */
    com.microsoft.playwright.Page signedIn(String username) {
        return signIn(browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900).setAcceptDownloads(true)), username);
    }

    /** Signs in through the form on this page and waits until the app is back. */
    com.microsoft.playwright.Page signIn(com.microsoft.playwright.Page page, String username) {
        page.navigate("http://localhost:" + port + "/logg-inn");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("logg-inn"));
        return page;
    }

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
