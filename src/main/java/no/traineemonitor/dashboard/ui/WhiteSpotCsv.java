package no.traineemonitor.dashboard.ui;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.base.CsvWriter;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.coverage.MunicipalityCoverage;
import no.traineemonitor.coverage.WhiteSpot;
import no.traineemonitor.indicator.PeriodText;
import org.jspecify.annotations.Nullable;

/**
 * The white-spot list as a table and as CSV, in either format (excel-nb: byte-order mark, semicolons; rfc4180: plain), with the column
 * names in the reader's language. No value can become a formula ({@link CsvWriter}).
 */
final class WhiteSpotCsv {

    private WhiteSpotCsv() {
    }

    static byte[] write(List<WhiteSpot> spots, CsvFormat format, Locale locale, String populationDate, PeriodText.Words t) {
        ExportTable table = table(spots, locale, populationDate, t);
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text, format);
        csv.row(table.headers());
        for (List<@Nullable Object> row : table.rows()) {
            csv.row(row.stream().map(v -> v == null ? "" : String.valueOf(v)).toList());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The list's columns, the numbers as numbers (the Excel download's table; the CSV writes the same cells). */
    static ExportTable table(List<WhiteSpot> spots, Locale locale, String populationDate, PeriodText.Words t) {
        return ExportTable.of(spots)
                .text(t.get("coverage.csv.number"), w -> w.municipality().kommunenummer())
                .text(t.get("coverage.municipality"), w -> w.municipality().name())
                .text(t.get("coverage.csv.county-2024"), w -> CoverageFormats.text(w.municipality().countyNumber2024()) + " "
                        + CoverageFormats.text(w.municipality().countyName2024()))
                .text(t.get("coverage.csv.county-2020"), w -> w.municipality().countyNumber2020() + " " + w.municipality().countyName2020())
                .text(t.get("coverage.csv.ba-number"), w -> CoverageFormats.text(w.municipality().baNr()))
                .text(t.get("coverage.ba.region"), w -> CoverageFormats.text(w.municipality().baName()))
                .integer(t.get("coverage.class"), w -> w.municipality().centralityClass())
                .integer(t.get("coverage.csv.population", populationDate), w -> w.municipality().population())
                .integer(t.get("coverage.csv.population-2021"), w -> w.municipality().population2021())
                .text(t.get("coverage.nearest"), w -> String.join("; ", w.nearestProgrammes()))
                .text(t.get("coverage.csv.nearest-via"), w -> CoverageFormats.text(w.nearestVia()))
                .integer(t.get("coverage.csv.distance"), w -> w.nearestDistanceKm() == null ? null : Math.round(w.nearestDistanceKm()))
                .text(t.get("coverage.other-programmes"), w -> String.join("; ", otherProgrammes(w.municipality(), locale, t)))
                .build();
    }

    /** "Trainee Vest (avsluttet)": programmes recorded for a municipality that do not count, with their status. */
    static List<String> otherProgrammes(MunicipalityCoverage m, Locale locale, PeriodText.Words t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.otherProgrammes().size(); i++) {
            out.add(m.otherProgrammes().get(i) + " (" + t.get("status." + m.otherStatuses().get(i)).toLowerCase(locale) + ")");
        }
        return out;
    }
}
