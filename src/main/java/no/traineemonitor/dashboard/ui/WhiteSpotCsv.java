package no.traineemonitor.dashboard.ui;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.base.CsvWriter;
import no.traineemonitor.coverage.MunicipalityCoverage;
import no.traineemonitor.coverage.WhiteSpot;
import no.traineemonitor.indicator.PeriodText;

/**
 * The white-spot list as CSV, in either format (excel-nb: byte-order mark, semicolons; rfc4180: plain), with the column
 * names in the reader's language. No value can become a formula ({@link CsvWriter}).
 */
final class WhiteSpotCsv {

    private WhiteSpotCsv() {
    }

    static byte[] write(List<WhiteSpot> spots, CsvFormat format, Locale locale, String populationDate, PeriodText.Words t) {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text, format);
        csv.row(List.of(t.get("coverage.csv.number"), t.get("coverage.municipality"),
                t.get("coverage.csv.county-2024"), t.get("coverage.csv.county-2020"),
                t.get("coverage.csv.ba-number"), t.get("coverage.ba.region"), t.get("coverage.class"),
                t.get("coverage.csv.population", populationDate), t.get("coverage.csv.population-2021"),
                t.get("coverage.nearest"), t.get("coverage.csv.nearest-via"), t.get("coverage.csv.distance"),
                t.get("coverage.other-programmes")));
        for (WhiteSpot w : spots) {
            MunicipalityCoverage m = w.municipality();
            csv.row(List.of(m.kommunenummer(), m.name(),
                    CoverageFormats.text(m.countyNumber2024()) + " " + CoverageFormats.text(m.countyName2024()),
                    m.countyNumber2020() + " " + m.countyName2020(), CoverageFormats.text(m.baNr()), CoverageFormats.text(m.baName()),
                    m.centralityClass() == null ? "" : String.valueOf(m.centralityClass()),
                    m.population() == null ? "" : String.valueOf(m.population()),
                    m.population2021() == null ? "" : String.valueOf(m.population2021()),
                    String.join("; ", w.nearestProgrammes()), CoverageFormats.text(w.nearestVia()),
                    w.nearestDistanceKm() == null ? "" : String.valueOf(Math.round(w.nearestDistanceKm())),
                    String.join("; ", otherProgrammes(m, locale, t))));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
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
