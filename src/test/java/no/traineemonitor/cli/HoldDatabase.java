package no.traineemonitor.cli;

import java.nio.file.Path;
import java.sql.DriverManager;

/** Holds a DuckDB file open for writing, as the running server does, until its standard input closes (a separate process). */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + Path.of(args[0]).toAbsolutePath() + ";jdbc_stream_results=true")) {
            System.out.println("holding");
            System.out.flush();
            System.in.read();
        }
    }

    /** Starts a holder of {@code database} and returns once it holds the file. */
    public static Process start(Path database) throws java.io.IOException {
        Process holder = java(java.util.List.of(), HoldDatabase.class.getName(), database.toString()).redirectErrorStream(true).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
        if (!"holding".equals(line)) {
            holder.destroyForcibly();
            throw new IllegalStateException("the holder did not start: " + line);
        }
        return holder;
    }

    /** Stops a holder started by {@link #start}. */
    public static void stop(Process holder) throws InterruptedException {
        try {
            holder.getOutputStream().close();
        } catch (java.io.IOException e) {
            // already gone
        }
        if (!holder.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            holder.destroyForcibly();
        }
    }

    /** A JVM with {@code options} on this test's class path running {@code mainClass} with {@code args}. */
    public static ProcessBuilder java(java.util.List<String> options, String mainClass, String... args) {
        var command = new java.util.ArrayList<String>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(options);
        // an empty entry of surefire's class path would put the working directory (with sql/ in it) on the class path
        String classPath = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.isBlank()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        command.addAll(java.util.List.of("-cp", classPath, mainClass));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command);
    }
}
