import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark helper: CLIENTS cookie-less clients request URL as fast as they can for SECONDS (a crawler or a script
 * that never keeps the session cookie). Prints the requests made and the count per HTTP status.
 * Usage: java bench/Soak.java URL CLIENTS SECONDS
 */
public class Soak {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        // no cookie handler: every request arrives without the session cookie of the one before
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                });
            }
        }
        long total = statuses.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("requests=%d per_second=%.0f statuses=%s failures=%d%n", total, total / (double) seconds,
                new TreeMap<>(statuses), failures.get());
    }
}
