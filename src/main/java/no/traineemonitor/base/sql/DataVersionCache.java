package no.traineemonitor.base.sql;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Results that change only when the warehouse's data changes, kept per question (usually a filter) and served as
 * lookups: the first request for a filter computes it, later ones read it. Requests for the same filter at the same
 * time compute it once. Bounded by weight (rows held), the least recently used going first; a result heavier than the
 * bound is handed out and not kept. {@link #clear()} forgets everything: a service calls it from its
 * {@code dataChanged()} when the warehouse has changed.
 *
 * @param <K> the question (a record with value semantics)
 * @param <V> the answer, never changed once made (immutable lists and records)
 */
public final class DataVersionCache<K, V> {

    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;
    private long generation;

    private static final class Entry<V> {
        final CompletableFuture<V> value = new CompletableFuture<>();
        long weight;
    }

    /**
     * @param maxWeight the most weight kept at once
     * @param weigher   the weight of an answer (e.g. its number of rows; at least 1 is counted)
     */
    public DataVersionCache(long maxWeight, ToLongFunction<V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** The answer to {@code key}: kept from before, or computed now by {@code compute} (which must not return null). */
    public V get(K key, Supplier<V> compute) {
        Entry<V> entry;
        long startedIn;
        synchronized (this) {
            entry = entries.get(key);
            if (entry == null) {
                entry = new Entry<>();
                entries.put(key, entry);
                startedIn = generation;
            } else {
                startedIn = -1;
            }
        }
        if (startedIn < 0) {
            // another request computes it (or has): wait without the lock, which the computing one needs to finish, and
            // which a computation asking this cache for another answer needs too
            return join(entry.value);
        }
        V value;
        try {
            value = compute.get();
        } catch (RuntimeException | Error e) {
            entry.value.completeExceptionally(e);
            synchronized (this) {
                if (entries.get(key) == entry) {
                    entries.remove(key);
                }
            }
            throw e;
        }
        entry.value.complete(value);
        synchronized (this) {
            if (startedIn == generation && entries.get(key) == entry) {
                entry.weight = Math.max(1, weigher.applyAsLong(value));
                if (entry.weight > maxWeight) {
                    entries.remove(key); // too heavy to keep: it would push out everything else
                } else {
                    weight += entry.weight;
                    evict();
                }
            }
        }
        return value;
    }

    /** Forgets every answer (the data changed). Answers being computed now are handed out but not kept. */
    public synchronized void clear() {
        entries.clear();
        weight = 0;
        generation++;
    }

    /** How many answers are kept (for tests). */
    public synchronized int size() {
        return entries.size();
    }

    private void evict() {
        Iterator<Map.Entry<K, Entry<V>>> it = entries.entrySet().iterator();
        while (weight > maxWeight && it.hasNext()) {
            Entry<V> e = it.next().getValue();
            if (e.value.isDone()) { // one being computed has no weight yet
                weight -= e.weight;
                it.remove();
            }
        }
    }

    private static <V> V join(CompletableFuture<V> future) {
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
