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
    /** Every programme's four fixed groups (ViewStates computes them ahead up to 10 000 programmes), and room for more. */
    private final DataVersionCache<Question, Benchmark> benchmarks = new DataVersionCache<>(50_000, b -> 1);
    private volatile @Nullable FixedGroups fixedGroups;
    private final Object fixedGroupsLock = new Object();

    /** A fixed peer group: the programmes of one type and (but for ALL) one band of the group. */
    private record GroupKey(String type, PeerGroup group, Object band) {
    }

    /** A fixed group's members' latest values of one comparability key. */
    private record PeerKey(GroupKey group, String comparabilityKey) {
    }

    /** The members' latest values of a key, in the profiles' order, and the same values sorted. */
    private record PeerValues(List<IndicatorResult> values, double[] sorted) {
    }

    /** Every fixed group's members (in the profiles' order) and their values per key, per data version. */
    private record FixedGroups(Map<GroupKey, List<ProgrammeProfile>> members, Map<PeerKey, PeerValues> values) {
    }

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
        fixedGroups = null;
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
        checkChosen(chosen);
        if (group == PeerGroup.CUSTOM) {
            return profiles().stream()
                    .filter(p -> !p.programmeId().equals(programmeId) && p.type().equals(own.type())
                            && chosen.contains(p.programmeId()))
                    .toList();
        }
        Object band = band(own, group);
        List<ProgrammeProfile> members = band == null ? null
                : fixedGroups().members().get(new GroupKey(own.type(), group, band));
        return members == null ? List.of() : allBut(members, indexOf(members, programmeId, ProgrammeProfile::programmeId));
    }

    private void checkChosen(List<String> chosen) {
        for (String id : chosen) {
            if (!profilesById().containsKey(id)) {
                throw new InvalidFilterException("Unknown programme in the peer list: '" + id + "'");
            }
        }
    }

    /** A programme against its peer group; each (programme, group, chosen peers) is worked out once per data version. */
    public Benchmark benchmark(String programmeId, PeerGroup group, List<String> chosen) {
        profile(programmeId);
        checkChosen(chosen); // an unknown programme or peer is refused before anything is kept
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
        List<BenchmarkRow> ranked = new ArrayList<>();
        List<BenchmarkRow> tooFew = new ArrayList<>();
        List<IndicatorResult> unmatched = new ArrayList<>();
        Map<String, List<IndicatorResult>> chosenValues = group == PeerGroup.CUSTOM ? valuesByKey(peers, ownLatest.keySet()) : null;
        Object band = band(own, group);
        for (IndicatorResult value : ownLatest.values()) {
            List<IndicatorResult> peerValues;
            double[] sorted = null;
            if (chosenValues != null) {
                peerValues = List.copyOf(chosenValues.get(value.comparabilityKey()));
            } else {
                // the group's members' values of the key, worked out once per data version, without the programme itself
                PeerValues members = band == null ? null : fixedGroups().values()
                        .get(new PeerKey(new GroupKey(own.type(), group, band), value.comparabilityKey()));
                if (members == null) {
                    peerValues = List.of();
                } else {
                    int self = indexOf(members.values(), programmeId, IndicatorResult::subjectId);
                    peerValues = allBut(members.values(), self);
                    sorted = self < 0 ? members.sorted()
                            : withoutOne(members.sorted(), Objects.requireNonNull(members.values().get(self).value()));
                }
            }
            if (peerValues.isEmpty()) {
                unmatched.add(value);
                continue;
            }
            IndicatorDefinition def = indicatorService.definition(value.indicatorId()).orElseThrow();
            BenchmarkRow row = compare(def, value, peerValues, sorted, minimumPeers);
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

    /** Per key, the chosen peers' latest values of it, in the peers' order. */
    private Map<String, List<IndicatorResult>> valuesByKey(List<ProgrammeProfile> peers, Set<String> keys) {
        Map<String, List<IndicatorResult>> out = new HashMap<>();
        keys.forEach(key -> out.put(key, new ArrayList<>()));
        for (ProgrammeProfile peer : peers) {
            Map<String, IndicatorResult> latest = indicatorService.latestRankable(peer.programmeId());
            for (Map.Entry<String, List<IndicatorResult>> e : out.entrySet()) {
                IndicatorResult value = latest.get(e.getKey());
                if (value != null) {
                    e.getValue().add(value);
                }
            }
        }
        return out;
    }

    /** What a fixed group's members share besides their type (the same for all with ALL); null: the programme has none. */
    private static @Nullable Object band(ProgrammeProfile p, PeerGroup group) {
        return switch (group) {
            case ALL -> "";
            case LENGTH -> p.lengthBand();
            case SIZE -> p.sizeBand();
            case CENTRALITY -> p.dominantCentralityClass();
            case CUSTOM -> null;
        };
    }

    /**
     * Every fixed group's members and their latest values per key (thousands of peers at 10 M facts: gathered and sorted
     * once per data version instead of per benchmark).
     */
    private FixedGroups fixedGroups() {
        FixedGroups cached = fixedGroups;
        if (cached != null) {
            return cached;
        }
        synchronized (fixedGroupsLock) { // worked out once, also when many first requests ask at the same time
            cached = fixedGroups;
            return cached != null ? cached : gatherFixedGroups();
        }
    }

    private FixedGroups gatherFixedGroups() {
        Map<GroupKey, List<ProgrammeProfile>> members = new HashMap<>();
        Map<PeerKey, List<IndicatorResult>> values = new HashMap<>();
        for (ProgrammeProfile p : profiles()) {
            for (PeerGroup group : List.of(PeerGroup.ALL, PeerGroup.LENGTH, PeerGroup.SIZE, PeerGroup.CENTRALITY)) {
                Object band = band(p, group);
                if (band != null) {
                    GroupKey g = new GroupKey(p.type(), group, band);
                    members.computeIfAbsent(g, k -> new ArrayList<>()).add(p);
                    indicatorService.latestRankable(p.programmeId()).forEach((key, value) -> values
                            .computeIfAbsent(new PeerKey(g, key), k -> new ArrayList<>()).add(value));
                }
            }
        }
        Map<PeerKey, PeerValues> sorted = new HashMap<>();
        values.forEach((key, list) -> sorted.put(key, new PeerValues(List.copyOf(list),
                list.stream().mapToDouble(v -> Objects.requireNonNull(v.value())).sorted().toArray())));
        members.replaceAll((key, list) -> List.copyOf(list));
        FixedGroups gathered = new FixedGroups(Map.copyOf(members), Map.copyOf(sorted));
        fixedGroups = gathered;
        return gathered;
    }

    private static <T> int indexOf(List<T> list, String programmeId, java.util.function.Function<T, String> id) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(programmeId)) {
                return i;
            }
        }
        return -1;
    }

    /** The list without the element at {@code skip} (none when negative), read through, not copied. */
    static <T> List<T> allBut(List<T> list, int skip) {
        if (skip < 0) {
            return list;
        }
        return new AllBut<>(list, skip);
    }

    /** A shared list less one element: a benchmark row's peers are its group's members less the programme itself. */
    private static final class AllBut<T> extends java.util.AbstractList<T> implements java.util.RandomAccess {
        private final List<T> list;
        private final int skip;

        AllBut(List<T> list, int skip) {
            this.list = list;
            this.skip = skip;
        }

        @Override
        public T get(int index) {
            java.util.Objects.checkIndex(index, size());
            return list.get(index < skip ? index : index + 1);
        }

        @Override
        public int size() {
            return list.size() - 1;
        }
    }

    /** A sorted array without one occurrence of a value in it. */
    static double[] withoutOne(double[] sorted, double value) {
        int at = java.util.Arrays.binarySearch(sorted, value);
        if (at < 0) {
            throw new IllegalArgumentException(value + " is not in the array");
        }
        double[] out = new double[sorted.length - 1];
        System.arraycopy(sorted, 0, out, 0, at);
        System.arraycopy(sorted, at + 1, out, at, sorted.length - at - 1);
        return out;
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
        return compare(def, own, peers, null, minimumPeers);
    }

    /** As above, with the peers' values already sorted ({@code sorted}, or null to sort them here). */
    private static BenchmarkRow compare(IndicatorDefinition def, IndicatorResult own, List<IndicatorResult> peers,
                                        double @Nullable [] sorted, int minimumPeers) {
        if (peers.size() < minimumPeers) {
            return new BenchmarkRow(def, own, peers, null, null, null, null, null, null, null);
        }
        double mine = Objects.requireNonNull(own.value());
        // one pass over unboxed values: a county workbook at 10 M facts compares hundreds of programmes with 5 000 peers
        double[] peerValues = sorted != null ? sorted : new double[peers.size()];
        boolean lowerBetter = def.direction().equals("lower_better");
        long better = 0;
        long below = 0;
        long equal = 0;
        int counted = 0;
        for (int i = 0; i < peerValues.length; i++) {
            IndicatorResult p = peers.get(i);
            double v = Objects.requireNonNull(p.value());
            if (sorted == null) {
                peerValues[i] = v;
            }
            better += (lowerBetter ? v < mine : v > mine) ? 1 : 0;
            below += v < mine ? 1 : 0;
            equal += v == mine ? 1 : 0;
            counted += fromCounts(p) ? 1 : 0;
        }
        if (sorted == null) {
            java.util.Arrays.sort(peerValues);
        }
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
