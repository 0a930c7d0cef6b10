package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.web.SessionGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a reviewer checks from outside (issue 14, items 2 and 7): security headers that Vaadin's pages live with (no
 * Content Security Policy violation in Chromium), a strict session cookie, no session kept for a bootstrap request
 * that never starts a UI, 404 for unknown addresses inside the app's shell, a friendly page for an over-long URL, and
 * a public health endpoint that tells only the status.
 */
class WebHardeningIT extends BrowserTest {

    @Autowired
    SessionGuard sessions;

    private final HttpClient http = HttpClient.newHttpClient(); // keeps no cookies: every request is a new visitor

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "text/html");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_response_carries_the_security_headers_and_the_session_cookie_is_strict() throws Exception {
        for (String path : List.of("/", "/styles/app.css", "/actuator/health", "/finnes-ikke")) {
            var headers = get(path).headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "base-uri 'self'"));
        }
        assertThat(get("/").headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("HttpOnly", "SameSite=Strict"));
    }

    @Test
    void the_pages_work_under_the_content_security_policy() {
        for (String path : List.of("/", "/indikatorer?indikator=completion_rate", "/sammenlign?program=kandidat_helgeland",
                "/dekning", "/program/trainee_salten")) {
            Page page = browser.newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                    problems.add(m.text());
                }
            });
            page.onPageError(problems::add);
            page.navigate("http://localhost:" + port + path);
            page.locator("vaadin-side-nav").waitFor();
            page.waitForLoadState();
            page.waitForTimeout(1500); // let the view render and run its scripts
            assertThat(page.locator("vaadin-app-layout").count()).as(path).isEqualTo(1);
            assertThat(problems).as("console of %s", path).isEmpty();
            page.close();
        }
    }

    @Test
    void a_bootstrap_request_that_never_starts_a_ui_keeps_no_session() throws Exception {
        int before = sessions.active();
        for (int i = 0; i < 30; i++) {
            assertThat(get("/").statusCode()).isEqualTo(200);
        }
        assertThat(sessions.active()).as("sessions after 30 cookie-less front-page requests").isEqualTo(before);

        // a real browser still gets its UI (and the page works): its next request starts the UI in a session of its own
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/kommuner");
        page.locator("#municipality-summary").waitFor();
        assertThat(page.locator("#municipality-summary").textContent()).startsWith("356 kommuner");
        assertThat(sessions.active()).isGreaterThan(before);
        page.close();
    }

    @Test
    void an_unknown_address_answers_404_with_a_page_inside_the_shell_in_the_users_language() throws Exception {
        assertThat(get("/finnes-ikke").statusCode()).isEqualTo(404);
        assertThat(get("/robots.txt").statusCode()).isEqualTo(404);
        assertThat(get("/kommuner").statusCode()).isEqualTo(200);
        assertThat(get("/program/trainee_salten").statusCode()).isEqualTo(200);

        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/finnes/ikke");
        page.locator("#not-found").waitFor();
        assertThat(page.locator("#not-found h2").textContent()).isEqualTo("Siden finnes ikke");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Oversikt")).count()).isEqualTo(1);

        page.navigate("http://localhost:" + port + "/finnes/ikke?lang=en");
        page.waitForFunction("() => document.querySelector('#not-found h2')?.textContent === 'Page not found'");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Overview")).count()).isEqualTo(1);

        page.locator("#not-found a").click(); // the link back
        page.locator("#overview-summary").waitFor();
        page.close();
    }

    @Test
    void an_over_long_address_gets_a_friendly_page() throws Exception {
        var response = get("/indikatorer?fylke=" + "18".repeat(5000));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Adressen er for lang eller ugyldig", "The address is too long or not valid",
                "href=\"/\"").doesNotContain("Tomcat", "Exception");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void an_address_the_firewall_refuses_gets_the_same_friendly_page() throws Exception {
        for (String path : List.of("//indikatorer", "/indikatorer;jsessionid=x", "/a%2F..%2Fb")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("Adressen er for lang eller ugyldig", "href=\"/\"")
                    .doesNotContain("Whitelabel", "Tomcat", "Exception", "timestamp");
        }
    }

    @Test
    void the_public_health_endpoint_tells_the_status_only() throws Exception {
        var response = get("/actuator/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "/", "duckdb", "total");
    }
}
