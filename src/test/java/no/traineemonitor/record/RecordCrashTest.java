package no.traineemonitor.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is ever lost: a process storing returns is killed with SIGKILL at random moments (mid-event,
 * mid-file); on the next open every return it acknowledged is there with its file intact, at most the one in flight
 * is added, half-written files are gone, and a reader running meanwhile only ever saw whole events, never fewer than
 * before. A changed line stops the open with its line number.
 */
class RecordCrashTest {

    @TempDir
    Path dir;

    @Test
    void a_writer_killed_at_random_moments_loses_nothing_it_acknowledged() throws Exception {
        List<Long> acknowledged = new ArrayList<>();
        AtomicReference<Throwable> readerFailed = new AtomicReference<>();
        for (int round = 0; round < 6; round++) {
            Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), SubmitLoop.class.getName(), dir.toString(), Long.toString(round))
                    .redirectErrorStream(true).start();
            // a reader in this process meanwhile: whole events only, never fewer than it saw before
            Thread reader = Thread.ofPlatform().start(() -> {
                RecordLog log = new RecordLog(dir, Clock.systemUTC());
                int seen = 0;
                try {
                    while (child.isAlive()) {
                        int now = log.readAll().size();
                        if (now < seen) {
                            throw new AssertionError("the reader saw " + now + " events after " + seen);
                        }
                        seen = now;
                    }
                } catch (Throwable t) {
                    readerFailed.compareAndSet(null, t);
                }
            });
            int wanted = 2 + round; // kill after a few acknowledgements, then at a random moment
            List<String> said = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread listener = Thread.ofPlatform().start(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        said.add(line);
                    }
                } catch (IOException e) {
                    // the pipe ends with the process
                }
            });
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (said.size() < wanted && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            Thread.sleep(round * 7L);
            child.destroyForcibly(); // SIGKILL
            child.waitFor();
            listener.join();
            assertThat(said).as("the child's output").isNotEmpty().allMatch(l -> l.startsWith("stored "));
            said.forEach(l -> acknowledged.add(Long.parseLong(l.substring(7))));
            reader.join();
            RecordService record = RecordService.at(dir);
            List<StoredReturn> returns = record.returns();
            assertThat(returns).extracting(StoredReturn::returnId).as("round " + round).containsAll(acknowledged);
            assertThat(returns.size()).as("at most the return in flight is added").isBetween(acknowledged.size(),
                    acknowledged.size() + 1);
            for (StoredReturn r : returns) {
                assertThat(sha256(record.file(r.fileSha256()))).isEqualTo(r.fileSha256());
            }
            try (var files = Files.list(dir.resolve("files"))) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-"));
            }
            // the record goes on: the next return gets the next number and the chain holds
            acknowledged.clear();
            acknowledged.addAll(returns.stream().map(StoredReturn::returnId).toList());
        }
        assertThat(readerFailed.get()).isNull();
    }

    @Test
    void a_changed_line_stops_the_open_with_its_line_number() throws IOException {
        RecordLog log = new RecordLog(dir, Clock.systemUTC());
        log.append("a", "sign_in", Map.of());
        log.append("b", "sign_in", Map.of());
        log.append("c", "sign_in", Map.of());
        Path file = log.file();
        String text = Files.readString(file).replace("\"by\":\"b\"", "\"by\":\"x\"");
        Files.writeString(file, text);
        assertThatThrownBy(() -> RecordService.at(dir)).isInstanceOf(RecordDamagedException.class)
                .hasMessageContaining("line 3").hasMessageContaining("chain of hashes is broken");
    }

    @Test
    void a_torn_last_line_is_set_aside_and_the_next_event_follows_the_last_whole_one() throws IOException {
        RecordLog log = new RecordLog(dir, Clock.systemUTC());
        log.append("a", "sign_in", Map.of());
        log.append("b", "sign_in", Map.of());
        Files.writeString(log.file(), "{\"seq\":3,\"at\":\"2026-", java.nio.file.StandardOpenOption.APPEND);
        assertThat(log.readAll()).hasSize(2);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("log.jsonl.torn-"));
        }
        assertThat(log.append("c", "sign_in", Map.of()).seq()).isEqualTo(3);
        assertThat(new RecordLog(dir, Clock.systemUTC()).readAll()).extracting(RecordEvent::by).containsExactly("a", "b", "c");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
