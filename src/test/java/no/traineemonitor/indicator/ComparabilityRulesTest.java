package no.traineemonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.traineemonitor.benchmark.Benchmark;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.benchmark.PeerGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Each rule of docs/how-we-compare.md forced by a small fixture of made-up figures for the year 2031, which no source
 * covers (they never leave the test folder), on top of the sample data. One test per class of error of issue 12.
 *
 * <p>Selection rate 2031, exact counts: Look North 9 of 60, Salten 4 of 40, Kandidat Helgeland 6 of 30, Trainee Vest
 * 2 of 20, Intro Trainee 5 of 25; Fjelltrainee 70 of 700 over 2025–2031; Namdal a target of 30 of 100; one statement
 * about KOM, Sør and TIM together 30 of 300; Framtidsfylket 5 of "about" 50; Arena Nord-Troms 8 of "over" 80.
 */
@SpringBootTest
class ComparabilityRulesTest {

    static final Path ROOT = Path.of("target/comparability-fixture");
    static final String F = "002_807c44608543e294.txt,test,test fixture,,";

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(ROOT);
        FileSystemUtils.copyRecursively(Path.of("sample-data"), ROOT.resolve("sample-data"));
        Files.writeString(ROOT.resolve("sample-data/facts/zz_comparability_fixture.csv"), String.join("\n",
                "fact_id,programme_id,region_type,region_code,metric,category,period_start,period_end,value,unit,scope,horizon,qualifier,source_file,source_section,source_quote,conflict_note,note,period_kind,figure_kind,statement_programmes",
                "c-1,look_north_trainee,,,applicants,,2031,2031,60,count,programme,,reported," + F + ",year,outcome,",
                "c-2,look_north_trainee,,,hires,,2031,2031,9,count,programme,,reported," + F + ",year,outcome,",
                "c-3,trainee_salten,,,applicants,,2031,2031,40,count,programme,,reported," + F + ",year,outcome,",
                "c-4,trainee_salten,,,hires,,2031,2031,4,count,programme,,reported," + F + ",year,outcome,",
                "c-5,kandidat_helgeland,,,applicants,,2031,2031,30,count,programme,,reported," + F + ",year,outcome,",
                "c-6,kandidat_helgeland,,,hires,,2031,2031,6,count,programme,,reported," + F + ",year,outcome,",
                "c-7,trainee_vest,,,applicants,,2031,2031,20,count,programme,,reported," + F + ",year,outcome,",
                "c-8,trainee_vest,,,hires,,2031,2031,2,count,programme,,reported," + F + ",year,outcome,",
                "c-9,intro_trainee,,,applicants,,2031,2031,25,count,programme,,reported," + F + ",year,outcome,",
                "c-10,intro_trainee,,,hires,,2031,2031,5,count,programme,,reported," + F + ",year,outcome,",
                "c-11,fjelltrainee,,,applicants,,2025,2031,700,count,programme,,reported," + F + ",multi_year,outcome,",
                "c-12,fjelltrainee,,,hires,,2025,2031,70,count,programme,,reported," + F + ",multi_year,outcome,",
                "c-13,trainee_namdal,,,applicants,,2031,2031,100,count,programme,,reported," + F + ",year,target,",
                "c-14,trainee_namdal,,,hires,,2031,2031,30,count,programme,,reported," + F + ",year,target,",
                "c-15,,,,applicants,,2031,2031,300,count,programme,,reported," + F + ",year,outcome,kom_trainee tim_molderegionen trainee_sor",
                "c-16,,,,hires,,2031,2031,30,count,programme,,reported," + F + ",year,outcome,kom_trainee tim_molderegionen trainee_sor",
                "c-17,framtidsfylket_trainee,,,applicants,,2031,2031,50,count,programme,,approximate," + F + ",year,outcome,",
                "c-18,framtidsfylket_trainee,,,hires,,2031,2031,5,count,programme,,reported," + F + ",year,outcome,",
                "c-19,trainee_arena_nord_troms,,,applicants,,2031,2031,80,count,programme,,minimum," + F + ",year,outcome,",
                "c-20,trainee_arena_nord_troms,,,hires,,2031,2031,8,count,programme,,reported," + F + ",year,outcome,",
                // the same host retention from two documents (18 of 20 and "90 %"), and two that disagree (9 of 10, "70 %")
                "c-21,romerike_trainee,,,completed,,2031,2031,20,count,programme,,reported," + F + ",year,outcome,",
                "c-22,romerike_trainee,,,continued_in_host,,2031,2031,18,count,programme,end_of_programme,reported," + F + ",year,outcome,",
                "c-23,romerike_trainee,,,continued_in_host,,2031,2031,90,percent,programme,end_of_programme,reported,001_b2c93c8ef5279f83.txt,test,test fixture,,,year,outcome,",
                "c-24,seafood_trainee,,,completed,,2031,2031,10,count,programme,,reported," + F + ",year,outcome,",
                "c-25,seafood_trainee,,,continued_in_host,,2031,2031,9,count,programme,end_of_programme,reported," + F + ",year,outcome,",
                "c-26,seafood_trainee,,,continued_in_host,,2031,2031,70,percent,programme,end_of_programme,reported,001_b2c93c8ef5279f83.txt,test,test fixture,,,year,outcome,")
                + "\n");
        registry.add("traineemonitor.sample-data", () -> ROOT.resolve("sample-data").toString());
        // the fixture's figures are made up and quote no document: no seeds folder, so quotes are not checked
        registry.add("traineemonitor.seeds", () -> ROOT.resolve("no-seeds").toString());
        registry.add("traineemonitor.database", () -> ROOT.resolve("db/traineemonitor.duckdb").toString());
    }

    @Autowired
    IndicatorService indicators;
    @Autowired
    BenchmarkService benchmarks;

    private IndicatorResult selection2031(String programme) {
        return indicators.results(IndicatorFilter.none().withIndicator("selection_rate")).stream()
                .filter(r -> r.subjectId().equals(programme) && Integer.valueOf(2031).equals(r.periodEnd()))
                .findFirst().orElseThrow();
    }

    private BenchmarkRow selectionRow(Benchmark b) {
        return b.compared().stream().filter(r -> r.definition().indicatorId().equals("selection_rate")).findFirst().orElseThrow();
    }

    @Test
    void one_year_values_are_ranked_only_against_one_year_values_with_enough_peers() {
        BenchmarkRow row = selectionRow(benchmarks.benchmark("look_north_trainee", PeerGroup.ALL, List.of()));
        // 9/60 = 0.15 against Salten 0.10, Kandidat Helgeland 0.20, Trainee Vest 0.10, Intro 0.20 and Arena Nord-Troms'
        // latest exact one-year value, 3 of 46 in 2020 (002 §3.3; its 2031 value is a bound): rank 3 of 6, percentile
        // (3 below + half of itself) / 6 = 58.3, peer median of 0.065, 0.10, 0.10, 0.20, 0.20 = 0.10
        assertThat(row.own().value()).isCloseTo(0.15, within(1e-9));
        assertThat(row.peers()).extracting(IndicatorResult::subjectId).containsExactlyInAnyOrder("trainee_salten",
                "kandidat_helgeland", "trainee_vest", "intro_trainee", "trainee_arena_nord_troms");
        assertThat(row.rank()).isEqualTo(3);
        assertThat(row.comparedCount()).isEqualTo(6);
        assertThat(row.percentile()).isCloseTo(350.0 / 6, within(1e-9));
        assertThat(row.peerMedian()).isCloseTo(0.10, within(1e-9));
        // the funnel is centred on the pooled share of the six: (9+4+6+2+5+3) / (60+40+30+20+25+46) = 29 / 221
        assertThat(row.pooledPeerShare()).isCloseTo(29.0 / 221, within(1e-12));
        // Fjelltrainee's 2025-2031 total is a multi-year figure: never among them; it could be set only against the
        // other multi-year selection rates, Intro Trainee 2012-2020 and TIM 2012-2016 (002 §3.7.2, §3.9)
        IndicatorResult fjell = selection2031("fjelltrainee");
        assertThat(fjell.periodKind()).isEqualTo("multi_year");
        assertThat(fjell.comparabilityKey()).isNotEqualTo(row.own().comparabilityKey());
        assertThat(row.peers()).noneMatch(p -> p.subjectId().equals("fjelltrainee"));
        assertThat(fjell.peers()).isEqualTo(2);
    }

    @Test
    void targets_are_never_ranked_or_pooled_but_shown_beside_the_programmes_outcomes() {
        IndicatorResult target = selection2031("trainee_namdal");
        assertThat(target.figureKind()).isEqualTo("target");
        assertThat(target.rankable()).isFalse();
        assertThat(target.peers()).isNull();
        Benchmark namdal = benchmarks.benchmark("trainee_namdal", PeerGroup.ALL, List.of());
        assertThat(namdal.compared()).noneMatch(r -> r.own().isIntention());
        assertThat(namdal.intentions()).anySatisfy(i -> {
            assertThat(i.intention().indicatorId()).isEqualTo("selection_rate");
            assertThat(i.intention().value()).isCloseTo(0.30, within(1e-9));
            assertThat(i.outcome()).isNull(); // Namdal reports no selection-rate outcome
        });
        assertThat(selectionRow(benchmarks.benchmark("look_north_trainee", PeerGroup.ALL, List.of())).peers())
                .noneMatch(p -> p.subjectId().equals("trainee_namdal"));
        // Trøndelag pools one-year outcomes (Intro 5 of 25) apart from Fjelltrainee's 2025-2031 total, and Namdal's
        // target in neither
        IndicatorFilter trondelag = new IndicatorFilter("50", null, null, null, null, null, "selection_rate", 2031, 2031);
        List<IndicatorResult> pools = indicators.pooled("county", "50", trondelag);
        assertThat(pools).allSatisfy(p -> assertThat(p.programmes()).doesNotContain("trainee_namdal"));
        assertThat(pools).filteredOn(p -> p.periodKind().equals("year")).singleElement()
                .satisfies(p -> assertThat(p.programmes()).containsExactly("intro_trainee"));
        assertThat(pools).filteredOn(p -> p.periodKind().equals("multi_year")).singleElement()
                .satisfies(p -> assertThat(p.programmes()).containsExactly("fjelltrainee"));
    }

    @Test
    void a_statement_about_several_programmes_is_one_figure_for_the_group_and_never_ranked() {
        List<IndicatorResult> group = indicators.results(IndicatorFilter.none().withIndicator("selection_rate")).stream()
                .filter(r -> r.subjectType().equals("programme_group") && Integer.valueOf(2031).equals(r.periodEnd())).toList();
        assertThat(group).singleElement().satisfies(r -> {
            assertThat(r.statementProgrammes()).containsExactly("kom_trainee", "tim_molderegionen", "trainee_sor");
            assertThat(r.value()).isCloseTo(0.10, within(1e-9));
            assertThat(r.rankable()).isFalse();
        });
        // none of its members has a value of its own, and it is shown once, apart, on each member's benchmark
        Benchmark kom = benchmarks.benchmark("kom_trainee", PeerGroup.ALL, List.of());
        assertThat(kom.compared()).noneMatch(r -> r.definition().indicatorId().equals("selection_rate"));
        assertThat(kom.joint()).filteredOn(r -> r.indicatorId().equals("selection_rate")).hasSize(1);
        // a county filter on one member finds the statement; the pool of that county does not count it
        IndicatorFilter agder = new IndicatorFilter("42", null, null, null, null, null, "selection_rate", 2031, 2031);
        assertThat(indicators.results(agder)).anyMatch(r -> r.subjectType().equals("programme_group"));
        assertThat(indicators.pooled("county", "42", agder)).isEmpty();
    }

    @Test
    void the_same_figure_from_two_documents_is_one_value_and_differing_ones_are_marked() {
        List<IndicatorResult> romerike = indicators.results(IndicatorFilter.none().withIndicator("host_retention")).stream()
                .filter(r -> r.subjectId().equals("romerike_trainee")).toList();
        // 18 of 20 = 90 % and "90 %" (another document): one value with both sources
        assertThat(romerike).singleElement().satisfies(r -> {
            assertThat(r.value()).isCloseTo(0.90, within(1e-9));
            assertThat(r.factIds()).contains("c-21", "c-22", "c-23");
            assertThat(r.conflicting()).isFalse();
        });
        // 9 of 10 = 90 % against "70 %" for the same year: both kept, both marked, neither ranked
        List<IndicatorResult> seafood = indicators.results(IndicatorFilter.none().withIndicator("host_retention")).stream()
                .filter(r -> r.subjectId().equals("seafood_trainee") && Integer.valueOf(2031).equals(r.periodEnd())).toList();
        assertThat(seafood).hasSize(2).allSatisfy(r -> {
            assertThat(r.conflicting()).isTrue();
            assertThat(r.rankable()).isFalse();
        });
    }

    @Test
    void approximate_figures_and_bounds_keep_their_qualifier_get_no_interval_and_are_not_ranked_as_points() {
        IndicatorResult approximate = selection2031("framtidsfylket_trainee"); // 5 of "about 50"
        assertThat(approximate.qualifier()).isEqualTo("approximate");
        assertThat(approximate.ciLow()).isNull();
        assertThat(approximate.comparabilityKey()).endsWith("|approximate");
        IndicatorResult bound = selection2031("trainee_arena_nord_troms"); // 8 hires of "over 80" applicants: at most 10 %
        assertThat(bound.qualifier()).isEqualTo("maximum");
        assertThat(bound.qualifierClass()).isEqualTo("bound");
        assertThat(bound.ciLow()).isNull();
        assertThat(bound.rankable()).isFalse();
        IndicatorResult exact = selection2031("look_north_trainee"); // 9 of 60, Wilson 95 %: 8.1 %–26.1 %
        assertThat(exact.ciLow()).isCloseTo(0.0810, within(0.0001));
        assertThat(exact.ciHigh()).isCloseTo(0.2611, within(0.0001));
    }

    @Test
    void pools_add_exact_counts_only_and_keep_the_qualifier() {
        IndicatorFilter year2031 = new IndicatorFilter(null, null, null, null, null, null, "selection_rate", 2031, 2031);
        IndicatorResult nordland = indicators.pooled("county", "18", year2031).stream()
                .filter(r -> r.periodKind().equals("year")).findFirst().orElseThrow();
        // (9 + 4 + 6) / (60 + 40 + 30)
        assertThat(nordland.numerator()).isEqualTo(19.0);
        assertThat(nordland.denominator()).isEqualTo(130.0);
        assertThat(nordland.qualifier()).isEqualTo("reported");
        assertThat(nordland.peers()).isEqualTo(3);
        // Vestland: Trainee Vest 2 of 20; Framtidsfylket's 5 of "about 50" is not added to it but left out, by name
        IndicatorResult vestland = indicators.pooled("county", "46", year2031).getFirst();
        assertThat(vestland.numerator()).isEqualTo(2.0);
        assertThat(vestland.denominator()).isEqualTo(20.0);
        assertThat(vestland.programmesLeftOut()).contains("framtidsfylket_trainee");
    }

    @Test
    void with_fewer_than_four_comparable_peers_there_is_no_rank() {
        // in the length peer group (12 months) fewer than four of the five have a 2031 selection rate
        Benchmark lengthGroup = benchmarks.benchmark("look_north_trainee", PeerGroup.LENGTH, List.of());
        BenchmarkRow row = selectionRow(lengthGroup);
        assertThat(row.peers().size()).isLessThan(4);
        assertThat(row.ranked()).isFalse();
        assertThat(row.rank()).isNull();
        assertThat(row.peerMedian()).isNull();
        assertThat(row.funnel()).isNull();
        assertThat(lengthGroup.tooFew()).contains(row);
    }
}
