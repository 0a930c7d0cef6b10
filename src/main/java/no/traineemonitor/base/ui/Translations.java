package no.traineemonitor.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * UI texts from {@code vaadin-i18n/translations*.properties}: bokmål (the base file) and English. Only bokmål is
 * offered to Vaadin's browser-language matching, so every new visitor starts in bokmål; English is chosen with the
 * language switch or {@code ?lang=en}. No fallback to the JVM's default locale.
 */
@Component
public class Translations implements I18NProvider {

    /** Bundles searched in order; one per area of the UI keeps files short and edits apart. */
    static final List<String> BUNDLES = List.of("vaadin-i18n/translations", "vaadin-i18n/dashboard", "vaadin-i18n/profile",
            "vaadin-i18n/coverage", "vaadin-i18n/report", "vaadin-i18n/compare", "vaadin-i18n/survey",
            "vaadin-i18n/reporting", "vaadin-i18n/explore", "vaadin-i18n/planner", "vaadin-i18n/export", "vaadin-i18n/trend");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(LanguageSwitch.BOKMAL);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale bundleLocale = LanguageSwitch.isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
        String pattern = null;
        for (String bundle : BUNDLES) {
            // containsKey, not getString's exception: a page looks up dozens of keys, most of them in a later bundle
            ResourceBundle messages = ResourceBundle.getBundle(bundle, bundleLocale, NO_FALLBACK);
            if (messages.containsKey(key)) {
                pattern = messages.getString(key);
                break;
            }
        }
        if (pattern == null) {
            return "!" + key; // visible in screenshots; TranslationsTest fails on a missing key
        }
        // numbers as the reader's language writes them: 4 703 and 0,5 on Norwegian pages (the bundle's root locale
        // would group them the English way)
        return params.length == 0 ? pattern
                : new MessageFormat(pattern, LanguageSwitch.isEnglish(locale) ? Locale.ENGLISH : NORWEGIAN).format(params);
    }

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
}
