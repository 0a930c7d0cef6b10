package no.traineemonitor.warehouse.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.cli.UserFacingException;

/**
 * The input has problems; nothing was loaded. The message lists every problem as {@code file:line:column: what
 * (expected ...)}, grouped by file; the same problem on several lines of a file is one entry naming the other lines,
 * and references that could not be checked because their file has problems are named once.
 */
public class LoadRejectedException extends UserFacingException {

    private static final int LINES_NAMED = 20;
    private final List<LoadProblem> problems;

    public LoadRejectedException(List<LoadProblem> problems) {
        this(problems, List.of(), List.of());
    }

    LoadRejectedException(List<LoadProblem> problems, List<String> notChecked, List<LoadProblem> warnings) {
        super(describe(problems, notChecked, warnings));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, none left out. */
    public List<LoadProblem> problems() {
        return problems;
    }

    private static String describe(List<LoadProblem> problems, List<String> notChecked, List<LoadProblem> warnings) {
        String nl = System.lineSeparator();
        Map<String, List<LoadProblem>> byFile = new LinkedHashMap<>();
        problems.forEach(p -> byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        StringBuilder out = new StringBuilder("The sample data has ").append(count(problems.size(), "problem"))
                .append(" in ").append(count(byFile.size(), "file"))
                .append("; nothing was loaded and the previous database (if any) is unchanged:");
        byFile.forEach((file, list) -> {
            out.append(nl).append(file).append(" (").append(count(list.size(), "problem")).append(")");
            Map<String, List<LoadProblem>> same = new LinkedHashMap<>();
            list.forEach(p -> same.computeIfAbsent(p.message(), m -> new ArrayList<>()).add(p));
            same.values().forEach(group -> {
                out.append(nl).append("  ").append(group.getFirst());
                if (group.size() > 1) {
                    List<String> lines = group.subList(1, group.size()).stream().map(p -> String.valueOf(p.line())).toList();
                    out.append(" (the same on ").append(group.size() == 2 ? "line " : "lines ")
                            .append(String.join(", ", lines.subList(0, Math.min(LINES_NAMED, lines.size()))))
                            .append(lines.size() > LINES_NAMED ? " and " + (lines.size() - LINES_NAMED) + " more lines" : "")
                            .append(")");
                }
            });
        });
        if (!notChecked.isEmpty()) {
            out.append(nl).append("Not checked until the problems above are fixed: ").append(String.join("; ", notChecked)).append(".");
        }
        if (!warnings.isEmpty()) {
            out.append(nl).append("Warnings:");
            warnings.forEach(w -> out.append(nl).append("  ").append(w));
        }
        return out.toString();
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
