package no.traineemonitor.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.traineemonitor.base.sql.DataVersionCache;
import no.traineemonitor.base.sql.ParallelQueries;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one place indicators are computed, for screen, command line and reports alike: values come from the SQL
 * views (ind_observation, pooled.sql); this service adds the 95 % Wilson interval, withholds shares below the
 * minimum n, flags conflicting values, and lists which programmes a pooled value leaves out.
 */
@Service
public class IndicatorService {

    public static final List<String> REGION_TYPES = List.of("county", "county_2020", "ba_region", "centrality_class", "all");

    private final IndicatorRepository repository;
    private final ReferenceService referenceService;
    private final ProgrammeService programmeService;
    private final ParallelQueries queries;
    private final @Nullable CurrentUser currentUser;
    private final int minimumN;
    private volatile @Nullable List<IndicatorDefinition> catalogue;
    private volatile @Nullable Ranking ranking;
    private final Object rankingLock = new Object();
    /**
     * Values per filter: the explorer's, the overview's and the reports' questions, answered once per data version and
     * per user rights (who may see which small numbers).
     */
    private final DataVersionCache<Question, List<IndicatorResult>> resultsByFilter =
            new DataVersionCache<>(RESULTS_KEPT, List::size);
    private final DataVersionCache<IndicatorFilter, List<IndicatorRepository.Pooled>> pooledLatestByFilter =
            new DataVersionCache<>(RESULTS_KEPT, List::size);
    /** The programmes of each region and the regions' names, per region type (and programme type), per data version. */
    private final DataVersionCache<List<@Nullable String>, Map<String, List<String>>> regionProgrammes =
            new DataVersionCache<>(100, m -> 1);
    private final DataVersionCache<String, Map<String, String>> regionNames = new DataVersionCache<>(100, m -> 1);

    /**
     * Every indicator's values as the public sees them, read once per data version while the warehouse holds at most
     * {@link #PUBLIC_VALUES_KEPT}: the public's questions (the explorer per county, a benchmark's own values) pick theirs
     * from these in memory, which at 10 M facts is a thousandth of a second against tens for a query per filter.
     */
    private final DataVersionCache<String, IndicatorValues> publicValues =
            new DataVersionCache<>(PUBLIC_VALUES_KEPT, IndicatorValues::size);
    /** The public's values per filter, picked from {@link #publicValues}: lists of shared values (4 bytes a row). */
    private final DataVersionCache<IndicatorFilter, List<IndicatorResult>> publicPicks =
            new DataVersionCache<>(5_000_000, List::size);
    private volatile @Nullable Long valueCount;
    private volatile @Nullable List<SelectableProgramme> selectable;

    /**
     * Up to this many values in the warehouse (ind_value's rows; about 0.3 kB each on the heap) the public's values are
     * all kept: 770 000 at 10 M synthetic facts, 77 000 at 1 M; beyond it each filter is a query of its own.
     */
    static final int PUBLIC_VALUES_KEPT = 1_000_000;

    /**
     * How many values the per-filter answers may hold in memory together (about 0.3 kB each): the whole country's
     * values of one indicator at 10 million facts are about 80 000.
     */
    static final int RESULTS_KEPT = 250_000;

    private record Question(IndicatorFilter filter, CurrentUser.SmallNumberRights rights) {
    }

    /** A yearly return changed the warehouse: everything kept from it is read again. */
    @org.springframework.context.event.EventListener
    void warehouseChanged(no.traineemonitor.warehouse.WarehouseChanged event) {
        dataChanged();
    }

    @Autowired
    IndicatorService(IndicatorRepository repository, ReferenceService referenceService, ProgrammeService programmeService,
                     ParallelQueries queries, CurrentUser currentUser,
                     @Value("${traineemonitor.indicators.minimum-n:5}") int minimumN) {
        this.repository = repository;
        this.referenceService = referenceService;
        this.programmeService = programmeService;
        this.queries = queries;
        this.currentUser = currentUser;
        this.minimumN = minimumN;
    }

    /**
     * Forgets everything read from the warehouse (values per filter, pools, the latest comparable values and peer
     * counts, the catalogue): call it when the warehouse's data has changed.
     */
    public void dataChanged() {
        catalogue = null;
        ranking = null;
        resultsByFilter.clear();
        publicValues.clear();
        publicPicks.clear();
        valueCount = null;
        selectable = null;
        pooledLatestByFilter.clear();
        regionProgrammes.clear();
        regionNames.clear();
    }

    /** Without a database: for computing shares, intervals and suppression only (as the public sees them). */
    IndicatorService(int minimumN) {
        this(null, null, null, null, null, minimumN);
    }

    public int minimumN() {
        return minimumN;
    }

    /** The catalogue, in display order. */
    public List<IndicatorDefinition> catalogue() {
        List<IndicatorDefinition> c = catalogue;
        if (c == null) {
            c = repository.catalogue();
            catalogue = c;
        }
        return c;
    }

    public Optional<IndicatorDefinition> definition(String indicatorId) {
        return catalogue().stream().filter(d -> d.indicatorId().equals(indicatorId)).findFirst();
    }

    /** The explorer's two lists for one indicator: the selection's latest values pooled, and every value. */
    public record Exploration(List<IndicatorResult> pooledLatest, List<IndicatorResult> values) {
    }

    /** {@link #pooledLatest} and {@link #results} for one filter, queried side by side. */
    public Exploration explore(IndicatorFilter filter, String selectionName) {
        validate(filter);
        var pooled = queries.start(() -> pooledLatest(filter, selectionName));
        var values = queries.start(() -> results(filter));
        return new Exploration(pooled.get(), values.get());
    }

    /** Values per programme (and per region where a source gives a region-level figure) for the filter. */
    public List<IndicatorResult> results(IndicatorFilter filter) {
        validate(filter);
        CurrentUser.SmallNumberRights rights = smallNumberRights();
        if (rights.equals(CurrentUser.SmallNumberRights.NONE) && keepsPublicValues()) {
            return publicPicks.get(filter, () -> publicResults(filter));
        }
        return resultsByFilter.get(new Question(filter, rights),
                () -> repository.observations(filter).stream().map(this::toResult).toList());
    }

    private boolean keepsPublicValues() {
        Long count = valueCount;
        if (count == null) {
            count = repository.valueCount();
            valueCount = count;
        }
        return count <= PUBLIC_VALUES_KEPT;
    }

    /** The programmes in a selection, found among every programme's attributes (read once per data version). */
    private Set<String> selectedProgrammes(IndicatorFilter selection) {
        List<SelectableProgramme> all = selectable;
        if (all == null) {
            all = repository.selectableProgrammes();
            selectable = all;
        }
        Set<String> out = new HashSet<>();
        for (SelectableProgramme p : all) {
            if (p.in(selection)) {
                out.add(p.programmeId());
            }
        }
        return out;
    }

    /**
     * The filter's values picked from every indicator's kept values in observations.sql's order (by indicator, then as
     * stored): its selection's programmes and the statements about them, regions' values only without a selection.
     */
    private List<IndicatorResult> publicResults(IndicatorFilter filter) {
        IndicatorFilter selection = new IndicatorFilter(filter.county2024(), filter.county2020(), filter.baRegion(),
                filter.centralityClasses(), filter.programmeType(), filter.programmeId(), null, null, null);
        boolean regions = selection.equals(IndicatorFilter.none());
        Set<String> programmes = selectedProgrammes(selection);
        List<String> ids = filter.indicatorId() != null ? List.of(filter.indicatorId())
                : catalogue().stream().map(IndicatorDefinition::indicatorId).sorted().toList();
        List<IndicatorResult> out = new ArrayList<>();
        for (String id : ids) {
            publicValues.get(id, () -> new IndicatorValues(repository.observations(IndicatorFilter.none().withIndicator(id))
                    .stream().map(this::toResult).toList())).select(programmes, regions, filter.fromYear(), filter.toYear(), out);
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** Whose small numbers the signed-in user may see (none for the public): answers that show them are kept per these. */
    public CurrentUser.SmallNumberRights smallNumberRights() {
        return currentUser == null ? CurrentUser.SmallNumberRights.NONE : currentUser.smallNumberRights();
    }

    /**
     * The same values as {@link #results}, handed to {@code action} one at a time as they are read, so that any number
     * of them can be exported in constant memory (the full extract).
     */
    public void forEachResult(IndicatorFilter filter, java.util.function.Consumer<IndicatorResult> action) {
        validate(filter);
        repository.forEachObservation(filter, o -> action.accept(toResult(o)));
    }

    /**
     * Values pooled per region: sums of numerators and denominators of the region's programmes (exact count-based
     * outcomes only, one key and period at a time), with the programmes that contributed and those left out.
     */
    public List<IndicatorResult> pooled(String regionType, @Nullable String regionId, IndicatorFilter filter) {
        if (!REGION_TYPES.contains(regionType)) {
            throw new InvalidFilterException("Unknown region type '" + regionType + "': use one of " + REGION_TYPES);
        }
        validate(filter);
        Map<String, List<String>> members = regionProgrammes.get(java.util.Arrays.asList(regionType, filter.programmeType()),
                () -> repository.regionProgrammes(regionType, filter.programmeType()));
        Map<String, String> names = regionNames.get(regionType, () -> repository.regionNames(regionType));
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorRepository.Pooled p : repository.pooled(regionType, regionId, filter)) {
            List<String> leftOut = new ArrayList<>(members.getOrDefault(p.regionId(), List.of()));
            leftOut.removeAll(new HashSet<>(p.programmes()));
            out.add(pooledResult(p, regionType, p.regionId(), names.getOrDefault(p.regionId(), p.regionId()), "pooled",
                    leftOut));
        }
        return out;
    }

    /** Per region of a type (county, ba_region, ...), the programmes in it (of a programme type, or all). */
    public Map<String, List<String>> regionProgrammes(String regionType, @Nullable String programmeType) {
        if (!REGION_TYPES.contains(regionType)) {
            throw new InvalidFilterException("Unknown region type '" + regionType + "': use one of " + REGION_TYPES);
        }
        return regionProgrammes.get(java.util.Arrays.asList(regionType, programmeType),
                () -> repository.regionProgrammes(regionType, programmeType));
    }

    /**
     * The programmes (of a programme type, or all) that cover several BA-regions, each with the BA-regions it covers in
     * number order. They are pooled into none of them (docs/how-we-compare.md, rule 10).
     */
    public Map<String, List<String>> programmesAcrossBaRegions(@Nullable String programmeType) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        regionProgrammes.get(java.util.Arrays.asList("ba_region_several", programmeType),
                () -> repository.regionProgrammes("ba_region_several", programmeType))
                .forEach((ba, ids) -> ids.forEach(id -> out.computeIfAbsent(id, k -> new ArrayList<>()).add(ba)));
        out.values().forEach(java.util.Collections::sort);
        return out;
    }

    /** The name of a region of a type (county, ba_region, ...), or its id when it has none. */
    public String regionName(String regionType, String regionId) {
        return regionNames.get(regionType, () -> repository.regionNames(regionType)).getOrDefault(regionId, regionId);
    }

    /**
     * The current picture of the selection: per indicator definition and period kind, the latest exact count-based
     * outcome of each programme, pooled. Periods differ between programmes; the result's period is the span they cover.
     */
    public List<IndicatorResult> pooledLatest(IndicatorFilter filter, String selectionName) {
        validate(filter);
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorRepository.Pooled p : pooledLatestByFilter.get(filter, () -> repository.pooledLatest(filter))) {
            out.add(pooledResult(p, "selection", "selection", selectionName, "pooled_latest", List.of()));
        }
        return out;
    }

    /**
     * {@link #pooledLatest} for every county (2024) and the whole country at once, in one query: per region id (a county
     * number, or "NO"), its pooled latest values. Only the filter's type, indicator and years apply.
     */
    public Map<String, List<IndicatorResult>> pooledLatestByCounty(IndicatorFilter filter) {
        validate(filter);
        Map<String, List<IndicatorResult>> out = new java.util.LinkedHashMap<>();
        for (IndicatorRepository.Pooled p : repository.pooledLatestByCounty(filter)) {
            out.computeIfAbsent(p.regionId(), k -> new ArrayList<>()).add(pooledResult(p, "selection", "selection",
                    p.regionId(), "pooled_latest", List.of()));
        }
        return out;
    }

    /**
     * A key figure of a selection: its pooled values (one per period kind and definition) or, where none can be pooled,
     * each programme's latest reported outcome as the source gives it (approximate, a range, a percentage without
     * counts), so that a card is never empty while programmes in the selection report the figure.
     */
    public record KeyFigure(String indicatorId, List<IndicatorResult> pooled, List<IndicatorResult> reported) {

        public boolean isEmpty() {
            return pooled.isEmpty() && reported.isEmpty();
        }
    }

    /** The key figures of a selection for the given indicators (all when empty), in catalogue order. */
    public List<KeyFigure> keyFigures(IndicatorFilter filter, String selectionName, List<String> indicatorIds) {
        validate(filter);
        List<IndicatorResult> pooled = pooledLatest(filter.withIndicator(null), selectionName);
        // each programme's own latest values are read only for the indicators nothing could be pooled for
        Map<String, ParallelQueries.Result<List<IndicatorResult>>> values = new HashMap<>();
        for (IndicatorDefinition d : catalogue()) {
            if ((indicatorIds.isEmpty() || indicatorIds.contains(d.indicatorId()))
                    && pooled.stream().noneMatch(r -> r.indicatorId().equals(d.indicatorId()))) {
                values.put(d.indicatorId(), queries.start(() -> results(filter.withIndicator(d.indicatorId()))));
            }
        }
        List<KeyFigure> out = new ArrayList<>();
        for (IndicatorDefinition d : catalogue()) {
            if (!indicatorIds.isEmpty() && !indicatorIds.contains(d.indicatorId())) {
                continue;
            }
            List<IndicatorResult> pooledOfIndicator = pooled.stream()
                    .filter(r -> r.indicatorId().equals(d.indicatorId())).toList();
            List<IndicatorResult> reported = pooledOfIndicator.isEmpty()
                    ? latestReported(values.get(d.indicatorId()).get()) : List.of();
            out.add(new KeyFigure(d.indicatorId(), pooledOfIndicator, reported));
        }
        if (!indicatorIds.isEmpty()) {
            out.sort(Comparator.comparingInt(k -> indicatorIds.indexOf(k.indicatorId())));
        }
        return out;
    }

    /**
     * Per programme (or statement about several programmes), its latest outcome with a value, both ends of a range
     * kept; newest first.
     */
    static List<IndicatorResult> latestReported(List<IndicatorResult> values) {
        Map<String, Integer> latestEnd = new HashMap<>();
        List<IndicatorResult> outcomes = values.stream()
                .filter(r -> (r.subjectType().equals("programme") || r.subjectType().equals("programme_group"))
                        && r.hasValue() && !r.isIntention())
                .toList();
        for (IndicatorResult r : outcomes) {
            latestEnd.merge(r.subjectId(), r.periodEnd() == null ? Integer.MIN_VALUE : r.periodEnd(), Math::max);
        }
        // newest first; of one end year, an undisputed one-year exact figure before the rest
        Comparator<IndicatorResult> newestFirst = Comparator
                .comparing((IndicatorResult r) -> r.periodEnd() == null ? Integer.MIN_VALUE : r.periodEnd()).reversed()
                .thenComparing(IndicatorResult::conflicting)
                .thenComparing(r -> !r.periodKind().equals("year"))
                .thenComparing(r -> !r.qualifierClass().equals("exact"))
                .thenComparing(IndicatorResult::subjectName);
        Map<String, String> chosenKey = new HashMap<>();
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorResult r : outcomes.stream().sorted(newestFirst).toList()) {
            int end = r.periodEnd() == null ? Integer.MIN_VALUE : r.periodEnd();
            if (end != latestEnd.get(r.subjectId())) {
                continue;
            }
            // one definition per subject: the first seen (newest), with both ends of a range
            String key = r.comparabilityKey() + "|" + r.periodStart();
            if (chosenKey.putIfAbsent(r.subjectId(), key) == null || chosenKey.get(r.subjectId()).equals(key)) {
                out.add(r);
            }
        }
        return out;
    }

    private IndicatorResult pooledResult(IndicatorRepository.Pooled p, String subjectType, String subjectId,
                                         String subjectName, String basis, List<String> leftOut) {
        String[] key = p.comparabilityKey().split("\\|", -1);
        return share(new IndicatorResult(p.indicatorId(), key[1], subjectType, subjectId, subjectName, p.periodStart(),
                p.periodEnd(), p.periodKind(), p.figureKind(), blankToNull(key[2]), blankToNull(key[3]), p.qualifier(),
                "exact", null, p.numerator(), p.denominator(), p.denominator(), null, null, false, null, basis, "share",
                p.comparabilityKey(), false, p.factIds(), p.programmes(), leftOut, p.programmes().size()), null);
    }

    private IndicatorResult toResult(IndicatorRepository.Observation o) {
        IndicatorResult r = withoutPeers(o);
        return r.withPeers(peers(r));
    }

    private IndicatorResult withoutPeers(IndicatorRepository.Observation o) {
        return withoutPeers(o, true);
    }

    private IndicatorResult withoutPeers(IndicatorRepository.Observation o, boolean asViewer) {
        IndicatorResult r = new IndicatorResult(o.indicatorId(), o.variant(), o.subjectType(), o.subjectId(),
                o.subjectName(), o.periodStart(), o.periodEnd(), o.periodKind(), o.figureKind(), o.scope(), o.horizon(),
                o.qualifier(), o.qualifierClass(), o.value(), o.numerator(), o.denominator(),
                "share".equals(o.kind()) ? o.denominator() : null, null, null, false, null, o.basis(), o.kind(),
                o.comparabilityKey(), o.sourcesDisagree(), o.factIds(), List.of(), List.of(), null);
        return "share".equals(o.kind()) ? share(r, o.reportedValue(), asViewer) : r;
    }

    /**
     * A share with its n, Wilson interval and suppression. {@code reported} is a share the source gives directly. The
     * interval is drawn only where the source gives numerator and denominator as exact counts of the same group and
     * period: an approximate share, a range bound or a share with an n from elsewhere keeps its qualifier instead.
     */
    IndicatorResult share(IndicatorResult r, @Nullable Double reported) {
        return share(r, reported, true);
    }

    /**
     * @param asViewer whether the signed-in user's rights count: a leader sees their own programme's small numbers, an
     *                 analyst those of their county's programmes, an administrator all; the public none (and the peer
     *                 counts, which are the same for everybody, are made as the public sees the values)
     */
    IndicatorResult share(IndicatorResult r, @Nullable Double reported, boolean asViewer) {
        Double n = r.n();
        Double numerator = r.numerator();
        Double value = reported != null ? reported : (numerator != null && n != null && n > 0 ? numerator / n : null);
        if (n != null && n < minimumN && !(asViewer && maySeeSmallNumbers(r))) {
            return new IndicatorResult(r.indicatorId(), r.variant(), r.subjectType(), r.subjectId(), r.subjectName(),
                    r.periodStart(), r.periodEnd(), r.periodKind(), r.figureKind(), r.scope(), r.horizon(), r.qualifier(),
                    r.qualifierClass(), null, null, null, null, null, null, true,
                    "n < " + minimumN + " (small numbers are withheld)", r.basis(), "share", r.comparabilityKey(),
                    r.conflicting(), r.factIds(), r.programmes(), r.programmesLeftOut(), r.peers());
        }
        Double low = null;
        Double high = null;
        boolean fromExactCounts = !r.basis().equals("reported_percent") && numerator != null
                && r.qualifierClass().equals("exact");
        if (fromExactCounts && value != null && n != null && value >= 0 && value <= 1) {
            WilsonInterval ci = WilsonInterval.of95(value, n);
            low = ci.low();
            high = ci.high();
        }
        return new IndicatorResult(r.indicatorId(), r.variant(), r.subjectType(), r.subjectId(), r.subjectName(),
                r.periodStart(), r.periodEnd(), r.periodKind(), r.figureKind(), r.scope(), r.horizon(), r.qualifier(),
                r.qualifierClass(), value, numerator, r.denominator(), n, low, high, false, null, r.basis(), "share",
                r.comparabilityKey(), r.conflicting(), r.factIds(), r.programmes(), r.programmesLeftOut(), r.peers());
    }

    private boolean maySeeSmallNumbers(IndicatorResult r) {
        if (currentUser == null || !r.subjectType().equals("programme")) {
            return false;
        }
        String county = programmeService.programme(r.subjectId()).map(p -> p.countyNumber2024()).orElse(null);
        return currentUser.maySeeSmallNumbers(r.subjectId(), county);
    }

    /**
     * How many other programmes of the same type have a value this one could be ranked against (same comparability
     * key); NULL for a value that is never ranked (a target, a range, a statement about several programmes, a region).
     */
    private @Nullable Integer peers(IndicatorResult r) {
        return r.rankable() ? ranking().peers(r.comparabilityKey(), typeOf(r.subjectId()), r.subjectId()) : null;
    }

    /**
     * A programme's latest value of each comparability key that may be ranked (by period end, undated last; values
     * from counts before reported shares), by key: what its peers are compared with in a benchmark.
     */
    public Map<String, IndicatorResult> latestRankable(String programmeId) {
        return ranking().latest().getOrDefault(programmeId, Map.of());
    }

    /**
     * Per programme, its latest rankable value of each comparability key, and per comparability key and programme type
     * the programmes with one: read once per data version (sql/query/indicator/latest_rankable.sql), as the public sees
     * the values (the peer counts are the same for everybody; a value below the minimum n is never ranked).
     */
    private record Ranking(Map<String, Map<String, IndicatorResult>> latest,
                           Map<String, Map<String, Set<String>>> programmes) {

        /** Nested by key, then type: the key and type texts are shared, so their hashes are computed once. */
        int peers(String comparabilityKey, String programmeType, String programmeId) {
            Set<String> same = programmes.getOrDefault(comparabilityKey, Map.of()).getOrDefault(programmeType, Set.of());
            return Math.max(0, same.size() - (same.contains(programmeId) ? 1 : 0));
        }
    }

    private Ranking ranking() {
        Ranking cached = ranking;
        if (cached != null) {
            return cached;
        }
        synchronized (rankingLock) { // read once, also when several queries ask for it at the same time
            cached = ranking;
            if (cached != null) {
                return cached;
            }
            List<IndicatorResult> values = new ArrayList<>();
            Map<String, Map<String, Set<String>>> programmes = new HashMap<>();
            repository.forEachLatestRankable(minimumN, o -> {
                IndicatorResult r = withoutPeers(o, false);
                if (!r.rankable()) {
                    throw new IllegalStateException("latest_rankable.sql returned a value that cannot be ranked: " + r);
                }
                values.add(r);
                programmes.computeIfAbsent(r.comparabilityKey(), k -> new HashMap<>())
                        .computeIfAbsent(typeOf(r.subjectId()), k -> new HashSet<>()).add(r.subjectId());
            });
            Ranking counting = new Ranking(Map.of(), programmes);
            Map<String, Map<String, IndicatorResult>> latest = new HashMap<>();
            for (IndicatorResult r : values) {
                latest.computeIfAbsent(r.subjectId(), k -> new HashMap<>()).put(r.comparabilityKey(),
                        r.withPeers(counting.peers(r.comparabilityKey(), typeOf(r.subjectId()), r.subjectId())));
            }
            cached = new Ranking(latest, programmes);
            ranking = cached;
            return cached;
        }
    }

    private String typeOf(String programmeId) {
        return programmeService.programme(programmeId).map(p -> p.type()).orElse("");
    }

    /** Checks every filter value against what exists; the message names the bad value. */
    public void validate(IndicatorFilter f) {
        if (f.county2024() != null && referenceService.county(f.county2024(), CountyDivision.D2024).isEmpty()) {
            throw new InvalidFilterException("Unknown county (2024 division): '" + f.county2024() + "'. Known: "
                    + referenceService.counties(CountyDivision.D2024).stream().map(c -> c.number()).toList());
        }
        if (f.county2020() != null && referenceService.county(f.county2020(), CountyDivision.D2020).isEmpty()) {
            throw new InvalidFilterException("Unknown county (2020 division): '" + f.county2020() + "'. Known: "
                    + referenceService.counties(CountyDivision.D2020).stream().map(c -> c.number()).toList());
        }
        if (f.baRegion() != null && referenceService.baRegions().stream().noneMatch(b -> b.number().equals(f.baRegion()))) {
            throw new InvalidFilterException("Unknown labour-market region: '" + f.baRegion() + "' (use the 3-digit number, 001-159)");
        }
        for (Integer c : f.centralityClasses()) {
            if (c == null || c < 1 || c > 6) {
                throw new InvalidFilterException("Unknown centrality class: '" + c + "' (1-6)");
            }
        }
        if (f.programmeType() != null && !ProgrammeService.TYPES.contains(f.programmeType())) {
            throw new InvalidFilterException("Unknown programme type: '" + f.programmeType() + "'. Known: " + ProgrammeService.TYPES);
        }
        if (f.programmeId() != null && programmeService.programme(f.programmeId()).isEmpty()) {
            throw new InvalidFilterException("Unknown programme: '" + f.programmeId() + "'");
        }
        if (f.indicatorId() != null && definition(f.indicatorId()).isEmpty()) {
            throw new InvalidFilterException("Unknown indicator: '" + f.indicatorId() + "'. Known: "
                    + catalogue().stream().map(IndicatorDefinition::indicatorId).toList());
        }
        for (Integer year : new Integer[] {f.fromYear(), f.toYear()}) {
            if (year != null && (year < 1990 || year > 2100)) {
                throw new InvalidFilterException("Year out of range: '" + year + "' (1990-2100)");
            }
        }
        if (f.fromYear() != null && f.toYear() != null && f.fromYear() > f.toYear()) {
            throw new InvalidFilterException("The period is empty: from " + f.fromYear() + " is after to " + f.toYear());
        }
    }

    /** Orders results as the catalogue does. */
    public Comparator<IndicatorResult> catalogueOrder() {
        List<String> ids = catalogue().stream().map(IndicatorDefinition::indicatorId).toList();
        return Comparator.comparingInt(r -> ids.indexOf(r.indicatorId()));
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
