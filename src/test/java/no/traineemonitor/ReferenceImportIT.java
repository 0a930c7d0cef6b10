package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import no.traineemonitor.record.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * An administrator imports SSB 03321 on /admin (the test fixture with four flows of Bodø and Gildeskål changed, see
 * CommutingImportWarehouseTest) and sees the coefficients before → after per county and BA-region, and the new version
 * in the list; /dekning then shows Bodø's new coefficient. Screenshots at 1280 px in target/screenshots.
 */
class ReferenceImportIT extends BrowserTest {

    static final Path ROOT = Path.of("target/reference-import-it");
    static final Path SHOTS = Path.of("target/screenshots");

    @DynamicPropertySource
    static void ownFiles(DynamicPropertyRegistry registry) {
        FileSystemUtils.deleteRecursively(ROOT.toFile());
        registry.add("traineemonitor.database", () -> ROOT.resolve("db/traineemonitor.duckdb").toString());
        registry.add("traineemonitor.record", () -> ROOT.resolve("record").toString());
    }

    @Test
    void an_administrator_imports_commuting_and_the_coverage_page_shows_the_new_coefficient() throws IOException {
        user("sjef", EnumSet.of(Role.ADMIN), null, null);
        Path fixture = ROOT.resolve("03321-2020-four-flows-changed.json");
        Files.createDirectories(ROOT);
        try (var in = getClass().getResourceAsStream("/jsonstat/03321-2020-four-flows-changed.json")) {
            Files.write(fixture, in.readAllBytes());
        }
        Page admin = signedIn("sjef");
        admin.navigate("http://localhost:" + port + "/admin");
        long start = System.nanoTime();
        admin.locator("#upload-reference input[type=file]").setInputFiles(fixture);
        admin.locator("#reference-import-ba").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
        System.out.printf("Import of 03321 on /admin, upload to result on screen: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(admin.locator("#reference-import-lines").textContent())
                .contains("Referanseversjon 2 er lastet: SSB-tabell 03321");
        // Bodø and Gildeskål make BA-region 106: 0,… → 0,… ; Nordland is the only county that changes
        assertThat(admin.locator("#reference-import-ba").textContent()).startsWith("106 Bodø: ");
        assertThat(admin.locator("#reference-import-counties").textContent()).contains("18 Nordland");
        assertThat(admin.locator("#reference-versions").textContent()).contains("Versjon 2: SSB 03321: pendling 4. kvartal 2020");
        assertThat(admin.locator("#reference-import-counties").textContent()).contains("03 Oslo: 0,444 → 0,444 (uendret)");
        admin.locator("#reference-import-lines").scrollIntoViewIfNeeded();
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("reference-import-admin.png")));
        admin.locator("#reference-versions").scrollIntoViewIfNeeded();
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("reference-import-admin-versions.png")));

        admin.navigate("http://localhost:" + port + "/dekning?fylke=18");
        admin.locator("#commuting-coefficients").waitFor();
        // Bodø's gross commuting coefficient 5 597 / 30 909 = 0,181 (was 5 397 / 30 809 = 0,175)
        assertThat(admin.locator("#commuting-coefficients").textContent()).contains("0,181");
        admin.locator("#commuting-coefficients").scrollIntoViewIfNeeded();
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("reference-import-dekning.png")));
        admin.close();
    }
}
