package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.record.Role;
import no.traineemonitor.record.StoredReturn;
import no.traineemonitor.reporting.ReturnWorkbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The yearly return as its users go through it in Chromium: a leader signs in, downloads the 2025 template of their
 * programme, fills it, uploads it (first with a mistake: told where, nothing stored), reads the preview, confirms and
 * sees the programme in the comparison; changes a figure in the browser form (version 2); an analyst reads the history;
 * an administrator withdraws version 2. And who may open which page: the public is sent to sign in, a signed-in user
 * without the role is told so. The figures are test inputs for 2025 (made up here), in a database and record of its own.
 * Screenshots of each step go to target/screenshots/ to be looked at.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReturnsJourneyIT extends BrowserTest {

    static final Path ROOT = Path.of("target/returns-journey");
    static final Path SHOTS = Path.of("target/screenshots");

    @DynamicPropertySource
    static void ownFiles(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(ROOT);
        registry.add("traineemonitor.database", () -> ROOT.resolve("db/traineemonitor.duckdb").toString());
        registry.add("traineemonitor.record", () -> ROOT.resolve("record").toString());
    }

    /** Trainee Salten's 2025 return: 7 hired of 120 applicants (a selection rate of 7/120 = 5,8 %). */
    static final Map<String, Object> SALTEN_2025 = new LinkedHashMap<>();

    static {
        SALTEN_2025.put("positions_advertised", 8);
        SALTEN_2025.put("applicants", 120);
        SALTEN_2025.put("hires", 7);
        SALTEN_2025.put("hires_women", 4);
        SALTEN_2025.put("hires_men", 3);
        SALTEN_2025.put("completed", 6);
        SALTEN_2025.put("dropped_out", 1);
        SALTEN_2025.put("member_organisations", 44);
        SALTEN_2025.put("member_organisations_active", 19);
        SALTEN_2025.put("fee_model", "membership");
    }

    @BeforeEach
    void users() {
        user("leder-salten", EnumSet.of(Role.LEADER), "trainee_salten", null);
        user("analytiker-nordland", EnumSet.of(Role.ANALYST), null, "18");
        user("finansior", EnumSet.of(Role.FUNDER), null, null);
        user("sjef", EnumSet.of(Role.ADMIN), null, null);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("returns-" + name + ".png")).setFullPage(true));
    }

    private static void upload(Page page, Path file) {
        page.locator("#upload-return input[type=file]").setInputFiles(file);
    }

    @Test
    @Order(1)
    void a_leader_fills_the_2025_template_is_told_of_a_mistake_then_confirms_and_sees_the_comparison() throws IOException {
        Page page = signedIn("leder-salten");
        page.navigate(url("rapportering"));
        page.locator("#download-template").waitFor();
        assertThat(page.locator("#reporting-programme input").inputValue()).isEqualTo("Trainee Salten");
        assertThat(page.locator("#reporting-year").textContent() + page.locator("#reporting-year").getAttribute("value"))
                .contains("2025");
        assertThat(page.locator("#no-returns").textContent()).isEqualTo("Ingen rapporteringer ennå.");
        shot(page, "1-leader-start");

        Download download = page.waitForDownload(() -> page.locator("#download-template").click());
        assertThat(download.suggestedFilename()).isEqualTo("aarsrapport-trainee_salten-2025.xlsx");
        byte[] template = Files.readAllBytes(download.path());

        Map<String, Object> wrong = new LinkedHashMap<>(SALTEN_2025);
        wrong.put("hires", "sju");
        Path wrongFile = ROOT.resolve("salten-2025-feil.xlsx");
        Files.write(wrongFile, ReturnWorkbooks.fill(template, wrong));
        upload(page, wrongFile);
        page.locator("#return-problems").waitFor();
        assertThat(page.locator("#return-problems").textContent())
                .containsPattern("Årsrapport!E\\d+: Ansatte traineer: «sju» er ikke et helt tall");
        assertThat(page.locator("#return-result").textContent()).contains("Ingenting er lagret.");
        assertThat(record.returns()).isEmpty();
        shot(page, "2-leader-mistake");

        Path file = ROOT.resolve("salten-2025.xlsx");
        Files.write(file, ReturnWorkbooks.fill(template, SALTEN_2025));
        upload(page, file);
        page.locator("#return-preview").waitFor();
        assertThat(page.locator("#preview-summary").textContent()).contains("nye tall");
        assertThat(page.locator("#return-preview").textContent()).contains("Ansatte traineer", "Nytt");
        assertThat(record.returns()).as("nothing is stored before the confirmation").isEmpty();
        shot(page, "3-leader-preview");

        page.locator("#confirm-return").click();
        page.locator("#return-stored").waitFor();
        assertThat(page.locator("#return-stored").textContent()).contains("Trainee Salten, 2025, versjon 1");
        assertThat(page.locator("#own-returns").textContent()).contains("I bruk", "Opplastet fil", "leder-salten");
        assertThat(record.returns()).singleElement().satisfies(r -> {
            assertThat(r.by()).isEqualTo("leder-salten");
            assertThat(r.channel()).isEqualTo("upload");
            assertThat(r.values()).anyMatch(v -> v.metricId().equals("hires") && Long.valueOf(7).equals(v.number()));
        });
        shot(page, "4-leader-stored");

        page.locator("#see-ranking").click();
        page.waitForURL("**/sammenlign?program=trainee_salten");
        page.locator("#benchmark-name, h2").first().waitFor();
        page.waitForFunction("() => document.body.innerText.includes('5,8 %')");
        shot(page, "5-leader-comparison");
        page.close();
    }

    @Test
    @Order(2)
    void a_leader_reports_only_for_their_own_programme_and_sees_no_history_or_administration() {
        Page page = signedIn("leder-salten");
        page.navigate(url("rapportering?program=trainee_innlandet"));
        page.locator("#reporting-refused").waitFor();
        assertThat(page.locator("#reporting-refused").textContent())
                .isEqualTo("Du kan bare rapportere for ditt eget program, ikke for Trainee Innlandet. Siden viser ditt program.");
        assertThat(page.locator("#reporting-programme input").inputValue()).isEqualTo("Trainee Salten");
        for (String other : List.of("historikk", "admin")) {
            page.navigate(url(other));
            page.locator("#no-access").waitFor();
            assertThat(page.locator("#no-access h2").textContent()).isEqualTo("Ingen tilgang");
        }
        assertThat(page.locator("vaadin-side-nav").textContent()).contains("Årsrapportering").doesNotContain("Historikk",
                "Administrasjon");
        page.close();
    }

    @Test
    @Order(3)
    void the_browser_form_gives_version_2_the_analyst_sees_the_change_and_the_administrator_withdraws_it() {
        Page leader = signedIn("leder-salten");
        leader.navigate(url("rapportering"));
        leader.locator("#return-form").click();
        Locator hires = leader.locator("#form-hires input");
        assertThat(hires.inputValue()).as("the form starts with what is known").isEqualTo("7");
        assertThat(leader.locator("#form-fee_model").textContent() + leader.locator("#form-fee_model").innerText())
                .as("choices too").contains("Fast medlemskontingent");
        hires.fill("8");
        leader.locator("#form-hires_men input").fill("4");
        leader.locator("#check-form").click();
        leader.locator("#return-preview").waitFor();
        assertThat(leader.locator("#preview-summary").textContent()).contains("2 endrede");
        shot(leader, "6-form-preview");
        leader.locator("#confirm-return").click();
        leader.locator("#return-stored").waitFor();
        assertThat(leader.locator("#return-stored").textContent()).contains("versjon 2");
        leader.close();
        StoredReturn second = record.returns().stream().filter(r -> r.version() == 2).findFirst().orElseThrow();
        assertThat(second.channel()).isEqualTo("form");
        assertThat(second.values()).as("the form keeps what it was not told to change")
                .anyMatch(v -> v.metricId().equals("fee_model") && "membership".equals(v.text()))
                .anyMatch(v -> v.metricId().equals("hires") && Long.valueOf(8).equals(v.number()));

        Page analyst = signedIn("analytiker-nordland");
        analyst.navigate(url("historikk?program=trainee_salten"));
        analyst.locator("#history-changes").waitFor();
        String history = analyst.locator("#history-changes").textContent();
        assertThat(history).contains("Ansatte traineer", "leder-salten", "I bruk", "Erstattet av en nyere versjon");
        shot(analyst, "7-analyst-history");
        for (String other : List.of("rapportering", "admin")) {
            analyst.navigate(url(other));
            analyst.locator("#no-access").waitFor();
        }
        analyst.close();

        Page admin = signedIn("sjef");
        admin.navigate(url("admin"));
        admin.locator("#withdraw-" + second.returnId()).click();
        admin.locator("#confirm-withdraw").click();
        admin.locator("#withdraw-reason[invalid]").waitFor(); // a reason is required
        assertThat(record.returnById(second.returnId()).orElseThrow().withdrawn()).isFalse();
        admin.locator("#withdraw-reason textarea").fill("Feil tall for ansatte; versjon 1 gjelder");
        admin.locator("#confirm-withdraw").click();
        admin.locator("#admin-returns").getByText("Trukket tilbake av sjef").waitFor();
        assertThat(record.returnById(second.returnId()).orElseThrow().withdrawReason())
                .isEqualTo("Feil tall for ansatte; versjon 1 gjelder");
        assertThat(admin.locator("#admin-audit").textContent()).contains("Rapportering trukket tilbake", "Rapportering lagret");
        shot(admin, "8-admin");
        admin.close();
    }

    @Test
    @Order(4)
    void the_public_is_sent_to_sign_in_and_a_funder_is_told_the_pages_are_not_for_them() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        for (String route : List.of("rapportering", "historikk", "admin", "rapportering?program=trainee_salten")) {
            page.navigate(url(route));
            page.waitForURL("**/logg-inn");
            page.locator("#login-form").waitFor();
        }
        assertThat(page.locator("vaadin-login-form").textContent() + page.content()).contains("Logg inn");
        page.close();

        Page funder = signedIn("finansior");
        for (String route : List.of("rapportering", "historikk", "admin")) {
            funder.navigate(url(route));
            funder.locator("#no-access").waitFor();
        }
        shot(funder, "9-funder-no-access");
        assertThat(funder.locator("vaadin-side-nav").textContent()).doesNotContain("Årsrapportering", "Historikk",
                "Administrasjon");
        funder.close();
    }
}
