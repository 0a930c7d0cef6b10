package no.traineemonitor.warehouse;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.warehouse.ingest.LoadReport;
import org.springframework.stereotype.Component;

/** {@code load}: rebuilds the database from sample-data/ into a new file and swaps it in atomically. */
@Component
class LoadCommand implements CliCommand {

    private final WarehouseProperties properties;
    private final WarehouseFile warehouseFile;
    private final WarehouseBuilder builder;

    LoadCommand(WarehouseProperties properties, WarehouseFile warehouseFile, WarehouseBuilder builder) {
        this.properties = properties;
        this.warehouseFile = warehouseFile;
        this.builder = builder;
    }

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String summary() {
        return "rebuild the database from sample-data/ into a new file and swap it in (the server must be stopped)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Optional<String> damage = warehouseFile.replaceable(properties.database());
        LoadReport report = builder.buildAndSwap(properties.database());
        damage.ifPresent(d -> out.println("Replaced the damaged database file (" + d + ")"));
        out.println("Loaded " + properties.database().toAbsolutePath() + " (data version " + builder.dataVersion() + ")");
        out.println(report.summary());
        report.warnings().forEach(w -> out.println("Warning: " + w));
        return 0;
    }
}
