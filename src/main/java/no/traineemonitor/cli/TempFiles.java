package no.traineemonitor.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Temporary files and folders of a command (partial outputs, the read-only copy of a database a server holds): each is
 * deleted when the command ends, also on Ctrl+C or SIGTERM (one shutdown hook), and carries the process id in its name
 * ({@code PREFIX<pid>-<random>SUFFIX}) so that what a {@code kill -9} left behind is removed by the next run: an entry
 * whose process has ended, or whose process id now belongs to a process started after the entry was last written.
 */
public final class TempFiles {

    /** The {@code <pid>-<random>} part of a name made by {@link #name}, as a regular expression capturing the pid. */
    public static final String ID = "(\\d+)-\\d+";

    private static final long PID = ProcessHandle.current().pid();
    private static final Set<Path> LIVE = new LinkedHashSet<>();
    private static boolean hookInstalled;
    private static boolean exiting;

    private TempFiles() {
    }

    /** A fresh name {@code prefix + pid + "-" + random + suffix} for a temporary file or folder of this process. */
    public static String name(String prefix, String suffix) {
        return prefix + PID + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + suffix;
    }

    /**
     * Deletes {@code path} (a folder with its contents) when the JVM exits, unless {@link #release released} first.
     * Register before creating the path, so no exit can come between the two.
     *
     * @throws IllegalStateException when the JVM is already exiting (the path must then not be created)
     */
    public static synchronized void deleteAtExit(Path path) {
        if (exiting) {
            throw new IllegalStateException("The command is being stopped");
        }
        watchExit();
        LIVE.add(path);
    }

    /**
     * Notices the JVM's exit from now on, so that {@link #exiting()} is true for a command stopped before it made any
     * temporary file (a failure then caused by the stop is reported as "Stopped.", not as what it broke).
     */
    public static synchronized void watchExit() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "delete-temporary-files"));
            hookInstalled = true;
        }
    }

    /** True once the JVM has begun to exit (Ctrl+C, SIGTERM): what fails now fails because the command is stopped. */
    public static synchronized boolean exiting() {
        return exiting;
    }

    /** Forgets {@code path}: it was moved into place or deleted. */
    public static synchronized void release(Path path) {
        LIVE.remove(path);
    }

    /** Deletes {@code path} now (recursively) and forgets it. */
    public static void delete(Path path) {
        deleteRecursively(path);
        release(path);
    }

    private static void deleteAll() {
        Set<Path> paths;
        synchronized (TempFiles.class) {
            exiting = true;
            paths = Set.copyOf(LIVE);
        }
        paths.forEach(TempFiles::deleteRecursively);
    }

    /**
     * Removes the entries of {@code dir} named {@code prefix<pid>-<random>suffix} that a process which no longer runs left
     * behind. Entries of running commands (this one included) stay.
     */
    public static void removeStale(Path dir, String prefix, String suffix) {
        removeStale(dir, Pattern.compile(Pattern.quote(prefix) + ID + Pattern.quote(suffix)));
    }

    /** As {@link #removeStale(Path, String, String)}, for names matching {@code name}, whose group 1 is the pid. */
    public static void removeStale(Path dir, Pattern name) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> name.matcher(p.getFileName().toString()).matches())) {
            for (Path entry : entries) {
                Matcher m = name.matcher(entry.getFileName().toString());
                if (m.matches() && !ownerRuns(Long.parseLong(m.group(1)), Files.getLastModifiedTime(entry))) {
                    deleteRecursively(entry);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // a folder that cannot be listed holds nothing we could remove; the command reports its own errors
        }
    }

    private static boolean ownerRuns(long pid, FileTime lastWritten) {
        if (pid == PID) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        Optional<Instant> started = process.flatMap(p -> p.info().startInstant());
        // a process started after the entry was last written cannot have written it: its id was reused
        return process.isPresent() && started.map(s -> !s.isAfter(lastWritten.toInstant().plusSeconds(1))).orElse(true);
    }

    /** Deletes a file, or a folder with everything in it; what cannot be deleted is left (nothing to do about it). */
    public static void deleteRecursively(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the next run's removeStale
                }
            });
        } catch (IOException | RuntimeException e) {
            // already gone, or unreadable
        }
    }
}
