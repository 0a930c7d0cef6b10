package no.traineemonitor.source;

import org.jspecify.annotations.Nullable;

/** One observed number with its citation (public_fact plus names). */
public record Fact(String factId, @Nullable String programmeId, @Nullable String programmeName,
                   @Nullable String regionType, @Nullable String regionCode, String metric, @Nullable String category,
                   @Nullable Integer periodStart, @Nullable Integer periodEnd, double value, String unit,
                   @Nullable String scope, @Nullable String horizon, String qualifier, String sourceFile,
                   @Nullable String sourceTitle, String sourceSection, String sourceQuote,
                   @Nullable String conflictNote, @Nullable String note) {

    /** "2012–2020", "2020" or "" */
    public String period() {
        if (periodStart == null && periodEnd == null) {
            return "";
        }
        if (periodStart == null || periodEnd == null || periodStart.equals(periodEnd)) {
            return String.valueOf(periodEnd != null ? periodEnd : periodStart);
        }
        return periodStart + "–" + periodEnd;
    }
}
