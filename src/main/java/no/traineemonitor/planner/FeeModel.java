package no.traineemonitor.planner;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the members pay for the programme. The codes are what the planner's URL holds.
 * <ul>
 * <li>{@link #PER_TRAINEE}: a price per trainee and year, as in 000 (104 500 NOK for one 12-month round)</li>
 * <li>{@link #TRAINEE_INNLANDET}: a membership fee per member and year plus a fee per trainee and tertial (001 §4.1)</li>
 * <li>{@link #FJELLTRAINEE}: a membership fee per member and year plus a surcharge for a member that hires (001 §4.2)</li>
 * <li>{@link #CUSTOM}: a membership fee and a fee per trainee and year of the user's choosing</li>
 * </ul>
 */
public enum FeeModel {
    PER_TRAINEE("pris-per-trainee"),
    TRAINEE_INNLANDET("trainee-innlandet"),
    FJELLTRAINEE("fjelltrainee"),
    CUSTOM("egen");

    private final String code;

    FeeModel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FeeModel> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }

    /** The programme in planner_preset whose fees this model uses; empty for the models with the user's own prices. */
    public Optional<String> presetProgramme() {
        return switch (this) {
            case TRAINEE_INNLANDET -> Optional.of("trainee_innlandet");
            case FJELLTRAINEE -> Optional.of("fjelltrainee");
            default -> Optional.empty();
        };
    }
}
