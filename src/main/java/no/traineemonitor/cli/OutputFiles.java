package no.traineemonitor.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The files a command writes, all or none. Each is written to a hidden partial file beside its target
 * ({@code .NAME.<pid>-<random>.partial}) and {@link #commit() moved into place} only when every file of the command is
 * complete; on a failure, on {@link #close()} without commit, and on Ctrl+C or SIGTERM the partial files are deleted,
 * and the partial files a killed command left are removed by the next command that writes to the same folder. Errors name the
 * file and the reason (permission denied, the folder does not exist, disk full).
 */
public final class OutputFiles implements AutoCloseable {

    /** Writes a file's content to the stream it is given. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What was written and how long it took. */
    public record Written(Path file, long bytes, long millis) {

        public String describe() {
            String kb = String.format(Locale.ROOT, "%,d", (bytes + 1023) / 1024).replace(',', ' ');
            return String.format(Locale.ROOT, "%s (%s kB, %.1f s)", file.toAbsolutePath(), kb, millis / 1000.0);
        }
    }

    /** The partial files of any output, {@code .NAME.<pid>-<random>.partial}. */
    private static final Pattern PARTIAL = Pattern.compile("\\..+\\." + TempFiles.ID + "\\.partial");

    private final Map<Path, Path> partials = new LinkedHashMap<>();
    private @Nullable Path createdFolder;

    /** Writes one file whole or not at all. */
    public static Written write(Path target, Content content) {
        try (OutputFiles files = new OutputFiles()) {
            Written written = files.add(target, content);
            files.commit();
            return written;
        }
    }

    /**
     * Checks, before any work, that {@code target} can be written: its folder exists and is writable and it is not a
     * folder itself. Returns it as an absolute path.
     */
    public static Path checkTarget(String target) {
        Path file = Path.of(target).toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null) {
            throw cannotWrite(file, "it is a folder");
        }
        if (!Files.isDirectory(folder)) {
            throw cannotWrite(file, Files.exists(folder) ? "not a folder: " + folder : "the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw cannotWrite(file, "it is a folder");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) { // a device or pipe would be replaced by the finished file
            throw cannotWrite(file, "it is not a regular file");
        }
        if (!Files.isWritable(folder)) {
            throw cannotWrite(file, "permission denied");
        }
        return file;
    }

    /**
     * Checks, before any work, an output folder: it may be missing if its parent exists (it is then created by
     * {@link #createFolder}). Returns it as an absolute path.
     */
    public static Path checkFolder(String folder) {
        Path dir = Path.of(folder).toAbsolutePath().normalize();
        if (Files.isDirectory(dir)) {
            if (!Files.isWritable(dir)) {
                throw cannotWrite(dir, "permission denied");
            }
            return dir;
        }
        if (Files.exists(dir)) {
            throw cannotWrite(dir, "it is a file, not a folder");
        }
        checkTarget(dir.toString());
        return dir;
    }

    /** Creates the output folder if it is missing; it is removed again unless the files are committed. */
    public void createFolder(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            TempFiles.deleteAtExit(dir);
            Files.createDirectory(dir);
            createdFolder = dir;
        } catch (IOException e) {
            TempFiles.release(dir);
            throw cannotWrite(dir, reason(e));
        }
    }

    /** Writes {@code content} to a partial file beside {@code target}; it replaces {@code target} on {@link #commit()}. */
    public Written add(Path target, Content content) {
        long start = System.nanoTime();
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        TempFiles.removeStale(folder, PARTIAL);
        Path partial = folder.resolve(TempFiles.name("." + file.getFileName() + ".", ".partial"));
        TempFiles.deleteAtExit(partial);
        partials.put(file, partial);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw cannotWrite(file, reason(e));
        } catch (RuntimeException e) { // a writer that cannot throw IOException wraps it (UncheckedIOException)
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof IOException io) {
                    throw cannotWrite(file, reason(io));
                }
            }
            throw e;
        }
        try {
            return new Written(file, Files.size(partial), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw cannotWrite(file, reason(e));
        }
    }

    /** Moves every partial file into place. */
    public void commit() {
        for (var entry : new ArrayList<>(partials.entrySet())) {
            try {
                Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw cannotWrite(entry.getKey(), reason(e));
            }
            partials.remove(entry.getKey());
            TempFiles.release(entry.getValue());
        }
        if (createdFolder != null) {
            TempFiles.release(createdFolder);
            createdFolder = null;
        }
    }

    /** Deletes what was not committed: the partial files and a folder created for them. */
    @Override
    public void close() {
        partials.values().forEach(TempFiles::delete);
        partials.clear();
        if (createdFolder != null) {
            TempFiles.delete(createdFolder);
        }
    }

    private static UserFacingException cannotWrite(Path file, String reason) {
        return new UserFacingException("Cannot write " + file + ": " + reason);
    }

    /** Why a file operation failed, in words: "permission denied", "the folder ... does not exist", "disk full", ... */
    public static String reason(IOException e) {
        String message = String.valueOf(e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage());
        if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
            return "disk full";
        }
        if (message.contains("Read-only file system")) {
            return "the file system is read-only";
        }
        if (e instanceof AccessDeniedException || message.contains("Permission denied")) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            Path missing = n.getFile() == null ? null : Path.of(n.getFile()).getParent();
            if (missing != null && Files.isDirectory(missing)) { // /proc: the folder is there but takes no new files
                return "the folder " + missing + " does not take new files";
            }
            return missing == null ? "the folder does not exist" : "the folder " + missing + " does not exist";
        }
        if (e instanceof NotDirectoryException || message.contains("Not a directory")) {
            return "a part of the path is not a folder";
        }
        if (message.contains("Is a directory")) {
            return "it is a folder";
        }
        return e instanceof FileSystemException f && f.getReason() == null ? e.getClass().getSimpleName() + " " + f.getFile()
                : message;
    }
}
