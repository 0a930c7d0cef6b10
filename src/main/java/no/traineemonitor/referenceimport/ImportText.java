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

    /** The result of an import as lines; the per-county lines come after the line naming them. */
    public static List<String> lines(PopulationImport.Plan plan, int versionId, Locale locale, Words w) {
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
    public static List<String> counties(PopulationImport.Plan plan, Locale locale, Words w) {
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
