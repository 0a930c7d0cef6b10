package no.traineemonitor.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.traineemonitor.indicator.FunnelLimits;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.indicator.InvalidFilterException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Benchmarks a programme against a fair peer group: per indicator definition, rank, percentile, difference to the
 * peer median and funnel-plot limits, using each programme's latest usable value of that definition.
 */
@Service
public class BenchmarkService {

    static final Set<String> RANKABLE_QUALIFIERS = Set.of("reported", "approximate", "estimate");

    private final BenchmarkRepository repository;
    private volatile @Nullable List<ProgrammeProfile> profiles;
    private final IndicatorService indicatorService;

    BenchmarkService(BenchmarkRepository repository, IndicatorService indicatorService) {
        this.repository = repository;
        this.indicatorService = indicatorService;
    }

    /** Peer-group attributes of every programme, read once (they change only when the warehouse is loaded). */
    public List<ProgrammeProfile> profiles() {
        List<ProgrammeProfile> cached = profiles;
        if (cached == null) {
            cached = repository.profiles();
            profiles = cached;
        }
        return cached;
    }

    public ProgrammeProfile profile(String programmeId) {
        return profiles().stream().filter(p -> p.programmeId().equals(programmeId)).findFirst()
                .orElseThrow(() -> new InvalidFilterException("Unknown programme: '" + programmeId + "'"));
    }

    /** The peers of a programme: same type, itself excluded, narrowed by the group (CUSTOM uses {@code chosen}). */
    public List<ProgrammeProfile> peers(String programmeId, PeerGroup group, List<String> chosen) {
        ProgrammeProfile own = profile(programmeId);
        Set<String> known = profiles().stream().map(ProgrammeProfile::programmeId).collect(Collectors.toSet());
        for (String id : chosen) {
            if (!known.contains(id)) {
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

    public Benchmark benchmark(String programmeId, PeerGroup group, List<String> chosen) {
        ProgrammeProfile own = profile(programmeId);
        List<ProgrammeProfile> peers = peers(programmeId, group, chosen);
        Set<String> peerIds = peers.stream().map(ProgrammeProfile::programmeId).collect(Collectors.toSet());
        List<IndicatorResult> all = indicatorService.results(IndicatorFilter.none()).stream()
                // only point values are ranked: not budgets (plans), not range ends or bounds, not conflicting values
                .filter(r -> r.subjectType().equals("programme") && r.hasValue() && !r.conflicting()
                        && RANKABLE_QUALIFIERS.contains(r.qualifier()))
                .toList();
        Map<String, IndicatorResult> ownLatest = latestPerKey(all.stream().filter(r -> r.subjectId().equals(programmeId)).toList());
        List<BenchmarkRow> comparable = new ArrayList<>();
        List<IndicatorResult> incomparable = new ArrayList<>();
        for (IndicatorResult mine : ownLatest.values()) {
            List<IndicatorResult> peerValues = new ArrayList<>();
            for (String peer : peerIds) {
                IndicatorResult latest = latestPerKey(all.stream()
                        .filter(r -> r.subjectId().equals(peer) && r.comparabilityKey().equals(mine.comparabilityKey()))
                        .toList()).get(mine.comparabilityKey());
                if (latest != null) {
                    peerValues.add(latest);
                }
            }
            if (peerValues.isEmpty()) {
                incomparable.add(mine);
            } else {
                IndicatorDefinition def = indicatorService.definition(mine.indicatorId()).orElseThrow();
                comparable.add(compare(def, mine, peerValues));
            }
        }
        comparable.sort(Comparator.comparingInt(r -> r.definition().sortOrder()));
        incomparable.sort(indicatorService.catalogueOrder());
        return new Benchmark(own, group, peers, comparable, incomparable);
    }

    /** Rank, percentile, median difference and funnel position of one value among its peers' values. */
    static BenchmarkRow compare(IndicatorDefinition def, IndicatorResult own, List<IndicatorResult> peers) {
        double mine = Objects.requireNonNull(own.value());
        List<Double> peerValues = peers.stream().map(IndicatorResult::value).map(Objects::requireNonNull).sorted().toList();
        boolean lowerBetter = def.direction().equals("lower_better");
        long better = peerValues.stream().filter(v -> lowerBetter ? v < mine : v > mine).count();
        long below = peerValues.stream().filter(v -> v < mine).count();
        long equal = peerValues.stream().filter(v -> v == mine).count();
        int rank = (int) better + 1;
        int compared = peerValues.size() + 1;
        double percentile = 100.0 * (below + 0.5 * (equal + 1)) / compared;
        Double median = median(peerValues);
        Double pooled = null;
        FunnelLimits funnel = null;
        String position = null;
        if (def.isShare() && own.basis().equals("counts") && own.n() != null) {
            double num = own.numerator() == null ? 0 : own.numerator();
            double den = own.n();
            int countedPeers = 0;
            for (IndicatorResult p : peers) {
                if (p.basis().equals("counts") && p.numerator() != null && p.n() != null) {
                    num += p.numerator();
                    den += p.n();
                    countedPeers++;
                }
            }
            if (countedPeers > 0) { // a funnel around the programme's own value alone says nothing
                pooled = num / den;
                funnel = FunnelLimits.at(pooled, own.n());
                position = funnel.position(mine);
            }
        }
        return new BenchmarkRow(def, own, peers, rank, percentile, median, median == null ? null : mine - median,
                pooled, funnel, position);
    }

    /** Per comparability key, the latest value (by period end; undated last), preferring counts over reported shares. */
    static Map<String, IndicatorResult> latestPerKey(List<IndicatorResult> results) {
        Comparator<IndicatorResult> newestFirst = Comparator
                .comparing((IndicatorResult r) -> r.periodEnd() == null ? Integer.MIN_VALUE : r.periodEnd()).reversed()
                .thenComparing(r -> r.basis().equals("counts") ? 0 : 1)
                .thenComparing(r -> r.qualifier().equals("reported") ? 0 : 1);
        Map<String, IndicatorResult> out = new LinkedHashMap<>();
        results.stream().sorted(newestFirst).forEach(r -> out.putIfAbsent(r.comparabilityKey(), r));
        return out;
    }

    static @Nullable Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
