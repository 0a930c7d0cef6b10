package no.traineemonitor.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks that the database file is the one {@code load} wrote before it is served: its SHA-256 against the checksum
 * recorded beside it (every byte, so also the indexes a table scan never reads). A file without a checksum (copied
 * without it) is read instead: every row of every table, and every view. The health check repeats the cheap part: the file's size and
 * modification time against the verified state, with a new checksum only when they changed.
 */
@Component
public class WarehouseVerifier {

    private static final Logger log = LoggerFactory.getLogger(WarehouseVerifier.class);

    /** What was verified: the file as it was then, and how. */
    record Verified(Path file, long size, long modified, String method) {
    }

    private volatile Verified verified;

    /** Verifies the file; throws {@link WarehouseUnavailableException} (damaged, or locked) with what to do. */
    Verified verify(Path file) {
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            Optional<String> recorded = WarehouseChecksum.recorded(WarehouseChecksum.of(file));
            String method;
            if (recorded.isPresent()) {
                String actual = WarehouseChecksum.digest(file);
                if (!actual.equals(recorded.get())) {
                    throw WarehouseFile.damaged(file, "its content differs from the checksum recorded when it was built ("
                            + WarehouseChecksum.of(file).getFileName() + ")" + (size == 0 ? "; it is empty" : ""), null);
                }
                method = "checksum";
            } else {
                readEverything(file);
                method = "every table and view read (no checksum file)";
                log.info("{} has no checksum file ({}): verified by reading every table and view instead", file.toAbsolutePath(),
                        WarehouseChecksum.of(file).getFileName());
            }
            Verified v = new Verified(file.toAbsolutePath(), size, modified, method);
            verified = v;
            return v;
        } catch (IOException e) {
            throw new WarehouseUnavailableException("Cannot read the database file " + file.toAbsolutePath() + ": "
                    + e.getMessage(), "Check that the file and its folder can be read by this user.", e);
        }
    }

    /**
     * After the server changed the file itself (a yearly return taken in, then checkpointed): the file as it is now is
     * the verified one, and its checksum is rewritten (to a temporary name, then moved over the old one).
     */
    synchronized void accept(Path file) throws IOException {
        String digest = WarehouseChecksum.digest(file);
        Path next = WarehouseChecksum.pending(file);
        WarehouseChecksum.write(next, digest, file);
        java.nio.file.Files.move(next, WarehouseChecksum.of(file), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        verified = new Verified(file.toAbsolutePath(), Files.size(file), Files.getLastModifiedTime(file).toMillis(), "checksum");
    }

    /**
     * For the health check: empty when the file is still as verified (or verifies again after it changed), else the
     * problem. Cheap while the file's size and modification time are unchanged.
     */
    Optional<String> recheck() {
        Verified v = verified;
        if (v == null) {
            return Optional.of("not verified");
        }
        try {
            if (Files.size(v.file()) == v.size() && Files.getLastModifiedTime(v.file()).toMillis() == v.modified()) {
                return Optional.empty();
            }
            Optional<String> recorded = WarehouseChecksum.recorded(WarehouseChecksum.of(v.file()));
            if (recorded.isPresent() && recorded.get().equals(WarehouseChecksum.digest(v.file()))) {
                verified = new Verified(v.file(), Files.size(v.file()), Files.getLastModifiedTime(v.file()).toMillis(), "checksum");
                return Optional.empty();
            }
            return Optional.of("the file changed after it was verified at start and does not match its checksum");
        } catch (IOException e) {
            return Optional.of("the file cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads every row of every table, then every view (a fallback when no checksum was recorded). The views reach some
     * of the primary-key indexes (a table scan reads none); index blocks no query reads are checked only by the checksum.
     */
    private static void readEverything(Path file) {
        try (Connection c = WarehouseFile.open(file)) {
            // hash(t) takes every column of every row, so every data block of the table is read and checked
            for (String table : names(c, "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1")) {
                read(file, c, "table " + table, "SELECT count(*), bit_xor(hash(t)) FROM " + quote(table) + " t");
            }
            for (String view : names(c, "SELECT view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary ORDER BY 1")) {
                read(file, c, "view " + view, "SELECT count(*) FROM (SELECT * FROM " + quote(view) + ")");
            }
        } catch (SQLException e) {
            throw WarehouseFile.explain(file, e);
        }
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void read(Path file, Connection c, String what, String sql) {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
        } catch (SQLException e) {
            throw WarehouseFile.damaged(file, "reading " + what + " failed ("
                    + WarehouseFile.firstLine(String.valueOf(e.getMessage())) + ")", e);
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
