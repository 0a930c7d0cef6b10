package no.traineemonitor.planner;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the planner works out for a scenario: coverage gained, expected numbers of people (ranges), costs and fees.
 *
 * @param coverage by centrality class (1-6, classes present in the selection), the total last (class NULL)
 * @param expected applicants, hires, completions and retained trainees, in that order
 * @param sources  the preset figures the plan uses (cost table, fee model), with their sources
 */
public record Plan(Scenario scenario, List<ClassGain> coverage, List<String> alreadyCovered, List<Expected> expected,
                   Costs costs, List<PresetFigure> sources) {

    /**
     * Municipalities and inhabitants (1 January 2021) of one centrality class in the selection, and those no running
     * trainee programme reaches today (newly covered by the plan). A municipality without a population figure is left
     * out of the sums and counted in {@code populationUnknown}.
     */
    public record ClassGain(@Nullable Integer centralityClass, int municipalities, int newMunicipalities, long population,
                            long newPopulation, int populationUnknown) {
    }

    /**
     * An expected number of people per year, as a range from the 95 % interval of the pooled rate it rests on; low and
     * high are NULL when no peer reports a yearly outcome for the rate (unknown, never 0).
     *
     * @param what           applicants | hires | completions | retained
     * @param rate           the pooled rate used at this step; NULL when unknown
     * @param unknownBecause the step whose rate is unknown (this one or an earlier one); NULL when known
     */
    public record Expected(String what, @Nullable Double low, @Nullable Double high, @Nullable Rate rate,
                           @Nullable String unknownBecause) {

        public boolean known() {
            return low != null && high != null;
        }
    }

    /**
     * A pooled outcome rate of the peers: exact counts of one yearly period summed over the programmes that report it.
     *
     * @param programmes the programmes it rests on
     */
    public record Rate(String indicatorId, double value, double ciLow, double ciHigh, double numerator,
                       double denominator, List<String> programmes, @Nullable Integer periodStart,
                       @Nullable Integer periodEnd, @Nullable String horizon, List<String> factIds) {
    }

    /** One cost line a year. {@code group}: cost_recruitment | cost_owner | cost_other | fixed | per_trainee. */
    public record CostLine(String label, String group, double amountNok, boolean scalesWithCohort) {
    }

    /**
     * Costs and fees a year.
     *
     * @param split                shares of the total by cost group (0-1), from the lines
     * @param statedSplit          the split the source's text states (percent), by cost group; empty for own costs
     * @param pricePerTraineeNok   cost-covering price per trainee enrolled and year (total / trainees enrolled)
     * @param publicFundingNok     what the fees leave uncovered (0 when they cover the cost)
     * @param surplusNok           what the fees bring in beyond the cost
     * @param needed               members (with a membership fee) or paying trainees a year (without) needed for the
     *                             fees to cover the cost; NULL when no number up to the planner's limits does
     * @param neededKind           members | trainees
     */
    public record Costs(List<CostLine> lines, double totalNok, Map<String, Double> split, Map<String, Double> statedSplit,
                        boolean fromTable, double traineesEnrolled, double pricePerTraineeNok, double membershipIncomeNok,
                        double hiringIncomeNok, double traineeIncomeNok, double publicFundingNok, double surplusNok,
                        @Nullable Integer needed, String neededKind) {

        public double incomeNok() {
            return membershipIncomeNok + hiringIncomeNok + traineeIncomeNok;
        }
    }
}
