package no.traineemonitor.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.cli.Options;
import no.traineemonitor.cli.OutputFiles;
import no.traineemonitor.cli.TempFiles;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * {@code extract --out=FILE.xlsx|FILE.csv [--csv=rfc4180|excel-nb] [--lang=nb|en] [--stats=true]}: every fact, survey
 * cell and indicator value with its sources, streamed. {@code --stats=true} adds the peak heap and resident memory of the run (the benchmark).
 */
public final class ExtractCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("extract",
            "every fact and indicator value with its sources: --out=FILE.xlsx or --out=FILE.csv [--lang=nb|en]",
            """
            Writes every fact, survey cell and indicator value with the documents and sections it rests on, in the \
            warehouse's own column names, as .xlsx or .csv (chosen by the file name). A .csv is plain RFC 4180 (UTF-8,             comma, decimal point) unless --csv=excel-nb asks for one a Norwegian spreadsheet opens with a double-click             (UTF-8 with byte-order mark, semicolon, decimal comma, columns named in the --lang language).""",
            CommandSpec.Access.READS,
            Option.of("out", "FILE.xlsx|FILE.csv", "the file to write; its folder must exist").required(),
            ReportFiles.CSV,
            ReportFiles.LANG,
            Option.choice("stats", "true prints rows, time, peak heap and resident memory (for the benchmark)",
                    "false", "true"));

    static final String POI_PREFIX = "traineemonitor-poi-";

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        Options options = invocation.options();
        Path file = OutputFiles.checkTarget(options.required("out"));
        ReportService.ExtractFormat format = ReportService.ExtractFormat.ofFileName(file.getFileName().toString());
        Locale locale = ReportFiles.locale(options);
        CsvFormat csv = ReportFiles.csv(options);
        ReportService reports = invocation.bean(ReportService.class);
        ReportService.ExtractSummary[] summary = new ReportService.ExtractSummary[1];
        OutputFiles.Written written;
        Path poiFiles = poiTemporaryFolder();
        try {
            written = OutputFiles.write(file, o -> summary[0] = reports.writeExtract(format, csv, locale, o));
        } finally {
            TempFiles.delete(poiFiles);
        }
        var s = summary[0];
        invocation.out().printf(Locale.ROOT, "Wrote %d rows (%d facts, %d survey cells, %d indicator values) to %s%n", s.rows(),
                s.facts(), s.surveyCells(), s.indicatorResults(), written.describe());
        if ("true".equals(options.get("stats"))) {
            invocation.out().printf(Locale.ROOT, "stats: rows=%d facts=%d survey=%d indicators=%d seconds=%.2f bytes=%d"
                            + " peak_heap_mb=%.1f max_heap_mb=%.0f peak_rss_mb=%s%n", s.rows(), s.facts(), s.surveyCells(),
                    s.indicatorResults(), written.millis() / 1000.0, written.bytes(), peakHeap() / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0, peakRss());
        }
        return 0;
    }

    /**
     * The streamed workbook keeps its rows in temporary files of POI's: they go to a folder of this process, deleted
     * when the command ends however it ends, and removed by the next extract if a kill made that impossible.
     */
    private static Path poiTemporaryFolder() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        TempFiles.removeStale(tmp, POI_PREFIX, "");
        Path dir = tmp.resolve(TempFiles.name(POI_PREFIX, ""));
        TempFiles.deleteAtExit(dir);
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
        return dir;
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
