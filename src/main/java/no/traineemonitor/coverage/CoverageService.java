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
import java.util.function.Supplier;
import no.traineemonitor.base.sql.DataVersionCache;
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
    // reference data and facts change only when the data does (a load, a yearly return confirmed): kept until then
    private volatile @Nullable List<CommutingCoefficient> coefficients;
    private volatile @Nullable Appendix2 appendix2;
    // what a filter shows changes only when the data does: kept per filter (rows), per page and per map (kB of SVG)
    private final DataVersionCache<Question, List<?>> lists = new DataVersionCache<>(200_000, List::size);
    private final DataVersionCache<CoverageFilter, Page> pages = new DataVersionCache<>(200_000, Page::rows);
    private final DataVersionCache<MapQuestion, String> maps = new DataVersionCache<>(32_768, svg -> svg.length() / 1024);

    private record Question(String what, CoverageFilter filter) {
    }

    private record MapQuestion(CoverageFilter filter, String division, List<MapRenderer.Style> styles, String ariaLabel) {
    }

    /** A yearly return may name other municipalities: everything kept from the warehouse is read again. */
    @org.springframework.context.event.EventListener
    void warehouseChanged(no.traineemonitor.warehouse.WarehouseChanged event) {
        dataChanged();
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

    /** Forgets what was read and drawn for each filter: call it when the data has changed. */
    public void dataChanged() {
        lists.clear();
        pages.clear();
        maps.clear();
        coefficients = null;
        appendix2 = null;
    }

    /** A filter's rows, computed once per data version. */
    @SuppressWarnings("unchecked")
    private <T> List<T> kept(String what, CoverageFilter filter, Supplier<List<T>> compute) {
        return (List<T>) lists.get(new Question(what, filter), () -> List.copyOf(compute.get()));
    }

    /** What the coverage page shows of an area, read side by side. */
    public record Page(List<MunicipalityCoverage> area, List<ClassCoverage> classes, List<WhiteSpot> whiteSpots,
                       List<BaRegionCoverage> baRegions, List<ClassCommuting> commuting) {

        long rows() {
            return area.size() + classes.size() + whiteSpots.size() + baRegions.size() + commuting.size();
        }
    }

    /**
     * The area's municipalities, coverage by class, white spots, BA-regions and commuting, its queries side by side;
     * kept per filter until the data changes (the same area is often asked for again: back and forth between filters,
     * or in the other language).
     */
    public Page page(CoverageFilter filter) {
        return pages.get(filter, () -> read(filter));
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
        return kept("municipalities", filter, () -> repository.municipalities(filter));
    }

    /** Municipalities and inhabitants by centrality class, reached and not; the last row is the total (class NULL). */
    public List<ClassCoverage> byClass(CoverageFilter filter) {
        return kept("byClass", filter, () -> repository.byClass(filter));
    }

    /**
     * Municipalities of the area no programme of the selection reaches, centrality class 5-6 first and then by
     * inhabitants, each with the nearest programme (searched in the whole country, not only in the area).
     */
    public List<WhiteSpot> whiteSpots(CoverageFilter filter) {
        return kept("whiteSpots", filter, () -> findWhiteSpots(filter));
    }

    private List<WhiteSpot> findWhiteSpots(CoverageFilter filter) {
        List<MunicipalityCoverage> uncovered = repository.uncovered(filter);
        if (uncovered.isEmpty()) {
            return List.of();
        }
        List<MunicipalityCoverage> reached = municipalities(filter.nationally()).stream()
                .filter(MunicipalityCoverage::covered).toList();
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

    /** BA-regions with municipalities in the area; regions no programme reaches first. */
    public List<BaRegionCoverage> baRegions(CoverageFilter filter) {
        return kept("baRegions", filter, () -> repository.baRegions(filter));
    }

    /** Out-commuting outside the own BA-region by centrality class (area and nation) beside the report's figures. */
    public List<ClassCommuting> commutingByClass(CoverageFilter filter) {
        return kept("commutingByClass", filter, () -> repository.commutingByClass(filter));
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
        // the same area with the same texts draws the same map: drawn once per data version
        return maps.get(new MapQuestion(filter, division, styles, ariaLabel), () -> draw(filter, area, division, styles, ariaLabel));
    }

    /** Makes ahead what every drawing of this area's map reuses, in any language (see {@link MapRenderer#prepare}). */
    public void prepareMap(CoverageFilter filter) {
        List<MunicipalityCoverage> area = page(filter).area();
        renderer.prepare(area.stream().map(MunicipalityCoverage::kommunenummer).toList(), outlines(filter, area));
    }

    private String draw(CoverageFilter filter, List<MunicipalityCoverage> area, String division, List<MapRenderer.Style> styles,
                        String ariaLabel) {
        Map<String, String> groups = filter.national() ? counties(area, division) : Map.of();
        return renderer.render(styles, groups, outlines(filter, area), !filter.national(), ariaLabel);
    }

    /**
     * The coverage map as shapes for a picture file (PNG, SVG): the same municipalities, fills, hatching, county
     * borders, programme outlines and surroundings as {@link #map}; the page adds the legend.
     */
    public no.traineemonitor.base.export.MapPicture mapPicture(CoverageFilter filter, List<MunicipalityCoverage> area,
                                                               String division) {
        List<MapRenderer.Painted> painted = area.stream().map(m -> new MapRenderer.Painted(m.kommunenummer(),
                MapRenderer.classFill(m.centralityClass(), m.covered()))).toList();
        Map<String, String> groups = filter.national() ? counties(area, division) : Map.of();
        return renderer.picture(painted, groups, outlines(filter, area), !filter.national());
    }

    /** The programme areas to outline: every municipality each programme of the selection reaches, in the whole country. */
    private List<MapRenderer.Outline> outlines(CoverageFilter filter, List<MunicipalityCoverage> area) {
        Set<String> inArea = new LinkedHashSet<>();
        area.stream().filter(MunicipalityCoverage::covered).forEach(m -> inArea.addAll(m.programmeIds()));
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (MunicipalityCoverage m : filter.national() ? area : municipalities(filter.nationally())) {
            for (String id : m.programmeIds()) {
                if (inArea.contains(id)) {
                    members.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(m.kommunenummer());
                }
            }
        }
        return members.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> new MapRenderer.Outline(e.getKey(), e.getValue())).toList();
    }

    /** Municipality → county of the division, for the borders drawn between counties on a national map. */
    private static Map<String, String> counties(List<MunicipalityCoverage> area, String division) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (MunicipalityCoverage m : area) {
            String county = "2020".equals(division) ? m.countyNumber2020() : m.countyNumber2024();
            if (county != null) {
                groups.put(m.kommunenummer(), county);
            }
        }
        return groups;
    }

    /**
     * A value map of the area (the indicator map): the coverage map's frame and shapes, each municipality filled as
     * {@code valueOf} says (a value class, unknown hatched, suppressed grey, mixed cross-hatched). Borders are drawn
     * between BA-regions when {@code baBorders}, else between counties on a national map.
     */
    public String valueMap(CoverageFilter filter, List<MunicipalityCoverage> area, String division, boolean baBorders,
                           Function<MunicipalityCoverage, MapValue> valueOf, String ariaLabel) {
        List<MapRenderer.Paint> paints = area.stream().map(m -> {
            MapValue v = valueOf.apply(m);
            return new MapRenderer.Paint(m.kommunenummer(), v.fill(), v.cssClass(), v.title());
        }).toList();
        Map<String, String> groups = valueGroups(filter, area, division, baBorders);
        String defs = MapRenderer.hatch("hatch-unknown", MapValue.UNKNOWN_BACKGROUND, MapValue.UNKNOWN_LINE)
                + MapRenderer.hatch("hatch-mixed", MapValue.MIXED_BACKGROUND, MapValue.MIXED_LINE);
        return renderer.draw(paints, defs, groups, List.of(), !filter.national(), ariaLabel);
    }

    /** The borders of a value map: between BA-regions when {@code baBorders}, else between counties on a national map. */
    private static Map<String, String> valueGroups(CoverageFilter filter, List<MunicipalityCoverage> area, String division,
                                                   boolean baBorders) {
        Map<String, String> groups = new LinkedHashMap<>();
        if (baBorders) {
            area.stream().filter(m -> m.baNr() != null).forEach(m -> groups.put(m.kommunenummer(), m.baNr()));
        } else if (filter.national()) {
            groups.putAll(counties(area, division));
        }
        return groups;
    }

    /**
     * The value map as shapes for a picture file (PNG, SVG): the same municipalities, fills (classes, unknown hatched,
     * suppressed grey, mixed cross-hatched), borders and surroundings as {@link #valueMap}; the page adds the legend.
     */
    public no.traineemonitor.base.export.MapPicture valueMapPicture(CoverageFilter filter, List<MunicipalityCoverage> area,
                                                                    String division, boolean baBorders,
                                                                    Function<MunicipalityCoverage, MapValue> valueOf) {
        List<MapRenderer.Painted> painted = area.stream()
                .map(m -> new MapRenderer.Painted(m.kommunenummer(), valueOf.apply(m).pictureFill())).toList();
        return renderer.picture(painted, valueGroups(filter, area, division, baBorders), List.of(), !filter.national());
    }
}
