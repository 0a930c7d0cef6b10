package no.traineemonitor.planner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
import no.traineemonitor.coverage.MunicipalityCoverage;
import org.jspecify.annotations.Nullable;

/**
 * The planner's arithmetic, without a database: coverage gained, expected people from pooled rates, costs and fees.
 * Kept apart from {@link PlannerService} so that every figure can be checked by hand in a unit test.
 */
final class PlanCalculator {

    /** The preset whose cost table (000 §4.1) is the default cost model. */
    static final String COST_TABLE_PRESET = "medietech-vestland";
    /** Cost groups in the order the source states its split (recruitment, owner, other), then own costs. */
    static final List<String> GROUPS = List.of("cost_recruitment", "cost_owner", "cost_other", "fixed", "per_trainee");
    /** Tertials in a year (a tertial is four months). */
    static final int TERTIALS_PER_YEAR = 3;

    private PlanCalculator() {
    }

    static Plan plan(Scenario s, List<PresetFigure> presets, List<MunicipalityCoverage> selected,
                     Map<String, Plan.Rate> rates) {
        List<PresetFigure> used = new ArrayList<>(scenarioFigures(s, presets, selected.size()));
        Plan.Costs costs = costs(s, presets, used);
        return new Plan(s, coverage(selected), selected.stream().filter(MunicipalityCoverage::covered)
                .map(MunicipalityCoverage::name).toList(), expected(s.cohort(), rates), costs, List.copyOf(used));
    }

    /**
     * The figures of the scenario's preset that the scenario still uses as they are (its municipalities, cohort,
     * length, members): those are cited; a value the user changed is the user's own.
     */
    static List<PresetFigure> scenarioFigures(Scenario s, List<PresetFigure> presets, int municipalities) {
        List<PresetFigure> out = new ArrayList<>();
        for (PresetFigure p : presets) {
            if (!p.presetId().equals(s.presetId())) {
                continue;
            }
            double value = switch (p.item()) {
                case "municipalities" -> municipalities;
                case "cohort" -> s.cohort();
                case "length_months" -> s.lengthMonths();
                case "members" -> s.members();
                default -> Double.NaN;
            };
            if (value == p.value()) {
                out.add(p);
            }
        }
        return out;
    }

    /** By centrality class, then the total (class NULL). */
    static List<Plan.ClassGain> coverage(List<MunicipalityCoverage> selected) {
        Map<Integer, List<MunicipalityCoverage>> byClass = new TreeMap<>();
        List<MunicipalityCoverage> noClass = new ArrayList<>();
        for (MunicipalityCoverage m : selected) {
            if (m.centralityClass() == null) {
                noClass.add(m);
            } else {
                byClass.computeIfAbsent(m.centralityClass(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Plan.ClassGain> out = new ArrayList<>();
        byClass.forEach((c, ms) -> out.add(gain(c, ms)));
        out.add(gain(null, selected));
        return out;
    }

    private static Plan.ClassGain gain(@Nullable Integer centralityClass, List<MunicipalityCoverage> ms) {
        int newly = 0;
        long population = 0;
        long newPopulation = 0;
        int unknown = 0;
        for (MunicipalityCoverage m : ms) {
            Integer p = m.population2021();
            if (!m.covered()) {
                newly++;
            }
            if (p == null) {
                unknown++;
                continue;
            }
            population += p;
            if (!m.covered()) {
                newPopulation += p;
            }
        }
        return new Plan.ClassGain(centralityClass, ms.size(), newly, population, newPopulation, unknown);
    }

    /**
     * Hires = cohort x fill rate; applicants = hires / selection rate; completions = hires x completion rate;
     * retained = completions x regional retention. Each range multiplies the ends of the 95 % intervals (for applicants
     * the low end divides by the high rate), so it holds what the peers' intervals allow, never a point. A step whose
     * rate is unknown, and every step after it, is unknown.
     */
    static List<Plan.Expected> expected(int cohort, Map<String, Plan.Rate> rates) {
        List<Plan.Expected> out = new ArrayList<>();
        Plan.Rate fill = rates.get("fill_rate");
        Plan.Expected hires = fill == null ? unknown("hires", "fill_rate")
                : new Plan.Expected("hires", cohort * fill.ciLow(), cohort * fill.ciHigh(), fill, null);
        Plan.Rate selection = rates.get("selection_rate");
        Plan.Expected applicants;
        if (!hires.known()) {
            applicants = new Plan.Expected("applicants", null, null, selection, hires.unknownBecause());
        } else if (selection == null || selection.ciLow() <= 0) {
            applicants = unknown("applicants", "selection_rate");
        } else {
            applicants = new Plan.Expected("applicants", hires.low() / selection.ciHigh(), hires.high() / selection.ciLow(),
                    selection, null);
        }
        Plan.Expected completions = next("completions", hires, rates.get("completion_rate"), "completion_rate");
        Plan.Expected retained = next("retained", completions, rates.get("regional_retention"), "regional_retention");
        out.add(applicants);
        out.add(hires);
        out.add(completions);
        out.add(retained);
        return out;
    }

    private static Plan.Expected next(String what, Plan.Expected before, Plan.@Nullable Rate rate, String indicator) {
        if (!before.known()) {
            return new Plan.Expected(what, null, null, rate, before.unknownBecause());
        }
        if (rate == null) {
            return unknown(what, indicator);
        }
        return new Plan.Expected(what, before.low() * rate.ciLow(), before.high() * rate.ciHigh(), rate, null);
    }

    private static Plan.Expected unknown(String what, String indicator) {
        return new Plan.Expected(what, null, null, null, indicator);
    }

    static Plan.Costs costs(Scenario s, List<PresetFigure> presets, List<PresetFigure> used) {
        List<Plan.CostLine> lines = new ArrayList<>();
        double fixed;
        double perTrainee;
        Map<String, Double> stated = new LinkedHashMap<>();
        if (s.tableCosts()) {
            double modelCohort = value(presets, COST_TABLE_PRESET, "cohort", null, used);
            double f = 0;
            double v = 0;
            for (PresetFigure p : presets) {
                if (p.presetId().equals(COST_TABLE_PRESET) && p.isCostLine()) {
                    used.add(p);
                    double amount = p.scalesWithCohort() ? p.value() / modelCohort * s.cohort() : p.value();
                    lines.add(new Plan.CostLine(String.valueOf(p.category()), p.item(), amount, p.scalesWithCohort()));
                    if (p.scalesWithCohort()) {
                        v += p.value() / modelCohort;
                    } else {
                        f += p.value();
                    }
                }
                if (p.presetId().equals(COST_TABLE_PRESET) && (p.item().equals("stated_share")
                        || p.item().equals("cost_total") || p.item().equals("price_per_trainee"))) {
                    used.add(p);
                    if (p.item().equals("stated_share")) {
                        stated.put(String.valueOf(p.category()), p.value());
                    }
                }
            }
            fixed = f;
            perTrainee = v;
        } else {
            fixed = s.costFixedNok();
            perTrainee = s.costPerTraineeNok();
            lines.add(new Plan.CostLine("fixed", "fixed", fixed, false));
            lines.add(new Plan.CostLine("per_trainee", "per_trainee", perTrainee * s.cohort(), true));
        }
        IntToDoubleFunction costAt = cohort -> fixed + perTrainee * cohort;
        double total = costAt.applyAsDouble(s.cohort());
        Map<String, Double> split = new LinkedHashMap<>();
        for (String group : GROUPS) {
            for (Plan.CostLine l : lines) {
                if (l.group().equals(group)) {
                    split.merge(group, total > 0 ? l.amountNok() / total : 0, Double::sum);
                }
            }
        }
        Fees fees = fees(s, presets, used);
        double enrolled = s.traineesEnrolled();
        double membership = fees.membership(s.members());
        double hiring = fees.hiring(s.members(), s.cohort());
        double trainee = fees.trainee(enrolled);
        double income = membership + hiring + trainee;
        Integer needed = null;
        String neededKind;
        if (fees.membershipNok > 0) {
            neededKind = "members";
            for (int m = 0; m <= ScenarioParameters.MAX_MEMBERS; m++) {
                if (fees.membership(m) + fees.hiring(m, s.cohort()) + trainee >= total) {
                    needed = m;
                    break;
                }
            }
        } else {
            neededKind = "trainees";
            for (int n = 1; n <= ScenarioParameters.MAX_COHORT; n++) {
                if (membership + fees.hiring(s.members(), n) + fees.trainee(n * s.lengthMonths() / 12.0)
                        >= costAt.applyAsDouble(n)) {
                    needed = n;
                    break;
                }
            }
        }
        return new Plan.Costs(List.copyOf(lines), total, split, stated, s.tableCosts(), enrolled,
                enrolled > 0 ? total / enrolled : 0, membership, hiring, trainee, Math.max(0, total - income),
                Math.max(0, income - total), needed, neededKind);
    }

    /** The fees of a model a year: per member, per member that hires (at most one per trainee taken in), per trainee. */
    record Fees(double membershipNok, double hiringMemberNok, double traineeNokPerYear) {

        double membership(int members) {
            return members * membershipNok;
        }

        double hiring(int members, int cohort) {
            return Math.min(members, cohort) * hiringMemberNok;
        }

        double trainee(double enrolled) {
            return enrolled * traineeNokPerYear;
        }
    }

    static Fees fees(Scenario s, List<PresetFigure> presets, List<PresetFigure> used) {
        return switch (s.feeModel()) {
            case PER_TRAINEE -> new Fees(0, 0, s.traineeFeeNok());
            case CUSTOM -> new Fees(s.membershipFeeNok(), 0, s.traineeFeeNok());
            case TRAINEE_INNLANDET, FJELLTRAINEE -> {
                String programme = s.feeModel().presetProgramme().orElseThrow();
                yield new Fees(optional(presets, "membership_fee", programme, used),
                        optional(presets, "hiring_member_fee", programme, used),
                        optional(presets, "trainee_fee", programme, used));
            }
        };
    }

    /** A fee of a programme's model a year (a fee per tertial times three); 0 when the model has no such fee. */
    private static double optional(List<PresetFigure> presets, String item, String programme, List<PresetFigure> used) {
        for (PresetFigure p : presets) {
            if (p.item().equals(item) && programme.equals(p.category())) {
                used.add(p);
                return p.unit().equals("nok_per_tertial") ? p.value() * TERTIALS_PER_YEAR : p.value();
            }
        }
        return 0;
    }

    private static double value(List<PresetFigure> presets, String preset, String item, @Nullable String category,
                                List<PresetFigure> used) {
        for (PresetFigure p : presets) {
            if (p.presetId().equals(preset) && p.item().equals(item)
                    && (category == null || category.equals(p.category()))) {
                used.add(p);
                return p.value();
            }
        }
        throw new IllegalStateException("planner_preset has no " + item + " for " + preset + " (sample-data/planner_presets/)");
    }
}
