package no.traineemonitor.base.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens the server's own pages over loopback the way a browser does: the UI is started once ({@code v-r=init}), then
 * each page is a navigation message in that UI, so Vaadin builds the view on the server exactly as for a visitor (a
 * view's code is loaded and compiled only when a view is first built; the data warm-up cannot do that). One session,
 * marked with {@link SessionGuard#WARMUP_HEADER} so it ends soon after the last page.
 */
public final class LoopbackVisitor {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    /** One page opened: HTTP status, server round trip, and whether the server showed its error page instead. */
    public record Visit(String page, int status, long millis, boolean failed) {
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private String csrfToken = "";
    private int uiId;
    private int syncId;
    private int clientId;
    private int history;

    public LoopbackVisitor(int port, String token) {
        this.base = "http://127.0.0.1:" + port + "/";
        this.token = token;
    }

    /** Starts the UI, as the page's first request does. */
    public void start() throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=&query=")).GET());
        if (r.statusCode() != 200) {
            throw new IOException("the UI did not start: HTTP " + r.statusCode());
        }
        csrfToken = find(SECURITY_KEY, r.body(), "the security key");
        uiId = Integer.parseInt(find(UI_ID, r.body(), "the UI id"));
        syncId = Integer.parseInt(find(SYNC_ID, r.body(), "the sync id"));
    }

    /** Opens {@code route?query} in the UI, as a click on a link does. */
    public Visit open(String route, String query) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"/" + json(route) + "\",\"query\":\"" + json(query) + "\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":" + history++ + "},\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId++ + "}";
        long start = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Matcher sync = SYNC_ID.matcher(r.body());
        if (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        // the error pages (InternalErrorView, NotFoundView) have these ids
        boolean failed = r.statusCode() != 200 || r.body().contains("\"internal-error\"") || r.body().contains("\"not-found\"");
        return new Visit(route + (query.isEmpty() ? "" : "?" + query), r.statusCode(), millis, failed);
    }

    /** A query string's value, encoded as a browser would. */
    public static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header(SessionGuard.WARMUP_HEADER, token).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String find(Pattern p, String body, String what) throws IOException {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IOException("the UI's first answer has no " + what);
        }
        return m.group(1);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
