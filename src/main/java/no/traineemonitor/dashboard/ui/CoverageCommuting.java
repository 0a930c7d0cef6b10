package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.export.TableMetadata.Ssb;
import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.coverage.ClassCommuting;
import no.traineemonitor.coverage.CommutingCoefficient;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import org.jspecify.annotations.Nullable;

/**
 * The commuting analysis of the 2021 report's appendix 2, recomputed from SSB 03321: the share of out-commuting that
 * leaves the own BA-region by centrality class, and two measures beside the report's commuting coefficients.
 */
class CoverageCommuting extends VerticalLayout {

    /** {@code filters}: the page's filters in words, for the tables' downloads. */
    CoverageCommuting(CoverageService coverage, CoverageFilter filter, List<ClassCommuting> rows, String filters) {
        setPadding(false);
        setWidthFull();
        Locale locale = getLocale();
        add(new Paragraph(getTranslation("coverage.commuting-intro")));
        Grid<ClassCommuting> grid = new Grid<>();
        grid.setId("commuting-by-class");
        grid.addColumn(c -> c.centralityClass() == null ? getTranslation("coverage.all-classes") : String.valueOf(c.centralityClass()))
                .setHeader(getTranslation("coverage.class-short")).setWidth("6rem").setFlexGrow(0);
        if (!filter.national()) {
            number(grid.addColumn(c -> c.municipalities() == 0 ? "" : integer(c.outCommuters())), "coverage.commuting.out");
            number(grid.addColumn(c -> CoverageFormats.percent(c.areaPooledShare(), locale)), "coverage.commuting.area-pooled");
            number(grid.addColumn(c -> CoverageFormats.percent(c.areaMeanShare(), locale)), "coverage.commuting.area-mean");
        }
        number(grid.addColumn(c -> integer(c.nationalMunicipalities())), "coverage.commuting.national-municipalities");
        number(grid.addColumn(c -> CoverageFormats.percent(c.nationalPooledShare(), locale)), "coverage.commuting.national-pooled");
        number(grid.addColumn(c -> CoverageFormats.percent(c.nationalMeanShare(), locale)), "coverage.commuting.national-mean");
        grid.addColumn(c -> c.reportPercent() == null ? getTranslation("coverage.not-stated")
                        : qualified(c.reportQualifier(), CoverageFormats.percent0(c.reportPercent() / 100, locale)) + " (" + c.reportFactId() + ")")
                .setHeader(getTranslation("coverage.commuting.report")).setWidth("9rem").setFlexGrow(1);
        Sections.rows(grid, rows);
        ExportMenu classMenu = classExport(rows, filter.national(), filters);
        add(classMenu, grid, classMenu.about("commuting", "",
                rows.stream().map(ClassCommuting::reportFactId).filter(java.util.Objects::nonNull).toList(),
                Ssb.COMMUTING, Ssb.CENTRALITY, Ssb.BA_REGIONS), Sections.paragraph("commuting-differs", getTranslation("coverage.commuting-differs")));

        add(new H4(getTranslation("coverage.coefficient")));
        add(Sections.paragraph("coefficient-intro", getTranslation("coverage.coefficient-intro")));
        Grid<CommutingCoefficient> coefficients = new Grid<>();
        coefficients.setId("commuting-coefficients");
        coefficients.addColumn(CommutingCoefficient::programmeName).setHeader(getTranslation("coverage.coefficient.programme"))
                .setWidth("9rem").setFlexGrow(1);
        coefficients.addColumn(c -> c.memberGroup().equals("named")
                        ? getTranslation("coverage.coefficient.group.named", String.join(", ", c.municipalities()))
                        : getTranslation("coverage.coefficient.group.programme", c.municipalities().size()))
                .setHeader(getTranslation("coverage.coefficient.group")).setWidth("14rem").setFlexGrow(2);
        coefficients.addColumn(c -> CoverageFormats.decimal(c.reportValue(), 2, locale) + " (" + c.factId() + ")")
                .setHeader(getTranslation("coverage.coefficient.report")).setWidth("8rem").setFlexGrow(0);
        coefficients.addColumn(c -> CoverageFormats.decimal(c.withinBaSharePooled(), 3, locale) + "; "
                        + CoverageFormats.decimal(c.withinBaShareMean(), 3, locale))
                .setHeader(getTranslation("coverage.coefficient.within")).setWidth("8rem").setFlexGrow(0);
        coefficients.addColumn(c -> CoverageFormats.decimal(c.grossCommutingPooled(), 3, locale) + "; "
                        + CoverageFormats.decimal(c.grossCommutingMean(), 3, locale))
                .setHeader(getTranslation("coverage.coefficient.gross")).setWidth("8rem").setFlexGrow(0);
        List<CommutingCoefficient> coefficientRows = coverage.commutingCoefficients();
        Sections.rows(coefficients, coefficientRows);
        ExportMenu coefficientMenu = coefficientExport(coefficientRows, filters);
        add(coefficientMenu, coefficients, coefficientMenu.about("commuting", "",
                coefficientRows.stream().map(CommutingCoefficient::factId).toList(), Ssb.COMMUTING,
                Ssb.BA_REGIONS), Sections.paragraph("coefficient-conclusion", getTranslation("coverage.coefficient-conclusion")));
    }

    /** The commuting-by-class table for export: the shares as percent, the report's figure as the page words it ("ca. 30 %"). */
    private ExportMenu classExport(List<ClassCommuting> rows, boolean national, String filters) {
        String title = getTranslation("coverage.commuting");
        ExportTable.Builder<ClassCommuting> table = ExportTable.of(rows)
                .text(getTranslation("coverage.class-short"), c -> c.centralityClass() == null ? getTranslation("coverage.all-classes")
                        : String.valueOf(c.centralityClass()));
        if (!national) {
            table.integer(getTranslation("coverage.commuting.out"), c -> c.municipalities() == 0 ? null : c.outCommuters())
                    .percent(getTranslation("coverage.commuting.area-pooled"), ClassCommuting::areaPooledShare)
                    .percent(getTranslation("coverage.commuting.area-mean"), ClassCommuting::areaMeanShare);
        }
        table.integer(getTranslation("coverage.commuting.national-municipalities"), ClassCommuting::nationalMunicipalities)
                .percent(getTranslation("coverage.commuting.national-pooled"), ClassCommuting::nationalPooledShare)
                .percent(getTranslation("coverage.commuting.national-mean"), ClassCommuting::nationalMeanShare)
                .text(getTranslation("coverage.commuting.report"), c -> c.reportPercent() == null ? getTranslation("coverage.not-stated")
                        : qualified(c.reportQualifier(), CoverageFormats.percent0(c.reportPercent() / 100, getLocale())));
        ExportTable built = table.build();
        return ExportMenu.table("coverage-commuting-export", title, filters, FileNames.of(title), () -> built);
    }

    /** The commuting-coefficient table for export: the report's value and the two measures, pooled and mean apart. */
    private ExportMenu coefficientExport(List<CommutingCoefficient> rows, String filters) {
        String title = getTranslation("coverage.coefficient");
        ExportTable built = ExportTable.of(rows)
                .text(getTranslation("coverage.coefficient.programme"), CommutingCoefficient::programmeName)
                .text(getTranslation("coverage.coefficient.group"), c -> c.memberGroup().equals("named")
                        ? getTranslation("coverage.coefficient.group.named", String.join(", ", c.municipalities()))
                        : getTranslation("coverage.coefficient.group.programme", c.municipalities().size()))
                .decimal(getTranslation("coverage.coefficient.report"), CommutingCoefficient::reportValue)
                .decimal(getTranslation("coverage.coefficient.within-pooled"), CommutingCoefficient::withinBaSharePooled)
                .decimal(getTranslation("coverage.coefficient.within-mean"), CommutingCoefficient::withinBaShareMean)
                .decimal(getTranslation("coverage.coefficient.gross-pooled"), CommutingCoefficient::grossCommutingPooled)
                .decimal(getTranslation("coverage.coefficient.gross-mean"), CommutingCoefficient::grossCommutingMean)
                .build();
        return ExportMenu.table("coverage-coefficients-export", title, filters, FileNames.of(title), () -> built);
    }

    private void number(Grid.Column<ClassCommuting> column, String header) {
        column.setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(1);
    }

    private String integer(long v) {
        return CoverageFormats.integer(v, getLocale());
    }

    private String qualified(@Nullable String qualifier, String value) {
        return qualifier == null || qualifier.equals("reported") ? value : getTranslation("coverage.qualified." + qualifier, value);
    }
}
