package no.traineemonitor.planner;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.coverage.MunicipalityCoverage;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.base.ui.Translations;
import no.traineemonitor.cli.UserFacingException;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.report.workbook.Texts;
import no.traineemonitor.security.CurrentUser;
import no.traineemonitor.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The what-if planner: a scenario's coverage gained (the coverage machinery, running trainee programmes), expected
 * people from the peers' pooled yearly outcome rates with their intervals (the indicator engine), and costs and fees
 * (000's cost table or the user's own, 001's fee models or the user's own). The presets come from the warehouse.
 */
@Service
public class PlannerService {

    /** The programmes whose coverage counts today and whose outcomes are the peers' rates. */
    static final String PEER_TYPE = "trainee_programme";
    /** The rates the expected numbers rest on, in the order of the steps. */
    static final List<String> RATES = List.of("fill_rate", "selection_rate", "completion_rate", "regional_retention");

    /** The content type of the workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlannerRepository repository;
    private final CoverageService coverage;
    private final IndicatorService indicators;
    private final ProgrammeService programmes;
    private final SourceService sources;
    private final CurrentUser currentUser;
    private final RecordService record;
    private final Translations translations;
    private final Clock clock;

    private final no.traineemonitor.vocabulary.VocabularyService vocabulary;

    PlannerService(PlannerRepository repository, CoverageService coverage, IndicatorService indicators,
                   ProgrammeService programmes, SourceService sources, CurrentUser currentUser, RecordService record,
                   Translations translations, no.traineemonitor.vocabulary.VocabularyService vocabulary,
                   ObjectProvider<Clock> clock) {
        this.vocabulary = vocabulary;
        this.repository = repository;
        this.coverage = coverage;
        this.indicators = indicators;
        this.programmes = programmes;
        this.sources = sources;
        this.currentUser = currentUser;
        this.record = record;
        this.translations = translations;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** A programme's name (its id when unknown). */
    public String programmeName(String programmeId) {
        return programmes.programme(programmeId).map(Programme::name).orElse(programmeId);
    }

    /** May the current user download the scenario as a workbook (funders, analysts, administrators)? */
    public boolean mayDownload() {
        return currentUser.mayDownload(null);
    }

    /** The workbook's file name: planlegg.xlsx, or planlegg-NAME.xlsx for a named scenario (ASCII). */
    public String fileName(Scenario scenario) {
        String slug = scenario.name() == null ? "" : PlanWords.slug(scenario.name());
        return slug.isEmpty() ? "planlegg.xlsx" : "planlegg-" + slug + ".xlsx";
    }

    /**
     * Writes the scenario as a workbook (assumptions, results, sources) in the given language. Only for those who may
     * download workbooks; audited like the other downloads.
     */
    public void workbook(Scenario scenario, Locale locale, OutputStream out) throws IOException {
        currentUser.requireDownload(null);
        Outcome outcome = plan(scenario);
        Plan plan = outcome.plan();
        if (plan == null) {
            throw new UserFacingException("The scenario has problems: " + outcome.problems().stream()
                    .map(ScenarioProblem::messageKey).collect(Collectors.joining(", ")));
        }
        if (!currentUser.isOperator()) {
            record.audit(currentUser.name(), "download", Map.of("what", "planner_workbook", "which",
                    String.valueOf(scenario.name())));
        }
        Map<String, String> names = municipalities().stream()
                .collect(Collectors.toMap(MunicipalityCoverage::kommunenummer, MunicipalityCoverage::name));
        List<String> factIds = plan.expected().stream().map(Plan.Expected::rate).filter(java.util.Objects::nonNull)
                .flatMap(r -> r.factIds().stream()).distinct().toList();
        String link = "/planlegg?" + ScenarioParameters.write(scenario).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("%2C", ","))
                .collect(Collectors.joining("&"));
        new PlannerWorkbook(plan, texts(locale), scenario.municipalities().stream().map(names::get).toList(),
                this::programmeName, factIds.isEmpty() ? List.of() : sources.facts(factIds),
                LocalDateTime.now(clock).withNano(0), link).write(out);
    }

    /** The planner's texts for the workbook: keys of the planner bundle, and the report's page footer. */
    Texts texts(Locale locale) {
        return Texts.of(translations::getTranslation, locale,
                t -> new no.traineemonitor.source.FactText(vocabulary, sources, locale, t::shared), "planner", "report");
    }

    /** The outcome of a request: a plan, or the problems with the scenario (never both). */
    public record Outcome(@Nullable Plan plan, List<ScenarioProblem> problems) {
    }

    /** Every preset figure with its source, in file order. */
    public List<PresetFigure> presetFigures() {
        return repository.presets();
    }

    /** The presets' ids (the {@code ?forslag=} values), in file order. */
    public List<String> presetIds() {
        return repository.presets().stream().map(PresetFigure::presetId).distinct().toList();
    }

    /** The scenario a preset starts from; empty for an unknown preset. */
    public Optional<Scenario> preset(String presetId) {
        List<PresetFigure> figures = repository.presets().stream().filter(p -> p.presetId().equals(presetId)).toList();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        int cohort = (int) find(figures, "cohort").map(PresetFigure::value).orElse(1.0).doubleValue();
        int length = (int) find(figures, "length_months").map(PresetFigure::value).orElse(12.0).doubleValue();
        int members = (int) find(figures, "members").map(PresetFigure::value).orElse(0.0).doubleValue();
        Optional<PresetFigure> price = find(figures, "price_per_trainee");
        FeeModel fee = price.isPresent() ? FeeModel.PER_TRAINEE
                : find(figures, "membership_fee").map(PresetFigure::category)
                        .flatMap(c -> java.util.Arrays.stream(FeeModel.values())
                                .filter(m -> m.presetProgramme().filter(c::equals).isPresent()).findFirst())
                        .orElse(FeeModel.CUSTOM);
        return Optional.of(new Scenario(null, repository.presetMunicipalities(presetId), length, cohort, fee,
                Math.round(price.map(PresetFigure::value).orElse(0.0)), members, 0, null, null, presetId));
    }

    private static Optional<PresetFigure> find(List<PresetFigure> figures, String item) {
        return figures.stream().filter(p -> p.item().equals(item)).findFirst();
    }

    /** Municipalities to choose from (the whole country), with whether a running trainee programme reaches them. */
    public List<MunicipalityCoverage> municipalities() {
        return coverage.municipalities(new CoverageFilter(null, null, null, null, PEER_TYPE, null));
    }

    /** BA-regions (number to name), for choosing all municipalities of one at once. */
    public Map<String, String> baRegions(List<MunicipalityCoverage> municipalities) {
        return municipalities.stream().filter(m -> m.baNr() != null)
                .sorted(Comparator.comparing(m -> String.valueOf(m.baName())))
                .collect(Collectors.toMap(m -> String.valueOf(m.baNr()), m -> String.valueOf(m.baName()), (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** Reads the parameters (the URL or the form) and works the plan out; problems instead when they are wrong. */
    public Outcome plan(Map<String, String> parameters) {
        ScenarioParameters.Read read = ScenarioParameters.read(parameters);
        if (read.scenario() == null) {
            return new Outcome(null, read.problems());
        }
        return plan(read.scenario());
    }

    /** Works out the plan of a scenario; an unknown municipality number is a problem, not a plan. */
    public Outcome plan(Scenario scenario) {
        List<MunicipalityCoverage> all = municipalities();
        Map<String, MunicipalityCoverage> byNumber = all.stream()
                .collect(Collectors.toMap(MunicipalityCoverage::kommunenummer, m -> m));
        List<ScenarioProblem> problems = new ArrayList<>();
        List<MunicipalityCoverage> selected = new ArrayList<>();
        for (String m : scenario.municipalities()) {
            MunicipalityCoverage found = byNumber.get(m);
            if (found == null) {
                problems.add(new ScenarioProblem(ScenarioParameters.MUNICIPALITIES, "planner.problem.unknown-municipality", m));
            } else {
                selected.add(found);
            }
        }
        if (scenario.presetId() != null && !presetIds().contains(scenario.presetId())) {
            problems.add(new ScenarioProblem(ScenarioParameters.PRESET, "planner.problem.unknown-preset",
                    scenario.presetId()));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(PlanCalculator.plan(scenario, repository.presets(), selected, rates()), List.of());
    }

    /**
     * The peers' pooled rates: per indicator, the latest yearly period for which exact count outcomes of trainee
     * programmes can be pooled (never targets, plans, models or multi-year totals), with its interval.
     */
    public Map<String, Plan.Rate> rates() {
        IndicatorFilter filter = new IndicatorFilter(null, null, null, null, PEER_TYPE, null, null, null, null);
        Map<String, Plan.Rate> out = new LinkedHashMap<>();
        Set<String> wanted = new LinkedHashSet<>(RATES);
        indicators.pooled("all", null, filter).stream()
                .filter(r -> wanted.contains(r.indicatorId()) && "year".equals(r.periodKind())
                        && "outcome".equals(r.figureKind()) && r.hasValue() && r.ciLow() != null && r.ciHigh() != null
                        && r.numerator() != null && r.denominator() != null)
                .sorted(Comparator.comparing((IndicatorResult r) -> r.periodEnd() == null ? Integer.MIN_VALUE : r.periodEnd())
                        .thenComparing(r -> r.denominator()))
                .forEach(r -> out.put(r.indicatorId(), new Plan.Rate(r.indicatorId(), r.value(), r.ciLow(), r.ciHigh(),
                        r.numerator(), r.denominator(), r.programmes(), r.periodStart(), r.periodEnd(), r.horizon(),
                        r.factIds())));
        return out;
    }
}
