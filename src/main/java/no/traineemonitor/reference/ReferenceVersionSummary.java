package no.traineemonitor.reference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One reference version in the list of versions: what it holds.
 *
 * @param figuresDate    the date of its population figures (SSB 07459)
 * @param commutingYear  the year (4th quarter) of its commuting flows (SSB 03321); null = none
 * @param employmentYear the year (4th quarter) of its employment figures (SSB 11618); null = none
 */
public record ReferenceVersionSummary(int id, String titleNb, String titleEn, LocalDate figuresDate,
                                      @Nullable Integer commutingYear, @Nullable Integer employmentYear,
                                      LocalDateTime loadedAt) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNb;
    }
}
