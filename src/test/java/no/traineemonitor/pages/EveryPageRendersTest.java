package no.traineemonitor.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.BaRegion;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.source.SourceDocument;
import no.traineemonitor.source.SourceService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every page renders for every entity the warehouse holds, in bokmål and English: each route of Vaadin's registry (so
 * pages added later are walked too) with every programme, county of both divisions, BA-region, centrality class (and
 * 5–6 together), programme type, indicator, peer group and source document, as a user would open them by link. A
 * visit fails on an exception, on an error view instead of the page, on a parameter the page drops as unknown, and on
 * a missing translation. All failures are reported at once.
 */
@SpringBootTest
class EveryPageRendersTest extends SpringBrowserlessTest {

    private static final Logger log = LoggerFactory.getLogger(EveryPageRendersTest.class);

    @Autowired
    ProgrammeService programmes;
    @Autowired
    ReferenceService reference;
    @Autowired
    IndicatorService indicators;
    @Autowired
    SourceService sources;

    /** One page as a link opens it. */
    record Visit(String path, String query, Class<? extends Component> target) {
        @Override
        public String toString() {
            return "/" + path + (query.isEmpty() ? "" : "?" + query);
        }
    }

    @Autowired
    no.traineemonitor.record.RecordService record;

    /** Signed in as an administrator, so that the pages for leaders, analysts and administrators open too. */
    @org.junit.jupiter.api.BeforeEach
    void signInAsAdministrator() {
        no.traineemonitor.security.TestUsers.admin(record);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        no.traineemonitor.security.TestUsers.signOut();
    }

    @Test
    void every_route_renders_for_every_entity_in_bokmal_and_english() {
        List<Visit> visits = visits();
        List<String> failures = new ArrayList<>();
        Map<String, long[]> timePerRoute = new java.util.TreeMap<>();
        for (Visit v : visits) { // each page in both languages one after the other (the second finds the area's map cached)
            long start = System.nanoTime();
            for (Locale locale : List.of(LanguageSwitch.BOKMAL, LanguageSwitch.ENGLISH)) {
                String problem = open(v, locale);
                if (problem != null) {
                    failures.add(locale.getLanguage() + " " + v + ": " + problem);
                }
            }
            long[] t = timePerRoute.computeIfAbsent(v.path().startsWith("program/") ? "program/:id" : v.path(), k -> new long[2]);
            t[0]++;
            t[1] += (System.nanoTime() - start) / 1_000_000;
        }
        timePerRoute.forEach((route, t) -> log.info("/{}: {} visits in nb and en, {} ms each", route, t[0], t[1] / t[0]));
        assertThat(visits).hasSizeGreaterThan(500);
        assertThat(failures).as(failures.size() + " of " + 2 * visits.size() + " visits failed").isEmpty();
    }

    /** The visits: every route, and for a route with a parameter, every value of it; then every entity by link. */
    List<Visit> visits() {
        List<Visit> visits = new ArrayList<>();
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .sorted(java.util.Comparator.comparing(RouteData::getTemplate)).toList();
        for (RouteData route : routes) {
            String template = route.getTemplate();
            Class<? extends Component> target = route.getNavigationTarget();
            if (template.contains(":")) {
                assertThat(template).as("a route with a parameter this test knows how to fill: add its entities here")
                        .isIn("program/:programmeId", "indikator/:___url_parameter");
                if (template.startsWith("program/")) {
                    programmes.programmes(null, null, null)
                            .forEach(p -> visits.add(new Visit("program/" + p.programmeId(), "", target)));
                } else {
                    indicators.catalogue().forEach(d -> visits.add(new Visit("indikator/" + d.indicatorId(), "", target)));
                }
                continue;
            }
            visits.add(new Visit(template, "", target));
            if (isDashboardPage(target)) { // a page of the shared filter: every value of it
                queries(shared()).forEach(q -> visits.add(new Visit(template, q, target)));
                indicators.catalogue().stream().map(IndicatorDefinition::indicatorId)
                        .forEach(i -> visits.add(new Visit(template, "indikator=" + i, target)));
                Stream.of(PeerGroup.values()).filter(g -> g != PeerGroup.CUSTOM)
                        .forEach(g -> visits.add(new Visit(template, "gruppe=" + g.urlValue(), target)));
                // the comparison set: every programme at once, and every county at once
                visits.add(new Visit(template, "sett=" + String.join(",", shared().get("program")), target));
                visits.add(new Visit(template, "sett=" + String.join(",", shared().get("fylke")), target));
            } else { // the menu carries the shared filter to every page (MainLayout): each page must take each parameter
                queries(shared()).stream().filter(q -> q.startsWith("fylke=") || q.startsWith("type=")).forEach(
                        q -> visits.add(new Visit(template, q, target)));
                shared().forEach((name, values) -> {
                    if (!name.startsWith("fylke") && !name.equals("type")) {
                        visits.add(new Visit(template, queries(Map.of(name, List.of(values.getFirst()))).getFirst(), target));
                    }
                });
            }
            switch (template) {
                case "sammenlign" -> programmes.programmes(null, null, null).forEach(p -> Stream.of(PeerGroup.values())
                        .filter(g -> g != PeerGroup.CUSTOM)
                        .forEach(g -> visits.add(new Visit(template, "program=" + p.programmeId() + "&gruppe=" + g.urlValue(), target))));
                case "kilder" -> sources.documents().stream().map(SourceDocument::sourceFile)
                        .forEach(f -> visits.add(new Visit(template, "dokument=" + f, target)));
                case "utvikling" -> indicators.catalogue().forEach(d -> Stream.of("fylke", "ba", "land").forEach(
                        n -> visits.add(new Visit(template, "indikator=" + d.indicatorId() + "&niva=" + n, target))));
                case "programmer" -> ProgrammeService.STATUSES.forEach(s -> visits.add(new Visit(template, "status=" + s, target)));
                case "kart" -> indicators.catalogue().forEach(d -> visits.add(new Visit(template, "indikator=" + d.indicatorId()
                        + "&niva=ba", target)));
                default -> {
                }
            }
        }
        return visits;
    }

    /** The shared filter's values: every county of both divisions, BA-region, class (and 5–6), type and programme. */
    private Map<String, List<String>> shared() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("fylke", reference.counties(CountyDivision.D2024).stream().map(County::number).toList());
        values.put("fylke2020", reference.counties(CountyDivision.D2020).stream().map(County::number).toList());
        values.put("ba", reference.baRegions().stream().map(BaRegion::number).toList());
        values.put("sentralitet", List.of("1", "2", "3", "4", "5", "6", "5,6", "1,3,5"));
        values.put("type", ProgrammeService.TYPES);
        values.put("program", programmes.programmes(null, null, null).stream().map(Programme::programmeId).toList());
        values.put("fra", List.of("2015&til=2020"));
        return values;
    }

    private static List<String> queries(Map<String, List<String>> values) {
        List<String> out = new ArrayList<>();
        values.forEach((name, list) -> list.forEach(v -> out.add(name.equals("fylke2020")
                ? "fylke=" + v + "&inndeling=2020" : name + "=" + v)));
        return out;
    }

    private static boolean isDashboardPage(Class<?> target) {
        for (Class<?> c = target; c != null; c = c.getSuperclass()) {
            if (c.getSimpleName().equals("DashboardPage")) {
                return true;
            }
        }
        return false;
    }

    /** Opens a page as a link would, in a language; returns what went wrong, or null. */
    private String open(Visit v, Locale locale) {
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        // leave the page, so that it is made anew in this language
        ui.navigate(v.path().equals("slik-sammenligner-vi") ? "kilder" : "slik-sammenligner-vi");
        respond();
        find(Notification.class).all().forEach(n -> n.setId("seen"));
        try {
            ui.navigate(v.path(), QueryParameters.fromString(v.query()));
            respond(); // as a server answers a browser: the changes go out, and nothing of the page before is kept
        } catch (RuntimeException e) {
            return "exception " + e;
        }
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty()) {
            return "nothing rendered";
        }
        Object shown = chain.getFirst();
        if (shown instanceof HasErrorParameter<?> || !v.target().isInstance(shown)) {
            return "an error view instead of the page: " + shown.getClass().getSimpleName() + " «"
                    + ((Component) shown).getElement().getTextRecursively().strip() + "»";
        }
        List<String> notices = find(Notification.class).all().stream()
                .filter(n -> n.getId().map(id -> !id.equals("seen")).orElse(true))
                .map(n -> test(n).getText()).toList();
        if (!notices.isEmpty()) {
            return "a notice: " + notices;
        }
        String text = ui.getElement().getTextRecursively();
        if (text.contains("exception") || text.matches("(?s).*![a-z][a-z0-9-]*\\.[a-z0-9.\\-_]+.*")) {
            return "an error or a missing translation in the text";
        }
        return null;
    }

    /**
     * What the server does when it answers the browser: runs the tasks components left for the response, sends the
     * changes and the pending JavaScript. The browserless round trip does not, so without this every page opened
     * stays in memory (a grid or a select leaves such a task), and walking thousands of pages runs out of heap.
     */
    static void respond() {
        roundTrip();
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        internals.getStateTree().collectChanges(change -> { });
        internals.dumpPendingJavaScriptInvocations();
    }
}
