package no.traineemonitor.referenceimport;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The codes of a region dimension of an SSB table: which are municipalities (4 digits, or SSB's {@code K-} and 4
 * digits), and which are left out (the country {@code 0}, counties of 2 digits or {@code F-} and 2 digits, and codes
 * outside the municipalities: 21xx Svalbard, 22xx Jan Mayen, 23xx the continental shelf, 24xx/25xx abroad, 9999
 * unknown). Anything else is a problem, as is a county number of neither division.
 */
final class RegionCodes {

    private static final Pattern MUNICIPALITY = Pattern.compile("(?:K-)?(\\d{4})");
    private static final Pattern COUNTY = Pattern.compile("(?:F-)?(\\d{2})");

    private RegionCodes() {
    }

    /** Position in the dimension → 4-digit number of each municipality code; the rest go to leftOut or problems. */
    static Map<Integer, String> municipalities(JsonStatDataset.Dimension region, ReferenceCodes codes, List<String> leftOut,
                                               List<Problem> problems) {
        Map<Integer, String> at = new TreeMap<>();
        for (int i = 0; i < region.codes().size(); i++) {
            String code = region.codes().get(i).strip();
            var m = MUNICIPALITY.matcher(code);
            var c = COUNTY.matcher(code);
            if (m.matches()) {
                String number = m.group(1);
                if (outside(number)) {
                    leftOut.add(region.id() + " " + code + " " + region.label(code));
                } else {
                    at.put(i, number);
                }
            } else if (c.matches()) {
                if (!codes.counties().containsKey(c.group(1))) {
                    problems.add(Problem.of("county-unknown", code, region.label(code), region.id(), i));
                }
                leftOut.add(region.id() + " " + code + " " + region.label(code));
            } else if (code.equals("0") || code.equals("00") || code.equals("0000")) {
                leftOut.add(region.id() + " " + code + " " + region.label(code));
            } else {
                problems.add(Problem.of("region-code", code, region.label(code), region.id(), i));
            }
        }
        return at;
    }

    /** Svalbard, Jan Mayen, the continental shelf, abroad, unknown: not a municipality of the mainland. */
    static boolean outside(String number) {
        return number.compareTo("2100") >= 0 && number.compareTo("2599") <= 0 || number.equals("9999");
    }
}
