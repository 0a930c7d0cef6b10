package no.traineemonitor.base.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Answers kept per data version: computed once, forgotten when the data changes, and never a deadlock. */
class DataVersionCacheTest {

    @Test
    void an_answer_is_computed_once_until_the_data_changes() {
        var cache = new DataVersionCache<String, List<Integer>>(100, List::size);
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.get("18", () -> List.of(computed.incrementAndGet(), 7))).containsExactly(1, 7);
        assertThat(cache.get("18", () -> List.of(computed.incrementAndGet(), 7))).containsExactly(1, 7);
        cache.clear();
        assertThat(cache.get("18", () -> List.of(computed.incrementAndGet(), 7))).containsExactly(2, 7);
        assertThat(computed).hasValue(2);
    }

    @Test
    void the_least_recently_used_answers_go_first_when_the_rows_exceed_the_bound() {
        var cache = new DataVersionCache<String, List<Integer>>(4, List::size);
        cache.get("a", () -> List.of(1, 2));
        cache.get("b", () -> List.of(3, 4));
        cache.get("a", () -> List.of(0)); // a is used again: b is now the oldest
        cache.get("c", () -> List.of(5, 6)); // 6 rows: b (2 rows) goes
        assertThat(cache.get("a", () -> List.of(0))).containsExactly(1, 2);
        assertThat(cache.get("b", () -> List.of(9))).containsExactly(9);
    }

    @Test
    void a_failed_computation_is_not_kept_and_its_error_reaches_the_caller() {
        var cache = new DataVersionCache<String, List<Integer>>(100, List::size);
        assertThatThrownBy(() -> cache.get("x", () -> {
            throw new IllegalStateException("query failed");
        })).hasMessage("query failed");
        assertThat(cache.size()).isZero();
        assertThat(cache.get("x", () -> List.of(3))).containsExactly(3);
    }

    /**
     * One request computes "white spots", which asks the same cache for "municipalities", while a second request waits
     * for "white spots": the waiting request must not hold what the computing one needs (it did, and both hung).
     */
    @Test
    void a_computation_asking_the_same_cache_while_another_request_waits_for_it_finishes() throws Exception {
        var cache = new DataVersionCache<String, List<String>>(100, List::size);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch waiterStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2); // two requests at once, whatever the machine's cores
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> cache.get("white spots", () -> {
            computing.countDown();
            await(waiterStarted);
            sleep(); // the second request is now waiting for this answer
            return List.of("near " + cache.get("municipalities", () -> List.of("1804")).getFirst());
        }), threads);
        await(computing);
        CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(() -> {
            waiterStarted.countDown();
            return cache.get("white spots", () -> List.of("computed twice"));
        }, threads);
        assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly("near 1804");
        assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly("near 1804");
        threads.shutdownNow();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
