package no.traineemonitor.survey.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.survey.SurveyService;
import no.traineemonitor.survey.SurveyTable;
import no.traineemonitor.survey.SurveyWording;

/**
 * What trainees and host firms answered in the 2021 report's surveys: every table as a chart of shares with counts,
 * n and intervals, grouped by theme, with the report's caveats and the checks. A table is reached at
 * {@code /undersokelser#tabell-8}; the page scrolls to it once drawn.
 */
@Route("undersokelser")
@PageTitle("Traineemonitor – undersøkelser")
@Menu(order = 45, title = "nav.surveys")
@AnonymousAllowed
class SurveyView extends VerticalLayout implements AfterNavigationObserver {

    SurveyView(SurveyService surveys, IndicatorService indicators) {
        setWidthFull();
        setMaxWidth("64em");
        addClassName("survey-page");
        SurveyWording w = new SurveyWording(getLocale(), this::getTranslation);
        add(new H2(getTranslation("survey.title")));
        add(new Paragraph(getTranslation("survey.intro")));
        Paragraph howTo = new Paragraph(getTranslation("survey.how-to-read"));
        howTo.addClassName("muted");
        add(howTo);

        List<SurveyTable> tables = surveys.tables();
        Div contents = new Div(new Span(getTranslation("survey.contents") + ": "));
        contents.setId("survey-contents");
        contents.addClassName("survey-contents");
        for (String theme : SurveyService.THEMES) {
            List<SurveyTable> of = tables.stream().filter(t -> t.theme().equals(theme)).toList();
            if (of.isEmpty()) {
                continue;
            }
            contents.add(new Anchor("undersokelser#tema-" + theme, w.theme(theme)), new Span(" "));
        }
        add(contents);

        for (String theme : SurveyService.THEMES) {
            List<SurveyTable> of = tables.stream().filter(t -> t.theme().equals(theme)).toList();
            if (of.isEmpty()) {
                continue;
            }
            H3 heading = new H3(w.theme(theme));
            heading.setId("tema-" + theme);
            heading.addClassName("survey-theme");
            add(heading);
            for (SurveyTable table : of) {
                add(new SurveyTableCard(table, w, id -> indicators.definition(id).map(d -> d.label(getLocale())).orElse(id)));
            }
        }
        Paragraph notShown = new Paragraph(getTranslation("survey.not-shown"));
        notShown.setId("survey-not-shown");
        notShown.addClassName("muted");
        add(notShown);
    }

    /** A link such as /undersokelser#tabell-8 opens the page at that table (the cards exist only after the render). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // runs before the layout's web components have rendered, and before a client-side navigation has put the
        // #fragment in the address: look for it a few times over two seconds, scrolling only while it is not in place
        getElement().executeJs("""
                let tries = 0;
                const go = () => {
                  const id = decodeURIComponent(window.location.hash.slice(1));
                  const target = id && document.getElementById(id);
                  if (target) {
                    const top = target.getBoundingClientRect().top;
                    if (top < 0 || top > 150) { target.scrollIntoView(); }
                  }
                  if (++tries < 7) { setTimeout(go, 100 * tries); }
                };
                requestAnimationFrame(() => setTimeout(go, 0));""");
    }
}
