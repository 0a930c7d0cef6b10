package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;

/**
 * Intake, completion and what happened afterwards, in the order of a trainee's path: one row per metric, its values
 * per period as the sources give them (a range stays a range, "ca." stays "ca."). One row per metric, not one column,
 * so that the table fits a laptop however many metrics a programme reports.
 */
class ProfileOutcomes extends VerticalLayout {

    /** Intake, completion and what happened afterwards, in the order of the trainee's path. */
    static final List<String> METRICS = List.of("applicants", "positions_advertised", "hires", "completed",
            "dropped_out", "job_offers", "continued_in_host", "retained_in_region", "hires_in_movers", "hires_women",
            "cohorts", "trainees_per_cohort", "active_trainees");

    /** One row: a metric and its values by period ("2006–2020 (flere år): 71 · 2020: 17"). */
    record Row(String metric, String label, String values, String citations) {
    }

    ProfileOutcomes(List<Fact> facts, FactText text) {
        setPadding(false);
        setWidthFull();
        add(new H3(getTranslation("profile.outcomes.title")));
        List<Row> rows = rows(facts, text);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("profile.outcomes.none")));
            return;
        }
        var grid = new Grid<Row>();
        grid.setId("profile-outcomes");
        grid.addColumn(Row::label).setKey("metric").setHeader(getTranslation("profile.metric")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(Row::values).setKey("values").setHeader(getTranslation("profile.outcomes.values")).setFlexGrow(1)
                .setTooltipGenerator(Row::citations);
        Sections.rows(grid, rows);
        // the facts the rows sum up, one line each with its document and quote
        List<Fact> shown = facts.stream().filter(f -> METRICS.contains(f.metric())).toList();
        add(ProfileFactGrid.export(shown, "profile-outcomes", getTranslation("profile.outcomes.title"), text, this::getTranslation),
                grid, no.traineemonitor.base.ui.TableAbout.of(getTranslation("profile.outcomes.title"), "", "facts",
                        facts.stream().map(Fact::factId).toList()), Sections.hint(getTranslation("profile.outcomes.hint")));
    }

    static List<Row> rows(List<Fact> facts, FactText text) {
        List<Row> rows = new ArrayList<>();
        for (String metric : METRICS) {
            List<Fact> ofMetric = facts.stream().filter(f -> f.metric().equals(metric))
                    .sorted(Comparator.comparing(Fact::periodEnd, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
                            .thenComparing(Fact::periodStart, Comparator.nullsFirst(Comparator.<Integer>naturalOrder())))
                    .toList();
            if (ofMetric.isEmpty()) {
                continue;
            }
            Map<String, List<Fact>> byPeriod = new LinkedHashMap<>();
            ofMetric.forEach(f -> byPeriod.computeIfAbsent(text.period(f), k -> new ArrayList<>()).add(f));
            String values = byPeriod.entrySet().stream().map(e -> e.getKey() + ": " + cell(e.getValue(), text))
                    .collect(Collectors.joining(" · "));
            String citations = ofMetric.stream().map(f -> f.factId() + ": «" + f.sourceQuote() + "» (" + text.citation(f) + ")")
                    .collect(Collectors.joining("\n"));
            rows.add(new Row(metric, text.metric(metric), values, citations));
        }
        return rows;
    }

    /** The values of one period: a range pair as "4–6", other values with their qualifier and category. */
    static String cell(List<Fact> facts, FactText text) {
        List<String> parts = new ArrayList<>();
        Map<String, List<Fact>> byKind = new LinkedHashMap<>();
        for (Fact f : facts) {
            byKind.computeIfAbsent(f.category() + "|" + f.unit() + "|" + f.scope() + "|" + f.horizon(), k -> new ArrayList<>()).add(f);
        }
        for (List<Fact> group : byKind.values()) {
            Fact low = group.stream().filter(f -> "range_low".equals(f.qualifier())).findFirst().orElse(null);
            Fact high = group.stream().filter(f -> "range_high".equals(f.qualifier())).findFirst().orElse(null);
            for (Fact f : group) {
                if (low != null && high != null && (f == low || f == high)) {
                    if (f == low) {
                        String lowValue = no.traineemonitor.vocabulary.VocabularyService.number(low.value(), 2, text.locale());
                        parts.add(withCategory(lowValue + "–" + text.value(high), f, text));
                    }
                    continue;
                }
                parts.add(withCategory(text.qualifiedValue(f), f, text));
            }
        }
        return String.join("; ", parts);
    }

    private static String withCategory(String value, Fact f, FactText text) {
        return f.category() == null ? value : value + " (" + text.category(f) + ")";
    }
}
