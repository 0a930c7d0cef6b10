package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.coverage.ClassCoverage;

/** Coverage by centrality class: municipalities and inhabitants reached and not, the total last. */
final class CoverageByClass {

    private CoverageByClass() {
    }

    static Grid<ClassCoverage> grid(List<ClassCoverage> classes, Locale locale, String populationDate) {
        Grid<ClassCoverage> grid = new Grid<>();
        grid.setId("coverage-by-class");
        grid.addColumn(c -> c.centralityClass() == null ? grid.getTranslation("coverage.all-classes") : String.valueOf(c.centralityClass()))
                .setHeader(grid.getTranslation("coverage.class-short")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(c -> CoverageFormats.integer(c.municipalities(), locale)).setHeader(grid.getTranslation("coverage.municipalities"));
        grid.addColumn(c -> CoverageFormats.integer(c.coveredMunicipalities(), locale)).setHeader(grid.getTranslation("coverage.municipalities-covered"));
        grid.addColumn(c -> CoverageFormats.integer(c.uncoveredMunicipalities(), locale)).setHeader(grid.getTranslation("coverage.municipalities-not-covered"));
        grid.addColumn(c -> CoverageFormats.integer(c.population(), locale)).setHeader(grid.getTranslation("coverage.population", populationDate));
        grid.addColumn(c -> CoverageFormats.integer(c.coveredPopulation(), locale)).setHeader(grid.getTranslation("coverage.population-covered"));
        grid.addColumn(c -> CoverageFormats.integer(c.uncoveredPopulation(), locale)).setHeader(grid.getTranslation("coverage.population-not-covered"));
        grid.addColumn(c -> CoverageFormats.percent(c.coveredShare(), locale)).setHeader(grid.getTranslation("coverage.covered-share"));
        grid.getColumns().stream().skip(1).forEach(c -> c.setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(1));
        Sections.rows(grid, classes);
        grid.setPartNameGenerator(c -> c.centralityClass() == null ? "total-row" : null);
        return grid;
    }
}
