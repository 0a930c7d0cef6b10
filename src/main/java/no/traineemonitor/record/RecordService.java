package no.traineemonitor.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The record: users, yearly returns and the audit trail, replayed from the append-only log into memory on start and
 * kept up to date as events are appended. The uploaded files are stored under their SHA-256 before the event that
 * refers to them is appended, so every event's file exists. Writes are serialised; readers get immutable snapshots.
 */
@Service
public class RecordService {

    private final Path directory;
    private final RecordLog log;
    private volatile State state;
    private long lastReadSize;

    /** Users and returns as the log says now. */
    private record State(Map<String, AppUser> users, Map<Long, StoredReturn> returns, List<RecordEvent> events) {
    }

    /** Where the record is: {@code traineemonitor.record}, by default {@code data/record}. */
    public static Path directory(org.springframework.core.env.Environment environment) {
        return Path.of(environment.getProperty("traineemonitor.record", "data/record"));
    }

    RecordService(@Value("${traineemonitor.record:data/record}") Path directory,
                  org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        this.directory = directory;
        this.log = new RecordLog(directory, clock.getIfAvailable(Clock::systemDefaultZone));
        removeFilesOfDeadWriters();
        this.state = replay(log.readAll());
        this.lastReadSize = logSize();
    }

    /** A record in this directory outside Spring (tests, tools), on the system clock. */
    public static RecordService at(Path directory) {
        return new RecordService(directory, new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(Clock.class));
    }

    public Path directory() {
        return directory;
    }

    /**
     * Reads events another process appended (a return submitted with the command line while the server runs); returns
     * true when the returns in use changed. Cheap when the log has not grown.
     */
    public synchronized boolean refresh() {
        long size = logSize();
        if (size == lastReadSize) {
            return false;
        }
        String before = activeReturnsVersion();
        state = replay(log.readAll());
        lastReadSize = logSize();
        return !before.equals(activeReturnsVersion());
    }

    private long logSize() {
        try {
            return Files.exists(log.file()) ? Files.size(log.file()) : 0;
        } catch (IOException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------------------------------------------- reading

    public List<AppUser> users() {
        return state.users().values().stream().sorted(Comparator.comparing(AppUser::username)).toList();
    }

    public Optional<AppUser> user(String username) {
        return Optional.ofNullable(state.users().get(username));
    }

    /** Every return, newest first. */
    public List<StoredReturn> returns() {
        return state.returns().values().stream()
                .sorted(Comparator.comparing(StoredReturn::returnId).reversed()).toList();
    }

    public Optional<StoredReturn> returnById(long returnId) {
        return Optional.ofNullable(state.returns().get(returnId));
    }

    /** The returns the warehouse uses: per programme and year the newest version not withdrawn. */
    public List<StoredReturn> activeReturns() {
        Map<String, StoredReturn> active = new LinkedHashMap<>();
        state.returns().values().stream().filter(r -> !r.withdrawn())
                .sorted(Comparator.comparing(StoredReturn::returnId))
                .forEach(r -> active.put(r.programmeId() + "|" + r.year(), r));
        return List.copyOf(active.values());
    }

    /** The audit trail, newest first; password hashes are never part of it. */
    public List<RecordEvent> events() {
        List<RecordEvent> out = new ArrayList<>(state.events());
        java.util.Collections.reverse(out);
        return out.stream().map(RecordService::withoutSecrets).toList();
    }

    /** A short hash of the active returns: part of the warehouse's data version. */
    public String activeReturnsVersion() {
        String ids = activeReturns().stream().map(r -> r.returnId() + ":" + r.fileSha256())
                .collect(Collectors.joining(","));
        return sha256(ids.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** The stored file of a return. */
    public byte[] file(String sha256) {
        try {
            return Files.readAllBytes(filePath(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("The stored file " + sha256 + " cannot be read", e);
        }
    }

    Path filePath(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a file id: " + sha256);
        }
        return directory.resolve("files").resolve(sha256 + ".xlsx");
    }

    // ---------------------------------------------------------------------------------------------------- writing

    public synchronized AppUser createUser(String by, AppUser user) {
        if (state.users().containsKey(user.username())) {
            throw new IllegalArgumentException("The user '" + user.username() + "' exists already");
        }
        append(by, "user_created", userData(user));
        return state.users().get(user.username());
    }

    public synchronized AppUser changeUser(String by, AppUser user) {
        if (!state.users().containsKey(user.username())) {
            throw new IllegalArgumentException("No user '" + user.username() + "'");
        }
        append(by, "user_changed", userData(user));
        return state.users().get(user.username());
    }

    /**
     * Stores a return: the file first (under its SHA-256, written to a temporary name, forced to disk, then moved into
     * place), then the event. A crash before the event leaves at most an unreferenced file; after it, the return is
     * stored whole.
     */
    public synchronized StoredReturn submit(String by, String programmeId, int year, String channel, byte[] file,
                                            String fileName, List<StoredReturn.Value> values) {
        String sha = storeFile(file);
        int version = (int) state.returns().values().stream()
                .filter(r -> r.programmeId().equals(programmeId) && r.year() == year).count() + 1;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("programme_id", programmeId);
        data.put("year", year);
        data.put("version", version);
        data.put("channel", channel);
        data.put("file_sha256", sha);
        data.put("file_name", fileName);
        List<Map<String, Object>> list = new ArrayList<>();
        for (StoredReturn.Value v : values) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric_id", v.metricId());
            if (v.number() != null) {
                m.put("number", v.number());
            }
            if (v.text() != null) {
                m.put("text", v.text());
            }
            if (v.comment() != null) {
                m.put("comment", v.comment());
            }
            list.add(m);
        }
        data.put("values", list);
        RecordEvent e = append(by, "return_submitted", data);
        return state.returns().get(e.seq());
    }

    /** Withdraws a return: the previous version of the same programme and year (if any) is the active one again. */
    public synchronized StoredReturn withdraw(String by, long returnId, String reason) {
        StoredReturn r = state.returns().get(returnId);
        if (r == null) {
            throw new IllegalArgumentException("No return " + returnId);
        }
        if (r.withdrawn()) {
            throw new IllegalArgumentException("Return " + returnId + " is withdrawn already");
        }
        append(by, "return_withdrawn", Map.of("return_id", returnId, "reason", reason));
        return state.returns().get(returnId);
    }

    /** An audit event that changes nothing: a sign-in, a failed sign-in, a download. */
    public void audit(String by, String type, Map<String, Object> data) {
        append(by, type, data);
    }

    private synchronized RecordEvent append(String by, String type, Map<String, Object> data) {
        RecordEvent e = log.append(by, type, data);
        if (e.seq() == state.events().size() + 1) {
            List<RecordEvent> events = new ArrayList<>(state.events());
            events.add(e);
            state = apply(state, e, events);
        } else { // another process appended in between: read everything again, in order
            state = replay(log.readAll());
        }
        lastReadSize = logSize();
        return e;
    }

    /** A file half-written when its process was killed (never referenced by an event): removed on the next open. */
    private void removeFilesOfDeadWriters() {
        Path files = directory.resolve("files");
        if (!Files.isDirectory(files)) {
            return;
        }
        try (var list = Files.list(files)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                int at = name.indexOf(".partial-");
                if (at > 0 && name.substring(at + 9).matches("\\d+")
                        && !ProcessHandle.of(Long.parseLong(name.substring(at + 9))).map(ProcessHandle::isAlive).orElse(false)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + files, e);
        }
    }

    private String storeFile(byte[] bytes) {
        String sha = sha256(bytes);
        Path target = filePath(sha);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target) && Files.size(target) == bytes.length) {
                return sha;
            }
            Path temp = target.resolveSibling(sha + ".partial-" + ProcessHandle.current().pid());
            Files.write(temp, bytes);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded file in " + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------- replay

    private static State replay(List<RecordEvent> events) {
        State s = new State(Map.of(), Map.of(), List.of());
        List<RecordEvent> seen = new ArrayList<>();
        for (RecordEvent e : events) {
            seen.add(e);
            s = apply(s, e, List.copyOf(seen));
        }
        return s;
    }

    private static State apply(State s, RecordEvent e, List<RecordEvent> events) {
        Map<String, AppUser> users = s.users();
        Map<Long, StoredReturn> returns = s.returns();
        switch (e.type()) {
            case "user_created", "user_changed" -> {
                users = new LinkedHashMap<>(users);
                AppUser old = users.get(e.text("username"));
                users.put(e.text("username"), user(e, old));
            }
            case "return_submitted" -> {
                returns = new LinkedHashMap<>(returns);
                returns.put(e.seq(), storedReturn(e));
            }
            case "return_withdrawn" -> {
                returns = new LinkedHashMap<>(returns);
                long id = ((Number) e.data().get("return_id")).longValue();
                StoredReturn r = returns.get(id);
                if (r != null) {
                    returns.put(id, r.withdrawnBy(e.by(), e.at(), e.text("reason")));
                }
            }
            default -> {
                // audit events change no state
            }
        }
        return new State(Map.copyOf(users), returns, events);
    }

    private static AppUser user(RecordEvent e, @Nullable AppUser old) {
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) e.data().getOrDefault("roles", List.of());
        Set<Role> set = roles.stream().map(Role::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
        String hash = e.data().containsKey("password_hash") ? e.text("password_hash") : old == null ? "" : old.passwordHash();
        return new AppUser(e.text("username"), e.text("display_name"), Set.copyOf(set), blankToNull(e.text("programme_id")),
                blankToNull(e.text("county_number")), hash, !"false".equals(e.text("active")));
    }

    private static StoredReturn storedReturn(RecordEvent e) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) e.data().getOrDefault("values", List.of());
        List<StoredReturn.Value> values = list.stream().map(m -> new StoredReturn.Value((String) m.get("metric_id"),
                m.get("number") == null ? null : ((Number) m.get("number")).longValue(), (String) m.get("text"),
                (String) m.get("comment"))).toList();
        return new StoredReturn(e.seq(), e.text("programme_id"), ((Number) e.data().get("year")).intValue(),
                ((Number) e.data().get("version")).intValue(), e.text("channel"), e.by(), e.at(), e.text("file_sha256"),
                e.text("file_name"), values, false, null, null, null);
    }

    private static Map<String, Object> userData(AppUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("display_name", u.displayName());
        m.put("roles", u.roles().stream().map(Enum::name).sorted().toList());
        m.put("programme_id", u.programmeId() == null ? "" : u.programmeId());
        m.put("county_number", u.countyNumber() == null ? "" : u.countyNumber());
        if (!u.passwordHash().isEmpty()) {
            m.put("password_hash", u.passwordHash());
        }
        m.put("active", u.active());
        return m;
    }

    private static RecordEvent withoutSecrets(RecordEvent e) {
        if (!e.data().containsKey("password_hash")) {
            return e;
        }
        Map<String, Object> data = new LinkedHashMap<>(e.data());
        data.remove("password_hash");
        return new RecordEvent(e.seq(), e.at(), e.by(), e.type(), data, e.prev());
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
