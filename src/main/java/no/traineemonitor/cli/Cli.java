package no.traineemonitor.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import no.traineemonitor.cli.CommandSpec.Option;

/**
 * The command line: {@code serve} (the default) hands over to the web application; any other word runs the
 * {@link CliCommand} of that name. Arguments are checked against the command's {@link CommandSpec} before anything
 * starts, so help and argument errors answer at once; a command's small Spring context starts only when it asks for a
 * bean. Exit codes: 0 done, 1 any error (bad arguments included).
 */
public final class Cli {

    /**
     * With this system property set to true a command only checks its arguments (exit 0 or 1, nothing run): {@code ./tm}
     * asks so before it prepares the fast-start cache for commands, so bad arguments are answered at once.
     */
    static final String CHECK_ONLY = "tm.check-arguments";

    /** Returned by {@link #run} when the server is up: the process must not exit. */
    public static final int KEEP_RUNNING = -1;

    /** The properties any command (and the server) takes; any other {@code --traineemonitor.*} is refused. */
    public static final List<Option> PROPERTIES = List.of(
            Option.of("traineemonitor.database", "FILE", "the database file (default data/traineemonitor.duckdb)"),
            Option.of("traineemonitor.sample-data", "FOLDER", "the folder the database is built from (default sample-data)"),
            Option.of("traineemonitor.pool-size", "N", "connections to the database (default 8)").wholeNumber(),
            Option.of("traineemonitor.indicators.minimum-n", "N", "shares with a smaller n are withheld (default 5)").wholeNumber(),
            Option.of("traineemonitor.benchmark.minimum-peers", "N",
                    "comparable peer values a rank, median or funnel needs (default 4)").wholeNumber(),
            Option.of("traineemonitor.reference-versions", "FOLDER",
                    "the imported reference versions (default reference-versions beside the database)"),
            Option.of("traineemonitor.record", "FOLDER",
                    "the record: users, yearly returns and the audit log (default data/record)"),
            Option.of("traineemonitor.admin.username", "NAME",
                    "the first administrator, made when the server starts with no users (default admin)"),
            Option.of("traineemonitor.admin.password", "PASSWORD",
                    "their password, at least 10 characters (default: a random one, printed once in the log); "
                            + "better given as the environment variable TRAINEEMONITOR_ADMIN_PASSWORD"),
            Option.of("traineemonitor.seeds", "FOLDER",
                    "the source documents quotes are checked against at load (default ../shared/seeds)"),
            Option.of("traineemonitor.sessions.max", "N", "sessions the server keeps at once (default 500)").wholeNumber(),
            Option.of("traineemonitor.sessions.anonymous-timeout", "DURATION",
                    "idle time after which a session ends (default 10m)"),
            Option.of("traineemonitor.duckdb.memory-limit", "SIZE",
                    "the most memory DuckDB uses before it spills to disk, e.g. 512MB (default: DuckDB's, 80 % of RAM)"),
            Option.of("traineemonitor.warmup.pages", "true|false",
                    "after the start and each data change the server opens its public pages once (default true)"));

    /** {@code serve}: not a {@link CliCommand}, since the web application is started by the entry point. */
    static final CommandSpec SERVE = new CommandSpec("serve",
            "serve the dashboard (the default): --port=N for another port than 8080",
            """
            Serves the dashboard on http://localhost:8080. On start it builds the database from sample-data/ if the \
            file is missing or was built from other data. Spring Boot properties (--server.port=N, --logging.level.X=L) \
            are passed on; --traineemonitor.* properties are checked like a command's.""",
            CommandSpec.Access.BUILDS, Option.of("port", "N", "the HTTP port (default 8080)").wholeNumber());

    /** Starts the web application; returns once it serves. */
    public interface Server {
        void start(String[] springArguments);
    }

    private Cli() {
    }

    /** Runs the command line and returns the exit code, or {@link #KEEP_RUNNING} once the server has started. */
    public static int run(String[] args, Server server) {
        return run(List.of(args), server, System.out, System.err);
    }

    /** Runs the command line printing to {@code out} and {@code err} (tests run it in-process). */
    public static int run(List<String> args, Server server, PrintStream out, PrintStream err) {
        try {
            if (args.isEmpty() || args.getFirst().startsWith("--") && !isHelp(args.getFirst())) {
                return serve(args, server, out); // ./tm --port=9090 serves on port 9090
            }
            String first = args.getFirst();
            List<String> rest = args.subList(1, args.size());
            if (isHelp(first) || first.equals("help")) {
                out.print(helpFor(rest));
                return 0;
            }
            if (first.equals("serve")) {
                return serve(rest, server, out);
            }
            return runCommand(args, out);
        } catch (UserFacingException e) {
            err.println(TempFiles.exiting() ? "Stopped." : e.getMessage());
            return 1;
        }
    }

    /** The commands, in the order help lists them: serve first, then by name. */
    public static List<CommandSpec> specs() {
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(SERVE);
        commands().stream().map(CliCommand::spec).sorted(Comparator.comparing(CommandSpec::name)).forEach(specs::add);
        return specs;
    }

    /** The help for {@code help WORDS...}: the overview, a command's, or a family's ({@code report}). */
    static String helpFor(List<String> words) {
        if (words.isEmpty()) {
            return Help.overview(specs());
        }
        String name = String.join(" ", words);
        Optional<CommandSpec> spec = specs().stream().filter(s -> s.name().equals(name)).findFirst();
        if (spec.isPresent()) {
            return Help.command(spec.get());
        }
        List<CommandSpec> family = family(name);
        if (!family.isEmpty()) {
            return Help.family(name, family);
        }
        throw unknownCommand(name);
    }

    private static int runCommand(List<String> args, PrintStream out) {
        String first = args.getFirst();
        String twoWords = args.size() > 1 && !args.get(1).startsWith("-") ? first + " " + args.get(1) : null;
        List<CliCommand> commands = commands();
        CliCommand command = commands.stream().filter(c -> c.spec().name().equals(twoWords)).findFirst()
                .or(() -> commands.stream().filter(c -> c.spec().name().equals(first)).findFirst())
                .orElse(null);
        if (command == null) {
            if (!family(first).isEmpty() && args.stream().anyMatch(Cli::isHelp)) {
                out.print(Help.family(first, family(first))); // ./tm report --help
                return 0;
            }
            throw unknownCommand(twoWords != null && !family(first).isEmpty() ? twoWords : first);
        }
        CommandSpec spec = command.spec();
        List<String> options = args.subList(spec.name().split(" ").length, args.size());
        if (options.stream().anyMatch(Cli::isHelp)) {
            out.print(Help.command(spec));
            return 0;
        }
        Options parsed = Options.parse(spec, options, PROPERTIES);
        if (Boolean.getBoolean(CHECK_ONLY)) {
            return 0;
        }
        TempFiles.watchExit();
        try (Invocation invocation = new Invocation(spec, parsed, out)) {
            return command.run(invocation);
        } catch (Exception e) {
            // a bean that could not be made wraps the user-facing reason (no database, locked, out of date) in its own
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof UserFacingException u) {
                    throw u;
                }
            }
            throw new UserFacingException(spec.name() + " failed: " + describe(e), e);
        }
    }

    private static int serve(List<String> args, Server server, PrintStream out) {
        if (args.stream().anyMatch(Cli::isHelp)) {
            out.print(Help.command(SERVE));
            return 0;
        }
        // Spring Boot's own properties (server.*, logging.*, spring.*) go to Spring unchecked; ours are checked
        List<String> ours = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        Set<String> springNames = new HashSet<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : "";
            if (name.contains(".") && !name.startsWith("traineemonitor.")) {
                if (!springNames.add(name)) {
                    throw new UserFacingException("--" + name + " is given twice: give it once");
                }
                spring.add(arg);
            } else {
                ours.add(arg);
            }
        }
        Options options = Options.parse(SERVE, ours, PROPERTIES);
        List<String> springArguments = new ArrayList<>(List.of(options.springArguments()));
        if (options.get("port") != null) {
            if (springNames.contains("server.port")) {
                throw new UserFacingException("--port and --server.port are both given: give one");
            }
            springArguments.add("--server.port=" + options.get("port"));
        }
        springArguments.addAll(spring);
        try {
            server.start(springArguments.toArray(String[]::new));
            return KEEP_RUNNING; // the embedded server's threads keep the JVM alive
        } catch (RuntimeException e) {
            return 1; // Boot has already printed what failed (failure analyzers: port in use, database locked, ...)
        }
    }

    private static List<CliCommand> commands() {
        return ServiceLoader.load(CliCommand.class, Cli.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }

    private static List<CommandSpec> family(String word) {
        return specs().stream().filter(s -> s.name().startsWith(word + " ")).toList();
    }

    private static UserFacingException unknownCommand(String name) {
        String first = name.split(" ")[0];
        List<CommandSpec> family = family(first);
        return new UserFacingException(family.isEmpty()
                ? "Unknown command '" + name + "'. ./tm --help lists the commands."
                : "Unknown command '" + name + "'. Use one of: "
                        + String.join(", ", family.stream().map(CommandSpec::name).toList()));
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    /** An unexpected failure in words: the message of the deepest cause that has one, and for a file error its reason. */
    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof java.io.IOException io) {
            return OutputFiles.reason(io) + (io.getMessage() != null && !OutputFiles.reason(io).contains(io.getMessage())
                    ? " (" + io.getMessage() + ")" : "");
        }
        return String.valueOf(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
    }
}
