package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;

/**
 * Funding as the sources give it: the amounts and shares in a table, and a bar chart by source of the newest period
 * with amounts. The chart adds only like figures: outcomes (not budgets or plans) in kroner of one period; an amount
 * without a period is a normal case (it is charted only when no amount has a period, and then says so).
 */
class ProfileFunding extends VerticalLayout {

    static final String FUNDING_NOK = "funding_nok";
    static final String FUNDING_SHARE = "funding_share";

    ProfileFunding(List<Fact> facts, FactText text) {
        setPadding(false);
        setWidthFull();
        add(new H3(getTranslation("profile.funding.title")));
        List<Fact> amounts = facts.stream().filter(f -> FUNDING_NOK.equals(f.metric())).toList();
        List<Fact> shares = facts.stream().filter(f -> FUNDING_SHARE.equals(f.metric())).toList();
        if (amounts.isEmpty() && shares.isEmpty()) {
            add(Sections.paragraph("profile-no-funding", getTranslation("profile.funding.none")));
            return;
        }
        List<Fact> charted = chosen(amounts);
        if (!charted.isEmpty()) {
            chart(charted, text);
        }
        List<Fact> all = new ArrayList<>(amounts);
        all.addAll(shares);
        ExportMenu export = ProfileFactGrid.export(all, "profile-funding", getTranslation("profile.funding.title"),
                text, this::getTranslation);
        add(export, ProfileFactGrid.of(all, "profile-funding", false, text),
                export.about("funding", "", all.stream().map(Fact::factId).toList()));
    }

    /**
     * The amounts of the chart: outcomes in kroner of the newest period that has any (a period may be unknown: then
     * the amounts without one); empty when there is nothing like to add.
     */
    static List<Fact> chosen(List<Fact> amounts) {
        List<Fact> outcomes = amounts.stream().filter(f -> f.figureKind().equals("outcome") && f.unit().equals("nok")).toList();
        Integer latest = outcomes.stream().map(Fact::periodEnd).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return outcomes.stream().filter(f -> Objects.equals(f.periodEnd(), latest))
                .filter(f -> latest != null || f.periodStart() == null).toList();
    }

    private void chart(List<Fact> chosen, FactText text) {
        var locale = getLocale();
        Map<String, Double> byCategory = new LinkedHashMap<>();
        for (Fact f : chosen) {
            String source = f.category() == null ? getTranslation("profile.funding.unspecified") : capitalised(text.category(f));
            byCategory.merge(source, f.value(), Double::sum);
        }
        String title = getTranslation("profile.funding.chart-title", text.period(chosen.getFirst()));
        String summary = byCategory.entrySet().stream()
                .map(e -> e.getKey() + " " + NorwegianFormats.integer(Math.round(e.getValue()), locale) + " kr")
                .collect(Collectors.joining("; "));
        var chart = ChartFactory.barChart(title, getTranslation("profile.funding.source"),
                getTranslation("profile.funding.nok"), byCategory, locale);
        var html = new Html("<div>" + ChartFactory.svg(chart, 720, 320, title + ": " + summary) + "</div>");
        String programme = text.subject(chosen.getFirst());
        String source = getTranslation("profile.funding.source");
        String nok = getTranslation("profile.funding.nok");
        add(no.traineemonitor.base.ui.ExportMenu.chart("profile-funding-chart-export", title + " – " + programme,
                getTranslation("filter.programme") + ": " + programme, no.traineemonitor.base.export.FileNames.of(title, programme),
                () -> ChartFactory.barChart(title, source, nok, byCategory, locale), 720, 320));
        html.setId("profile-funding-chart");
        html.getElement().getStyle().set("max-width", "720px").set("width", "100%");
        add(html, Sections.hint(getTranslation("profile.funding.chart-hint",
                chosen.stream().map(Fact::factId).collect(Collectors.joining(", ")))));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
