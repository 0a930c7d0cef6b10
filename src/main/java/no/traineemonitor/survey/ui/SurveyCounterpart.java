package no.traineemonitor.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.traineemonitor.survey.SurveyAnswer;
import no.traineemonitor.survey.SurveySeries;
import no.traineemonitor.survey.SurveyService;
import no.traineemonitor.survey.SurveyTable;
import no.traineemonitor.survey.SurveyWording;

/**
 * For an indicator with a survey counterpart (job offer rate: Tabell 8; regional retention: Tabell 20, 21 and 23), what
 * the respondents answered, one line per table with every answer's share and interval, and a link to the table on the
 * survey page. Shown in the indicator explorer beside the programmes' own figures.
 */
public final class SurveyCounterpart extends Div {

    private SurveyCounterpart(List<SurveyTable> tables, SurveyWording w) {
        setId("survey-counterpart");
        addClassName("survey-counterpart");
        Paragraph title = new Paragraph(w.text("survey.counterpart.title"));
        title.addClassName("survey-counterpart-title");
        add(title);
        for (SurveyTable t : tables) {
            SurveySeries s = t.series().getFirst();
            Paragraph line = new Paragraph();
            Anchor link = new Anchor("undersokelser#" + t.anchor(), w.ref(t) + ": " + t.caption(w.locale()) + " (" + w.n(s.n()) + ")");
            link.setId("survey-link-" + t.anchor());
            line.add(link);
            List<String> answers = s.bars().stream().filter(a -> a.kind() == SurveyAnswer.Kind.ANSWER)
                    .map(a -> a.label(w.locale()) + " " + w.percent(a.share())
                            + (a.ciLow() == null ? "" : " (" + w.interval(a.ciLow(), a.ciHigh()) + ")"))
                    .toList();
            Span summary = new Span(String.join(" · ", answers));
            summary.addClassName("muted");
            line.add(new Span(" "), summary);
            add(line);
        }
    }

    /** The section for an indicator, or empty when no survey table speaks to it. */
    public static Optional<SurveyCounterpart> of(SurveyService surveys, String indicatorId, Locale locale,
                                                 SurveyWording.Translator translator) {
        List<SurveyTable> tables = surveys.counterparts(indicatorId);
        return tables.isEmpty() ? Optional.empty() : Optional.of(new SurveyCounterpart(tables, new SurveyWording(locale, translator)));
    }
}
