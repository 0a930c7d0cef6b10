package no.traineemonitor.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.traineemonitor.base.sql.DataVersionCache;
import no.traineemonitor.indicator.FunnelLimits;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.indicator.InvalidFilterException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Benchmarks a programme against a fair peer group: per comparability key (definition, period kind, figure kind and
 * qualifier class), rank, percentile, difference to the peer median and funnel-plot limits from each programme's latest
 * outcome of that key; only with enough comparable peers (docs/how-we-compare.md). Targets, plans and models are set
 * beside the programme's outcomes, and statements about several programmes are shown, never ranked.
 */
@Service
public class BenchmarkService {

    private final BenchmarkRepository repository;
    private volatile @Nullable List<ProgrammeProfile> profiles;
    private volatile @Nullable Map<String, ProgrammeProfile> profilesById;
    private final DataVersionCache<Question, Benchmark> benchmarks = new DataVersionCache<>(5_000, b -> 1);

    /** A yearly return changed the warehouse: peer-group attributes (size, coverage) and benchmarks are worked out again. */
    @org.springframework.context.event.EventListener
    void warehouseChanged(no.traineemonitor.warehouse.WarehouseChanged event) {
        dataChanged();
    }
    private final IndicatorService indicatorService;
    private final int minimumPeers;

    BenchmarkService(BenchmarkRepository repository, IndicatorService indicatorService,
                     @Value("${traineemonitor.benchmark.minimum-peers:4}") int minimumPeers) {
        this.repository = repository;
        this.indicatorService = indicatorService;
        this.minimumPeers = minimumPeers;
    }

    /** How many comparable peer values a rank, percentile, median or funnel needs. */
    public int minimumPeers() {
        return minimumPeers;
    }

    /** Forgets what was read from the warehouse (the programmes' profiles): call it when the data has changed. */
    public void dataChanged() {
        profiles = null;
        profilesById = null;
        benchmarks.clear();
    }

    /** Peer-group attributes of every programme, read once per data version. */
    public List<ProgrammeProfile> profiles() {
        List<ProgrammeProfile> cached = profiles;
        if (cached == null) {
            cached = repository.profiles();
            profiles = cached;
        }
        return cached;
    }

    public ProgrammeProfile profile(String programmeId) {
        ProgrammeProfile found = profilesById().get(programmeId);
        if (found == null) {
            throw new InvalidFilterException("Unknown programme: '" + programmeId + "'");
        }
        return found;
    }

    private Map<String, ProgrammeProfile> profilesById() {
        Map<String, ProgrammeProfile> cached = profilesById;
        if (cached == null) {
            cached = profiles().stream().collect(Collectors.toUnmodifiableMap(ProgrammeProfile::programmeId, p -> p));
            profilesById = cached;
        }
        return cached;
    }

    /** The peers of a programme: same type, itself excluded, narrowed by the group (CUSTOM uses {@code chosen}). */
    public List<ProgrammeProfile> peers(String programmeId, PeerGroup group, List<String> chosen) {
        ProgrammeProfile own = profile(programmeId);
        for (String id : chosen) {
            if (!profilesById().containsKey(id)) {
                throw new InvalidFilterException("Unknown programme in the peer list: '" + id + "'");
            }
        }
        return profiles().stream()
                .filter(p -> !p.programmeId().equals(programmeId) && p.type().equals(own.type()))
                .filter(p -> switch (group) {
                    case ALL -> true;
                    case LENGTH -> own.lengthBand() != null && own.lengthBand().equals(p.lengthBand());
                    case SIZE -> own.sizeBand() != null && own.sizeBand().equals(p.sizeBand());
                    case CENTRALITY -> own.dominantCentralityClass() != null
                            && own.dominantCentralityClass().equals(p.dominantCentralityClass());
                    case CUSTOM -> chosen.contains(p.programmeId());
                })
                .toList();
    }

    /** A programme against its peer group; each (programme, group, chosen peers) is worked out once per data version. */
    public Benchmark benchmark(String programmeId, PeerGroup group, List<String> chosen) {
        profile(programmeId);
        peers(programmeId, group, chosen); // an unknown programme or peer is refused before anything is kept
        return benchmarks.get(new Question(programmeId, group, List.copyOf(chosen), indicatorService.smallNumberRights()),
                () -> compute(programmeId, group, chosen));
    }

    /** One benchmark, per the user's rights too: the programme's own values may show small numbers to its leader. */
    private record Question(String programmeId, PeerGroup group, List<String> chosen,
                            no.traineemonitor.security.CurrentUser.SmallNumberRights rights) {
    }

    private Benchmark compute(String programmeId, PeerGroup group, List<String> chosen) {
        ProgrammeProfile own = profile(programmeId);
        List<ProgrammeProfile> peers = peers(programmeId, group, chosen);
        // the programme's own values and the statements about it with others; its peers' latest comparable values are
        // read once per data version (IndicatorService.latestRankable), not per benchmark
        List<IndicatorResult> ofProgramme = indicatorService.results(IndicatorFilter.none().withProgramme(programmeId));
        List<IndicatorResult> mine = ofProgramme.stream().filter(r -> r.subjectType().equals("programme")).toList();
        Map<String, IndicatorResult> ownLatest = latestPerKey(mine.stream().filter(IndicatorResult::rankable).toList());
        // per comparability key the peers' values, in the peers' order (thousands of peers at 10 M facts: plain loops,
        // each peer's latest values looked up once per key)
        Map<String, List<IndicatorResult>> peerValuesByKey = new HashMap<>();
        ownLatest.keySet().forEach(key -> peerValuesByKey.put(key, new ArrayList<>()));
        for (ProgrammeProfile peer : peers) {
            Map<String, IndicatorResult> latest = indicatorService.latestRankable(peer.programmeId());
            for (Map.Entry<String, List<IndicatorResult>> e : peerValuesByKey.entrySet()) {
                IndicatorResult value = latest.get(e.getKey());
                if (value != null) {
                    e.getValue().add(value);
                }
            }
        }
        List<BenchmarkRow> ranked = new ArrayList<>();
        List<BenchmarkRow> tooFew = new ArrayList<>();
        List<IndicatorResult> unmatched = new ArrayList<>();
        for (IndicatorResult value : ownLatest.values()) {
            List<IndicatorResult> peerValues = List.copyOf(peerValuesByKey.get(value.comparabilityKey()));
            if (peerValues.isEmpty()) {
                unmatched.add(value);
                continue;
            }
            IndicatorDefinition def = indicatorService.definition(value.indicatorId()).orElseThrow();
            BenchmarkRow row = compare(def, value, peerValues, minimumPeers);
            (row.ranked() ? ranked : tooFew).add(row);
        }
        List<IndicatorResult> apart = mine.stream().filter(r -> !r.isIntention() && !r.rankable()).toList();
        List<Benchmark.Intention> intentions = mine.stream().filter(IndicatorResult::isIntention)
                .map(t -> new Benchmark.Intention(t, latestOutcome(t, mine))).toList();
        List<IndicatorResult> joint = ofProgramme.stream()
                .filter(r -> r.statementProgrammes().contains(programmeId))
                .collect(Collectors.groupingBy(IndicatorResult::subjectId, LinkedHashMap::new, Collectors.toList()))
                .values().stream().flatMap(List::stream).toList();
        Comparator<BenchmarkRow> order = Comparator.comparingInt(r -> r.definition().sortOrder());
        ranked.sort(order);
        tooFew.sort(order);
        return new Benchmark(own, group, peers, List.copyOf(ranked), List.copyOf(tooFew), sorted(unmatched), sorted(apart),
                intentions.stream().sorted(Comparator.comparing(Benchmark.Intention::intention, indicatorService.catalogueOrder())).toList(),
                sorted(joint), minimumPeers);
    }

    private List<IndicatorResult> sorted(List<IndicatorResult> results) {
        return results.stream().sorted(indicatorService.catalogueOrder()).toList();
    }

    /** The programme's latest outcome of the same indicator, variant, scope and horizon as a target, plan or model. */
    private static @Nullable IndicatorResult latestOutcome(IndicatorResult intention, List<IndicatorResult> mine) {
        return mine.stream()
                .filter(r -> !r.isIntention() && r.hasValue() && r.indicatorId().equals(intention.indicatorId())
                        && r.variant().equals(intention.variant()) && Objects.equals(r.scope(), intention.scope())
                        && Objects.equals(r.horizon(), intention.horizon()))
                .max(Comparator.comparing((IndicatorResult r) -> r.periodKind().equals(intention.periodKind()))
                        .thenComparing(r -> r.periodEnd() == null ? Integer.MIN_VALUE : r.periodEnd()))
                .orElse(null);
    }

    /**
     * Rank, percentile, median difference and funnel position of one value among its peers' values of the same key,
     * when at least {@code minimumPeers} peers have one; otherwise the row carries the values only.
     */
    static BenchmarkRow compare(IndicatorDefinition def, IndicatorResult own, List<IndicatorResult> peers, int minimumPeers) {
        if (peers.size() < minimumPeers) {
            return new BenchmarkRow(def, own, peers, null, null, null, null, null, null, null);
        }
        double mine = Objects.requireNonNull(own.value());
        // one pass over unboxed values: a county workbook at 10 M facts compares hundreds of programmes with 5 000 peers
        double[] peerValues = new double[peers.size()];
        boolean lowerBetter = def.direction().equals("lower_better");
        long better = 0;
        long below = 0;
        long equal = 0;
        int counted = 0;
        for (int i = 0; i < peerValues.length; i++) {
            IndicatorResult p = peers.get(i);
            double v = Objects.requireNonNull(p.value());
            peerValues[i] = v;
            better += (lowerBetter ? v < mine : v > mine) ? 1 : 0;
            below += v < mine ? 1 : 0;
            equal += v == mine ? 1 : 0;
            counted += fromCounts(p) ? 1 : 0;
        }
        java.util.Arrays.sort(peerValues);
        int rank = (int) better + 1;
        int compared = peerValues.length + 1;
        double percentile = 100.0 * (below + 0.5 * (equal + 1)) / compared;
        Double median = median(peerValues);
        Double pooled = null;
        FunnelLimits funnel = null;
        String position = null;
        // a funnel needs the programme's and enough peers' exact counts: its centre is their pooled share
        if (def.isShare() && fromCounts(own) && counted >= minimumPeers) {
            double num = Objects.requireNonNull(own.numerator());
            double den = Objects.requireNonNull(own.n());
            for (IndicatorResult p : peers) {
                if (fromCounts(p)) {
                    num += Objects.requireNonNull(p.numerator());
                    den += Objects.requireNonNull(p.n());
                }
            }
            pooled = num / den;
            funnel = FunnelLimits.at(pooled, own.n());
            position = funnel.position(mine);
        }
        return new BenchmarkRow(def, own, peers, rank, percentile, median, mine - median, pooled, funnel, position);
    }

    private static boolean fromCounts(IndicatorResult r) {
        return r.basis().equals("counts") && r.numerator() != null && r.n() != null;
    }

    /** Per comparability key, the latest value (by period end; undated last), preferring counts over reported shares. */
    static Map<String, IndicatorResult> latestPerKey(List<IndicatorResult> results) {
        Comparator<IndicatorResult> newestFirst = Comparator
                .comparing((IndicatorResult r) -> r.periodEnd() == null ? Integer.MIN_VALUE : r.periodEnd()).reversed()
                .thenComparing(r -> r.basis().equals("counts") ? 0 : 1);
        Map<String, IndicatorResult> out = new LinkedHashMap<>();
        results.stream().sorted(newestFirst).forEach(r -> out.putIfAbsent(r.comparabilityKey(), r));
        return out;
    }

    static @Nullable Double median(double[] sorted) {
        int n = sorted.length;
        return n == 0 ? null : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
