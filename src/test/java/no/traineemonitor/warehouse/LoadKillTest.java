package no.traineemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.traineemonitor.base.sql.SqlFiles;
import no.traineemonitor.warehouse.ingest.SampleDataLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault test: {@code load} runs in its own JVM and is killed with SIGKILL at random moments (from its start, or while
 * the new file is being built). After every kill the database is the old one byte for byte (or, when the kill came
 * after the swap, the complete new one with its checksum), and what the killed process left beside it is removed by
 * the next run, which then finds the file verified.
 */
class LoadKillTest {

    /** A load in a JVM of its own: builds sample-data/ into the file given and swaps it in. */
    public static final class Loader {
        public static void main(String[] args) {
            var properties = new WarehouseProperties(Path.of(args[0]), Path.of("sample-data"), 2);
            new WarehouseBuilder(properties, new SampleDataLoader(new SqlFiles())).buildAndSwap(Path.of(args[0]));
        }
    }

    @TempDir
    Path tmp;

    @Test
    void a_load_killed_at_any_moment_leaves_the_old_database_and_the_next_run_removes_what_it_left() throws Exception {
        Path database = tmp.resolve("db/traineemonitor.duckdb");
        long started = System.nanoTime();
        WarehouseBuilderTest.builder(Path.of("sample-data")).buildAndSwap(database);
        // how long a load takes in its own JVM: the build here, and a start of the JVM and its classes
        long fullMillis = (System.nanoTime() - started) / 1_000_000 + 1500;
        new WarehouseVerifier().verify(database);

        long seed = System.nanoTime();
        Random random = new Random(seed);
        int kills = 6;
        int leftBehind = 0;
        for (int i = 0; i < kills; i++) {
            String before = WarehouseChecksum.digest(database);
            Process load = load(database);
            if (i % 2 == 0) {
                Thread.sleep(random.nextLong(fullMillis)); // any moment of the process, start-up included
            } else {
                waitForBuildingFile(database, load);
                Thread.sleep(random.nextLong(600)); // while the new file is being built
            }
            load.destroyForcibly();
            assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();

            String after = WarehouseChecksum.digest(database);
            List<String> beside = beside(database);
            if (beside.stream().anyMatch(n -> n.contains(".building-") || n.endsWith(".next"))) {
                leftBehind++;
            }
            if (!after.equals(before)) { // killed after the swap: the new file is complete
                assertThat(Stream.of(WarehouseChecksum.of(database), WarehouseChecksum.pending(database))
                        .map(WarehouseChecksum::recorded).flatMap(java.util.Optional::stream))
                        .as("seed %d, kill %d: the new file's checksum", seed, i).contains(after);
            }

            WarehouseBuilder.removeLeftovers(database); // what the next load or start does first
            assertThat(beside(database)).as("seed %d, kill %d: nothing left", seed, i)
                    .containsExactly("traineemonitor.duckdb", "traineemonitor.duckdb.sha256");
            new WarehouseVerifier().verify(database); // the file is whole and matches its checksum
        }
        assertThat(leftBehind).as("kills that left a file being built (seed %d)", seed).isPositive();
    }

    private static Process load(Path database) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Loader.class.getName(), database.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Until the load has started its new file (or has ended): on a busy machine its JVM may take much longer than the
     * build measured here, so no fixed time would do (a kill before the file exists proves nothing about it).
     */
    private static void waitForBuildingFile(Path database, Process load) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < end && load.isAlive()
                && beside(database).stream().noneMatch(n -> n.contains(".building-"))) {
            Thread.sleep(10);
        }
    }

    private static List<String> beside(Path database) throws IOException {
        try (Stream<Path> list = Files.list(database.getParent())) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
