package no.traineemonitor.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A scenario as text (the planner's URL and form) and back. Reading is all or nothing: every problem is listed, and
 * a scenario is made only when there is none. The link of a scenario reproduces it.
 */
public final class ScenarioParameters {

    public static final String PRESET = "forslag";
    public static final String NAME = "navn";
    public static final String MUNICIPALITIES = "kommuner";
    public static final String LENGTH = "lengde";
    public static final String COHORT = "kull";
    public static final String FEE_MODEL = "gebyr";
    public static final String TRAINEE_FEE = "pris";
    public static final String MEMBERS = "medlemmer";
    public static final String MEMBERSHIP_FEE = "kontingent";
    public static final String COST_FIXED = "fast-kostnad";
    public static final String COST_PER_TRAINEE = "kostnad-per-trainee";

    static final int MAX_COHORT = 500;
    static final int MAX_LENGTH_MONTHS = 60;
    static final int MAX_MEMBERS = 10_000;
    static final long MAX_NOK = 1_000_000_000L;
    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,12}");

    private ScenarioParameters() {
    }

    /** The outcome of reading: a scenario, or the problems (never both). */
    public record Read(@Nullable Scenario scenario, List<ScenarioProblem> problems) {
    }

    /** Reads a scenario from its parameters (missing optional ones take their defaults). */
    public static Read read(Map<String, String> p) {
        List<ScenarioProblem> problems = new ArrayList<>();
        String rawMunicipalities = p.getOrDefault(MUNICIPALITIES, "").strip();
        LinkedHashSet<String> municipalities = new LinkedHashSet<>();
        for (String m : rawMunicipalities.isEmpty() ? new String[0] : rawMunicipalities.split("[,\\s]+")) {
            if (!MUNICIPALITY.matcher(m).matches()) {
                problems.add(new ScenarioProblem(MUNICIPALITIES, "planner.problem.municipality-form", m));
            } else {
                municipalities.add(m);
            }
        }
        if (municipalities.isEmpty() && problems.isEmpty()) {
            problems.add(new ScenarioProblem(MUNICIPALITIES, "planner.problem.no-municipalities"));
        }
        Long length = whole(p, LENGTH, 1, MAX_LENGTH_MONTHS, true, problems);
        Long cohort = whole(p, COHORT, 1, MAX_COHORT, true, problems);
        FeeModel fee = FeeModel.PER_TRAINEE;
        String feeCode = p.getOrDefault(FEE_MODEL, "").strip();
        if (!feeCode.isEmpty()) {
            fee = FeeModel.ofCode(feeCode).orElse(null);
            if (fee == null) {
                problems.add(new ScenarioProblem(FEE_MODEL, "planner.problem.fee-model", feeCode));
            }
        }
        Long traineeFee = whole(p, TRAINEE_FEE, 0, MAX_NOK, fee == FeeModel.PER_TRAINEE || fee == FeeModel.CUSTOM, problems);
        Long members = whole(p, MEMBERS, 0, MAX_MEMBERS, false, problems);
        Long membershipFee = whole(p, MEMBERSHIP_FEE, 0, MAX_NOK, fee == FeeModel.CUSTOM, problems);
        Long costFixed = whole(p, COST_FIXED, 0, MAX_NOK, false, problems);
        Long costPerTrainee = whole(p, COST_PER_TRAINEE, 0, MAX_NOK, false, problems);
        boolean costProblem = problems.stream().anyMatch(x -> x.field().equals(COST_FIXED) || x.field().equals(COST_PER_TRAINEE));
        if (!costProblem && (costFixed == null) != (costPerTrainee == null)) {
            problems.add(new ScenarioProblem(costFixed == null ? COST_FIXED : COST_PER_TRAINEE, "planner.problem.cost-pair"));
        }
        String preset = p.getOrDefault(PRESET, "").strip();
        if (!preset.isEmpty() && !preset.matches("[a-z0-9-]{1,40}")) {
            problems.add(new ScenarioProblem(PRESET, "planner.problem.unknown-preset", preset));
        }
        String name = p.getOrDefault(NAME, "").strip();
        if (name.length() > 80) {
            problems.add(new ScenarioProblem(NAME, "planner.problem.name-length", "80"));
        }
        if (!problems.isEmpty() || length == null || cohort == null || fee == null) {
            return new Read(null, List.copyOf(problems));
        }
        return new Read(new Scenario(name.isEmpty() ? null : name, List.copyOf(municipalities), length.intValue(),
                cohort.intValue(), fee, traineeFee == null ? 0 : traineeFee, members == null ? 0 : members.intValue(),
                membershipFee == null ? 0 : membershipFee, costFixed, costPerTrainee, preset.isEmpty() ? null : preset),
                List.of());
    }

    /** The parameters of a scenario, in a stable order (its link). */
    public static Map<String, String> write(Scenario s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (s.presetId() != null) {
            out.put(PRESET, s.presetId());
        }
        if (s.name() != null) {
            out.put(NAME, s.name());
        }
        out.put(MUNICIPALITIES, String.join(",", s.municipalities()));
        out.put(LENGTH, String.valueOf(s.lengthMonths()));
        out.put(COHORT, String.valueOf(s.cohort()));
        out.put(FEE_MODEL, s.feeModel().code());
        if (s.feeModel() == FeeModel.PER_TRAINEE || s.feeModel() == FeeModel.CUSTOM) {
            out.put(TRAINEE_FEE, String.valueOf(s.traineeFeeNok()));
        }
        out.put(MEMBERS, String.valueOf(s.members()));
        if (s.feeModel() == FeeModel.CUSTOM) {
            out.put(MEMBERSHIP_FEE, String.valueOf(s.membershipFeeNok()));
        }
        if (!s.tableCosts()) {
            out.put(COST_FIXED, String.valueOf(s.costFixedNok()));
            out.put(COST_PER_TRAINEE, String.valueOf(s.costPerTraineeNok()));
        }
        return out;
    }

    /** A whole number in [min, max]; NULL when missing (a problem if required) or wrong (always a problem). */
    private static @Nullable Long whole(Map<String, String> p, String field, long min, long max, boolean required,
                                        List<ScenarioProblem> problems) {
        String raw = p.getOrDefault(field, "").strip().replace(" ", "").replace("\u00a0", "");
        if (raw.isEmpty()) {
            if (required) {
                problems.add(new ScenarioProblem(field, "planner.problem.missing"));
            }
            return null;
        }
        if (!WHOLE.matcher(raw).matches()) {
            problems.add(new ScenarioProblem(field, "planner.problem.not-whole", raw));
            return null;
        }
        long v = Long.parseLong(raw);
        if (v < 0 && min >= 0) {
            problems.add(new ScenarioProblem(field, "planner.problem.negative", raw));
            return null;
        }
        if (v < min || v > max) {
            problems.add(new ScenarioProblem(field, "planner.problem.range", raw, String.valueOf(min), String.valueOf(max)));
            return null;
        }
        return v;
    }

    /** Parameter names in the order of the form, for tests and the workbook. */
    public static List<String> names() {
        return Arrays.asList(PRESET, NAME, MUNICIPALITIES, LENGTH, COHORT, FEE_MODEL, TRAINEE_FEE, MEMBERS, MEMBERSHIP_FEE,
                COST_FIXED, COST_PER_TRAINEE);
    }
}
