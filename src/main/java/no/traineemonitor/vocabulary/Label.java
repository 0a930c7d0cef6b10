package no.traineemonitor.vocabulary;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One code's words: its label in bokmål and English, and for a unit the singular where it differs. */
public record Label(String kind, String code, String nb, String en, @Nullable String oneNb, @Nullable String oneEn) {

    public String text(Locale locale) {
        return VocabularyService.english(locale) ? en : nb;
    }

    /** The form for one of a thing (a unit), else the label. */
    public String one(Locale locale) {
        String one = VocabularyService.english(locale) ? oneEn : oneNb;
        return one == null ? text(locale) : one;
    }
}
