package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.coverage.BaRegionCoverage;
import no.traineemonitor.base.ui.RowDetails;

/**
 * The BA-regions of the area: how many municipalities programmes reach, which programmes, inhabitants and the share
 * of employed residents working outside the region; the class mix, travel times and the full workplace split are in
 * the row's details (click a row), so the table fits a laptop. Regions without a programme come first and are marked.
 */
final class CoverageBaRegions {

    private CoverageBaRegions() {
    }

    static Grid<BaRegionCoverage> grid(List<BaRegionCoverage> regions, Locale locale) {
        Grid<BaRegionCoverage> grid = new Grid<>();
        grid.setId("ba-regions");
        grid.addColumn(b -> b.baNr() + " " + b.name()).setHeader(grid.getTranslation("coverage.ba.region"))
                .setWidth("10rem").setFlexGrow(1).setComparator(BaRegionCoverage::baNr);
        grid.addColumn(b -> grid.getTranslation(b.municipalities() == b.municipalitiesInRegion() ? "coverage.ba.reached"
                        : "coverage.ba.reached-part", b.coveredMunicipalities(), b.municipalities(), b.municipalitiesInRegion()))
                .setHeader(grid.getTranslation("coverage.ba.reached-header")).setComparator(BaRegionCoverage::coveredMunicipalities)
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(b -> b.programmes().isEmpty() ? grid.getTranslation("coverage.none") : String.join(", ", b.programmes()))
                .setHeader(grid.getTranslation("coverage.ba.programmes")).setWidth("10rem").setFlexGrow(2);
        grid.addColumn(b -> CoverageFormats.integer(b.population(), locale)).setHeader(grid.getTranslation("coverage.ba.population"))
                .setComparator(BaRegionCoverage::population).setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(b -> CoverageFormats.percent(b.share(b.outCommutersOutsideBa()), locale))
                .setHeader(grid.getTranslation("coverage.ba.outside-header")).setTextAlign(ColumnTextAlign.END)
                .setWidth("8rem").setFlexGrow(0);
        RowDetails.set(grid, b -> details(grid, b, locale));
        Sections.fit(grid).setItems(regions);
        grid.setAllRowsVisible(regions.size() <= 25);
        grid.setPartNameGenerator(b -> b.whiteSpot() ? "white-spot-row" : null);
        return grid;
    }

    private static Div details(Grid<?> grid, BaRegionCoverage b, Locale locale) {
        Div d = new Div();
        d.addClassNames("row-details", "details-facts");
        fact(d, grid.getTranslation("coverage.ba.mix"), CoverageFormats.mix(b.classCounts()));
        fact(d, grid.getTranslation("coverage.ba.travel"),
                (b.maxTravelTimeMin() == null ? "–" : CoverageFormats.decimal(b.maxTravelTimeMin(), 0, locale)) + " / "
                        + (b.meanTravelTimeMin() == null ? "–" : CoverageFormats.decimal(b.meanTravelTimeMin(), 0, locale)));
        fact(d, grid.getTranslation("coverage.ba.workplace"), grid.getTranslation("coverage.ba.workplace-value",
                CoverageFormats.percent(b.share(b.workInHomeMunicipality()), locale),
                CoverageFormats.percent(b.share(b.outCommutersWithinBa()), locale),
                CoverageFormats.percent(b.share(b.outCommutersOutsideBa()), locale)));
        return d;
    }

    private static void fact(Div d, String label, String value) {
        Span l = new Span(label);
        l.addClassName("details-label");
        d.add(l, new Span(value));
    }
}
