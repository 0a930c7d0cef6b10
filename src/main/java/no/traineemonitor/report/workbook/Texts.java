package no.traineemonitor.report.workbook;

import java.util.Locale;
import no.traineemonitor.source.FactText;

/** The report's words in one language (bokmål by default, English on request): keys of {@code vaadin-i18n/report}. */
public interface Texts {

    Locale locale();

    /** A text of the report bundle: {@code get("col.value")} reads {@code report.col.value}. */
    String get(String key, Object... params);

    /** A text of any bundle, by its full key (the dashboard's vocabulary: {@code qualifier.reported} ...). */
    String shared(String key, Object... params);

    /**
     * Facts in the reader's words: metric, category and unit labels, values with their unit, documents by title, and
     * conflicts as the other values the sources give (never the curators' English notes).
     */
    FactText facts();

    /** Where the words come from: a translation by full key (the app's translations). */
    @FunctionalInterface
    interface Lookup {
        String get(String key, Locale locale, Object... params);
    }

    /**
     * Texts from the translations: {@link #get} tries the bundles of {@code prefixes} in turn ("planner", then "report")
     * and {@link #facts} is made by {@code facts} (for texts with no facts to word, one that refuses).
     */
    static Texts of(Lookup translations, Locale locale, java.util.function.Function<Texts, FactText> facts,
                    String... prefixes) {
        return new Texts() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String get(String key, Object... params) {
                String text = "!";
                for (int i = 0; i < prefixes.length && text.startsWith("!"); i++) {
                    text = translations.get(prefixes[i] + "." + key, locale, params);
                }
                return text;
            }

            @Override
            public String shared(String key, Object... params) {
                return translations.get(key, locale, params);
            }

            @Override
            public FactText facts() {
                return facts.apply(this);
            }
        };
    }

    default boolean english() {
        return "en".equals(locale().getLanguage());
    }

    /**
     * A vocabulary word (qualifier, scope, horizon, funding source ...): the report's own word if it has one, else the
     * dashboard's, so screen and workbook use the same words; the raw value when there is no word for it.
     */
    default String word(String prefix, String value) {
        String own = get(prefix + "." + value);
        if (!own.startsWith("!")) {
            return own;
        }
        String shared = shared(prefix + "." + value);
        return shared.startsWith("!") ? value : shared;
    }
}
