package no.traineemonitor.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only event log of the record: one JSON object per line, written with the file locked (so two processes
 * never interleave lines) and forced to disk before {@link #append} returns, so an event that was acknowledged is never
 * lost. A line cut short by a crash (kill -9 during the write) has no line end: it is set aside on the next open and the
 * event counts as never written, which is what its caller was told. Any other damage (a line changed, one missing, one
 * that is not JSON) breaks the chain of hashes and stops the start with the line number.
 */
public final class RecordLog {

    static final String FILE = "log.jsonl";
    private static final String GENESIS = "0".repeat(64);

    private final Path file;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;
    private final Object appendLock = new Object();

    public RecordLog(Path directory, Clock clock) {
        this.file = directory.resolve(FILE);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Every event in order. A torn last line is moved to {@code log.jsonl.torn-<time>} first. */
    public List<RecordEvent> readAll() {
        if (!Files.exists(file)) {
            return List.of();
        }
        // read under the lock: a line another process is appending is either wholly in or not yet (never half)
        String text = new String(snapshot(), StandardCharsets.UTF_8);
        List<RecordEvent> events = new ArrayList<>();
        String prev = GENESIS;
        int lineNumber = 0;
        for (String line : text.lines().toList()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            RecordEvent e = parse(line, lineNumber);
            if (!e.prev().equals(prev) || e.seq() != events.size() + 1) {
                throw new RecordDamagedException(file, lineNumber, "the chain of hashes is broken (a line was changed,"
                        + " removed or inserted)");
            }
            events.add(e);
            prev = sha256(line);
        }
        return events;
    }

    /**
     * The log's bytes as they are between two appends (read with the file locked, a torn tail set aside first): what a
     * backup copies, so it never holds half an event.
     */
    public byte[] snapshot() {
        if (!Files.exists(file)) {
            return new byte[0];
        }
        synchronized (appendLock) {
            try (FileChannel lock = lockChannel(); FileLock ignored = lock.lock()) {
                repairTornTail();
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
    }

    /** Appends one event; returns it with its sequence number. Durable when this returns. */
    public RecordEvent append(String by, String type, Map<String, Object> data) {
        synchronized (appendLock) {
            try {
                Files.createDirectories(file.getParent());
                // the lock file keeps its inode when a torn tail is repaired (the log itself is replaced then)
                try (FileChannel lock = lockChannel(); FileLock ignored = lock.lock()) {
                    if (Files.exists(file)) {
                        repairTornTail();
                    }
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE)) {
                    Last last = last(ch);
                    RecordEvent event = new RecordEvent(last.seq + 1, Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS), by, type,
                            new LinkedHashMap<>(data), last.hash);
                    String line = json.writeValueAsString(toMap(event));
                    ch.position(ch.size());
                    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        ch.write(bytes);
                    }
                    ch.force(true);
                    return event;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write to " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private FileChannel lockChannel() throws IOException {
        Files.createDirectories(file.getParent());
        return FileChannel.open(file.resolveSibling("log.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private record Last(long seq, String hash) {
    }

    /** The sequence number and hash of the last complete line (the file is small: read whole). */
    private Last last(FileChannel ch) throws IOException {
        if (ch.size() == 0) {
            return new Last(0, GENESIS);
        }
        ByteBuffer all = ByteBuffer.allocate((int) ch.size());
        ch.read(all, 0);
        String text = new String(all.array(), StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            throw new RecordDamagedException(file, text.split("\n", -1).length, "the last line is incomplete");
        }
        String[] lines = text.split("\n");
        String line = lines[lines.length - 1];
        RecordEvent e = parse(line, lines.length);
        return new Last(e.seq(), sha256(line));
    }

    /** A last line without its line end was being written when the process died: set it aside. */
    private void repairTornTail() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0 || bytes[bytes.length - 1] == '\n') {
            return;
        }
        int cut = bytes.length - 1;
        while (cut >= 0 && bytes[cut] != '\n') {
            cut--;
        }
        Path torn = file.resolveSibling(FILE + ".torn-" + Instant.now(clock).toEpochMilli());
        Files.write(torn, java.util.Arrays.copyOfRange(bytes, cut + 1, bytes.length));
        Path rest = file.resolveSibling(FILE + ".repair");
        Files.write(rest, java.util.Arrays.copyOfRange(bytes, 0, cut + 1));
        try (FileChannel ch = FileChannel.open(rest, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(rest, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private RecordEvent parse(String line, int lineNumber) {
        try {
            Map<String, Object> m = json.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() { });
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) m.getOrDefault("data", Map.of());
            return new RecordEvent(((Number) m.get("seq")).longValue(), Instant.parse((String) m.get("at")),
                    (String) m.get("by"), (String) m.get("type"), data, (String) m.get("prev"));
        } catch (RuntimeException e) {
            throw new RecordDamagedException(file, lineNumber, "not a record event (" + e.getMessage() + ")");
        }
    }

    private static Map<String, Object> toMap(RecordEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("at", e.at().toString());
        m.put("by", e.by());
        m.put("type", e.type());
        m.put("data", e.data());
        m.put("prev", e.prev());
        return m;
    }

    static String sha256(String line) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
