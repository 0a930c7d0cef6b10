package no.traineemonitor.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import no.traineemonitor.Application;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dispatches the command line: {@code serve} (default) starts the web app; any other word runs the
 * {@link CliCommand} of that name in a non-web Spring context.
 */
public final class Cli {

    /** Returned by {@link #run} when the server is up: the process must not exit. */
    public static final int KEEP_RUNNING = -1;

    private Cli() {
    }

    /** Runs the command line and returns the exit code, or {@link #KEEP_RUNNING} once the server has started. */
    public static int run(String[] args) {
        if (args.length == 0) {
            args = new String[] {"serve"};
        }
        String first = args[0];
        if (first.startsWith("--") && !first.equals("--help")) {
            first = "serve"; // ./tm --port=9090 means serve on port 9090
            args = prepend("serve", args);
        }
        return switch (first) {
            case "serve" -> serve(Arrays.copyOfRange(args, 1, args.length));
            case "--help", "help", "-h" -> help();
            default -> runCommand(first, Arrays.asList(args).subList(1, args.length));
        };
    }

    private static int serve(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        try {
            app.run(translatePortOption(args));
            return KEEP_RUNNING; // the embedded server's threads keep the JVM alive
        } catch (RuntimeException e) {
            return 1; // Boot has already printed what failed (failure analyzers: port in use, database locked, ...)
        }
    }

    private static int help() {
        try (var context = nonWebContext(new String[0])) {
            System.out.println("Usage: java -jar traineemonitor.jar [COMMAND] [OPTIONS]   (./tm [COMMAND] [OPTIONS])");
            System.out.println();
            System.out.println("Commands:");
            System.out.printf("  %-20s %s%n", "serve", "serve the dashboard (default); --port=N to change port 8080");
            context.getBeansOfType(CliCommand.class).values().stream()
                    .sorted(Comparator.comparing(CliCommand::name))
                    .forEach(c -> System.out.printf("  %-20s %s%n", c.name(), c.summary()));
            System.out.printf("  %-20s %s%n", "--help", "this list");
            System.out.println();
            System.out.println("While a server runs, commands that read the database work on a read-only copy of it.");
            return 0;
        }
    }

    private static int runCommand(String name, List<String> args) {
        try (var context = nonWebContext(springProperties(args))) {
            var commands = context.getBeansOfType(CliCommand.class).values();
            // a command's name may be two words ("report county"): the longer match wins
            String twoWords = args.isEmpty() ? null : name + " " + args.getFirst();
            CliCommand command = commands.stream().filter(c -> c.name().equals(twoWords)).findFirst()
                    .or(() -> commands.stream().filter(c -> c.name().equals(name)).findFirst())
                    .orElse(null);
            if (command == null) {
                List<String> family = commands.stream().map(CliCommand::name).filter(n -> n.startsWith(name + " ")).sorted().toList();
                System.err.println(family.isEmpty()
                        ? "Unknown command '" + name + "'. Run with --help to list the commands."
                        : "Unknown command '" + (twoWords == null ? name : twoWords) + "'. Use one of: " + String.join(", ", family));
                return 2;
            }
            List<String> commandArgs = command.name().contains(" ") ? args.subList(1, args.size()) : args;
            try {
                return command.run(commandArgs, System.out);
            } catch (UserFacingException e) {
                System.err.println(e.getMessage());
                return 1;
            } catch (Exception e) {
                System.err.println(name + " failed: " + e.getMessage());
                return 1;
            }
        }
    }

    /**
     * The arguments that are Spring properties ({@code --traineemonitor.database=FILE}, {@code --spring.*},
     * {@code --logging.*}): the context gets them, the command ignores them (see CommandLineOptions).
     */
    static String[] springProperties(List<String> args) {
        return args.stream().filter(a -> a.startsWith("--traineemonitor.") || a.startsWith("--spring.")
                || a.startsWith("--logging.")).toArray(String[]::new);
    }

    /** A lazy, non-web context: commands only create the beans they use (e.g. no connection pool for load). */
    private static ConfigurableApplicationContext nonWebContext(String[] properties) {
        SpringApplication app = new SpringApplication(Application.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLazyInitialization(true);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(java.util.Map.of(
                "logging.level.root", "WARN",
                // a running server holds the database file: read a read-only copy of it instead of failing
                "traineemonitor.snapshot-when-locked", "true",
                // Vaadin's auto-configuration needs a web context; commands have none.
                "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig"));
        return app.run(properties);
    }

    static String[] translatePortOption(String[] args) {
        return Arrays.stream(args)
                .map(a -> a.startsWith("--port=") ? "--server.port=" + a.substring("--port=".length()) : a)
                .toArray(String[]::new);
    }

    private static String[] prepend(String head, String[] tail) {
        String[] all = new String[tail.length + 1];
        all[0] = head;
        System.arraycopy(tail, 0, all, 1, tail.length);
        return all;
    }
}
