package no.traineemonitor.survey;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The survey tables in words, in bokmål or English: table names, themes, sections, numbers in the locale's format and
 * what each check found. The page and the workbooks use the same wording (keys {@code survey.*} in
 * vaadin-i18n/survey*.properties).
 */
public final class SurveyWording {

    /** Looks up a text by key with parameters (a view's getTranslation, or the app's Translations for a locale). */
    @FunctionalInterface
    public interface Translator {
        String get(String key, Object... params);
    }

    private final Locale locale;
    private final Translator t;

    public SurveyWording(Locale locale, Translator t) {
        this.locale = locale;
        this.t = t;
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return SurveySeries.english(locale);
    }

    public String text(String key, Object... params) {
        return t.get(key, params);
    }

    /** "Tabell 8" in bokmål, "Table 8" in English. */
    public String ref(SurveyTable table) {
        return ref(table.tableRef());
    }

    public String ref(String tableRef) {
        String number = tableRef.substring(tableRef.indexOf(' ') + 1);
        return t.get(tableRef.startsWith("Figur") ? "survey.figure" : "survey.table", number);
    }

    public String theme(String theme) {
        return t.get("survey.theme." + theme);
    }

    public String survey(String survey) {
        return t.get("survey.survey." + survey);
    }

    /** "avsnitt 4.8 «Arbeidstilbud etter traineeperioden»" / "section 4.8 of the report". */
    public String section(SurveyTable table) {
        String section = table.sourceSection().strip();
        int space = section.indexOf(' ');
        String number = space < 0 ? section : section.substring(0, space);
        String title = space < 0 ? "" : section.substring(space + 1);
        return t.get("survey.section", number, title, table.sourceTitle());
    }

    /** The respondents a column is about: "alle som svarte" for everyone, else the group. */
    public String group(SurveySeries s) {
        return s.group().equals("all") ? t.get("survey.group.all") : s.group(locale);
    }

    /** A table's n: "n = 314", or the range of its columns' n when they differ ("n = 41–58"). */
    public String n(SurveyTable table) {
        if (table.n() != null) {
            return n(table.n());
        }
        var ns = table.series().stream().map(SurveySeries::n).filter(java.util.Objects::nonNull).sorted().toList();
        return ns.isEmpty() ? n((Integer) null) : t.get("survey.n", integer(ns.getFirst()) + "–" + integer(ns.getLast()));
    }

    public String n(@Nullable Integer n) {
        return n == null ? t.get("survey.n-unknown") : t.get("survey.n", integer(n));
    }

    public String integer(@Nullable Number value) {
        return value == null ? "" : clean(NumberFormat.getIntegerInstance(numberLocale()).format(value));
    }

    /** A share (0–1) as "78,7 %"; blank when unknown or withheld. */
    public String percent(@Nullable Double share) {
        if (share == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getPercentInstance(numberLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return clean(f.format(share));
    }

    /** An interval of shares as "73,5–83,1 %"; blank when unknown. */
    public String interval(@Nullable Double low, @Nullable Double high) {
        if (low == null || high == null) {
            return "";
        }
        return percent(low).replace(" %", "").replace("%", "") + "–" + percent(high);
    }

    /** A difference of shares in percentage points: "−19,6 p.p." / "−19.6 pp". */
    public String points(double difference) {
        return t.get("survey.points", signed(difference * 100));
    }

    /** An interval of differences in percentage points: "−29,2 til −7,8 p.p." / "−29.2 to −7.8 pp". */
    public String pointsInterval(double low, double high) {
        return t.get("survey.points-interval", signed(low * 100), signed(high * 100));
    }

    private String signed(double value) {
        return decimal(value).replace('-', '\u2212');
    }

    /** A plain number with one decimal: "13,8". */
    public String decimal(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(numberLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return clean(f.format(value));
    }

    /** The label beside a bar: "78,7 % (218)", "20,3 %" when the count is unknown, "–" when withheld. */
    public String barLabel(SurveyAnswer a) {
        if (a.kind() == SurveyAnswer.Kind.MISSING) {
            return t.get("survey.no-figure");
        }
        if (a.share() == null) {
            return "–";
        }
        if (a.count() == null) {
            return percent(a.share());
        }
        return percent(a.share()) + " (" + (a.countBasis() == SurveyAnswer.CountBasis.DERIVED ? "≈" : "") + integer(a.count()) + ")";
    }

    public String countBasis(SurveyAnswer a) {
        return t.get("survey.count-basis." + a.countBasis().name().toLowerCase(Locale.ROOT));
    }

    public String verdict(SurveyComparison.Verdict verdict) {
        return t.get("survey.verdict." + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** What a check found, as one sentence. */
    public String check(SurveyCheck c) {
        String series = c.series() == null ? null : english() ? c.seriesEn() : c.series();
        String text = switch (c.kind()) {
            case ROWS_SHORT -> t.get("survey.check.rows-short", integer(c.sum()), integer(c.n()), integer(c.missingCount()));
            case ROWS_OVER -> t.get("survey.check.rows-over", integer(c.sum()), integer(c.n()));
            case SHARES_NOT_100 -> t.get("survey.check.shares-not-100", decimal(nonNull(c.sum())));
            case SEVERAL_ANSWERS -> t.get("survey.check.several-answers", decimal(nonNull(c.sum())));
            case SHARES_DO_NOT_FIT_N -> {
                double example = nonNull(c.example());
                String first = t.get("survey.check.shares-do-not-fit-n", integer(c.n()), decimal(example),
                        decimal(example / 100 * nonNull(c.n())));
                yield first + " " + (c.fittingN() == null ? t.get("survey.check.no-n-fits", integer(c.n()))
                        : t.get("survey.check.n-fits", integer(c.fittingN()), integer(c.n())));
            }
            case MISSING_ANSWER -> t.get("survey.check.missing-answer", english() ? c.answerEn() : c.answer());
            case DERIVED_COUNTS -> t.get("survey.check.derived-counts");
            case SAME_RESPONDENTS -> t.get("survey.check.same-respondents");
            case TOO_SMALL -> t.get("survey.check.too-small", integer(c.n()));
        };
        return series == null ? text : series + ": " + text;
    }

    private static double nonNull(@Nullable Number v) {
        return v == null ? Double.NaN : v.doubleValue();
    }

    private Locale numberLocale() {
        return english() ? Locale.UK : Locale.forLanguageTag("nb-NO");
    }

    private static String clean(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
