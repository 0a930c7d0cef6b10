package no.traineemonitor.cli;

/**
 * A command of the jar ({@code java -jar traineemonitor.jar NAME ...}). Add one by implementing this interface in the
 * feature's package (a public class with a public no-argument constructor) and listing the class in
 * {@code META-INF/services/no.traineemonitor.cli.CliCommand}: {@code --help} lists it, {@link Cli} checks its options
 * against its {@link #spec()} and runs it. The command asks its {@link Invocation} for the Spring beans it needs; the
 * small context that holds them starts only then, so help and argument errors never start Spring.
 */
public interface CliCommand {

    /** Name, help and options, as data. */
    CommandSpec spec();

    /** Runs the command with checked options; returns the exit code (0 = done). */
    int run(Invocation invocation) throws Exception;
}
