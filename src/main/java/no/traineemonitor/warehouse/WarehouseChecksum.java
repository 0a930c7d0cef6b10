package no.traineemonitor.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SHA-256 of a database file as {@code load} wrote it, kept beside it in {@code FILE.sha256} (the format of
 * {@code sha256sum}, so {@code sha256sum -c} checks it too). The server only reads the file, so any difference means
 * the file was damaged or changed after it was built. A new checksum is first written as {@code FILE.sha256.next} and
 * moved over the old one right after the database is moved into place; {@link #settle} finishes a swap that a killed
 * process left half done.
 */
final class WarehouseChecksum {

    private WarehouseChecksum() {
    }

    static Path of(Path database) {
        return database.resolveSibling(database.getFileName() + ".sha256");
    }

    static Path pending(Path database) {
        return database.resolveSibling(database.getFileName() + ".sha256.next");
    }

    /** The hex SHA-256 of a file's bytes. */
    static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code digest  name} to a checksum file. */
    static void write(Path checksumFile, String digest, Path database) throws IOException {
        Files.writeString(checksumFile, digest + "  " + database.getFileName() + "\n", StandardCharsets.UTF_8);
    }

    /** The digest recorded in a checksum file, or empty if there is none (or it is unreadable). */
    static Optional<String> recorded(Path checksumFile) {
        try {
            if (!Files.isRegularFile(checksumFile)) {
                return Optional.empty();
            }
            String text = Files.readString(checksumFile, StandardCharsets.UTF_8).strip();
            int space = text.indexOf(' ');
            String digest = space < 0 ? text : text.substring(0, space);
            return digest.matches("[0-9a-f]{64}") ? Optional.of(digest) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * After a {@code load} killed between moving the new database into place and moving its checksum: the pending
     * checksum becomes the checksum when it matches the database, and is removed when it does not.
     */
    static void settle(Path database) throws IOException {
        Path pending = pending(database);
        Optional<String> next = recorded(pending);
        if (next.isEmpty()) {
            Files.deleteIfExists(pending);
            return;
        }
        if (Files.isRegularFile(database) && digest(database).equals(next.get())) {
            Files.move(pending, of(database), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(pending);
        }
    }
}
