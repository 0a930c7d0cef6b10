package no.traineemonitor.report;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.CommandLineOptions;
import no.traineemonitor.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code extract --out=FILE.xlsx|FILE.csv [--lang=nb|en] [--stats=true]}: every fact, survey cell and indicator value
 * with its sources, streamed. {@code --stats=true} adds the peak heap and resident memory of the run (the benchmark).
 */
@Component
class ExtractCommand implements CliCommand {

    static final List<String> OPTIONS = List.of("out", "lang", "stats");

    private final ReportService reports;

    ExtractCommand(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "every fact and indicator value with its sources: --out=FILE.xlsx or --out=FILE.csv [--lang=nb|en]";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        CommandLineOptions options = CommandLineOptions.parse(args, OPTIONS);
        Path file = Path.of(options.required("out"));
        ReportService.ExtractFormat format = ReportService.ExtractFormat.ofFileName(file.getFileName().toString());
        Locale locale = ReportFiles.locale(options);
        ReportService.ExtractSummary[] summary = new ReportService.ExtractSummary[1];
        ReportFiles.Written written = ReportFiles.write(file, o -> summary[0] = reports.writeExtract(format, locale, o));
        var s = summary[0];
        out.printf(Locale.ROOT, "Wrote %d rows (%d facts, %d survey cells, %d indicator values) to %s%n", s.rows(),
                s.facts(), s.surveyCells(), s.indicatorResults(), written.describe());
        if ("true".equals(options.get("stats"))) {
            out.printf(Locale.ROOT, "stats: rows=%d facts=%d survey=%d indicators=%d seconds=%.2f bytes=%d peak_heap_mb=%.1f"
                            + " max_heap_mb=%.0f peak_rss_mb=%s%n", s.rows(), s.facts(), s.surveyCells(), s.indicatorResults(),
                    written.millis() / 1000.0, written.bytes(), peakHeap() / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0, peakRss());
        }
        return 0;
    }

    /** The sum of the peak usage of the heap's memory pools (an upper bound of the heap in use at any one time). */
    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
    }

    /** The process's peak resident memory (VmHWM on Linux), or "n/a". */
    static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> String.format(Locale.ROOT, "%.0f", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0))
                    .findFirst().orElse("n/a");
        } catch (Exception e) {
            return "n/a";
        }
    }
}
