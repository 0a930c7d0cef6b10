package no.traineemonitor.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.traineemonitor.base.sql.ParallelQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Coverage of municipalities and BA-regions by the programmes: figures by centrality class, white spots with the
 * nearest programme, BA-region context, the commuting analysis of the 2021 report's appendix 2, and the map.
 */
@Service
public class CoverageService {

    private final CoverageRepository repository;
    private final MunicipalityShapes shapes;
    private final MapRenderer renderer;
    private final ParallelQueries queries;
    // reference data and facts do not change while the app runs (a rebuild happens at start), so these are kept
    private volatile @Nullable List<CommutingCoefficient> coefficients;
    private volatile @Nullable Appendix2 appendix2;
    static final int PAGES_KEPT = 64;
    private final Map<CoverageFilter, Page> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CoverageFilter, Page> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    /** Coverage in the whole country per programme selection (type, programme): at most 4 × 32 lists, read once each. */
    private final Map<CoverageFilter, List<MunicipalityCoverage>> national = new java.util.concurrent.ConcurrentHashMap<>();

    /** A yearly return may name other municipalities: the warehouse side of appendix 2 is worked out again. */
    @org.springframework.context.event.EventListener
    void warehouseChanged(no.traineemonitor.warehouse.WarehouseChanged event) {
        appendix2 = null;
        synchronized (pages) {
            pages.clear();
        }
        national.clear();
    }

    CoverageService(CoverageRepository repository, MunicipalityShapes shapes, MapRenderer renderer, ParallelQueries queries) {
        this.repository = repository;
        this.queries = queries;
        this.shapes = shapes;
        this.renderer = renderer;
    }

    /** Fill colour of a centrality class on the map (1-6), for legends. */
    public static String classColour(int centralityClass) {
        return MapRenderer.CLASS_COLOURS.get(centralityClass - 1);
    }

    /** Colour of the programme-area outlines on the map, for legends. */
    public static String outlineColour() {
        return MapRenderer.OUTLINE_COLOUR;
    }

    /** What the coverage page shows of an area, read side by side. */
    public record Page(List<MunicipalityCoverage> area, List<ClassCoverage> classes, List<WhiteSpot> whiteSpots,
                       List<BaRegionCoverage> baRegions, List<ClassCommuting> commuting) {
    }

    /**
     * The area's municipalities, coverage by class, white spots, BA-regions and commuting, its queries side by side.
     * The last {@link #PAGES_KEPT} pages are kept: the data only changes when it is loaded, with the server stopped, and
     * the same area is often asked for again (back and forth between filters, or in the other language).
     */
    public Page page(CoverageFilter filter) {
        synchronized (pages) {
            Page kept = pages.get(filter);
            if (kept != null) {
                return kept;
            }
        }
        Page page = read(filter);
        synchronized (pages) {
            pages.put(filter, page);
        }
        return page;
    }

    private Page read(CoverageFilter filter) {
        var area = queries.start(() -> municipalities(filter));
        var classes = queries.start(() -> byClass(filter));
        var spots = queries.start(() -> whiteSpots(filter));
        var regions = queries.start(() -> baRegions(filter));
        var commuting = queries.start(() -> commutingByClass(filter));
        return new Page(area.get(), classes.get(), spots.get(), regions.get(), commuting.get());
    }

    /** The municipalities of the area with the programmes that reach them, by number. */
    public List<MunicipalityCoverage> municipalities(CoverageFilter filter) {
        return repository.municipalities(filter);
    }

    /** Municipalities and inhabitants by centrality class, reached and not; the last row is the total (class NULL). */
    public List<ClassCoverage> byClass(CoverageFilter filter) {
        return repository.byClass(filter);
    }

    /**
     * Municipalities of the area no programme of the selection reaches, centrality class 5-6 first and then by
     * inhabitants, each with the nearest programme (searched in the whole country, not only in the area).
     */
    public List<WhiteSpot> whiteSpots(CoverageFilter filter) {
        List<MunicipalityCoverage> uncovered = repository.uncovered(filter);
        if (uncovered.isEmpty()) {
            return List.of();
        }
        List<MunicipalityCoverage> reached = nationally(filter).stream().filter(MunicipalityCoverage::covered).toList();
        List<WhiteSpot> out = new ArrayList<>();
        for (MunicipalityCoverage m : uncovered) {
            MunicipalityCoverage nearest = null;
            double best = Double.MAX_VALUE;
            for (MunicipalityCoverage r : reached) {
                double d = shapes.distanceKm(m.kommunenummer(), r.kommunenummer());
                if (d < best) {
                    best = d;
                    nearest = r;
                }
            }
            out.add(nearest == null ? new WhiteSpot(m, List.of(), null, null)
                    : new WhiteSpot(m, nearest.programmes(), nearest.name(), best));
        }
        return out;
    }

    /** The same programme selection over the whole country (the nearest programme, the programme areas on the map). */
    private List<MunicipalityCoverage> nationally(CoverageFilter filter) {
        return national.computeIfAbsent(filter.nationally(), repository::municipalities);
    }

    /** BA-regions with municipalities in the area; regions no programme reaches first. */
    public List<BaRegionCoverage> baRegions(CoverageFilter filter) {
        return repository.baRegions(filter);
    }

    /** Out-commuting outside the own BA-region by centrality class (area and nation) beside the report's figures. */
    public List<ClassCommuting> commutingByClass(CoverageFilter filter) {
        return repository.commutingByClass(filter);
    }

    /** The commuting coefficients the 2021 report states, beside two measures from SSB 03321. */
    public List<CommutingCoefficient> commutingCoefficients() {
        List<CommutingCoefficient> c = coefficients;
        if (c == null) {
            c = repository.commutingCoefficients();
            coefficients = c;
        }
        return c;
    }

    /** Appendix 2 of the 2021 report beside the warehouse's figures for the 13 programmes it studied. */
    public Appendix2 appendix2() {
        Appendix2 a = appendix2;
        if (a == null) {
            a = repository.appendix2();
            appendix2 = a;
        }
        return a;
    }

    /** One municipality of the area, for the details panel. */
    public Optional<MunicipalityCoverage> municipality(List<MunicipalityCoverage> area, @Nullable String kommunenummer) {
        return area.stream().filter(m -> m.kommunenummer().equals(kommunenummer)).findFirst();
    }

    /**
     * The map of the area as an SVG text: one path per municipality (356 for the whole country), coloured by
     * centrality class, hatched where reached, with the outlines of the programme areas. Nationally the borders of
     * the counties of {@code division} ("2020" or "2024") are drawn; for a smaller area the surrounding
     * municipalities are shown in grey for orientation.
     *
     * @param area      the municipalities, as from {@link #municipalities}
     * @param titleOf   the hover text of a municipality (in the user's language)
     * @param ariaLabel what the map shows, for screen readers
     */
    public String map(CoverageFilter filter, List<MunicipalityCoverage> area, String division,
                      Function<MunicipalityCoverage, String> titleOf, String ariaLabel) {
        List<MapRenderer.Style> styles = area.stream()
                .map(m -> new MapRenderer.Style(m.kommunenummer(), m.centralityClass(), m.covered(), titleOf.apply(m)))
                .toList();
        Map<String, String> groups = new LinkedHashMap<>();
        if (filter.national()) {
            for (MunicipalityCoverage m : area) {
                String county = "2020".equals(division) ? m.countyNumber2020() : m.countyNumber2024();
                if (county != null) {
                    groups.put(m.kommunenummer(), county);
                }
            }
        }
        // programme areas: every municipality each programme of the selection reaches, in the whole country
        Set<String> inArea = new LinkedHashSet<>();
        area.stream().filter(MunicipalityCoverage::covered).forEach(m -> inArea.addAll(m.programmeIds()));
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (MunicipalityCoverage m : filter.national() ? area : nationally(filter)) {
            for (String id : m.programmeIds()) {
                if (inArea.contains(id)) {
                    members.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(m.kommunenummer());
                }
            }
        }
        List<MapRenderer.Outline> outlines = members.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> new MapRenderer.Outline(e.getKey(), e.getValue())).toList();
        return renderer.render(styles, groups, outlines, !filter.national(), ariaLabel);
    }
}
