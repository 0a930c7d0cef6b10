package no.traineemonitor.planner.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.traineemonitor.coverage.MunicipalityCoverage;
import no.traineemonitor.planner.Plan;
import no.traineemonitor.planner.PlannerService;
import no.traineemonitor.planner.Scenario;
import no.traineemonitor.planner.ScenarioParameters;
import no.traineemonitor.planner.ScenarioProblem;
import no.traineemonitor.report.ui.ReportDownload;

/**
 * The what-if planner: choose municipalities (or a BA-region), length, cohort, fee model and costs, or start from a
 * source's preset ({@code ?forslag=medietech-vestland}, {@code ?forslag=sor-osterdal}); see coverage gained, expected
 * people as ranges, costs, public funding needed and members needed, with every figure's source. The whole scenario is
 * in the URL, so a link reproduces it; bad input is a message in the form, never an error page.
 */
@Route("planlegg")
@PageTitle("Traineemonitor – planlegg")
@Menu(order = 55, title = "nav.planner")
@AnonymousAllowed
@StyleSheet("styles/planner.css")
class PlannerView extends VerticalLayout implements BeforeEnterObserver {

    private final PlannerService planner;
    private final ScenarioForm form;
    private final Div link = new Div();
    private final Div download = new Div();
    private final Div results = new Div();
    private final Paragraph presetNote = new Paragraph();

    PlannerView(PlannerService planner) {
        this.planner = planner;
        setWidthFull();
        addClassName("planner");
        add(new H2(getTranslation("planner.title")));
        Paragraph intro = new Paragraph(getTranslation("planner.intro"));
        intro.addClassName("muted");
        List<MunicipalityCoverage> all = planner.municipalities();
        form = new ScenarioForm(planner.presetIds(), all, planner.baRegions(all), this::openPreset, this::open);
        presetNote.setId("planner-preset-note");
        presetNote.addClassName("muted");
        presetNote.setVisible(false);
        link.setId("planner-link");
        link.addClassName("planner-link");
        download.setId("planner-download");
        results.setWidthFull();
        add(intro, presetNote, form, link, download, results);
    }

    private void openPreset(String presetId) {
        open(presetId.isEmpty() ? Map.of() : Map.of(ScenarioParameters.PRESET, presetId));
    }

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate(PlannerView.class, QueryParameters.simple(parameters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> p = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((k, v) -> {
            if (!v.isEmpty()) {
                p.put(k, v.getFirst());
            }
        });
        results.removeAll();
        download.removeAll();
        link.removeAll();
        presetNote.setVisible(false);
        String presetId = p.getOrDefault(ScenarioParameters.PRESET, "").strip();
        Map<String, String> parameters = new LinkedHashMap<>(p);
        boolean knownPreset = planner.presetIds().contains(presetId);
        if (!presetId.isEmpty() && parameters.size() == 1) {
            Optional<Scenario> preset = planner.preset(presetId);
            if (preset.isEmpty()) {
                form.show(Map.of(), "");
                ScenarioProblem unknown = new ScenarioProblem(ScenarioParameters.PRESET, "planner.problem.unknown-preset",
                        presetId);
                form.problems(List.of(unknown), List.of(getTranslation(unknown.messageKey(), message(unknown))));
                return;
            }
            parameters = ScenarioParameters.write(preset.get());
        }
        if (knownPreset) {
            presetNote.setText(getTranslation("planner.preset.note." + presetId));
            presetNote.setVisible(true);
        }
        form.show(parameters, knownPreset ? presetId : "");
        if (parameters.isEmpty()) {
            form.problems(List.of(), List.of());
            results.add(new Paragraph(getTranslation("planner.start")));
            return;
        }
        PlannerService.Outcome outcome = planner.plan(parameters);
        form.problems(outcome.problems(), outcome.problems().stream()
                .map(x -> getTranslation(x.messageKey(), message(x))).toList());
        Plan plan = outcome.plan();
        if (plan == null) {
            return;
        }
        Map<String, String> own = ScenarioParameters.write(plan.scenario());
        String url = RouteConfiguration.forSessionScope().getUrl(PlannerView.class) + "?"
                + QueryParameters.simple(own).getQueryString();
        Anchor a = new Anchor(url, getTranslation("planner.link"));
        a.setId("planner-link-anchor");
        link.add(a);
        download.add(ReportDownload.orSignIn(planner.mayDownload(), getTranslation("planner.download"),
                () -> new ReportDownload("planner-workbook", getTranslation("planner.download"),
                        getTranslation("planner.download.what"), PlannerService.XLSX, () -> planner.fileName(plan.scenario()),
                        out -> planner.workbook(plan.scenario(), getLocale(), out))));
        results.add(new PlanResults(plan, planner::programmeName));
    }

    /** The message's arguments, with the field's label first where the message names it. */
    private Object[] message(ScenarioProblem problem) {
        Object[] args = new Object[problem.arguments().size() + 1];
        args[0] = getTranslation("planner.field." + problem.field());
        for (int i = 0; i < problem.arguments().size(); i++) {
            args[i + 1] = problem.arguments().get(i);
        }
        return args;
    }
}
