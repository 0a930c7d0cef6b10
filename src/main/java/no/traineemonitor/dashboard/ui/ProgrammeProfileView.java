package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeCoverage;
import no.traineemonitor.programme.ProgrammeCoverageService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.report.ReportService;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;
import no.traineemonitor.source.SourceService;
import no.traineemonitor.vocabulary.VocabularyService;

/**
 * One programme's profile: what it is, its indicator values with n and interval, cohorts and outcomes, members and
 * prices, funding, the municipalities it covers, and every fact with its source. Reached from the programme list
 * ({@code /program/trainee_salten}); an unknown id shows a notice and a link back to the list. Each part is a section
 * of its own ({@code Profile*}); this page only puts them together.
 */
@Route("program/:programmeId")
@PageTitle("Traineemonitor – program")
@AnonymousAllowed
class ProgrammeProfileView extends VerticalLayout implements BeforeEnterObserver {

    static final String PARAM = "programmeId";

    private final ProgrammeService programmeService;
    private final ProgrammeCoverageService coverageService;
    private final IndicatorService indicatorService;
    private final SourceService sourceService;
    private final VocabularyService vocabulary;
    private final ReportService reports;
    private final ReferenceService reference;

    ProgrammeProfileView(ProgrammeService programmeService, ProgrammeCoverageService coverageService,
                         IndicatorService indicatorService, SourceService sourceService, VocabularyService vocabulary,
                         ReportService reports, ReferenceService reference) {
        this.reference = reference;
        this.programmeService = programmeService;
        this.coverageService = coverageService;
        this.indicatorService = indicatorService;
        this.sourceService = sourceService;
        this.vocabulary = vocabulary;
        this.reports = reports;
        setWidthFull();
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get(PARAM).orElse("").strip();
        Programme programme = id.isEmpty() ? null : programmeService.programme(id).orElse(null);
        ProgrammeCoverage coverage = programme == null ? null : coverageService.coverage(id).orElse(null);
        if (programme == null || coverage == null) {
            showUnknown(id);
            return;
        }
        FactText text = new FactText(vocabulary, sourceService, getLocale(), this::getTranslation);
        List<Fact> facts = sourceService.factsOfProgramme(id);
        add(new ProfileHeader(programme, coverage, reports, vocabulary, sourceService),
                new ProfileIndicators(id, indicatorService),
                new ProfileOutcomes(facts, text),
                new ProfileMembers(facts, text),
                new ProfileFunding(facts, text),
                new ProfileMunicipalities(coverage, programme.name(), sourceService, reference.currentVersion()),
                new ProfileFacts(facts, text),
                new ProfileSources(programme, coverage, facts, sourceService));
    }

    /** The programme list (a route of the programme feature, named by URL to keep packages apart). */
    static Anchor listLink(String text) {
        Anchor link = new Anchor("programmer", text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** The sources page with one document chosen. */
    static String sourcesHref(String file) {
        return "kilder?dokument=" + java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void showUnknown(String id) {
        var notice = new Paragraph(getTranslation("profile.unknown", id));
        notice.setId("profile-unknown");
        notice.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        var back = listLink(getTranslation("profile.back-to-list"));
        back.setId("profile-back");
        add(new H2(getTranslation("profile.unknown-title")), notice, back);
    }
}
