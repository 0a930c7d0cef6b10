package no.traineemonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Pooling over a region, on the sample data plus a small test-only fixture (fixture figures are made up for this
 * test, for the year 2031 that no source covers, and never leave the test folder).
 */
@SpringBootTest
class PoolingTest {

    static final Path ROOT = Path.of("target/pooling-fixture");

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(ROOT);
        FileSystemUtils.copyRecursively(Path.of("sample-data"), ROOT.resolve("sample-data"));
        Files.writeString(ROOT.resolve("sample-data/facts/zz_test_fixture.csv"), """
                fact_id,programme_id,region_type,region_code,metric,category,period_start,period_end,value,unit,scope,horizon,qualifier,source_file,source_section,source_quote,conflict_note,note,period_kind,figure_kind,statement_programmes
                t-1,trainee_salten,,,applicants,,2031,2031,40,count,programme,,reported,002_807c44608543e294.txt,test,test fixture,,,year,outcome,
                t-2,trainee_salten,,,hires,,2031,2031,4,count,programme,,reported,002_807c44608543e294.txt,test,test fixture,,,year,outcome,
                t-3,look_north_trainee,,,applicants,,2031,2031,60,count,programme,,reported,002_807c44608543e294.txt,test,test fixture,,,year,outcome,
                t-4,look_north_trainee,,,hires,,2031,2031,9,count,programme,,reported,002_807c44608543e294.txt,test,test fixture,,,year,outcome,
                t-5,kandidat_helgeland,,,applicants,,2031,2031,3,count,programme,,reported,002_807c44608543e294.txt,test,test fixture,,,year,outcome,
                t-6,kandidat_helgeland,,,hires,,2031,2031,1,count,programme,,reported,002_807c44608543e294.txt,test,test fixture,,,year,outcome,
                t-7,trainee_vest,,,applicants,,2031,2031,20,count,programme,,reported,002_807c44608543e294.txt,test,test fixture,,,year,outcome,
                t-8,trainee_vest,,,hires,,2031,2031,2,count,programme,,reported,002_807c44608543e294.txt,test,test fixture,,,year,outcome,
                t-9,intro_trainee,,,applicants,,2031,2031,4,count,programme,,reported,002_807c44608543e294.txt,test,test fixture,,,year,outcome,
                t-10,intro_trainee,,,hires,,2031,2031,1,count,programme,,reported,002_807c44608543e294.txt,test,test fixture,,,year,outcome,
                """);
        registry.add("traineemonitor.sample-data", () -> ROOT.resolve("sample-data").toString());
        // the fixture's figures are made up and quote no document: no seeds folder, so quotes are not checked
        registry.add("traineemonitor.seeds", () -> ROOT.resolve("no-seeds").toString());
        registry.add("traineemonitor.database", () -> ROOT.resolve("db/traineemonitor.duckdb").toString());
    }

    @Autowired
    IndicatorService indicators;

    private final IndicatorFilter selection2031 = new IndicatorFilter(null, null, null, null, "trainee_programme", null,
            "selection_rate", 2031, 2031);

    @Test
    void a_county_pools_numerators_and_denominators_and_names_who_is_left_out() {
        List<IndicatorResult> nordland = indicators.pooled("county", "18", selection2031);
        assertThat(nordland).hasSize(1);
        IndicatorResult pooled = nordland.getFirst();
        // (4 + 9 + 1) / (40 + 60 + 3) = 14 / 103, not the mean of 10 %, 15 % and 33 %
        assertThat(pooled.numerator()).isEqualTo(14.0);
        assertThat(pooled.denominator()).isEqualTo(103.0);
        assertThat(pooled.value()).isCloseTo(0.1359, within(0.0001));
        assertThat(pooled.programmes()).containsExactly("kandidat_helgeland", "look_north_trainee", "trainee_salten");
        assertThat(pooled.programmesLeftOut()).containsExactly("trainee_helgeland");
        assertThat(pooled.subjectName()).startsWith("Nordland");
    }

    @Test
    void the_small_programme_is_withheld_on_its_own_but_counts_in_the_pool() {
        var helgeland = indicators.results(selection2031.withProgramme("kandidat_helgeland"));
        assertThat(helgeland).singleElement().satisfies(r -> assertThat(r.suppressed()).isTrue());
    }

    @Test
    void all_programmes_pool_across_counties() {
        IndicatorResult all = indicators.pooled("all", null, selection2031).getFirst();
        assertThat(all.numerator()).isEqualTo(17.0); // + Trainee Vest 2 of 20 + Intro Trainee 1 of 4
        assertThat(all.denominator()).isEqualTo(127.0);
        assertThat(all.programmes()).hasSize(5);
    }

    @Test
    void a_pool_below_the_minimum_n_is_withheld() {
        IndicatorResult trondelag = indicators.pooled("county", "50", selection2031).getFirst(); // 1 of 4
        assertThat(trondelag.suppressed()).isTrue();
        assertThat(trondelag.value()).isNull();
        assertThat(trondelag.programmes()).containsExactly("intro_trainee");
        assertThat(indicators.pooled("county", "46", selection2031).getFirst().suppressed()).isFalse(); // 2 of 20
    }
}
