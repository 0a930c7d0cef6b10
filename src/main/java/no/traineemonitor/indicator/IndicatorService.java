package no.traineemonitor.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.traineemonitor.base.sql.ParallelQueries;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
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
    private final int minimumN;
    private volatile @Nullable List<IndicatorDefinition> catalogue;

    @Autowired
    IndicatorService(IndicatorRepository repository, ReferenceService referenceService, ProgrammeService programmeService,
                     ParallelQueries queries, @Value("${traineemonitor.indicators.minimum-n:5}") int minimumN) {
        this.repository = repository;
        this.referenceService = referenceService;
        this.programmeService = programmeService;
        this.queries = queries;
        this.minimumN = minimumN;
    }

    /** Without a database: for computing shares, intervals and suppression only. */
    IndicatorService(int minimumN) {
        this(null, null, null, null, minimumN);
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
        return repository.observations(filter).stream().map(this::toResult).toList();
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
     * Values pooled per region: sums of numerators and denominators of the region's programmes (count-based shares
     * only), with the programmes that contributed and those left out.
     */
    public List<IndicatorResult> pooled(String regionType, @Nullable String regionId, IndicatorFilter filter) {
        if (!REGION_TYPES.contains(regionType)) {
            throw new InvalidFilterException("Unknown region type '" + regionType + "': use one of " + REGION_TYPES);
        }
        validate(filter);
        Map<String, List<String>> members = repository.regionProgrammes(regionType, filter.programmeType());
        Map<String, String> names = repository.regionNames(regionType);
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorRepository.Pooled p : repository.pooled(regionType, regionId, filter)) {
            String[] key = p.comparabilityKey().split("\\|", -1);
            List<String> leftOut = new ArrayList<>(members.getOrDefault(p.regionId(), List.of()));
            leftOut.removeAll(p.programmes());
            out.add(share(p.indicatorId(), key[1], regionType, p.regionId(), names.getOrDefault(p.regionId(), p.regionId()),
                    p.periodStart(), p.periodEnd(), blankToNull(key[2]), blankToNull(key[3]), p.qualifier(),
                    p.numerator(), p.denominator(), null, "pooled", p.comparabilityKey(), false, p.factIds(),
                    p.programmes(), leftOut));
        }
        return out;
    }

    /**
     * The current picture of the selection: per indicator definition, the latest count-based value of each programme,
     * pooled. Periods differ between programmes; the result's period is the span they cover.
     */
    public List<IndicatorResult> pooledLatest(IndicatorFilter filter, String selectionName) {
        validate(filter);
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorRepository.Pooled p : repository.pooledLatest(filter)) {
            String[] key = p.comparabilityKey().split("\\|", -1);
            out.add(share(p.indicatorId(), key[1], "selection", "selection", selectionName, p.periodStart(),
                    p.periodEnd(), blankToNull(key[2]), blankToNull(key[3]), p.qualifier(), p.numerator(),
                    p.denominator(), null, "pooled_latest", p.comparabilityKey(), false, p.factIds(), p.programmes(),
                    List.of()));
        }
        return out;
    }

    private IndicatorResult toResult(IndicatorRepository.Observation o) {
        boolean conflicting = o.sourcesDisagree();
        if ("share".equals(o.kind())) {
            return share(o.indicatorId(), o.variant(), o.subjectType(), o.subjectId(), o.subjectName(), o.periodStart(),
                    o.periodEnd(), o.scope(), o.horizon(), o.qualifier(), o.numerator(), o.denominator(), o.reportedValue(),
                    o.basis(), o.comparabilityKey(), conflicting, o.factIds(), List.of(), List.of());
        }
        return new IndicatorResult(o.indicatorId(), o.variant(), o.subjectType(), o.subjectId(), o.subjectName(),
                o.periodStart(), o.periodEnd(), o.scope(), o.horizon(), o.qualifier(), o.value(), o.numerator(),
                o.denominator(), null, null, null, false, null, o.basis(), o.kind(), o.comparabilityKey(), conflicting,
                o.factIds(), List.of(), List.of());
    }

    /** A share with its n, Wilson interval and suppression. {@code reported} is a share the source gives directly. */
    IndicatorResult share(String indicatorId, String variant, String subjectType, String subjectId, String subjectName,
                          @Nullable Integer periodStart, @Nullable Integer periodEnd, @Nullable String scope,
                          @Nullable String horizon, String qualifier, @Nullable Double numerator,
                          @Nullable Double denominator, @Nullable Double reported, String basis, String comparabilityKey,
                          boolean conflicting, List<String> factIds, List<String> programmes, List<String> leftOut) {
        Double n = denominator;
        Double value = reported != null ? reported : (numerator != null && n != null && n > 0 ? numerator / n : null);
        if (n != null && n < minimumN) {
            return new IndicatorResult(indicatorId, variant, subjectType, subjectId, subjectName, periodStart, periodEnd,
                    scope, horizon, qualifier, null, null, null, null, null, null, true,
                    "n < " + minimumN + " (small numbers are withheld)", basis, "share", comparabilityKey, conflicting,
                    factIds, programmes, leftOut);
        }
        Double low = null;
        Double high = null;
        if (value != null && n != null && value >= 0 && value <= 1) {
            WilsonInterval ci = WilsonInterval.of95(value, n);
            low = ci.low();
            high = ci.high();
        }
        return new IndicatorResult(indicatorId, variant, subjectType, subjectId, subjectName, periodStart, periodEnd,
                scope, horizon, qualifier, value, numerator, denominator, n, low, high, false, null, basis, "share",
                comparabilityKey, conflicting, factIds, programmes, leftOut);
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
        if (f.centralityClass() != null && (f.centralityClass() < 1 || f.centralityClass() > 6)) {
            throw new InvalidFilterException("Unknown centrality class: '" + f.centralityClass() + "' (1-6)");
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
