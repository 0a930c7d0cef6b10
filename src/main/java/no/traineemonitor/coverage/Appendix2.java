package no.traineemonitor.coverage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Appendix 2 of the 2021 report (coverage of the programmes it studied) beside what the warehouse computes for the
 * same programmes, with what explains the difference.
 *
 * @param facts        what the report states (municipalities, inhabitants, class 5 and 6, share), with sources
 * @param readings     the warehouse's figures for each reading of "covers"
 * @param programmes   the studied programmes and how their municipalities are known
 * @param classCounts  municipalities per class nationally: report Table 1 (2020 classes) vs the classes held (2024)
 */
public record Appendix2(List<ReportFact> facts, List<Reading> readings, List<StudiedProgramme> programmes,
                        List<ClassCount> classCounts) {

    public record ReportFact(String factId, String metric, String category, double value, String unit,
                             String qualifier, String sourceQuote, @Nullable String note) {
    }

    /** @param reading {@code all_recorded} or {@code stated} */
    public record Reading(String reading, int programmes, int municipalities, long population,
                          long population2021, int class5Municipalities, long class5Population,
                          int class6Municipalities, long class6Population) {

        /** Inhabitants of class 5-6 municipalities as a share of all covered inhabitants (current reference version). */
        public double class56Share() {
            return population == 0 ? 0 : (double) (class5Population + class6Population) / population;
        }
    }

    /** @param resolvedNames the municipalities resolved from a region the source names (not named themselves) */
    public record StudiedProgramme(String programmeId, String name, int municipalities, int stated,
                                   int resolvedFromRegion, int hostLocation, long population,
                                   List<String> resolvedNames) {
    }

    public record ClassCount(int centralityClass, @Nullable Integer reportMunicipalities,
                             @Nullable String reportFactId, int warehouseMunicipalities) {
    }
}
