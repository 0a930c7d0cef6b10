package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.base.ui.RowDetails;

/** A programme's indicator values with n, 95 % interval and how each was obtained; the facts behind a row in its details. */
class ProfileIndicators extends VerticalLayout {

    private final IndicatorService indicators;

    ProfileIndicators(String programmeId, IndicatorService indicators) {
        this.indicators = indicators;
        setPadding(false);
        setWidthFull();
        add(new H3(getTranslation("profile.indicators.title")));
        Locale locale = getLocale();
        List<IndicatorResult> results = new ArrayList<>(indicators.results(IndicatorFilter.none().withProgramme(programmeId)));
        results.sort(indicators.catalogueOrder()
                .thenComparing(IndicatorResult::periodEnd, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(IndicatorResult::periodStart, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (results.isEmpty()) {
            add(new Paragraph(getTranslation("profile.indicators.none")));
            return;
        }
        var grid = new Grid<IndicatorResult>();
        grid.setId("profile-indicators");
        grid.addComponentColumn(r -> IndicatorLink.of(r.indicatorId(),
                        indicators.definition(r.indicatorId()).map(d -> d.label(locale)).orElse(r.indicatorId())))
                .setKey("indicator").setHeader(getTranslation("profile.indicators.indicator")).setWidth("9rem").setFlexGrow(2)
                .setTooltipGenerator(r -> indicators.definition(r.indicatorId()).map(d -> d.definition(locale)).orElse(""));
        grid.addColumn(r -> IndicatorFormat.period(r, this::getTranslation)).setKey("period")
                .setHeader(getTranslation("profile.period")).setWidth("7rem").setFlexGrow(1);
        grid.addColumn(r -> IndicatorFormat.valueCell(r, locale, this::getTranslation)).setKey("value")
                .setHeader(getTranslation("profile.indicators.value")).setTextAlign(ColumnTextAlign.END).setWidth("5.5rem")
                .setFlexGrow(0).setTooltipGenerator(r -> r.suppressed()
                        ? getTranslation("profile.indicators.suppressed", String.valueOf(indicators.minimumN())) : "");
        grid.addColumn(r -> IndicatorFormat.nCell(r, locale)).setKey("n").setHeader(getTranslation("profile.indicators.n"))
                .setTextAlign(ColumnTextAlign.END).setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(r -> IndicatorFormat.intervalCell(r, locale)).setKey("interval")
                .setHeader(getTranslation("profile.indicators.interval")).setTextAlign(ColumnTextAlign.END)
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(this::basis).setKey("basis").setHeader(getTranslation("profile.indicators.basis"))
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("profile.qualifier." + r.qualifier())
                        + (r.conflicting() ? " · " + getTranslation("profile.indicators.conflicting") : "")).setKey("qualifier")
                .setHeader(getTranslation("profile.qualifier")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(r -> IndicatorFormat.definition(r, this::getTranslation)).setKey("scope")
                .setHeader(getTranslation("profile.scope")).setWidth("8rem").setFlexGrow(1);
        RowDetails.set(grid, r -> {
            Div d = new Div(getTranslation("profile.indicators.facts-of",
                    no.traineemonitor.indicator.FactIds.text(r.factIds(), this::getTranslation)));
            d.setId("profile-indicator-details");
            d.addClassName("muted");
            return d;
        });
        Sections.rows(grid, results);
        String programme = results.getFirst().subjectName();
        String title = getTranslation("profile.indicators.title") + " – " + programme;
        ExportMenu export = ExportMenu.table("profile-indicators-export", title, getTranslation("filter.programme") + ": " + programme,
                FileNames.of(title), () -> ExportTable.of(results)
                        .text(getTranslation("profile.indicators.indicator"),
                                r -> indicators.definition(r.indicatorId()).map(d -> d.label(locale)).orElse(r.indicatorId()))
                        .text(getTranslation("profile.period"), r -> IndicatorFormat.period(r, this::getTranslation))
                        .decimal(getTranslation("profile.indicators.value"), r -> IndicatorFormat.shown(r, r.value()))
                        .decimal(getTranslation("export.col.ci-low"), r -> IndicatorFormat.shown(r, r.ciLow()))
                        .decimal(getTranslation("export.col.ci-high"), r -> IndicatorFormat.shown(r, r.ciHigh()))
                        .decimal(getTranslation("export.col.numerator"), IndicatorResult::numerator)
                        .decimal(getTranslation("export.col.denominator"), IndicatorResult::denominator)
                        .decimal("n", IndicatorResult::n)
                        .text(getTranslation("export.col.unit"), IndicatorFormat::unit)
                        .text(getTranslation("profile.qualifier"), r -> getTranslation("profile.qualifier." + r.qualifier())
                                + (r.conflicting() ? " · " + getTranslation("profile.indicators.conflicting") : ""))
                        .text(getTranslation("profile.scope"), r -> IndicatorFormat.definition(r, this::getTranslation))
                        .text(getTranslation("explorer.marks"), r -> r.suppressed()
                                ? getTranslation("profile.indicators.suppressed", String.valueOf(indicators.minimumN())) : "")
                        .build());
        add(export, grid, export.about("indicators", programme, IndicatorResult.factIdsOf(results)), Sections.hint(getTranslation("profile.indicators.hint", String.valueOf(indicators.minimumN()))));
    }

    /** "71 av 78" for counts; how the value was given otherwise. */
    private String basis(IndicatorResult r) {
        if (r.suppressed()) {
            return "";
        }
        return switch (r.basis()) {
            case "counts" -> r.numerator() == null || r.denominator() == null ? ""
                    : getTranslation("profile.basis-counts", IndicatorFormat.number(r.numerator(), "number", "", getLocale()),
                    IndicatorFormat.number(r.denominator(), "number", "", getLocale()));
            case "reported_percent" -> getTranslation("profile.basis-reported-percent");
            default -> getTranslation("profile.basis-reported-value");
        };
    }
}
