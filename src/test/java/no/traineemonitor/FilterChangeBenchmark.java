package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./tm test}; {@code ./tm bench} runs it against the production
 * jar it started, passing {@code -Dbench.url} and {@code -Dbench.log}): filter changes as a user makes them, in one
 * open browser. Each step picks a value in a filter (or the explorer's indicator, or the benchmark's programme and peer
 * group) and the view re-renders in place. Figures per step: the server's render time (the line
 * {@code render <View> <ms> ms} of logger {@code no.traineemonitor.timing} in the server's log) and the time from the
 * click to the new URL in the browser. A warm-up round uses other values than the measured round, so no measured
 * state has been rendered before. Writes bench/results/filter-change-*.txt (target, issue 6: server p95 <= 150 ms).
 */
class FilterChangeBenchmark {

    private static final Pattern RENDER = Pattern.compile("render (\\w+) (\\d+) ms");

    /** One filter change: on the page at {@code path}, pick {@code item} in the select {@code selectId}. */
    record Step(String path, String selectId, String item) {
    }

    private static final List<Step> WARM_UP = List.of(
            new Step("/", "filter-county", "11 Rogaland"),
            new Step("/", "filter-centrality", "Klasse 3"),
            new Step("/", "filter-county", "15 Møre og Romsdal"),
            new Step("/", "filter-centrality", "Klasse 3"),
            new Step("/", "filter-type", "Kompetansepilot"),
            new Step("/", "filter-county", "55 Troms - Romsa - Tromssa"),
            new Step("/", "filter-type", "Alle"),
            new Step("/indikatorer", "indicator-select", "Fyllingsgrad"),
            new Step("/indikatorer", "filter-county", "11 Rogaland"),
            new Step("/indikatorer", "indicator-select", "Andel kvinner"),
            new Step("/indikatorer", "filter-county", "Alle fylker"),
            new Step("/indikatorer", "indicator-select", "Andel tilflyttere"),
            new Step("/sammenlign", "filter-programme", "Trainee Helgeland"),
            new Step("/sammenlign", "peer-group", "Samme størrelse"),
            new Step("/sammenlign", "filter-programme", "Trainee Vest"),
            new Step("/sammenlign", "peer-group", "Samme sentralitet"));

    private static final List<Step> MEASURED = List.of(
            new Step("/", "filter-county", "18 Nordland - Nordlánnda"),
            new Step("/", "filter-centrality", "Klasse 5"),
            new Step("/", "filter-county", "50 Trøndelag - Trööndelage"),
            new Step("/", "filter-centrality", "Klasse 5"),
            new Step("/", "filter-type", "Traineeordning"),
            new Step("/", "filter-county", "46 Vestland"),
            new Step("/", "filter-county", "34 Innlandet"),
            new Step("/", "filter-type", "Alle"),
            new Step("/", "filter-county", "42 Agder"),
            new Step("/", "filter-county", "Alle fylker"),
            new Step("/indikatorer", "indicator-select", "Gjennomføringsgrad"),
            new Step("/indikatorer", "filter-county", "18 Nordland - Nordlánnda"),
            new Step("/indikatorer", "indicator-select", "Bosatt i regionen etter perioden"),
            new Step("/indikatorer", "filter-county", "50 Trøndelag - Trööndelage"),
            new Step("/indikatorer", "indicator-select", "Andel søkere ansatt"),
            new Step("/indikatorer", "filter-county", "Alle fylker"),
            new Step("/indikatorer", "indicator-select", "Traineer per 10 000 innbyggere"),
            new Step("/sammenlign", "filter-programme", "Kandidat Helgeland"),
            new Step("/sammenlign", "peer-group", "Samme programlengde"),
            new Step("/sammenlign", "filter-programme", "Trainee Salten"),
            new Step("/sammenlign", "peer-group", "Samme sentralitet"),
            new Step("/sammenlign", "filter-programme", "Look North Trainee"),
            new Step("/sammenlign", "filter-programme", "Trainee Innlandet"),
            new Step("/sammenlign", "peer-group", "Alle traineeordninger"));

    record Measurement(Step step, String view, String url, long serverMs, long clientMs) {
    }

    /** The render lines the server has written to its log since {@link #skip()}. */
    static final class Renders {
        private final Path log;
        private long seen;

        Renders(Path log) {
            this.log = log;
        }

        void skip() throws IOException {
            seen = lines().size();
        }

        List<String> fresh() throws IOException {
            List<String> all = lines();
            return all.subList((int) Math.min(seen, all.size()), all.size());
        }

        private List<String> lines() throws IOException {
            return Files.readAllLines(log).stream().filter(l -> RENDER.matcher(l).find()).toList();
        }
    }

    @Test
    void filter_changes_in_an_open_browser() throws IOException {
        String url = System.getProperty("bench.url");
        String log = System.getProperty("bench.log");
        Assumptions.assumeTrue(url != null && log != null, "run by ./tm bench, which passes -Dbench.url and -Dbench.log");
        Renders renders = new Renders(Path.of(log));
        try (Playwright playwright = Playwright.create()) {
            Browser browser = BrowserTest.chromium(playwright);
            Page page = browser.newPage();
            run(page, url, WARM_UP, renders);
            List<Measurement> measured = run(page, url, MEASURED, renders);
            assertThat(measured).hasSize(MEASURED.size()); // every step re-rendered its view exactly once
            write(measured);
        }
    }

    private List<Measurement> run(Page page, String baseUrl, List<Step> steps, Renders renders) throws IOException {
        List<Measurement> out = new ArrayList<>();
        String path = null;
        for (Step step : steps) {
            if (!step.path().equals(path)) { // open the view (a page load, not a filter change: not measured)
                path = step.path();
                page.navigate(baseUrl + path);
                BrowserTest.openFilters(page);
                page.locator("#" + step.selectId()).waitFor();
                page.waitForTimeout(300);
            }
            renders.skip();
            String before = page.url();
            page.locator("#" + step.selectId()).click();
            // an option of the open select ("Alle" is in several selects; only the open one's options are visible)
            var item = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(step.item()).setExact(true))
                    .filter(new Locator.FilterOptions().setVisible(true));
            item.waitFor();
            long clicked = System.nanoTime();
            item.click();
            page.waitForURL(u -> !u.equals(before));
            long clientMs = (System.nanoTime() - clicked) / 1_000_000;
            page.keyboard().press("Escape"); // the centrality list (several classes at once) stays open after a choice
            List<String> lines = renders.fresh();
            for (int wait = 0; lines.isEmpty() && wait < 100; wait++) { // the log is written a moment later
                page.waitForTimeout(50);
                lines = renders.fresh();
            }
            assertThat(lines).as("one render for %s", step).hasSize(1);
            Matcher m = RENDER.matcher(lines.getFirst());
            assertThat(m.find()).isTrue();
            out.add(new Measurement(step, m.group(1), page.url().replace(baseUrl, ""), Long.parseLong(m.group(2)), clientMs));
            page.waitForTimeout(300); // a user looks at the page before the next change
        }
        return out;
    }

    private static void write(List<Measurement> measured) throws IOException {
        List<Long> server = measured.stream().map(Measurement::serverMs).sorted().toList();
        List<Long> client = measured.stream().map(Measurement::clientMs).sorted().toList();
        StringBuilder out = new StringBuilder();
        out.append("# Traineemonitor filter-change benchmark ").append(Instant.now()).append('\n');
        out.append("# machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores; java ")
                .append(System.getProperty("java.version")).append("; one Chromium page, ").append(WARM_UP.size())
                .append(" warm-up changes, then ").append(measured.size()).append(" measured changes to states not rendered before\n");
        out.append("step,view,state,server_render_ms,click_to_new_url_ms\n");
        for (int i = 0; i < measured.size(); i++) {
            Measurement m = measured.get(i);
            out.append(i + 1).append(',').append(m.view()).append(',').append(m.url()).append(',')
                    .append(m.serverMs()).append(',').append(m.clientMs()).append('\n');
        }
        out.append(String.format(Locale.ROOT, "# server render: median %d ms, p95 %d ms, max %d ms (target p95 150 ms)%n",
                percentile(server, 50), percentile(server, 95), server.getLast()));
        out.append(String.format(Locale.ROOT, "# click to new URL in the browser: median %d ms, p95 %d ms, max %d ms%n",
                percentile(client, 50), percentile(client, 95), client.getLast()));
        Path dir = Path.of("bench/results");
        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
        Path file = dir.resolve("filter-change-" + stamp + ".txt");
        Files.writeString(file, out.toString());
        System.out.print(out);
        System.out.println("Wrote " + file);
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
