package no.traineemonitor.referenceimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.ui.NorwegianFormats;
import org.jspecify.annotations.Nullable;

/**
 * An import's result in the reader's words, the same lines on the command's output and on the admin page: the new
 * version, the whole country before and after, the reforms (new numbers, splits, merges, new municipalities), what
 * was left out, and the population per county before, now and the change; or every problem of a refused file.
 */
public final class ImportText {

    /** The texts of a language: a key of {@code reference.import.*} with its values. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... params);
    }

    private ImportText() {
    }

    /** A heading and its lines: what changed per county or BA-region. */
    public record Block(String id, String heading, List<String> lines) {
    }

    /** The result of an import as lines; what changed per county (and BA-region) follows in {@link #blocks}. */
    public static List<String> lines(ReferencePlan plan, int versionId, Locale locale, Words w) {
        if (plan.unchanged()) {
            return List.of(w.get("reference.import.unchanged", plan.previousVersion()));
        }
        return switch (plan) {
            case PopulationImport.Plan p -> population(p, versionId, locale, w);
            case CommutingImport.Plan p -> commuting(p, versionId, locale, w);
            case EmploymentImport.Plan p -> employment(p, versionId, locale, w);
        };
    }

    /** What changed per 2024 county (and, for commuting, per BA-region whose coefficient changes). */
    public static List<Block> blocks(ReferencePlan plan, Locale locale, Words w) {
        if (plan.unchanged()) {
            return List.of();
        }
        return switch (plan) {
            case PopulationImport.Plan p -> List.of(new Block("reference-import-counties",
                    w.get("reference.import.counties"), counties(p, locale, w)));
            case CommutingImport.Plan p -> List.of(
                    new Block("reference-import-counties", w.get("reference.import.commuting.counties"),
                            coefficients(p.counties(), locale, w)),
                    new Block("reference-import-ba", w.get("reference.import.commuting.ba", p.baRegions().size()),
                            coefficients(p.baRegions(), locale, w)));
            case EmploymentImport.Plan p -> List.of();
        };
    }

    private static List<String> commuting(CommutingImport.Plan p, int versionId, Locale locale, Words w) {
        List<String> out = new ArrayList<>();
        long pairs = p.flows().values().stream().filter(java.util.Objects::nonNull).count();
        out.add(w.get("reference.import.commuting.done", versionId, String.valueOf(p.year()),
                NorwegianFormats.integer(pairs, locale), p.division(),
                String.valueOf(p.previousYear())));
        reforms(out, p.renumbered(), p.splits(), p.merged(), "reference.import.commuting.merged", w);
        if (p.unknownPairs() > 0) {
            out.add(w.get("reference.import.commuting.unknown-pairs", NorwegianFormats.integer(p.unknownPairs(), locale)));
        }
        if (p.employmentYear() != p.year()) {
            out.add(w.get("reference.import.commuting.other-year", String.valueOf(p.employmentYear()), String.valueOf(p.year())));
        }
        if (!p.leftOut().isEmpty()) {
            out.add(w.get("reference.import.left-out", p.leftOut().size()));
        }
        return out;
    }

    private static List<String> employment(EmploymentImport.Plan p, int versionId, Locale locale, Words w) {
        List<String> out = new ArrayList<>();
        out.add(w.get("reference.import.employment.done", versionId, String.valueOf(p.year()), p.rows().size(), p.division(),
                String.join(", ", p.variables().stream().map(v -> w.get("reference.import.variable." + v)).toList())));
        out.add(w.get("reference.import.employment.total", number(p.before(), locale, w), String.valueOf(p.previousYear()),
                number(p.after(), locale, w), change(p.before(), p.after(), locale, w)));
        List<String> absent = EmploymentImport.VARIABLES.stream().filter(v -> !p.variables().contains(v))
                .map(v -> w.get("reference.import.variable." + v)).toList();
        if (!absent.isEmpty()) {
            out.add(w.get("reference.import.employment.absent", String.join(", ", absent)));
        }
        reforms(out, p.renumbered(), p.splits(), p.merged(), "reference.import.employment.merged", w);
        if (p.commutingYear() != p.year()) {
            out.add(w.get("reference.import.employment.other-year", String.valueOf(p.commutingYear()), String.valueOf(p.year())));
        }
        if (!p.leftOut().isEmpty()) {
            out.add(w.get("reference.import.left-out", p.leftOut().size()));
        }
        return out;
    }

    private static void reforms(List<String> out, int renumbered, List<String> splits, List<String> merged, String mergedKey,
                                Words w) {
        if (renumbered > 0) {
            out.add(w.get("reference.import.renumbered", renumbered));
        }
        if (!splits.isEmpty()) {
            out.add(w.get("reference.import.split", String.join("; ", splits)));
        }
        if (!merged.isEmpty()) {
            out.add(w.get(mergedKey, String.join("; ", merged)));
        }
    }

    /** One line per group: number, name, coefficient before → after (change). */
    static List<String> coefficients(List<CommutingImport.CoefficientChange> rows, Locale locale, Words w) {
        return rows.stream().map(c -> w.get("reference.import.county", c.number(), c.name(), decimal(c.before(), locale, w),
                decimal(c.after(), locale, w), c.before() == null || c.after() == null ? w.get("reference.import.unknown")
                        : c.after().equals(c.before()) ? w.get("reference.import.same")
                        : (c.after() > c.before() ? "+" : "") + decimal(c.after() - c.before(), locale, w))).toList();
    }

    static String decimal(@Nullable Double value, Locale locale, Words w) {
        if (value == null) {
            return w.get("reference.import.unknown");
        }
        return NorwegianFormats.decimal(value, 3, locale);
    }

    private static List<String> population(PopulationImport.Plan plan, int versionId, Locale locale, Words w) {
        List<String> out = new ArrayList<>();
        out.add(w.get("reference.import.done", versionId, String.valueOf(plan.year()), plan.rows().size(), plan.division()));
        out.add(w.get("reference.import.total", number(plan.totalBefore(), locale, w), plan.previousVersion(),
                number(plan.totalAfter(), locale, w), change(plan.totalBefore(), plan.totalAfter(), locale, w)));
        if (plan.renumbered() > 0) {
            out.add(w.get("reference.import.renumbered", plan.renumbered()));
        }
        if (!plan.splits().isEmpty()) {
            out.add(w.get("reference.import.split", String.join("; ", plan.splits())));
        }
        if (!plan.merged().isEmpty()) {
            out.add(w.get("reference.import.merged", String.join("; ", plan.merged())));
        }
        if (!plan.added().isEmpty()) {
            out.add(w.get("reference.import.added", String.join(", ", plan.added())));
        }
        if (plan.unknown() > 0) {
            out.add(w.get("reference.import.unknown-count", plan.unknown()));
        }
        if (!plan.leftOut().isEmpty()) {
            out.add(w.get("reference.import.left-out", plan.leftOut().size()));
        }
        return out;
    }

    /** One line per 2024 county: number, name, before, now, change. */
    static List<String> counties(PopulationImport.Plan plan, Locale locale, Words w) {
        return plan.counties().stream().map(c -> w.get("reference.import.county", c.countyNumber(), c.name(),
                number(c.before(), locale, w), number(c.after(), locale, w), change(c.before(), c.after(), locale, w))).toList();
    }

    /** A refused file: the heading and every problem. */
    public static List<String> problems(List<Problem> problems, Words w) {
        List<String> out = new ArrayList<>();
        out.add(w.get("reference.import.rejected", problems.size()));
        problems.forEach(p -> out.add(w.get(p.key(), p.params().toArray())));
        return out;
    }

    static String number(@Nullable Long value, Locale locale, Words w) {
        return value == null ? w.get("reference.import.unknown") : NorwegianFormats.integer(value, locale);
    }

    static String change(@Nullable Long before, @Nullable Long after, Locale locale, Words w) {
        if (before == null || after == null) {
            return w.get("reference.import.unknown");
        }
        long d = after - before;
        return (d > 0 ? "+" : "") + NorwegianFormats.integer(d, locale);
    }
}
