package no.traineemonitor.planner.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.planner.Plan;
import no.traineemonitor.planner.PlanWords;
import no.traineemonitor.planner.PresetFigure;

/** The plan's figures: key figures, coverage gained, expected people, costs and funding, assumptions and sources. */
class PlanResults extends Div {

    private final Locale locale;
    private final PlanWords words = new PlanWords(this::getTranslation);

    PlanResults(Plan plan, Function<String, String> programmeName) {
        setId("planner-results");
        addClassName("planner-results");
        this.locale = getLocale();
        Plan.ClassGain total = plan.coverage().getLast();
        Plan.Costs c = plan.costs();
        Plan.Expected hires = plan.expected().get(1);

        FlexLayout cards = new FlexLayout();
        cards.addClassName("key-figures");
        cards.addClassName("planner-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.add(card("planner-card-municipalities", "planner.card.municipalities",
                getTranslation("planner.of", integer(total.newMunicipalities()), integer(total.municipalities()))),
                card("planner-card-population", "planner.card.population", integer(total.newPopulation())),
                card("planner-card-hires", "planner.card.hires", range(hires)),
                card("planner-card-cost", "planner.card.cost", nok(c.totalNok())),
                card("planner-card-public", "planner.card.public", nok(c.publicFundingNok())),
                card("planner-card-needed", "planner.card.needed." + c.neededKind(),
                        c.needed() == null ? getTranslation("planner.never") : integer(c.needed())));
        add(cards);

        add(new H3(getTranslation("planner.section.coverage")));
        Table coverage = new Table("planner-coverage", List.of(getTranslation("planner.col.class"),
                getTranslation("planner.col.municipalities"), getTranslation("planner.col.new-municipalities"),
                getTranslation("planner.col.population"), getTranslation("planner.col.new-population")));
        for (Plan.ClassGain g : plan.coverage()) {
            coverage.row(g.centralityClass() == null ? getTranslation("planner.total")
                            : getTranslation("planner.class", g.centralityClass()), integer(g.municipalities()),
                    integer(g.newMunicipalities()), integer(g.population()), integer(g.newPopulation()));
        }
        add(coverage.total());
        add(muted(plan.alreadyCovered().isEmpty() ? getTranslation("planner.coverage.none-covered")
                : getTranslation("planner.coverage.already", String.join(", ", plan.alreadyCovered()))));

        add(new H3(getTranslation("planner.section.expected")));
        Table expected = new Table("planner-expected", List.of(getTranslation("planner.col.step"),
                getTranslation("planner.col.per-year"), getTranslation("planner.col.rate"),
                getTranslation("planner.col.rests-on"))).text(2, 3);
        List<ChartFactory.IntervalPoint> points = new ArrayList<>();
        for (Plan.Expected e : plan.expected()) {
            String label = getTranslation("planner.step." + e.what());
            Plan.Rate r = e.rate();
            expected.row(label, range(e), r == null ? getTranslation("planner.rate.none") : rate(r),
                    r == null ? "" : restsOn(r, programmeName));
            if (e.known()) {
                points.add(ChartFactory.IntervalPoint.range(label, e.low(), e.high()));
            }
        }
        add(expected);
        add(muted(getTranslation("planner.expected.method")));
        if (!points.isEmpty()) {
            Div chart = new Div(new Html(ChartFactory.svg(ChartFactory.intervalChart(
                    getTranslation("planner.chart.expected"), getTranslation("planner.chart.people"), points, false, locale),
                    640, 90 + 46 * points.size(), getTranslation("planner.chart.expected"))));
            chart.setId("planner-expected-chart");
            chart.addClassName("planner-chart");
            add(chart);
        }

        add(new H3(getTranslation("planner.section.costs")));
        Table lines = new Table("planner-cost-lines", List.of(getTranslation("planner.col.cost-line"),
                getTranslation("planner.col.group"), getTranslation("planner.col.amount"))).text(1);
        for (Plan.CostLine l : c.lines()) {
            lines.row(c.fromTable() ? words.line(l.label()) + (l.scalesWithCohort() ? " *" : "")
                            : getTranslation("planner.cost-line." + l.group()),
                    getTranslation("planner.group." + l.group()), nok(l.amountNok()));
        }
        lines.row(getTranslation("planner.total"), "", nok(c.totalNok()));
        add(lines.total());
        add(muted(getTranslation(c.fromTable() ? "planner.costs.table-note" : "planner.costs.own-note")));
        if (!c.statedSplit().isEmpty()) {
            Table split = new Table("planner-split", List.of(getTranslation("planner.col.group"),
                    getTranslation("planner.col.split-table"), getTranslation("planner.col.split-stated")));
            c.split().forEach((group, share) -> split.row(getTranslation("planner.group." + group), percent(share * 100),
                    c.statedSplit().containsKey(group) ? getTranslation("planner.about", percent(c.statedSplit().get(group)))
                            : ""));
            add(split);
            add(muted(getTranslation("planner.split.note")));
        }
        Table funding = new Table("planner-funding", List.of(getTranslation("planner.col.item"),
                getTranslation("planner.col.per-year")));
        funding.row(getTranslation("planner.funding.enrolled"), decimal(c.traineesEnrolled()));
        funding.row(getTranslation("planner.funding.price"), nok(c.pricePerTraineeNok()));
        funding.row(getTranslation("planner.funding.membership"), nok(c.membershipIncomeNok()));
        funding.row(getTranslation("planner.funding.hiring"), nok(c.hiringIncomeNok()));
        funding.row(getTranslation("planner.funding.trainee"), nok(c.traineeIncomeNok()));
        funding.row(getTranslation("planner.funding.income"), nok(c.incomeNok()));
        funding.row(getTranslation("planner.funding.cost"), nok(c.totalNok()));
        funding.row(getTranslation("planner.funding.public"), nok(c.publicFundingNok()));
        funding.row(getTranslation("planner.funding.surplus"), nok(c.surplusNok()));
        funding.row(getTranslation("planner.card.needed." + c.neededKind()),
                c.needed() == null ? getTranslation("planner.never") : integer(c.needed()));
        add(funding);
        add(muted(getTranslation("planner.funding.note." + plan.scenario().feeModel().code())));
        Map<String, Double> bars = new LinkedHashMap<>();
        bars.put(getTranslation("planner.chart.bar.cost"), c.totalNok());
        bars.put(getTranslation("planner.chart.bar.income"), c.incomeNok());
        bars.put(getTranslation("planner.chart.bar.public"), c.publicFundingNok());
        Div chart = new Div(new Html(ChartFactory.svg(ChartFactory.barChart(getTranslation("planner.chart.funding"), "",
                getTranslation("planner.chart.nok"), bars, locale), 640, 300, getTranslation("planner.chart.funding"))));
        chart.setId("planner-funding-chart");
        chart.addClassName("planner-chart");
        add(chart);

        add(new H3(getTranslation("planner.section.sources")));
        UnorderedList sources = new UnorderedList();
        sources.setId("planner-sources");
        sources.addClassName("planner-sources");
        for (PresetFigure f : plan.sources()) {
            sources.add(new ListItem(new Span(figure(f) + " "), quote(f.sourceQuote()),
                    new Span(" — " + f.sourceTitle() + (f.sourceYear() == null ? "" : " (" + f.sourceYear() + ")")
                            + ", " + f.sourceSection())));
        }
        add(sources);
    }

    private static Span quote(String text) {
        Span s = new Span("«" + text + "»");
        s.addClassName("quote");
        return s;
    }

    /** A preset figure as a user reads it: what, value with unit, and its qualifier when it is not a plain report. */
    String figure(PresetFigure f) {
        String value = switch (f.unit()) {
            case "nok", "nok_per_year", "nok_per_tertial" -> nok(f.value());
            case "percent" -> percent(f.value());
            default -> integer(f.value());
        };
        String unit = words.unit(f);
        String qualifier = words.qualifier(f);
        return words.what(f) + ": " + value + (unit.isEmpty() ? "" : " " + unit)
                + (qualifier.isEmpty() ? "" : " (" + qualifier + ")");
    }

    private String rate(Plan.Rate r) {
        return getTranslation("planner.rate", percent(r.value() * 100), percent(r.ciLow() * 100), percent(r.ciHigh() * 100),
                integer(r.numerator()), integer(r.denominator()), getTranslation("planner.indicator." + r.indicatorId()));
    }

    private String restsOn(Plan.Rate r, Function<String, String> programmeName) {
        String period = r.periodStart() == null ? getTranslation("planner.per-year") : String.valueOf(r.periodStart());
        return getTranslation("planner.rests-on", r.programmes().size(), period,
                String.join(", ", r.programmes().stream().map(programmeName).toList()));
    }

    private String range(Plan.Expected e) {
        if (!e.known()) {
            return getTranslation("planner.unknown");
        }
        long low = Math.round(e.low());
        long high = Math.round(e.high());
        return low == high ? getTranslation("planner.about", integer(low)) : integer(low) + "–" + integer(high);
    }

    private Div card(String id, String labelKey, String value) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("key-figure");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("key-figure-label");
        Span v = new Span(value);
        v.addClassName("key-figure-value-small");
        card.add(label, new Div(v));
        return card;
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }

    String integer(Number n) {
        return NorwegianFormats.integer(Math.round(n.doubleValue()), locale);
    }

    String nok(double amount) {
        return getTranslation("planner.nok", integer(amount));
    }

    String percent(double value) {
        return String.format(locale.getLanguage().equals("en") ? Locale.UK : Locale.forLanguageTag("nb-NO"), "%.1f", value)
                + " %";
    }

    String decimal(double value) {
        return value == Math.rint(value) ? integer(value)
                : String.format(locale.getLanguage().equals("en") ? Locale.UK : Locale.forLanguageTag("nb-NO"), "%.1f", value);
    }
}
