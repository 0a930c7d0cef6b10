package no.traineemonitor.dashboard.ui;

import no.traineemonitor.base.export.TableMetadata.Ssb;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.ui.ExportMenu;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.coverage.BaRegionCoverage;
import no.traineemonitor.coverage.ClassCoverage;
import no.traineemonitor.coverage.CoverageFilter;
import no.traineemonitor.coverage.CoverageService;
import no.traineemonitor.coverage.MunicipalityCoverage;
import no.traineemonitor.coverage.WhiteSpot;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.reference.ReferenceVersion;
import no.traineemonitor.reference.ui.ReferenceNote;

/**
 * Coverage and regional context for the selection: key figures, a clickable map of the municipalities (coloured by
 * centrality, hatched where a programme reaches them), coverage by centrality class, white spots with the nearest
 * programme (CSV), BA-regions, the commuting analysis and the reproduction of the 2021 report's appendix 2. The area
 * follows the county, BA-region and centrality filters; the programmes follow type and programme. Each part is a
 * section of its own ({@code Coverage*}); this page puts them together.
 */
@Route("dekning")
@PageTitle("Traineemonitor – dekning")
@Menu(order = 50, title = "nav.coverage")
@AnonymousAllowed
class CoverageView extends DashboardPage {

    /** The JavaScript expression whose value a click on the map sends to the server. */
    static final String CLICKED_MUNICIPALITY = CoverageMap.CLICKED_MUNICIPALITY;

    private final CoverageService coverage;

    CoverageView(CoverageService coverage, ReferenceService reference, ProgrammeService programmes,
                 IndicatorService indicators) {
        super("coverage.title", reference, programmes, indicators);
        this.coverage = coverage;
    }

    static CoverageFilter filterOf(FilterState s) {
        return new CoverageFilter(s.division() == CountyDivision.D2024 ? s.county() : null,
                s.division() == CountyDivision.D2020 ? s.county() : null, s.ba(), s.centralities(), s.type(), s.programme());
    }

    @Override
    protected void render(FilterState s) {
        CoverageFilter filter = filterOf(s);
        CoverageService.Page page = coverage.page(filter);
        List<MunicipalityCoverage> area = page.area();
        String name = areaName(s);
        if (area.isEmpty()) {
            content.add(Sections.paragraph("coverage-empty", getTranslation("coverage.empty")));
            return;
        }
        List<ClassCoverage> classes = page.classes();
        List<WhiteSpot> spots = page.whiteSpots();
        List<BaRegionCoverage> regions = page.baRegions();
        long counted = area.stream().flatMap(m -> m.programmeIds().stream()).distinct().count();
        ReferenceVersion version = reference.currentVersion();
        String date = version.date(getLocale());
        content.add(Sections.paragraph("coverage-intro", getTranslation("coverage.intro", name, counted, date)));
        if (s.from() != null || s.to() != null) {
            content.add(Sections.paragraph("coverage-years", getTranslation("coverage.years-ignored")));
        }
        if (!s.centralities().isEmpty()) {
            content.add(Sections.paragraph("coverage-centrality-note", getTranslation("coverage.centrality-note",
                    FilterBar.classes(s.centralities(), getTranslation("filter.and")))));
        }
        content.add(new ReferenceNote(version));
        CoverageMap map = new CoverageMap(coverage, filter, area, s.division().year(), name, date, filtersText());
        ExportMenu classMenu = classExport(classes, name, date);
        ExportMenu baMenu = baExport(regions, name);
        content.add(new CoverageCards(classes, spots, regions, date),
                new H3(getTranslation("coverage.map")), map,
                new H3(getTranslation("coverage.by-class")), classMenu, CoverageByClass.grid(classes, getLocale(), date),
                classMenu.about("coverage", "", List.of(), Ssb.POPULATION, Ssb.CENTRALITY, Ssb.MUNICIPALITIES),
                new H3(getTranslation("coverage.white-spots")),
                new CoverageWhiteSpots(spots, getTranslation("coverage.csv.file") + fileSuffix(s), date, filtersText(), number -> {
                    map.showMunicipality(number);
                    map.details().scrollIntoView();
                }),
                new H3(getTranslation("coverage.ba")), new Paragraph(getTranslation("coverage.ba-intro")), baMenu,
                CoverageBaRegions.grid(regions, getLocale()),
                baMenu.about("coverage", "", List.of(), Ssb.POPULATION, Ssb.COMMUTING, Ssb.BA_REGIONS),
                new H3(getTranslation("coverage.commuting")), new CoverageCommuting(coverage, filter, page.commuting(), filtersText()),
                new H3(getTranslation("coverage.appendix2")), new CoverageAppendix2(coverage.appendix2(), date, filtersText()));
    }

    /** The coverage-by-class table for export: counts and inhabitants as numbers, the share covered in percent. */
    private ExportMenu classExport(List<ClassCoverage> classes, String name, String populationDate) {
        String title = getTranslation("coverage.by-class") + " – " + name;
        return tableExport("coverage-by-class-export", title, () -> ExportTable.of(classes)
                .text(getTranslation("coverage.class-short"), c -> c.centralityClass() == null ? getTranslation("coverage.all-classes")
                        : String.valueOf(c.centralityClass()))
                .integer(getTranslation("coverage.municipalities"), ClassCoverage::municipalities)
                .integer(getTranslation("coverage.municipalities-covered"), ClassCoverage::coveredMunicipalities)
                .integer(getTranslation("coverage.municipalities-not-covered"), ClassCoverage::uncoveredMunicipalities)
                .integer(getTranslation("coverage.population", populationDate), ClassCoverage::population)
                .integer(getTranslation("coverage.population-covered"), ClassCoverage::coveredPopulation)
                .integer(getTranslation("coverage.population-not-covered"), ClassCoverage::uncoveredPopulation)
                .percent(getTranslation("coverage.covered-share"), ClassCoverage::coveredShare).build(), title);
    }

    /** The BA-region table for export. */
    private ExportMenu baExport(List<BaRegionCoverage> regions, String name) {
        String title = getTranslation("coverage.ba") + " – " + name;
        return tableExport("ba-regions-export", title, () -> ExportTable.of(regions)
                .text(getTranslation("coverage.ba.region"), b -> b.baNr() + " " + b.name())
                .integer(getTranslation("coverage.municipalities"), BaRegionCoverage::municipalities)
                .integer(getTranslation("coverage.municipalities-covered"), BaRegionCoverage::coveredMunicipalities)
                .text(getTranslation("coverage.ba.programmes"), b -> String.join(", ", b.programmes()))
                .integer(getTranslation("coverage.ba.population"), BaRegionCoverage::population)
                .percent(getTranslation("coverage.ba.outside-header"), b -> b.share(b.outCommutersOutsideBa())).build(), title);
    }

    private String areaName(FilterState s) {
        List<String> parts = new ArrayList<>();
        if (s.county() != null) {
            parts.add(reference.county(s.county(), s.division()).map(c -> c.label()).orElse(s.county()));
        }
        if (s.ba() != null) {
            parts.add(reference.baRegions().stream().filter(b -> b.number().equals(s.ba())).findFirst()
                    .map(b -> getTranslation("filter.ba") + " " + b.label()).orElse(s.ba()));
        }
        if (!s.centralities().isEmpty()) {
            parts.add(centralityName(s));
        }
        String where = parts.isEmpty() ? getTranslation("coverage.whole-country") : String.join(", ", parts);
        if (s.programme() != null) {
            where += " – " + programmes.programme(s.programme()).map(p -> p.name()).orElse(s.programme());
        } else if (s.type() != null) {
            where += " – " + getTranslation("type." + s.type());
        }
        return where;
    }

    /** "-fylke-15-klasse-5-6-trainee_salten": what the downloaded list is of. */
    private String fileSuffix(FilterState s) {
        StringBuilder b = new StringBuilder();
        if (s.county() != null) {
            b.append('-').append(getTranslation("coverage.csv.county")).append('-').append(s.county());
            if (s.division() == CountyDivision.D2020) {
                b.append("-2020");
            }
        }
        if (s.ba() != null) {
            b.append("-ba-").append(s.ba());
        }
        if (!s.centralities().isEmpty()) {
            b.append('-').append(getTranslation("coverage.csv.class"));
            s.centralities().forEach(c -> b.append('-').append(c));
        }
        if (s.programme() != null) {
            b.append('-').append(s.programme());
        } else if (s.type() != null) {
            b.append('-').append(s.type());
        }
        return b.toString();
    }
}
