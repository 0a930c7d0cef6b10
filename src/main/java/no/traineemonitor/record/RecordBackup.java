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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.traineemonitor.cli.UserFacingException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup of the record (users, returns, the audit log and the files returns came in) and its restore. A backup is a
 * folder: {@code log.jsonl} as it was between two appends, the files of every return, and {@code manifest.json} with
 * every file's SHA-256 and the number of events, and the imported reference versions ({@code reference-versions/},
 * the SSB tables imported with {@code reference import} or on /admin). The warehouse is not in it: it is rebuilt from
 * {@code sample-data/}, the reference versions and the record. A restore checks the whole backup before it touches anything, and never deletes a record: one it replaces
 * is kept beside it as {@code record.before-restore-TIME}.
 */
public final class RecordBackup {

    static final String MANIFEST = "manifest.json";
    static final String FORMAT = "traineemonitor-record-backup/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordBackup() {
    }

    /** What a backup holds. */
    public record Summary(int events, int users, int returns, int files, int referenceVersions) {

        public String describe() {
            return events + " events (" + users + " users, " + returns + " returns), " + files + " files, "
                    + referenceVersions + " imported reference version" + (referenceVersions == 1 ? "" : "s");
        }
    }

    /** The folder in a backup that holds the imported reference versions. */
    static final String REFERENCE_VERSIONS = "reference-versions";
    private static final java.util.regex.Pattern VERSION_FILE = java.util.regex.Pattern.compile("\\d{3}-[0-9a-f]{12}\\.json");

    public static Summary backup(Path record, Path out, Clock clock) {
        return backup(record, out, clock, null);
    }

    /** The reference versions kept in a folder, in the order imported (none when the folder does not exist). */
    static List<Path> referenceVersions(@org.jspecify.annotations.Nullable Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> VERSION_FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a backup of the record in {@code record} to {@code out}, which must not exist or be an empty folder. The
     * backup is made in a temporary folder beside {@code out} and moved into place when complete, so {@code out} is
     * either a whole backup or absent. The imported reference versions in {@code referenceVersions} (when given) are
     * copied to {@code reference-versions/} in it.
     */
    public static Summary backup(Path record, Path out, Clock clock, @org.jspecify.annotations.Nullable Path referenceVersions) {
        if (Files.exists(out) && !isEmptyFolder(out)) {
            throw new UserFacingException("The backup folder " + out.toAbsolutePath() + " exists and is not empty: give a new folder");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserFacingException("The folder " + parent + " for the backup does not exist");
        }
        byte[] log = new RecordLog(record, clock).snapshot();
        Path partial = parent.resolve(out.getFileName() + ".partial-" + Instant.now(clock).toEpochMilli());
        try {
            Files.createDirectories(partial.resolve("files"));
            write(partial.resolve(RecordLog.FILE), log);
            List<RecordEvent> events = new RecordLog(partial, clock).readAll(); // checks the chain of hashes
            Map<String, String> files = new LinkedHashMap<>();
            files.put(RecordLog.FILE, sha256(log));
            for (String sha : returnFiles(events)) {
                Path source = record.resolve("files").resolve(sha + ".xlsx");
                if (!Files.isRegularFile(source)) {
                    throw new UserFacingException("The record is missing the file of a return: " + source.toAbsolutePath());
                }
                byte[] bytes = Files.readAllBytes(source);
                if (!sha256(bytes).equals(sha)) {
                    throw new UserFacingException("The file " + source.toAbsolutePath() + " differs from its SHA-256 (damaged)");
                }
                write(partial.resolve("files").resolve(sha + ".xlsx"), bytes);
                files.put("files/" + sha + ".xlsx", sha);
            }
            List<Path> versions = referenceVersions(referenceVersions);
            if (referenceVersions != null) {
                Files.createDirectories(partial.resolve(REFERENCE_VERSIONS));
            }
            for (Path version : versions) {
                byte[] bytes = Files.readAllBytes(version);
                String name = REFERENCE_VERSIONS + "/" + version.getFileName();
                write(partial.resolve(name), bytes);
                files.put(name, sha256(bytes));
            }
            Summary summary = summarise(events, files.size(), versions.size());
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("made_at", Instant.now(clock).toString());
            manifest.put("events", summary.events());
            if (referenceVersions != null) {
                manifest.put("reference_versions", versions.size());
            }
            manifest.put("files", files);
            write(partial.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            if (Files.exists(out)) {
                Files.delete(out); // an empty folder, checked above
            }
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new UserFacingException("Cannot write the backup to " + out.toAbsolutePath() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** Checks a backup whole: its manifest, every file against its SHA-256, the log's chain, every return's file. */
    public static Summary verify(Path backup, Clock clock) {
        Path manifestFile = backup.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new UserFacingException(backup.toAbsolutePath() + " is not a backup of the record: it has no " + MANIFEST);
        }
        Map<String, Object> manifest;
        try {
            manifest = JSON.readValue(Files.readAllBytes(manifestFile), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(manifestFile.toAbsolutePath() + " cannot be read: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(manifest.get("format")) || !(manifest.get("files") instanceof Map<?, ?> listed)) {
            throw new UserFacingException(manifestFile.toAbsolutePath() + " is not a manifest this version reads (format "
                    + manifest.get("format") + ", expected " + FORMAT + ")");
        }
        List<String> problems = new ArrayList<>();
        for (var entry : listed.entrySet()) {
            String name = String.valueOf(entry.getKey());
            Path file = backup.resolve(name).normalize();
            if (!file.startsWith(backup.normalize()) || !name.matches("log\\.jsonl|files/[0-9a-f]{64}\\.xlsx|" + REFERENCE_VERSIONS + "/\\d{3}-[0-9a-f]{12}\\.json")) {
                problems.add(name + ": not a file a backup holds");
            } else if (!Files.isRegularFile(file)) {
                problems.add(name + ": missing");
            } else if (!sha256(readAll(file)).equals(entry.getValue())) {
                problems.add(name + ": differs from its SHA-256 in the manifest (damaged or changed)");
            }
        }
        if (!listed.containsKey(RecordLog.FILE)) {
            problems.add(RecordLog.FILE + ": not in the manifest");
        }
        if (!problems.isEmpty()) {
            throw new UserFacingException("The backup " + backup.toAbsolutePath() + " is damaged; nothing was restored:"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", problems));
        }
        List<RecordEvent> events;
        try {
            events = new RecordLog(backup, clock).readAll();
        } catch (RecordDamagedException e) {
            throw new UserFacingException("The backup's log is damaged; nothing was restored: " + e.getMessage(), e);
        }
        for (String sha : returnFiles(events)) {
            if (!listed.containsKey("files/" + sha + ".xlsx")) {
                problems.add("files/" + sha + ".xlsx: the file of a return is not in the backup");
            }
        }
        int versions = (int) listed.keySet().stream().filter(k -> String.valueOf(k).startsWith(REFERENCE_VERSIONS + "/")).count();
        if (manifest.containsKey("reference_versions") && (!(manifest.get("reference_versions") instanceof Number v)
                || v.intValue() != versions)) {
            problems.add(REFERENCE_VERSIONS + ": holds " + versions + " versions, the manifest says "
                    + manifest.get("reference_versions"));
        }
        Summary summary = summarise(events, listed.size(), versions);
        if (!(manifest.get("events") instanceof Number n) || n.intValue() != summary.events()) {
            problems.add("log.jsonl: holds " + summary.events() + " events, the manifest says " + manifest.get("events"));
        }
        if (!problems.isEmpty()) {
            throw new UserFacingException("The backup " + backup.toAbsolutePath() + " is incomplete; nothing was restored:"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", problems));
        }
        return summary;
    }

    /** Where a restore put the record (and the reference versions) it replaced, if any. */
    public record Restored(Summary summary, @org.jspecify.annotations.Nullable Path kept,
                           @org.jspecify.annotations.Nullable Path keptVersions) {
    }

    public static Restored restore(Path backup, Path record, boolean replace, Clock clock) {
        return restore(backup, record, replace, clock, null);
    }

    /**
     * Restores a checked backup as the record in {@code record}. A record with events is replaced only when
     * {@code replace} is given, and then kept beside it; the new record is put together beside {@code record} and moved
     * into place, so a failed restore changes nothing. A backup that holds the reference versions (made since they are
     * backed up) puts them back in {@code referenceVersions} (when given) as they were; versions there that it does
     * not hold are kept beside it as {@code reference-versions.before-restore-TIME}.
     */
    public static Restored restore(Path backup, Path record, boolean replace, Clock clock,
                                   @org.jspecify.annotations.Nullable Path referenceVersions) {
        Summary summary = verify(backup, clock);
        boolean withVersions = referenceVersions != null && Files.isDirectory(backup.resolve(REFERENCE_VERSIONS));
        Path log = record.resolve(RecordLog.FILE);
        boolean hasEvents;
        try {
            hasEvents = Files.exists(log) && Files.size(log) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (hasEvents && !replace) {
            throw new UserFacingException("The record " + record.toAbsolutePath() + " already holds users or returns. Give"
                    + " --replace to restore over it (it is kept as " + record.getFileName() + ".before-restore-TIME).");
        }
        Path parent = record.toAbsolutePath().getParent();
        long now = Instant.now(clock).toEpochMilli();
        Path incoming = parent.resolve(record.getFileName() + ".restoring-" + now);
        Path kept = parent.resolve(record.getFileName() + ".before-restore-" + now);
        try {
            Files.createDirectories(incoming.resolve("files"));
            try (Stream<Path> files = Files.list(backup.resolve("files"))) {
                for (Path f : files.toList()) {
                    write(incoming.resolve("files").resolve(f.getFileName().toString()), Files.readAllBytes(f));
                }
            }
            write(incoming.resolve(RecordLog.FILE), Files.readAllBytes(backup.resolve(RecordLog.FILE)));
            Path keptVersions = null;
            if (withVersions) {
                Path versions = referenceVersions.toAbsolutePath();
                Path incomingVersions = versions.resolveSibling(versions.getFileName() + ".restoring-" + now);
                Files.createDirectories(incomingVersions);
                for (Path f : referenceVersions(backup.resolve(REFERENCE_VERSIONS))) {
                    write(incomingVersions.resolve(f.getFileName().toString()), Files.readAllBytes(f));
                }
                if (Files.exists(versions)) {
                    keptVersions = versions.resolveSibling(versions.getFileName() + ".before-restore-" + now);
                    Files.move(versions, keptVersions, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(incomingVersions, versions, StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(record)) {
                Files.move(record, kept, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(incoming, record, StandardCopyOption.ATOMIC_MOVE);
            return new Restored(summary, Files.exists(kept) ? kept : null, keptVersions);
        } catch (IOException e) {
            throw new UserFacingException("Cannot restore into " + record.toAbsolutePath() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    private static List<String> returnFiles(List<RecordEvent> events) {
        return events.stream().filter(e -> e.type().equals("return_submitted")).map(e -> e.text("file_sha256"))
                .distinct().toList();
    }

    private static Summary summarise(List<RecordEvent> events, int files, int referenceVersions) {
        int users = (int) events.stream().filter(e -> e.type().equals("user_created")).count();
        int returns = (int) events.stream().filter(e -> e.type().equals("return_submitted")).count();
        return new Summary(events.size(), users, returns, files, referenceVersions);
    }

    private static boolean isEmptyFolder(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes a file and forces it to disk. */
    private static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            var buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover folder named .partial- or .restoring- is harmless and says what it is
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
