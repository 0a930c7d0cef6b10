package no.traineemonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.traineemonitor.base.web.LoopbackVisitor;
import no.traineemonitor.indicator.IndicatorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * After the start the server opens its public pages once over loopback, as a browser would, so the first visitor's
 * page is built by compiled code: every indicator's trend, map, explorer and about page and the other public pages,
 * each built without the error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "traineemonitor.warmup.pages=true")
class PageWarmupIT {

    @Autowired
    ExploreWarmup warmup;
    @Autowired
    IndicatorService indicators;

    @Test
    void after_the_start_every_public_page_has_been_built_once_without_an_error() throws Exception {
        long deadline = System.currentTimeMillis() + 300_000;
        while (warmup.lastPages().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        List<LoopbackVisitor.Visit> pages = warmup.lastPages();
        int catalogue = indicators.catalogue().size();
        // the overview, four pages per indicator, the matrix twice, benchmark and profile, five lists and pages
        assertThat(pages).hasSize(1 + 4 * catalogue + 2 + 2 + 5);
        assertThat(pages).allSatisfy(v -> assertThat(v.failed()).as(v.page()).isFalse());
        assertThat(pages).extracting(LoopbackVisitor.Visit::page)
                .contains("utvikling?indikator=completion_rate", "kart?indikator=completion_rate", "indikator/completion_rate",
                        "datagrunnlag?per=fylke", "dekning");
    }
}
