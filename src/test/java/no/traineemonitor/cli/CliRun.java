package no.traineemonitor.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs the jar's command line in this JVM, as {@code java -jar traineemonitor.jar ARGS} would, and keeps what it
 * printed and its exit code. The server is never started: a test that reaches it sees {@link #servedWith}.
 */
public record CliRun(int exitCode, String out, String err, List<String> servedWith) {

    public static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> served = new ArrayList<>();
        int code = Cli.run(List.of(args), springArgs -> served.addAll(List.of(springArgs)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), served);
    }

    /** Builds a warehouse from sample-data/ at {@code file} with the {@code load} command. */
    public static Path load(Path file) {
        CliRun load = run("load", "--traineemonitor.database=" + file);
        if (load.exitCode() != 0) {
            throw new IllegalStateException("load failed: " + load.err());
        }
        return file;
    }

    /** A SHA-256 of the file's bytes: equal before and after means the file was not touched. */
    public static String fingerprint(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
