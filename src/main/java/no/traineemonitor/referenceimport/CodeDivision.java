package no.traineemonitor.referenceimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which municipality division (2020 or 2024) the codes of an SSB table are in, read code by code: a code of neither is
 * a problem when it has figures and left out (said) when it has none; codes of only one division must not be mixed.
 */
final class CodeDivision {

    private final Set<String> known2020;
    private final Set<String> known2024;
    private final List<String> only2020 = new ArrayList<>();
    private final List<String> only2024 = new ArrayList<>();

    CodeDivision(ReferenceCodes codes) {
        this.known2020 = codes.municipalities2020().keySet();
        this.known2024 = codes.municipalities2024().keySet();
    }

    /**
     * One municipality code of dimension {@code d} at {@code position}, as the number it stands for.
     *
     * @param used          whether the table has figures for it
     * @param withDimension whether a left-out code is named with its dimension ("Bokommuen K-2399 …")
     */
    void add(JsonStatDataset.Dimension d, int position, String number, boolean used, boolean withDimension,
             List<Problem> problems, List<String> leftOut) {
        String code = d.codes().get(position);
        boolean in2020 = known2020.contains(number);
        boolean in2024 = known2024.contains(number);
        if (!in2020 && !in2024) {
            if (used) {
                problems.add(Problem.of("municipality-unknown", code, d.label(code), d.id(), position));
            } else {
                leftOut.add((withDimension ? d.id() + " " : "") + code + " " + d.label(code));
            }
        } else if (used && in2020 && !in2024) {
            only2020.add(number);
        } else if (used && in2024 && !in2020) {
            only2024.add(number);
        }
    }

    /** A problem when some codes are only of 2020 and others only of 2024. */
    void checkNotMixed(List<Problem> problems) {
        if (!only2020.isEmpty() && !only2024.isEmpty()) {
            problems.add(Problem.of("mixed-divisions", only2020.getFirst(), only2024.getFirst()));
        }
    }

    /** The table is in the 2024 division (no code only of 2020). */
    boolean is2024() {
        return only2020.isEmpty();
    }
}
