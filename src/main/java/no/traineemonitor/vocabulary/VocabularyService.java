package no.traineemonitor.vocabulary;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The words for the codes of the facts, in the reader's language: {@code metric("funding_nok")} is "Finansiering" in
 * bokmål and "Funding" in English. Read once per process (the vocabulary changes only when data is loaded, with the
 * server stopped). A code without a label comes back as it is, so a test that looks for codes on the pages finds it.
 */
@Service
public class VocabularyService {

    private final VocabularyRepository repository;
    private volatile @Nullable Map<String, Label> labels;

    VocabularyService(VocabularyRepository repository) {
        this.repository = repository;
    }

    static boolean english(@Nullable Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public String metric(String code, Locale locale) {
        return text("metric", code, locale);
    }

    /** A category's words; empty for none. */
    public String category(@Nullable String code, Locale locale) {
        return code == null ? "" : text("category", code, locale);
    }

    /** A unit's words ("måneder"). */
    public String unit(String code, Locale locale) {
        return text("unit", code, locale);
    }

    /** A programme's minimum education (free text in the data) in the reader's language; empty for none. */
    public String education(@Nullable String text, Locale locale) {
        return text == null ? "" : text("education", text, locale);
    }

    /** A metric with its category: "Medlemsbedrifter (aktive)". */
    public String metricAndCategory(String metric, @Nullable String category, Locale locale) {
        return category == null ? metric(metric, locale) : metric(metric, locale) + " (" + category(category, locale) + ")";
    }

    /** Whether a metric's value is a calendar year (the {@code _year} metrics: founded_year, milestone_year ...). */
    public static boolean isYear(String metric) {
        return metric.endsWith("_year");
    }

    /**
     * A value as a reader writes it, with its unit: "12 måneder", "1 måned", "75 %", "4 600 000 kr", "15 000 kr per
     * år", "2006" for a
     * year, a plain number for a count. Grouped and with a decimal comma in bokmål.
     */
    public String value(double value, String unit, String metric, Locale locale) {
        if (isYear(metric) && value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        String number = number(value, 2, locale);
        return switch (unit) {
            case "count", "ratio", "index" -> number;
            case "percent" -> number + (english(locale) ? "%" : " %");
            case "nok" -> english(locale) ? "NOK " + number : number + " kr";
            case "nok_per_year" -> english(locale) ? "NOK " + number + " per year" : number + " kr per år";
            case "nok_per_month" -> english(locale) ? "NOK " + number + " per month" : number + " kr per måned";
            default -> number + " " + (value == 1 ? one(unit, locale) : unit(unit, locale));
        };
    }

    /** The unit as a column shows it beside a value: empty for a count or a year (the value says it all). */
    public String unitColumn(String unit, String metric, Locale locale) {
        if (isYear(metric) || unit.equals("count")) {
            return "";
        }
        return unit(unit, locale);
    }

    /** Up to {@code maxDecimals} decimals, grouped; bokmål with a space and a decimal comma. */
    public static String number(double value, int maxDecimals, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(english(locale) ? Locale.UK : Locale.forLanguageTag("nb-NO"));
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(maxDecimals);
        return f.format(value).replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2212', '-');
    }

    /** The codes of one kind that have a label (for tests and checks). */
    public Set<String> codes(String kind) {
        return all().values().stream().filter(l -> l.kind().equals(kind)).map(Label::code).collect(Collectors.toSet());
    }

    private String one(String unit, Locale locale) {
        Label l = all().get("unit|" + unit);
        return l == null ? unit : l.one(locale);
    }

    private String text(String kind, String code, Locale locale) {
        Label l = all().get(kind + "|" + code);
        return l == null ? code : l.text(locale);
    }

    private Map<String, Label> all() {
        Map<String, Label> cached = labels;
        if (cached == null) {
            List<Label> rows = repository.labels();
            Map<String, Label> map = new HashMap<>();
            rows.forEach(l -> map.put(l.kind() + "|" + l.code(), l));
            cached = Map.copyOf(map);
            labels = cached;
        }
        return cached;
    }
}
