package no.traineemonitor.cli;

import java.io.PrintStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/** One run of a command: its checked options, where it prints, and the beans it needs (the context starts on first use). */
public final class Invocation implements AutoCloseable {

    private final CommandSpec spec;
    private final Options options;
    private final PrintStream out;
    private @Nullable ConfigurableApplicationContext context;

    Invocation(CommandSpec spec, Options options, PrintStream out) {
        this.spec = spec;
        this.options = options;
        this.out = out;
    }

    public Options options() {
        return options;
    }

    public PrintStream out() {
        return out;
    }

    /** The bean of this type from the command's context, which starts on the first call. */
    public <T> T bean(Class<T> type) {
        if (context == null) {
            context = CommandContext.start(options.springArguments());
        }
        return context.getBean(type);
    }

    /** Closes the context, if it was started: the pool closes and a read-only copy of the database is deleted. */
    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
