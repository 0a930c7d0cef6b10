package no.traineemonitor.base.sql;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Runs a page's independent queries side by side. Each DuckDB query on the small warehouse is single-threaded and
 * costs a few milliseconds, mostly fixed overhead, so a page that needs five of them answers sooner when they run on
 * several pool connections at once. The thread count is fixed, so many users at once queue here instead of
 * exhausting the connection pool. Callers hold no connection while they wait, so this cannot deadlock.
 */
@Component
public class ParallelQueries {

    private static final int THREADS = 4;

    private final ExecutorService executor;

    public ParallelQueries() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "query-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts {@code query} now; {@link Result#get()} waits for it and rethrows what it threw, unwrapped. */
    public <T> Result<T> start(Supplier<T> query) {
        // the query thread acts for the user who asked: what they may see (small numbers) is decided there too. The
        // holder's strategy is read now, not when this bean was made: Vaadin installs its own after (an executor that
        // captured the default one handed every query an empty context, so a leader saw their own values withheld)
        SecurityContext asker = SecurityContextHolder.getContextHolderStrategy().getContext();
        return new Result<>(CompletableFuture.supplyAsync(() -> {
            SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
            holder.setContext(asker);
            try {
                return query.get();
            } finally {
                holder.clearContext();
            }
        }, executor));
    }

    public static final class Result<T> {
        private final CompletableFuture<T> future;

        private Result(CompletableFuture<T> future) {
            this.future = future;
        }

        public T get() {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
