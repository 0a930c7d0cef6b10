package no.traineemonitor.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import java.util.List;
import no.traineemonitor.base.ui.LanguageSwitch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The survey page in bokmål and in English: every table of the report once, with n, the question, checks and caveats. */
@SpringBootTest
class SurveyViewTest extends SpringBrowserlessTest {

    private Div card(String id) {
        return find(Div.class).withId(id).single();
    }

    private static String text(Div div) {
        return div.getElement().getTextRecursively();
    }

    @Test
    void the_page_in_bokmal_shows_every_table_grouped_by_theme_with_n_and_the_sum_check() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
        navigate(SurveyView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText)
                .containsExactly("Bakgrunn", "Rekruttering", "Traineeperioden", "Å bli i regionen", "Bedriftenes syn");
        List<H4> headings = find(H4.class).all();
        assertThat(headings).hasSize(27);
        assertThat(headings.getFirst().getText()).isEqualTo("Tabell 3: Respondentenes utdanningsnivå (n = 314)");
        assertThat(find(SurveyTableCard.class).all()).extracting(c -> c.getId().orElseThrow())
                .contains("tabell-3", "tabell-8", "tabell-29", "figur-15", "figur-17");

        String education = text(card("tabell-3"));
        assertThat(education).contains("Radene summerer til 305 av 314: 9 svar står ikke i tabellen.")
                .contains("Bachelorgrad").contains("18,2 %").contains("14,3–22,8 %")
                .contains("Avsnitt 4.2 «Traineenes bakgrunn»");
        String offers = text(card("tabell-8"));
        assertThat(offers).contains("Tabell 8: Fikk du tilbud om jobb i en av bedriftene/virksomhetene etter endt traineeperiode? (n = 277)")
                .contains("78,7 %").contains("73,5–83,1 %").contains("Andel med jobbtilbud");
        assertThat(text(card("figur-15"))).contains("Andelene går ikke opp med n = 68 (20,3 % av 68 er 13,8 svar).")
                .contains("De passer med n = 64.").contains("Andelene summerer til 142,2 %");
        assertThat(text(card("figur-17"))).contains("Juridiske fag: rapporten gir ikke tall for «Bachelor».")
                .contains("De samme respondentene svarte på alle kolonnene.");
        String plans = text(card("tabell-24"));
        // active and former trainees were asked differently worded questions: not compared
        assertThat(plans).doesNotContain("Sammenlignet med");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("survey-not-shown").single().getText())
                .contains("tabell 25–27");
    }

    @Test
    void the_page_in_english_translates_questions_and_answers_and_keeps_the_norwegian_question() {
        UI.getCurrent().setLocale(LanguageSwitch.ENGLISH);
        navigate(SurveyView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText)
                .containsExactly("Background", "Recruitment", "The trainee period", "Staying in the region", "The firms' view");
        String education = text(card("tabell-3"));
        assertThat(education).startsWith("Table 3: The respondents' level of education (n = 314)")
                .contains("The question in the report (Norwegian): «Respondentenes utdanningsnivå»")
                .contains("Master's degree").contains("18.2%").contains("14.3–22.8%")
                .contains("The rows add up to 305 of 314: 9 answers are not in the table.")
                .doesNotContain("Bachelorgrad");
        assertThat(text(card("tabell-22"))).contains("Asked: active trainees").contains("Certainly").contains("Most likely");
        assertThat(text(card("tabell-24"))).contains("Table 24").doesNotContain("Compared with");
    }
}
