package no.traineemonitor.planner;

import java.text.Normalizer;
import java.util.Locale;

/** The words for a plan's parts that screen and workbook share, from the planner's bundle (nb or en). */
public final class PlanWords {

    /** Looks a key of the translations up with its arguments; a missing key comes back as "!key". */
    @FunctionalInterface
    public interface Translator {
        String get(String key, Object... args);
    }

    private final Translator t;

    public PlanWords(Translator t) {
        this.t = t;
    }

    /** A cost line of the source's table in the user's language; the source's own words when there is no translation. */
    public String line(String label) {
        String text = t.get("planner.line." + slug(label));
        return text.startsWith("!") ? label : text;
    }

    /** What a preset figure is, in words: the item and, for a cost line or a stated share, which one. */
    public String what(PresetFigure f) {
        String item = t.get("planner.item." + f.item());
        if (f.category() != null && f.isCostLine()) {
            return item + " (" + line(f.category()) + ")";
        }
        if (f.category() != null && f.item().equals("stated_share")) {
            return item + " (" + t.get("planner.group." + f.category()) + ")";
        }
        if (f.category() != null && (f.item().endsWith("_fee") || f.item().equals("members"))) {
            return item + " (" + t.get("planner.programme." + f.category()) + ")";
        }
        return item;
    }

    /** The unit of a preset figure after its value ("per member and year"); empty for plain NOK and counts. */
    public String unit(PresetFigure f) {
        return switch (f.unit()) {
            case "nok_per_year", "nok_per_tertial", "months" -> t.get("planner.unit." + f.unit());
            default -> "";
        };
    }

    /** The qualifier in words, empty for a plain report. */
    public String qualifier(PresetFigure f) {
        return f.qualifier().equals("reported") ? "" : t.get("planner.qualifier." + f.qualifier());
    }

    /** ASCII slug: "Lønnsutgifter for drift" → "lonnsutgifter-for-drift". */
    public static String slug(String text) {
        String ascii = text.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("å", "a");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
