package no.traineemonitor.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A programme as a selection sees it (sql/query/indicator/selectable_programmes.sql): in memory, so that the programmes
 * of a filter are found without a query. {@link #in} is the macro {@code f_selected_programmes}
 * (sql/view/R__16_f_selected_programmes.sql) in Java; PublicValuesTest holds the two to the same rows.
 */
record SelectableProgramme(String programmeId, @Nullable String county2024, @Nullable String county2020,
                           List<String> baRegions, @Nullable Integer centralityClass, String type) {

    boolean in(IndicatorFilter f) {
        return (f.county2024() == null || f.county2024().equals(county2024))
                && (f.county2020() == null || f.county2020().equals(county2020))
                && (f.baRegion() == null || baRegions.contains(f.baRegion()))
                && (f.centralityClasses().isEmpty() || centralityClass != null && f.centralityClasses().contains(centralityClass))
                && (f.programmeType() == null || f.programmeType().equals(type))
                && (f.programmeId() == null || f.programmeId().equals(programmeId));
    }
}
