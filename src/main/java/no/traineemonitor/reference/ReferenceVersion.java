package no.traineemonitor.reference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A version of the reference data (table {@code ref_version}): what the population figures of every view, page and
 * workbook come from.
 *
 * @param id                   1 for the 2020 reference data of sample-data, then one per import
 * @param titleNb              title in bokmål
 * @param titleEn              title in English
 * @param figuresDate          the date the population figures describe (1 January of the table's year)
 * @param ssbTables            the SSB tables and classifications behind it
 * @param licence              the licence as SSB states it
 * @param loadedAt             when it was loaded
 * @param centrality2024On2020 whether the centrality classes are SSB's 2024 classes applied to the 2020 municipalities
 */
public record ReferenceVersion(int id, String titleNb, String titleEn, LocalDate figuresDate, String ssbTables,
                               String licence, LocalDateTime loadedAt, boolean centrality2024On2020) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNb;
    }

    /** The figures' date as the reader writes it: 1.1.2020, or 1 Jan 2020. */
    public String date(Locale locale) {
        return date(figuresDate, locale);
    }

    /** A date as the reader writes it: 1.1.2020, or 1 Jan 2020. */
    public static String date(LocalDate figuresDate, Locale locale) {
        return "en".equals(locale.getLanguage())
                ? figuresDate.getDayOfMonth() + " " + figuresDate.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                        + " " + figuresDate.getYear()
                : figuresDate.getDayOfMonth() + "." + figuresDate.getMonthValue() + "." + figuresDate.getYear();
    }
}
