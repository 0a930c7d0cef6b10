package no.traineemonitor.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.traineemonitor.base.ui.LanguageSwitch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every code of the data has words in bokmål and English, and values read as a person writes them. */
@SpringBootTest
class VocabularyTest {

    @Autowired
    VocabularyService vocabulary;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_metric_category_and_unit_of_the_facts_has_a_label_in_bokmal_and_english() {
        for (String kind : List.of("metric", "category", "unit")) {
            List<String> used = jdbc.sql("SELECT DISTINCT " + kind + " FROM fact_observation WHERE " + kind + " IS NOT NULL")
                    .query(String.class).list();
            assertThat(used).as(kind + "s in the facts").isNotEmpty();
            assertThat(vocabulary.codes(kind)).as(kind + "s without a label in sample-data/vocabulary/")
                    .containsAll(used);
        }
        List<String> educations = jdbc.sql("SELECT DISTINCT min_education FROM programme WHERE min_education IS NOT NULL")
                .query(String.class).list();
        assertThat(vocabulary.codes("education")).containsAll(educations);
        // no label is the code itself: a reader never sees funding_nok or located_in_1804_bodo
        assertThat(jdbc.sql("SELECT count(*) FROM vocabulary_label WHERE code LIKE '%\\_%' ESCAPE '\\' AND (label_nb = code OR label_en = code)")
                .query(Long.class).single()).isZero();
    }

    @Test
    void labels_are_in_the_readers_language() {
        assertThat(vocabulary.metric("funding_nok", LanguageSwitch.BOKMAL)).isEqualTo("Finansiering");
        assertThat(vocabulary.metric("funding_nok", LanguageSwitch.ENGLISH)).isEqualTo("Funding");
        assertThat(vocabulary.category("located_in_1804_bodo", LanguageSwitch.BOKMAL)).isEqualTo("i Bodø");
        assertThat(vocabulary.metricAndCategory("member_organisations", "active", LanguageSwitch.BOKMAL))
                .isEqualTo("Medlemsbedrifter (aktive)");
        assertThat(vocabulary.education("higher education", LanguageSwitch.BOKMAL)).isEqualTo("høyere utdanning");
    }

    @Test
    void values_carry_their_unit_in_singular_or_plural_and_years_stay_years() {
        assertThat(vocabulary.value(12, "months", "programme_length_months", LanguageSwitch.BOKMAL)).isEqualTo("12 måneder");
        assertThat(vocabulary.value(1, "months", "programme_length_months", LanguageSwitch.BOKMAL)).isEqualTo("1 måned");
        assertThat(vocabulary.value(1, "years", "board_term_years", LanguageSwitch.ENGLISH)).isEqualTo("1 year");
        assertThat(vocabulary.value(15000, "nok_per_year", "membership_fee_nok", LanguageSwitch.BOKMAL)).isEqualTo("15 000 kr per år");
        assertThat(vocabulary.value(75, "percent", "retained_in_region", LanguageSwitch.BOKMAL)).isEqualTo("75 %");
        assertThat(vocabulary.value(91.5, "percent", "retained_in_region", LanguageSwitch.ENGLISH)).isEqualTo("91.5%");
        // a year is a year (never "2 006"), and a count or a year has no unit word ("23", not "23 antall")
        assertThat(vocabulary.value(2006, "count", "founded_year", LanguageSwitch.BOKMAL)).isEqualTo("2006");
        assertThat(vocabulary.value(23, "count", "hires", LanguageSwitch.BOKMAL)).isEqualTo("23");
        assertThat(vocabulary.unitColumn("count", "founded_year", LanguageSwitch.BOKMAL)).isEmpty();
        assertThat(vocabulary.value(1234.5, "count", "hires", LanguageSwitch.BOKMAL)).isEqualTo("1 234,5");
    }
}
