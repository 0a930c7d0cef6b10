package no.traineemonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.base.ui.Translations;
import no.traineemonitor.benchmark.Benchmark;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.benchmark.ProgrammeProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cases of issue 12 on the real sample data, each a class of error that must not come back, and the property that
 * no ranked set, peer median, funnel or pool anywhere mixes period kinds, figure kinds or qualifier classes. Values are
 * worked out by hand from the sources (population 1 Jan 2020 from befolkning_2020.csv).
 */
@SpringBootTest
class HonestComparisonTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    BenchmarkService benchmarks;
    @Autowired
    Translations translations;
    @Autowired
    JdbcClient jdbc;

    private List<IndicatorResult> of(String indicator, String subject) {
        return indicators.results(IndicatorFilter.none().withIndicator(indicator)).stream()
                .filter(r -> r.subjectId().equals(subject)).toList();
    }

    private String nb(IndicatorResult r) {
        return PeriodText.of(r, (key, params) -> translations.getTranslation(key, LanguageSwitch.BOKMAL, params));
    }

    @Test
    void a_multi_year_total_is_a_yearly_average_and_never_ranked_against_one_year() {
        // Trainee Salten: 88 enrolled 2006-2020 (002 §3.5) / 15 years / 83 322 inhabitants * 10 000 = 0.704 per year
        IndicatorResult salten = of("trainee_density", "trainee_salten").stream()
                .filter(r -> r.periodKind().equals("multi_year")).findFirst().orElseThrow();
        assertThat(salten.value()).isCloseTo(0.7041, within(0.0001));
        assertThat(nb(salten)).isEqualTo("2006–2020 (flere år)");
        // Trainee Innlandet: 252 by 2024 since 1999 (001) / 26 years / 167 360 = 0.579
        IndicatorResult innlandet = of("trainee_density", "trainee_innlandet").stream()
                .filter(r -> Integer.valueOf(2024).equals(r.periodEnd())).findFirst().orElseThrow();
        assertThat(innlandet.value()).isCloseTo(0.5791, within(0.0001));
        assertThat(innlandet.periodKind()).isEqualTo("multi_year");
        // Look North 2020: 12 / 54 823 * 10 000 = 2.19, ranked among one-year values only
        BenchmarkRow lookNorth = benchmarks.benchmark("look_north_trainee", PeerGroup.ALL, List.of()).ranked().stream()
                .filter(r -> r.definition().indicatorId().equals("trainee_density")).findFirst().orElseThrow();
        assertThat(lookNorth.own().value()).isCloseTo(2.1889, within(0.0001));
        assertThat(lookNorth.peers()).allSatisfy(p -> assertThat(p.periodKind()).isEqualTo("year"))
                .noneMatch(p -> p.subjectId().equals("trainee_salten") && p.periodKind().equals("multi_year"));
        // "Fram til i dag har programmet hatt 92 traineer" (003, undated): an open period has no yearly rate
        assertThat(of("trainee_density", "trainee_innlandet"))
                .noneMatch(r -> r.factIds().contains("f003-0003"));
    }

    @Test
    void an_open_period_is_said_to_be_open_never_shown_as_one_year() {
        IndicatorResult open = TestResults.result("trainee_density", "trainee_innlandet", 1999, null, "open_ended", "outcome",
                "reported", 1.0, 92.0, 1.0, "counts");
        assertThat(nb(open)).isEqualTo("fra 1999 (slutt ikke oppgitt)");
        assertThat(PeriodText.of(open, (key, params) -> translations.getTranslation(key, LanguageSwitch.ENGLISH, params)))
                .isEqualTo("from 1999 (end not stated)");
        // and the fact itself carries its kind
        assertThat(jdbc.sql("SELECT period_kind FROM public_fact WHERE fact_id = 'f003-0003'").query(String.class).single())
                .isEqualTo("open_ended");
    }

    @Test
    void targets_plans_and_models_are_shown_apart_never_among_outcomes() {
        // Namdal: "en realistisk målsetting ... ville vært åtte traineer i året" (002 §3.7.1) is a target
        IndicatorResult namdal = of("trainee_density", "trainee_namdal").stream()
                .filter(r -> r.factIds().contains("f002a-0141")).findFirst().orElseThrow();
        assertThat(namdal.figureKind()).isEqualTo("target");
        assertThat(benchmarks.benchmark("trainee_namdal", PeerGroup.ALL, List.of()).intentions())
                .anySatisfy(i -> assertThat(i.intention().factIds()).contains("f002a-0141"));
        // Medietech Trainee Vestland's "ni av ti" is a target of a proposed programme, not a result
        IndicatorResult medietech = of("host_retention", "medieklyngen_medietech_trainee").getFirst();
        assertThat(medietech.figureKind()).isEqualTo("target");
        assertThat(medietech.rankable()).isFalse();
        assertThat(benchmarks.benchmark("medieklyngen_medietech_trainee", PeerGroup.ALL, List.of()).intentions())
                .anySatisfy(i -> assertThat(i.intention().indicatorId()).isEqualTo("host_retention"));
        // the proposed programme's budget model gives 104 500 kr per trainee: a model, never a cost outcome
        assertThat(of("cost_per_hire_nok", "medieklyngen_medietech_trainee").getFirst().figureKind()).isEqualTo("model");
    }

    @Test
    void one_statement_about_several_programmes_is_one_figure_for_the_group() {
        // 000 §3.1: "herunder Trainee Vest, Trainee Salten og Seafood Trainee ... om lag ni av ti"
        List<IndicatorResult> group = of("host_retention", "seafood_trainee trainee_salten trainee_vest");
        assertThat(group).singleElement().satisfies(r -> {
            assertThat(r.statementProgrammes()).containsExactly("seafood_trainee", "trainee_salten", "trainee_vest");
            assertThat(r.value()).isEqualTo(0.9);
            assertThat(r.qualifier()).isEqualTo("approximate");
        });
        for (String member : List.of("trainee_vest", "trainee_salten", "seafood_trainee")) {
            assertThat(of("host_retention", member)).as(member).noneMatch(r -> r.factIds().contains("f000-0015"));
            Benchmark b = benchmarks.benchmark(member, PeerGroup.ALL, List.of());
            assertThat(b.joint()).anySatisfy(r -> assertThat(r.factIds()).contains("f000-0015"));
            assertThat(b.compared()).allSatisfy(row -> assertThat(row.peers()).noneMatch(p -> p.subjectType().equals("programme_group")));
        }
        // "mellom 40 og 50 som i Trainee Innlandet, Trainee Sør og Trainee Salten" (002 §7.2) is no programme's member count
        assertThat(of("member_activation", "trainee_innlandet")).singleElement()
                .satisfies(r -> assertThat(r.denominator()).isEqualTo(48.0));
        assertThat(of("member_activation", "trainee_innlandet")).noneMatch(r -> r.value() != null && r.value() == 1.0);
    }

    @Test
    void the_same_figure_in_two_places_is_one_value_with_both_sources() {
        // 002 §3.6 "97 av 106" and §7.3 "97 av i alt 106 kandidater (92 prosent)": 91.5 % rounded to 92 is one figure
        List<IndicatorResult> host = of("host_retention", "kandidat_helgeland");
        assertThat(host).singleElement().satisfies(r -> {
            assertThat(r.value()).isCloseTo(97.0 / 106, within(1e-12));
            assertThat(r.factIds()).contains("f002a-0125", "f002b-0178", "f002b-0179");
            assertThat(r.conflicting()).isFalse();
            assertThat(r.ciLow()).isCloseTo(0.8465, within(0.0001));
            assertThat(r.ciHigh()).isCloseTo(0.9547, within(0.0001));
        });
    }

    @Test
    void no_false_precision_intervals_only_on_exact_counts_and_bounds_point_the_right_way() {
        // Look North 2020: 12 hires of "godt og vel 180" applications (002 §7.2) is at most 6.7 %, not at least
        IndicatorResult over180 = of("selection_rate", "look_north_trainee").stream()
                .filter(r -> Double.valueOf(180).equals(r.denominator())).findFirst().orElseThrow();
        assertThat(over180.qualifier()).isEqualTo("maximum");
        assertThat(over180.ciLow()).isNull();
        assertThat(over180.rankable()).isFalse();
        // "85-90 %" in-movers of Look North's trainees: a range without an interval, and one n or none (the hires of
        // 2015-2020 are 57 in one place and 45 in another, so n is unknown, not shown twice)
        List<IndicatorResult> inflow = of("inflow_share", "look_north_trainee");
        assertThat(inflow).extracting(IndicatorResult::qualifier).containsExactlyInAnyOrder("range_low", "range_high");
        assertThat(inflow).allSatisfy(r -> {
            assertThat(r.ciLow()).isNull();
            assertThat(r.n()).isNull();
        });
        // every interval anywhere rests on exact counts
        assertThat(indicators.results(IndicatorFilter.none())).filteredOn(r -> r.ciLow() != null).allSatisfy(r -> {
            assertThat(r.qualifierClass()).isEqualTo("exact");
            assertThat(r.basis()).isEqualTo("counts");
            assertThat(r.numerator()).isNotNull();
        });
    }

    @Test
    void no_ranked_set_median_or_funnel_anywhere_mixes_kinds_and_every_rank_rests_on_enough_peers() {
        int checked = 0;
        for (ProgrammeProfile p : benchmarks.profiles()) {
            for (PeerGroup group : List.of(PeerGroup.ALL, PeerGroup.LENGTH, PeerGroup.SIZE, PeerGroup.CENTRALITY)) {
                Benchmark b = benchmarks.benchmark(p.programmeId(), group, List.of());
                for (BenchmarkRow row : b.compared()) {
                    checked++;
                    assertThat(row.own().rankable()).isTrue();
                    assertThat(row.peers()).isNotEmpty().allSatisfy(peer -> {
                        assertThat(peer.comparabilityKey()).isEqualTo(row.own().comparabilityKey());
                        assertThat(peer.periodKind()).isEqualTo(row.own().periodKind());
                        assertThat(peer.figureKind()).isEqualTo("outcome");
                        assertThat(peer.qualifierClass()).isEqualTo(row.own().qualifierClass());
                        assertThat(peer.rankable()).isTrue();
                        assertThat(peer.subjectId()).isNotEqualTo(p.programmeId());
                    });
                    assertThat(row.ranked()).isEqualTo(row.peers().size() >= b.minimumPeers());
                    if (!row.ranked()) {
                        assertThat(row.peerMedian()).isNull();
                        assertThat(row.funnel()).isNull();
                    }
                }
                assertThat(b.intentions()).allSatisfy(i -> assertThat(i.intention().isIntention()).isTrue());
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void every_pool_adds_exact_outcomes_of_one_period_kind_from_single_programmes_only() {
        Map<String, List<String>> kindsOf = new HashMap<>();
        jdbc.sql("SELECT fact_id, period_kind, figure_kind, qualifier, coalesce(statement_programmes, '') AS g FROM public_fact")
                .query(rs -> {
                    kindsOf.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        List<IndicatorResult> pools = new ArrayList<>(indicators.pooledLatest(IndicatorFilter.none(), "alle"));
        for (String type : List.of("county", "county_2020", "ba_region", "centrality_class", "all")) {
            pools.addAll(indicators.pooled(type, null, IndicatorFilter.none()));
        }
        assertThat(pools).isNotEmpty().allSatisfy(pool -> {
            assertThat(pool.qualifier()).isEqualTo("reported");
            Set<List<String>> kinds = pool.factIds().stream().filter(kindsOf::containsKey)
                    .map(id -> kindsOf.get(id).subList(0, 2)).collect(Collectors.toSet());
            assertThat(kinds).as("kinds of " + pool.factIds()).hasSize(1);
            assertThat(kinds.iterator().next()).containsExactly(pool.periodKind(), "outcome");
            assertThat(pool.factIds().stream().filter(kindsOf::containsKey).map(id -> kindsOf.get(id).get(2)))
                    .allMatch("reported"::equals);
            assertThat(pool.factIds().stream().filter(kindsOf::containsKey).map(id -> kindsOf.get(id).get(3)))
                    .allMatch(String::isEmpty);
            assertThat(pool.peers()).isEqualTo(pool.programmes().size());
        });
    }

    @Test
    void the_indicators_csv_and_every_result_carry_period_kind_figure_kind_group_and_peers() {
        assertThat(IndicatorsCommand.COLUMNS).contains("period_kind", "figure_kind", "statement_programmes", "peers");
        IndicatorResult group = of("host_retention", "seafood_trainee trainee_salten trainee_vest").getFirst();
        List<String> row = IndicatorsCommand.row(group);
        assertThat(row.get(IndicatorsCommand.COLUMNS.indexOf("statement_programmes")))
                .isEqualTo("seafood_trainee trainee_salten trainee_vest");
        assertThat(row.get(IndicatorsCommand.COLUMNS.indexOf("period_kind"))).isEqualTo("open_ended");
        assertThat(row.get(IndicatorsCommand.COLUMNS.indexOf("peers"))).isEmpty(); // never ranked
        IndicatorResult lookNorth = of("trainee_density", "look_north_trainee").stream()
                .filter(r -> Integer.valueOf(2020).equals(r.periodStart())).findFirst().orElseThrow();
        // six other trainee programmes have a one-year density of exact counts (see the benchmark test)
        assertThat(IndicatorsCommand.row(lookNorth).get(IndicatorsCommand.COLUMNS.indexOf("peers"))).isEqualTo("6");
    }
}
