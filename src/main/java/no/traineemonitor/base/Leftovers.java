package no.traineemonitor.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Work files carry the id of the process that writes them (a database being built, a read-only snapshot, a report
 * being written). A process killed with {@code kill -9} cannot remove its own; the next run removes those whose
 * process no longer exists, and never those of a process that is still running.
 */
public final class Leftovers {

    private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

    private Leftovers() {
    }

    /** This process's id, to put in the name of a work file. */
    public static long pid() {
        return ProcessHandle.current().pid();
    }

    /**
     * Removes the entries of {@code dir} whose name matches {@code pattern} (its first group is the process id) and
     * whose process has ended; folders are removed with their content. Returns what was removed.
     */
    public static List<Path> remove(Path dir, Pattern pattern) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                Matcher m = pattern.matcher(p.getFileName().toString());
                if (m.matches() && !alive(Long.parseLong(m.group(1)))) {
                    try {
                        FileSystemUtils.deleteRecursively(p);
                        removed.add(p);
                    } catch (IOException e) {
                        log.warn("Could not remove {} (left by an ended process): {}", p, e.getMessage());
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not look for left-over work files in {}: {}", dir, e.getMessage());
        }
        if (!removed.isEmpty()) {
            log.info("Removed {} left by ended processes: {}", removed.size() == 1 ? "a work file" : removed.size() + " work files",
                    removed.stream().map(p -> p.getFileName().toString()).toList());
        }
        return removed;
    }

    private static boolean alive(long pid) {
        return pid == pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
