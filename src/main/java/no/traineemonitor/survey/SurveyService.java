package no.traineemonitor.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.survey.SurveyComparison.Difference;
import no.traineemonitor.survey.SurveyComparison.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The surveys of the 2021 report, table by table: the survey page, the workbooks' survey sheets and the indicator
 * explorer's links all read {@link #tables()}, so they show the same numbers, checks and caveats.
 */
@Service
public class SurveyService {

    /** The themes of the survey page, in order. */
    public static final List<String> THEMES = List.of("background", "recruitment", "trainee_period", "staying", "firms");

    /** The surveys, in order: trainees, then firms. */
    public static final List<String> SURVEYS = List.of("trainee_survey_2021", "firm_survey_2021");

    private final SurveyRepository repository;
    private final int minimumN;

    SurveyService(SurveyRepository repository, @Value("${traineemonitor.indicators.minimum-n:5}") int minimumN) {
        this.repository = repository;
        this.minimumN = minimumN;
    }

    /** Shares of columns with n below this are withheld; a group below it is too small to read. */
    public int minimumN() {
        return minimumN;
    }

    /** Every survey table and figure, in page order (theme, then the report's order). */
    public List<SurveyTable> tables() {
        List<SurveyRepository.TableRow> rows = repository.tables();
        Map<List<String>, List<SurveyRepository.CellRow>> cells = new LinkedHashMap<>();
        repository.cells().forEach(c -> cells.computeIfAbsent(List.of(c.sourceFile(), c.tableRef()), k -> new ArrayList<>()).add(c));
        SurveyTableBuilder builder = new SurveyTableBuilder(minimumN);
        Map<List<String>, List<SurveySeries>> series = new LinkedHashMap<>();
        rows.forEach(t -> series.put(List.of(t.sourceFile(), t.tableRef()),
                builder.series(t, cells.getOrDefault(List.of(t.sourceFile(), t.tableRef()), List.of()))));
        List<SurveyTable> out = new ArrayList<>();
        for (SurveyRepository.TableRow t : rows) {
            List<SurveySeries> own = series.get(List.of(t.sourceFile(), t.tableRef()));
            boolean several = t.answers().equals("several");
            SurveyComparison comparison = null;
            if (t.compareWith() != null) {
                List<SurveySeries> other = series.get(List.of(t.sourceFile(), t.compareWith()));
                if (other == null || other.isEmpty()) {
                    throw new IllegalStateException(t.tableRef() + " is to be compared with " + t.compareWith()
                            + ", which is not a survey table of " + t.sourceFile());
                }
                comparison = compare(t.compareWith(), own.getFirst(), other.getFirst(), t.comparisonCaveat(), t.comparisonCaveatEn());
            } else if (own.size() == 2 && own.get(0).question().equals(own.get(1).question())) {
                // one question, two respondent groups: independent groups side by side
                comparison = compare(t.tableRef(), own.get(0), own.get(1), t.comparisonCaveat(), t.comparisonCaveatEn());
            }
            out.add(new SurveyTable(t.survey(), t.tableRef(), SurveyTable.anchorOf(t.tableRef()), t.theme(), t.caption(),
                    t.captionEn(), several, SurveyTableBuilder.words(t.indicatorIds()), t.caveat(), t.caveatEn(),
                    t.sourceFile(), t.sourceTitle() == null ? t.sourceFile() : t.sourceTitle(), t.sourceSection(),
                    t.sourceQuote(), own, builder.checks(several, own), comparison));
        }
        return out;
    }

    /** The tables an indicator has as its survey counterpart (e.g. job_offer_rate: Tabell 8), in page order. */
    public List<SurveyTable> counterparts(String indicatorId) {
        return tables().stream().filter(t -> t.indicatorIds().contains(indicatorId)).toList();
    }

    /** Both groups' shares of each answer they share, with the difference (own − other) and its Newcombe interval. */
    SurveyComparison compare(String otherRef, SurveySeries own, SurveySeries other, @Nullable String caveat,
                             @Nullable String caveatEn) {
        List<Difference> rows = new ArrayList<>();
        for (SurveyAnswer a : own.answers()) {
            if (a.kind() != SurveyAnswer.Kind.ANSWER) {
                continue;
            }
            SurveyAnswer b = other.answers().stream()
                    .filter(x -> x.kind() == SurveyAnswer.Kind.ANSWER && x.label().equals(a.label())).findFirst().orElse(null);
            if (b == null) {
                continue;
            }
            rows.add(difference(a, own.n(), b, other.n()));
        }
        return new SurveyComparison(otherRef, SurveyTable.anchorOf(otherRef), own, other, rows, caveat, caveatEn);
    }

    Difference difference(SurveyAnswer a, @Nullable Integer nA, SurveyAnswer b, @Nullable Integer nB) {
        if ((nA != null && nA < minimumN) || (nB != null && nB < minimumN)) {
            return new Difference(a.label(), a.labelEn(), a, b, null, Verdict.TOO_SMALL);
        }
        if (nA == null || nB == null || a.share() == null || b.share() == null) {
            return new Difference(a.label(), a.labelEn(), a, b, null, Verdict.UNKNOWN);
        }
        DifferenceInterval d = DifferenceInterval.of95(a.share(), nA, b.share(), nB);
        return new Difference(a.label(), a.labelEn(), a, b, d, d.excludesZero() ? Verdict.LARGER_THAN_CHANCE : Verdict.WITHIN_CHANCE);
    }
}
