package no.traineemonitor.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a yearly return, the same for the browser form, the uploaded workbook and the command line: types
 * (whole numbers written with the digits 0-9 only, spaces between thousands allowed), ranges, choices, known
 * municipality codes, required figures, and the figures that must fit together (hires ≤ applicants, completed +
 * dropped out ≤ hires ...). Every problem is reported, none is fixed silently, and nothing is stored unless there are
 * none.
 */
final class ReturnValidator {

    /** Digits 0-9 in groups, optionally separated by spaces (normal, no-break or thin), e.g. "1 200 000". */
    private static final Pattern WHOLE = Pattern.compile("[0-9]+(?:[ \\u00A0\\u202F][0-9]{3})*");

    /** Figures that must not exceed another figure of the same return: {smaller, larger}. */
    private static final List<String[]> AT_MOST = List.of(
            new String[] {"hires", "applicants"},
            new String[] {"hires_women", "hires"},
            new String[] {"hires_men", "hires"},
            new String[] {"hires_in_movers", "hires"},
            new String[] {"member_organisations_active", "member_organisations"},
            new String[] {"continued_in_host_end", "completed"},
            new String[] {"retained_in_region_end", "completed"});

    private final List<ReturnMetric> template;
    private final Set<String> municipalities;

    /** @param municipalities the known 2020 municipality codes */
    ReturnValidator(List<ReturnMetric> template, Set<String> municipalities) {
        this(template, municipalities, Map.of());
    }

    /** @param choiceLabels a choice's label in either language (as the template's list shows it) → its code */
    ReturnValidator(List<ReturnMetric> template, Set<String> municipalities, Map<String, String> choiceLabels) {
        this.template = template;
        this.municipalities = municipalities;
        this.choiceLabels = choiceLabels;
    }

    private final Map<String, String> choiceLabels;

    record Result(Map<String, ReportedValue> values, List<ReturnProblem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    Result validate(RawReturn raw) {
        List<ReturnProblem> problems = new ArrayList<>();
        Map<String, ReportedValue> values = new LinkedHashMap<>();
        Map<String, RawReturn.Cell> where = raw.values();
        for (String id : raw.values().keySet()) {
            if (template.stream().noneMatch(m -> m.metricId().equals(id))) {
                RawReturn.Cell c = raw.values().get(id);
                problems.add(ReturnProblem.at(c.sheet(), c.row(), c.column(), id, "problem.unknown-metric", id));
            }
        }
        for (ReturnMetric m : template) {
            RawReturn.Cell cell = raw.values().get(m.metricId());
            String text = cell == null ? "" : cell.text().strip();
            if (text.isEmpty()) {
                if (m.required()) {
                    problems.add(problem(m, cell, "problem.required"));
                }
                continue;
            }
            ReportedValue v = parse(m, text, cell, raw.comments().get(m.metricId()), problems);
            if (v != null) {
                values.put(m.metricId(), v);
            }
        }
        for (String[] pair : AT_MOST) {
            atMost(values, where, pair[0], pair[1], problems);
        }
        Long completed = number(values, "completed");
        Long dropped = number(values, "dropped_out");
        Long hires = number(values, "hires");
        if (completed != null && dropped != null && hires != null && completed + dropped > hires) {
            problems.add(problem(metric("completed"), where.get("completed"), "problem.completed-dropped-over-hires",
                    completed, dropped, completed + dropped, hires));
        }
        return new Result(values, problems);
    }

    private @Nullable ReportedValue parse(ReturnMetric m, String text, RawReturn.@Nullable Cell cell, @Nullable String comment,
                                          List<ReturnProblem> problems) {
        switch (m.unit()) {
            case "count", "nok" -> {
                Long n = wholeNumber(text, cell);
                if (n == null) {
                    problems.add(problem(m, cell, m.unit().equals("nok") ? "problem.not-kroner" : "problem.not-count", text));
                    return null;
                }
                if ((m.minValue() != null && n < m.minValue()) || (m.maxValue() != null && n > m.maxValue())) {
                    problems.add(problem(m, cell, "problem.range", n, m.minValue(), m.maxValue()));
                    return null;
                }
                return new ReportedValue(m.metricId(), n, null, comment);
            }
            case "choice" -> {
                String code = choiceLabels.getOrDefault(text, text);
                if (!m.choices().contains(code)) {
                    problems.add(problem(m, cell, "problem.choice", text, String.join(", ", m.choices().stream()
                            .map(c -> choiceLabels.entrySet().stream().filter(e -> e.getValue().equals(c)).map(Map.Entry::getKey)
                                    .findFirst().orElse(c)).toList())));
                    return null;
                }
                return new ReportedValue(m.metricId(), null, code, comment);
            }
            case "municipalities" -> {
                List<String> codes = Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isEmpty()).distinct().sorted().toList();
                List<String> unknown = codes.stream().filter(c -> !municipalities.contains(c)).toList();
                if (!unknown.isEmpty()) {
                    problems.add(problem(m, cell, "problem.municipalities", String.join(", ", unknown)));
                    return null;
                }
                return new ReportedValue(m.metricId(), null, String.join(" ", codes), comment);
            }
            default -> throw new IllegalStateException("Unknown unit " + m.unit() + " of " + m.metricId());
        }
    }

    /**
     * A whole number from a cell: a numeric cell must hold a whole value; text must be digits 0-9, thousands
     * optionally separated by spaces. Signs, decimals, exponents, hex and other scripts' digits are refused.
     */
    static @Nullable Long wholeNumber(String text, RawReturn.@Nullable Cell cell) {
        if (cell != null && cell.number() != null) {
            double d = cell.number();
            if (d != Math.rint(d) || d < 0 || d > 1e15) {
                return null;
            }
            return (long) d;
        }
        if (!WHOLE.matcher(text).matches() || text.replaceAll("[^0-9]", "").length() > 15) {
            return null;
        }
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private void atMost(Map<String, ReportedValue> values, Map<String, RawReturn.Cell> where, String smaller, String larger,
                        List<ReturnProblem> problems) {
        Long a = number(values, smaller);
        Long b = number(values, larger);
        if (a != null && b != null && a > b) {
            problems.add(problem(metric(smaller), where.get(smaller), "problem.more-than", a, b, metric(larger).labelNb(),
                    metric(larger).labelEn()));
        }
    }

    private static @Nullable Long number(Map<String, ReportedValue> values, String metricId) {
        ReportedValue v = values.get(metricId);
        return v == null ? null : v.number();
    }

    private ReturnMetric metric(String id) {
        return template.stream().filter(m -> m.metricId().equals(id)).findFirst().orElseThrow();
    }

    private static ReturnProblem problem(ReturnMetric m, RawReturn.@Nullable Cell cell, String key, Object... args) {
        return cell == null || cell.sheet().isEmpty()
                ? ReturnProblem.at("", 0, "", m.metricId(), key, args)
                : ReturnProblem.at(cell.sheet(), cell.row(), cell.column(), m.metricId(), key, args);
    }
}
