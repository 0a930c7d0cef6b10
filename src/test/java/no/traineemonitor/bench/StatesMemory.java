package no.traineemonitor.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import no.traineemonitor.dashboard.ViewStates;

/**
 * What the states computed ahead after a load cost in heap: the live heap (after a full collection) before, after every
 * county's states and after every programme's benchmarks. {@code StatesMemory DATABASE}; prints one line per step.
 */
public final class StatesMemory {

    private StatesMemory() {
    }

    public static void main(String[] args) {
        try (var context = BenchContext.start(Path.of(args[0]), 8)) {
            ViewStates states = context.getBean(ViewStates.class);
            long before = live();
            var counties = states.counties(() -> { });
            long afterCounties = live();
            var benchmarks = states.benchmarks(() -> { });
            long afterBenchmarks = live();
            System.out.printf("live heap MB: before %d, after %d county states (%d ms) %d, after %d benchmarks (%d ms) %d%n",
                    before, counties.states(), counties.millis(), afterCounties, benchmarks.states(), benchmarks.millis(),
                    afterBenchmarks);
        }
    }

    private static long live() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
