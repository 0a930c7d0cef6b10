package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.export.TableMetadata.Ssb;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.FileNames;
import no.traineemonitor.base.ui.ExportMenu;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.programme.ProgrammeCoverage;
import no.traineemonitor.source.SourceService;

/** The municipalities a programme covers, with centrality, population and how we know (named, or resolved from a region). */
class ProfileMunicipalities extends VerticalLayout {

    ProfileMunicipalities(ProgrammeCoverage coverage, String programmeName, SourceService sources,
                          no.traineemonitor.reference.ReferenceVersion version) {
        setPadding(false);
        setWidthFull();
        add(new H3(getTranslation("profile.municipalities.title")));
        Locale locale = getLocale();
        List<ProgrammeCoverage.Covered> rows = coverage.municipalities();
        var summary = new Span(rows.isEmpty() ? getTranslation("profile.municipalities.none")
                : getTranslation(rows.size() == 1 ? "profile.municipalities.summary-one" : "profile.municipalities.summary",
                String.valueOf(rows.size()), NorwegianFormats.integer(coverage.totalPopulation(), locale), version.date(locale)));
        summary.setId("profile-coverage-summary");
        add(summary);
        if (rows.isEmpty()) {
            add(new no.traineemonitor.reference.ui.ReferenceNote(version));
            return;
        }
        var grid = new Grid<ProgrammeCoverage.Covered>();
        grid.setId("profile-municipalities");
        grid.addColumn(ProgrammeCoverage.Covered::kommunenummer).setKey("number")
                .setHeader(getTranslation("profile.municipalities.number")).setWidth("6.5rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(ProgrammeCoverage.Covered::name).setKey("name")
                .setHeader(getTranslation("profile.municipalities.name")).setWidth("10rem").setFlexGrow(1).setSortable(true);
        grid.addColumn(m -> m.centralityClass() == null ? "" : String.valueOf(m.centralityClass())).setKey("centrality")
                .setHeader(getTranslation("profile.municipalities.centrality")).setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem").setFlexGrow(0).setComparator(m -> m.centralityClass() == null ? 0 : m.centralityClass());
        grid.addColumn(m -> NorwegianFormats.integer(m.population(), locale)).setKey("population")
                .setHeader(getTranslation("profile.municipalities.population", version.date(locale))).setTextAlign(ColumnTextAlign.END)
                .setWidth("8rem").setFlexGrow(0).setComparator(m -> m.population() == null ? -1 : m.population());
        grid.addColumn(m -> getTranslation("profile.basis." + m.basis())).setKey("basis")
                .setHeader(getTranslation("profile.municipalities.basis")).setWidth("9rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(m -> sources.documentLabel(m.sourceFile()) + ", " + m.sourceSection()).setKey("source")
                .setHeader(getTranslation("profile.source")).setWidth("12rem").setFlexGrow(2)
                .setTooltipGenerator(m -> "«" + m.sourceQuote() + "»"
                        + (m.sourceCount() > 1 ? " " + getTranslation("profile.municipalities.more-sources",
                        String.valueOf(m.sourceCount() - 1)) : ""));
        Sections.rows(grid, rows);
        String title = getTranslation("profile.municipalities.title") + " – " + programmeName;
        add(ExportMenu.table("profile-municipalities-export", title, getTranslation("filter.programme") + ": " + programmeName,
                FileNames.of(title), () -> ExportTable.of(rows)
                        .text(getTranslation("profile.municipalities.number"), ProgrammeCoverage.Covered::kommunenummer)
                        .text(getTranslation("profile.municipalities.name"), ProgrammeCoverage.Covered::name)
                        .integer(getTranslation("profile.municipalities.centrality"), ProgrammeCoverage.Covered::centralityClass)
                        .integer(getTranslation("profile.municipalities.population", version.date(locale)), ProgrammeCoverage.Covered::population)
                        .text(getTranslation("profile.municipalities.basis"), m -> getTranslation("profile.basis." + m.basis()))
                        .text(getTranslation("profile.source"), m -> sources.documentLabel(m.sourceFile()) + ", " + m.sourceSection())
                        .text(getTranslation("explorer.quote"), ProgrammeCoverage.Covered::sourceQuote)
                        .build()),
                grid, no.traineemonitor.base.ui.TableAbout.ofDocuments(getTranslation("profile.municipalities.title"), "",
                        "municipalities", rows.stream().map(m -> sources.documentLabel(m.sourceFile())).distinct().sorted().toList(),
                        List.of(Ssb.POPULATION, Ssb.CENTRALITY, Ssb.MUNICIPALITIES)),
                Sections.hint(getTranslation("profile.municipalities.hint")));
    }
}
