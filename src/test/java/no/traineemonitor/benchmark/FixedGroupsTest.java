package no.traineemonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A fixed peer group (all, length, size, centrality) reads its members and their values from lists worked out once per
 * data version; a chosen list of peers gathers and sorts them per benchmark. Given the same peers, both must give the
 * same benchmark: on the sample, every programme against each fixed group and against the same programmes chosen.
 */
@SpringBootTest
class FixedGroupsTest {

    @Autowired
    BenchmarkService benchmarks;

    @Test
    void a_fixed_group_ranks_as_the_same_programmes_chosen_by_hand() {
        int ranked = 0;
        for (ProgrammeProfile p : benchmarks.profiles()) {
            for (PeerGroup group : List.of(PeerGroup.ALL, PeerGroup.LENGTH, PeerGroup.SIZE, PeerGroup.CENTRALITY)) {
                Benchmark fixed = benchmarks.benchmark(p.programmeId(), group, List.of());
                List<String> ids = fixed.peers().stream().map(ProgrammeProfile::programmeId).toList();
                assertThat(ids).doesNotContain(p.programmeId());
                if (ids.isEmpty()) {
                    continue; // nothing chosen means no peers at all
                }
                Benchmark chosen = benchmarks.benchmark(p.programmeId(), PeerGroup.CUSTOM, ids);
                assertThat(fixed.peers()).as("%s %s", p.programmeId(), group).containsExactlyElementsOf(chosen.peers());
                assertThat(rows(fixed.ranked())).as("%s %s", p.programmeId(), group).isEqualTo(rows(chosen.ranked()));
                assertThat(rows(fixed.tooFew())).isEqualTo(rows(chosen.tooFew()));
                assertThat(fixed.unmatched()).isEqualTo(chosen.unmatched());
                ranked += fixed.ranked().size();
            }
        }
        assertThat(ranked).as("ranked rows compared").isGreaterThanOrEqualTo(10); // 13 on the sample
    }

    @Test
    void a_list_less_one_element_reads_through() {
        List<String> members = List.of("a", "b", "c", "d");
        assertThat(BenchmarkService.allBut(members, 0)).containsExactly("b", "c", "d");
        assertThat(BenchmarkService.allBut(members, 2)).containsExactly("a", "b", "d");
        assertThat(BenchmarkService.allBut(members, 3)).containsExactly("a", "b", "c");
        assertThat(BenchmarkService.allBut(members, -1)).isSameAs(members);
        assertThatThrownBy(() -> BenchmarkService.allBut(members, 1).get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(BenchmarkService.withoutOne(new double[] {0.1, 0.5, 0.5, 0.9}, 0.5)).containsExactly(0.1, 0.5, 0.9);
        assertThat(BenchmarkService.withoutOne(new double[] {0.1, 0.5, 0.9}, 0.9)).containsExactly(0.1, 0.5);
    }

    /** What a reader sees of each row: key, rank, percentile, median, pooled share, funnel, and the peers' values. */
    private static List<String> rows(List<BenchmarkRow> rows) {
        return rows.stream().map(r -> r.own().comparabilityKey() + "|" + r.rank() + "|" + r.percentile() + "|"
                + r.peerMedian() + "|" + r.differenceToMedian() + "|" + r.pooledPeerShare() + "|" + r.funnelPosition()
                + "|" + r.funnel() + "|" + r.peers()).toList();
    }
}
