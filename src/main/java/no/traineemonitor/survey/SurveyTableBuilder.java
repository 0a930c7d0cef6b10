package no.traineemonitor.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.traineemonitor.indicator.WilsonInterval;
import no.traineemonitor.survey.SurveyAnswer.CountBasis;
import no.traineemonitor.survey.SurveyCheck.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Turns a table's cells into columns of answers with shares and intervals, and checks the table against itself.
 * Nothing is rescaled: a table whose rows do not add up keeps its stated n, and the check says how many are missing.
 */
final class SurveyTableBuilder {

    /** Row labels of a table's total (its stated n); "Totalt (…)" is a subtotal of the rows above it. */
    static final Set<String> TOTALS = Set.of("Totalt", "Total", "Sum");
    static final String SUBTOTAL_PREFIX = "Totalt (";

    private final int minimumN;

    SurveyTableBuilder(int minimumN) {
        this.minimumN = minimumN;
    }

    /** The columns of one table, in the order the cells come (the report's order). */
    List<SurveySeries> series(SurveyRepository.TableRow table, List<SurveyRepository.CellRow> cells) {
        Map<List<String>, List<SurveyRepository.CellRow>> byColumn = new LinkedHashMap<>();
        cells.forEach(c -> byColumn.computeIfAbsent(List.of(c.question(), c.group()), k -> new ArrayList<>()).add(c));
        orderColumns(byColumn, cells);
        boolean severalQuestions = byColumn.keySet().stream().map(List::getFirst).distinct().count() > 1;
        boolean severalGroups = byColumn.keySet().stream().map(k -> k.get(1)).distinct().count() > 1;
        // the answers of the whole table, so that every column lists them in the same order (a missing one stays empty)
        Map<String, String> answerOrder = new LinkedHashMap<>();
        cells.stream().filter(c -> !TOTALS.contains(c.answer())).forEach(c -> answerOrder.putIfAbsent(c.answer(), c.answerEn()));
        List<SurveySeries> out = new ArrayList<>();
        for (List<SurveyRepository.CellRow> column : byColumn.values()) {
            SurveyRepository.CellRow first = column.getFirst();
            String label;
            String labelEn;
            if (severalQuestions) {
                label = after(first.question(), table.caption());
                labelEn = after(first.questionEn(), table.captionEn());
            } else if (severalGroups || !first.group().equals("all")) {
                label = first.group();
                labelEn = first.groupEn();
            } else {
                label = "";
                labelEn = "";
            }
            out.add(column(first, label, labelEn, column, answerOrder));
        }
        return out;
    }

    private SurveySeries column(SurveyRepository.CellRow first, String label, String labelEn,
                                List<SurveyRepository.CellRow> cells, Map<String, String> answerOrder) {
        Integer n = cells.stream().map(SurveyRepository.CellRow::n).filter(Objects::nonNull).findFirst().orElse(null);
        boolean tooSmall = n != null && n < minimumN;
        Integer total = cells.stream().filter(c -> TOTALS.contains(c.answer()) && c.unit().equals("count"))
                .map(c -> (int) Math.round(c.value())).findFirst().orElse(null);
        Map<String, List<SurveyRepository.CellRow>> byAnswer = new LinkedHashMap<>();
        cells.stream().filter(c -> !TOTALS.contains(c.answer()))
                .forEach(c -> byAnswer.computeIfAbsent(c.answer(), k -> new ArrayList<>()).add(c));
        List<Double> printed = byAnswer.values().stream().map(SurveyTableBuilder::percent).filter(Objects::nonNull).toList();
        boolean onlyShares = byAnswer.values().stream().allMatch(c -> count(c) == null);
        boolean derive = onlyShares && n != null && fits(printed, n);
        List<SurveyAnswer> answers = new ArrayList<>();
        for (Map.Entry<String, String> answer : answerOrder.entrySet()) {
            List<SurveyRepository.CellRow> of = byAnswer.get(answer.getKey());
            if (of == null) {
                answers.add(SurveyAnswer.missing(answer.getKey(), answer.getValue()));
                continue;
            }
            answers.add(answer(of, n, tooSmall, derive));
        }
        return new SurveySeries(first.question(), first.questionEn(), label, labelEn, first.group(), first.groupEn(), n,
                total, tooSmall, answers);
    }

    private SurveyAnswer answer(List<SurveyRepository.CellRow> cells, @Nullable Integer n, boolean tooSmall, boolean derive) {
        SurveyRepository.CellRow first = cells.getFirst();
        SurveyAnswer.Kind kind = first.answer().startsWith(SUBTOTAL_PREFIX) ? SurveyAnswer.Kind.SUBTOTAL : SurveyAnswer.Kind.ANSWER;
        Integer count = count(cells);
        Double percent = percent(cells);
        CountBasis basis = count == null ? CountBasis.UNKNOWN : CountBasis.STATED;
        if (count == null && derive && percent != null && n != null) {
            count = (int) Math.round(percent / 100 * n);
            basis = CountBasis.DERIVED;
        }
        Double share = null;
        Double low = null;
        Double high = null;
        if (!tooSmall) {
            if (basis == CountBasis.STATED && n != null && n > 0) {
                share = (double) count / n;
            } else if (percent != null) {
                share = percent / 100;
            }
            if (share != null && n != null && n > 0) {
                WilsonInterval w = WilsonInterval.of95(Math.min(1, share), n);
                low = w.low();
                high = w.high();
            }
        }
        if (tooSmall) { // small cells are withheld, counts as well as shares (as the indicators' numerators are)
            count = null;
            basis = CountBasis.UNKNOWN;
            percent = null;
        }
        return new SurveyAnswer(first.answer(), first.answerEn(), kind, count, basis, percent, share, low, high,
                cells.stream().map(SurveyRepository.CellRow::factId).toList());
    }

    /**
     * Puts the columns in the report's order. Cells come answer by answer when a figure was read series by series
     * (Figur 17: all "Bachelor" labels, then all "Master" labels), and an answer a column lacks would move that column
     * back; the answer that most columns have gives the order, columns it lacks keep their first appearance after them.
     */
    private static void orderColumns(Map<List<String>, List<SurveyRepository.CellRow>> byColumn,
                                     List<SurveyRepository.CellRow> cells) {
        Map<String, List<List<String>>> columnsOfAnswer = new LinkedHashMap<>();
        cells.forEach(c -> {
            List<List<String>> of = columnsOfAnswer.computeIfAbsent(c.answer(), k -> new ArrayList<>());
            List<String> key = List.of(c.question(), c.group());
            if (!of.contains(key)) {
                of.add(key);
            }
        });
        List<List<String>> order = new ArrayList<>(columnsOfAnswer.values().stream()
                .max(java.util.Comparator.comparingInt(List::size)).orElse(List.of()));
        byColumn.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
        Map<List<String>, List<SurveyRepository.CellRow>> sorted = new LinkedHashMap<>();
        order.forEach(k -> sorted.put(k, byColumn.get(k)));
        byColumn.clear();
        byColumn.putAll(sorted);
    }

    /** The checks of a table: per column, then for the table as a whole. */
    List<SurveyCheck> checks(boolean severalAnswers, List<SurveySeries> series) {
        List<SurveyCheck> out = new ArrayList<>();
        boolean derived = false;
        for (SurveySeries s : series) {
            String label = s.label().isEmpty() ? null : s.label();
            String labelEn = s.labelEn().isEmpty() ? null : s.labelEn();
            List<SurveyAnswer> answers = s.answers().stream().filter(a -> a.kind() == SurveyAnswer.Kind.ANSWER).toList();
            if (s.tooSmall()) {
                out.add(new SurveyCheck(Kind.TOO_SMALL, label, labelEn, null, null, null, s.n(), null, null));
            }
            s.answers().stream().filter(a -> a.kind() == SurveyAnswer.Kind.MISSING).forEach(a ->
                    out.add(new SurveyCheck(Kind.MISSING_ANSWER, label, labelEn, a.label(), a.labelEn(), null, s.n(), null, null)));
            derived |= answers.stream().anyMatch(a -> a.countBasis() == CountBasis.DERIVED);
            List<Double> printed = answers.stream().map(SurveyAnswer::statedPercent).filter(Objects::nonNull).toList();
            boolean allCounted = answers.stream().allMatch(a -> a.countBasis() == CountBasis.STATED);
            double percentSum = printed.stream().mapToDouble(Double::doubleValue).sum();
            if (severalAnswers) {
                if (percentSum > 100.05) {
                    out.add(new SurveyCheck(Kind.SEVERAL_ANSWERS, label, labelEn, null, null, round1(percentSum), s.n(), null, null));
                }
            } else if (allCounted && s.n() != null) {
                int rows = answers.stream().mapToInt(a -> Objects.requireNonNull(a.count())).sum();
                if (rows != s.n()) {
                    out.add(new SurveyCheck(rows < s.n() ? Kind.ROWS_SHORT : Kind.ROWS_OVER, label, labelEn, null, null,
                            (double) rows, s.n(), null, null));
                }
            } else if (!printed.isEmpty() && Math.abs(percentSum - 100) > 0.05 * printed.size() + 0.05) {
                out.add(new SurveyCheck(Kind.SHARES_NOT_100, label, labelEn, null, null, round1(percentSum), s.n(), null, null));
            }
            if (!allCounted && s.n() != null && !printed.isEmpty() && !fits(printed, s.n())) {
                Integer fitting = null;
                for (int m = s.n() - 1; m > 0 && fitting == null; m--) {
                    fitting = fits(printed, m) ? m : null;
                }
                Double example = printed.stream().filter(p -> !fits(List.of(p), s.n())).findFirst().orElse(null);
                out.add(new SurveyCheck(Kind.SHARES_DO_NOT_FIT_N, label, labelEn, null, null, null, s.n(), fitting, example));
            }
        }
        if (derived) {
            out.add(SurveyCheck.of(Kind.DERIVED_COUNTS));
        }
        boolean severalQuestions = series.stream().map(SurveySeries::question).distinct().count() > 1;
        if (series.size() > 1 && severalQuestions) {
            out.add(SurveyCheck.of(Kind.SAME_RESPONDENTS));
        }
        return out;
    }

    /** True when every printed share (percent, one decimal) is k / n for a whole k, rounded to one decimal. */
    static boolean fits(List<Double> percents, int n) {
        for (double p : percents) {
            long k = Math.round(p / 100 * n);
            boolean any = false;
            for (long j = Math.max(0, k - 1); j <= Math.min(n, k + 1) && !any; j++) {
                any = Math.abs(100.0 * j / n - p) <= 0.05 + 1e-9;
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Integer count(List<SurveyRepository.CellRow> cells) {
        return cells.stream().filter(c -> c.unit().equals("count")).map(c -> (int) Math.round(c.value())).findFirst().orElse(null);
    }

    private static @Nullable Double percent(List<SurveyRepository.CellRow> cells) {
        return cells.stream().filter(c -> c.unit().equals("percent")).map(SurveyRepository.CellRow::value).findFirst().orElse(null);
    }

    /** "Title: label" → "label" when the text starts with the title; else the text. */
    static String after(String text, String title) {
        String prefix = title + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static List<String> words(@Nullable String spaceSeparated) {
        return spaceSeparated == null || spaceSeparated.isBlank() ? List.of() : Arrays.asList(spaceSeparated.strip().split("\\s+"));
    }
}
