package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With the session cap reached, a new visitor gets a "busy, try again in a minute" page (503) and nobody's open page
 * is affected. Clients here start UIs without keeping the cookie (as a script hammering the UI endpoint would).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "traineemonitor.sessions.max=3")
class SessionCapIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void beyond_the_cap_a_new_visitor_is_asked_to_come_back_and_open_sessions_go_on() throws Exception {
        String firstCookie = null;
        for (int i = 0; i < 3; i++) {
            var started = get("/?v-r=init&location=kommuner", null);
            assertThat(started.statusCode()).as("UI %d", i + 1).isEqualTo(200);
            if (firstCookie == null) {
                firstCookie = started.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            }
        }
        var refused = get("/?v-r=init&location=kommuner", null);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains("60");

        var page = get("/", null);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Traineemonitor er opptatt", "Prøv igjen om et minutt", "Traineemonitor is busy");

        // a visitor who has a session is served as before
        assertThat(get("/kommuner", firstCookie).statusCode()).isEqualTo(200);
    }
}
