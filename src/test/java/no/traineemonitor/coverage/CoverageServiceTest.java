package no.traineemonitor.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Coverage figures against hand computations from the reference CSV files in sample-data/. */
@SpringBootTest
class CoverageServiceTest {

    @Autowired
    CoverageService coverage;

    /*
     * Møre og Romsdal (county 15, the same in 2020 and 2024): 26 municipalities in kommuner_2020.csv. Running
     * programmes covering some of them (programme_municipalities/*.csv, status active or paused in programmes/*.csv):
     * TIM (paused) Molde, Rauma, Aukra, Gjemnes, Hustadvika; KOM Trainee (active) Kristiansund, Averøy, Tingvoll.
     * Kompetansepilot Møre og Romsdal is closed and records no municipality. Classes: sentralitet_2024_fallback.csv via
     * kommuner_2020_til_2024.csv (1507 Ålesund takes the class of 1508); inhabitants 1 Jan 2020: befolkning_2020.csv.
     *
     * class 3: Ålesund 66 258, not covered                                  -> 1 municipality, 0 covered, 66 258 / 0
     * class 4: covered Kristiansund 24 179 + Molde 31 967 = 56 146;
     *          not covered Ulstein 8 571 + Hareid 5 175 + Ørsta 10 825 + Sykkylven 7 625 + Sula 9 310 + Giske 8 462
     *          + Volda 10 473 = 60 441                                       -> 9 municipalities, 2 covered, 116 587 / 56 146
     * class 5: covered Rauma 7 468 + Aukra 3 509 + Averøy 5 788 + Gjemnes 2 629 + Tingvoll 3 025 + Hustadvika 13 279
     *          = 35 698; not covered Herøy 8 900 + Stranda 4 523 + Vestnes 6 532 + Sunndal 7 036 + Surnadal 5 920
     *          = 32 911                                                      -> 11 municipalities, 6 covered, 68 609 / 35 698
     * class 6: Vanylven 3 117 + Sande 2 461 + Smøla 2 150 + Aure 3 507 + Fjord 2 549 = 13 784, none covered
     *                                                                        -> 5 municipalities, 0 covered, 13 784 / 0
     * total:   26 municipalities, 8 covered, 265 238 inhabitants of whom 91 844 covered.
     */
    @Test
    void coverage_of_more_og_romsdal_by_class_matches_the_hand_count_from_the_reference_files() {
        List<ClassCoverage> rows = coverage.byClass(CoverageFilter.county2024("15"));
        assertThat(rows).extracting(ClassCoverage::centralityClass).containsExactly(3, 4, 5, 6, null);
        assertThat(rows.get(0)).isEqualTo(new ClassCoverage(3, 1, 0, 66_258, 0, rows.get(0).population2021(), 0));
        assertThat(rows.get(1)).extracting(ClassCoverage::municipalities, ClassCoverage::coveredMunicipalities,
                ClassCoverage::population, ClassCoverage::coveredPopulation, ClassCoverage::uncoveredPopulation)
                .containsExactly(9, 2, 116_587L, 56_146L, 60_441L);
        assertThat(rows.get(2)).extracting(ClassCoverage::municipalities, ClassCoverage::coveredMunicipalities,
                ClassCoverage::population, ClassCoverage::coveredPopulation, ClassCoverage::uncoveredPopulation)
                .containsExactly(11, 6, 68_609L, 35_698L, 32_911L);
        assertThat(rows.get(3)).extracting(ClassCoverage::municipalities, ClassCoverage::coveredMunicipalities,
                ClassCoverage::population, ClassCoverage::coveredPopulation)
                .containsExactly(5, 0, 13_784L, 0L);
        assertThat(rows.get(4)).extracting(ClassCoverage::municipalities, ClassCoverage::coveredMunicipalities,
                ClassCoverage::population, ClassCoverage::coveredPopulation)
                .containsExactly(26, 8, 265_238L, 91_844L);
        // the 2020 division gives the same county
        assertThat(coverage.byClass(CoverageFilter.county2020("15"))).isEqualTo(rows);
    }

    @Test
    void white_spots_list_class_5_and_6_first_by_population_then_the_rest() {
        List<WhiteSpot> spots = coverage.whiteSpots(CoverageFilter.county2024("15"));
        // the 18 uncovered municipalities of the hand count above: 5 of class 5 and 5 of class 6 by population,
        // then classes 3-4 by population
        assertThat(spots).extracting(s -> s.municipality().name()).containsExactly(
                "Herøy (Møre og Romsdal)", "Sunndal", "Vestnes", "Surnadal", "Stranda", "Aure", "Vanylven", "Fjord",
                "Sande", "Smøla",
                "Ålesund", "Ørsta", "Volda", "Sula", "Ulstein", "Giske", "Sykkylven", "Hareid");
        long class56 = spots.stream().filter(s -> s.municipality().centralityClass() >= 5)
                .mapToLong(s -> s.municipality().population()).sum();
        assertThat(class56).isEqualTo(32_911 + 13_784);
        // Smøla's nearest covered municipality is a neighbour reached by a programme; the distance is plausible
        WhiteSpot smola = spots.stream().filter(s -> s.municipality().name().equals("Smøla")).findFirst().orElseThrow();
        assertThat(smola.nearestProgrammes()).isNotEmpty();
        assertThat(smola.nearestDistanceKm()).isBetween(10.0, 80.0);
    }

    @Test
    void the_national_map_has_exactly_one_path_per_municipality() {
        var area = coverage.municipalities(CoverageFilter.wholeCountry());
        String svg = coverage.map(CoverageFilter.wholeCountry(), area, "2024", m -> m.name(), "Norge");
        assertThat(count(svg, "<path id=\"kommune-")).isEqualTo(356);
        assertThat(distinct(svg)).hasSize(356);
        assertThat(svg).contains("class=\"group-border\"").contains("class=\"programme-area\"");
    }

    @Test
    void a_county_map_has_one_path_per_municipality_of_the_county() {
        CoverageFilter nordland = CoverageFilter.county2024("18");
        String svg = coverage.map(nordland, coverage.municipalities(nordland), "2024", m -> m.name(), "Nordland");
        assertThat(count(svg, "<path id=\"kommune-")).isEqualTo(41);
        assertThat(distinct(svg)).allMatch(k -> k.startsWith("18"));
        assertThat(svg).contains("<title>Bodø</title>").contains("class=\"context\"");
    }

    @Test
    void the_2021_report_programmes_are_13_and_their_recorded_coverage_is_wider_than_appendix_2() {
        Appendix2 a = coverage.appendix2();
        assertThat(a.programmes()).hasSize(13);
        Appendix2.Reading all = a.readings().getFirst();
        assertThat(all.reading()).isEqualTo("all_recorded");
        assertThat(all.programmes()).isEqualTo(13);
        // appendix 2 says 47 municipalities and about 634 500 inhabitants; the warehouse resolves regions such as
        // "Sørlandet" (all 25 Agder municipalities) and Vestland (43), so it records more
        assertThat(all.municipalities()).isGreaterThan(47);
        assertThat(a.facts()).extracting(Appendix2.ReportFact::factId).contains("f002c-0102", "f002c-0103", "f002c-0108");
        assertThat(a.classCounts()).extracting(Appendix2.ClassCount::reportMunicipalities).containsExactly(6, 19, 51, 71, 96, 113);
    }

    @Test
    void commuting_coefficients_sit_beside_the_reported_values_for_the_named_municipalities() {
        List<CommutingCoefficient> rows = coverage.commutingCoefficients();
        CommutingCoefficient sor = rows.stream()
                .filter(r -> r.programmeId().equals("trainee_sor") && r.memberGroup().equals("named")).findFirst().orElseThrow();
        assertThat(sor.reportValue()).isEqualTo(0.62);
        assertThat(sor.municipalities()).containsExactly("Grimstad", "Arendal", "Vegårshei", "Tvedestrand", "Froland");
        // pendling_2020_per_kommune.csv, out-commuters within the BA-region over employed residents: Grimstad 2 463 of
        // 11 200, Arendal 2 588 of 20 149, Vegårshei 278 of 1 042, Tvedestrand 613 of 2 660, Froland 1 374 of 2 820:
        // 7 316 of 37 871
        assertThat(sor.withinBaSharePooled()).isCloseTo(7_316.0 / 37_871, within(1e-9));
        CommutingCoefficient bodo = rows.stream()
                .filter(r -> r.programmeId().equals("trainee_salten") && r.memberGroup().equals("named")).findFirst().orElseThrow();
        assertThat(bodo.municipalities()).containsExactly("Bodø");
        assertThat(bodo.withinBaSharePooled()).isCloseTo(96.0 / 27_716, within(1e-9)); // Bodø: 96 of 27 716
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static java.util.Set<String> distinct(String svg) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = Pattern.compile("data-kommunenummer=\"(\\d{4})\"").matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
