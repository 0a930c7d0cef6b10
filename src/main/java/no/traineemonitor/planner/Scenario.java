package no.traineemonitor.planner;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A programme to try out. Money is NOK, yearly unless said otherwise.
 *
 * @param name                a name the user gives the scenario (kept in its link); NULL = none
 * @param municipalities      2020 municipality numbers the programme would cover
 * @param lengthMonths        how long one trainee is in the programme
 * @param cohort              trainees taken in per year (one intake a year)
 * @param feeModel            how the members pay
 * @param traineeFeeNok       what firms pay (or are willing to pay) per trainee and year: the price of
 *                            {@link FeeModel#PER_TRAINEE} and the trainee fee of {@link FeeModel#CUSTOM}
 * @param members             member organisations paying a membership fee
 * @param membershipFeeNok    the membership fee per member and year of {@link FeeModel#CUSTOM}
 * @param costFixedNok        the user's own yearly fixed cost; NULL (with costPerTraineeNok) = 000's cost table
 * @param costPerTraineeNok   the user's own cost per trainee taken in; NULL = 000's cost table
 * @param presetId            the preset the scenario started from (its figures are cited where the scenario still
 *                            uses them); NULL = none
 */
public record Scenario(@Nullable String name, List<String> municipalities, int lengthMonths, int cohort,
                       FeeModel feeModel, long traineeFeeNok, int members, long membershipFeeNok,
                       @Nullable Long costFixedNok, @Nullable Long costPerTraineeNok, @Nullable String presetId) {

    public Scenario {
        municipalities = List.copyOf(municipalities);
    }

    /** A scenario that did not start from a preset. */
    public Scenario(@Nullable String name, List<String> municipalities, int lengthMonths, int cohort, FeeModel feeModel,
                    long traineeFeeNok, int members, long membershipFeeNok, @Nullable Long costFixedNok,
                    @Nullable Long costPerTraineeNok) {
        this(name, municipalities, lengthMonths, cohort, feeModel, traineeFeeNok, members, membershipFeeNok,
                costFixedNok, costPerTraineeNok, null);
    }

    /** True when the costs come from 000's cost table (scaled to the cohort), false for the user's own. */
    public boolean tableCosts() {
        return costFixedNok == null || costPerTraineeNok == null;
    }

    /**
     * Trainees in the programme during a year with one intake a year (cohort x length / 12): a two-year programme
     * has two cohorts at once.
     */
    public double traineesEnrolled() {
        return cohort * lengthMonths / 12.0;
    }
}
