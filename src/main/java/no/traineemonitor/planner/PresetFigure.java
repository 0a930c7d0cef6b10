package no.traineemonitor.planner;

import org.jspecify.annotations.Nullable;

/**
 * One figure a preset starts from (table {@code planner_preset}), with its source.
 *
 * @param item             municipalities | cohort | length_months | members | cost_recruitment | cost_owner | cost_other
 *                         | cost_total | price_per_trainee | stated_share | participant_share | membership_fee
 *                         | hiring_member_fee | trainee_fee
 * @param category         the cost line as the source names it; the programme whose fee or figure it is; for
 *                         stated_share the cost group (cost_recruitment, cost_owner, cost_other)
 * @param unit             count | months | nok | percent | nok_per_year | nok_per_tertial
 * @param qualifier        reported | approximate | budget | maximum
 * @param scalesWithCohort a cost line priced per participant
 * @param sourceTitle      the cited document's title (sources.csv)
 */
public record PresetFigure(String presetId, String item, @Nullable String category, double value, String unit,
                           String qualifier, boolean scalesWithCohort, String sourceFile, @Nullable String sourceTitle,
                           @Nullable Integer sourceYear, String sourceSection, String sourceQuote, @Nullable String note) {

    /** A cost line (not the total). */
    public boolean isCostLine() {
        return item.startsWith("cost_") && !item.equals("cost_total");
    }
}
