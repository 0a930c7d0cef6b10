package no.traineemonitor.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.io.ClassPathResource;

/**
 * The reference for the full extract: the same fact and survey rows (the extract's own SQL files) and every stored
 * indicator value, read over JDBC and written by a bare SXSSF writer with the extract's settings (a window of 200 rows,
 * compressed temporary files, inline strings, a new sheet every 1 048 575 rows) — no styles, no cover, no source
 * look-ups, no intervals. Run by bench/scale.sh with the same {@code -Xmx} as the extract.
 *
 * <p>{@code BareExtract DATABASE OUT.xlsx}: prints {@code stats: rows=… seconds=… peak_heap_mb=… peak_rss_mb=…}.
 */
public final class BareExtract {

    private BareExtract() {
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> queries = List.of(sql("sql/query/report/extract_facts.sql"), sql("sql/query/report/extract_survey.sql"),
                "SELECT * FROM ind_value ORDER BY indicator_id, comparability_key, subject_type DESC, subject_name, "
                        + "period_end NULLS FIRST, period_start, fact_ids");
        long start = System.nanoTime();
        long rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath() + ";duckdb.read_only=true");
             SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, false); OutputStream os = Files.newOutputStream(out)) {
            int part = 0;
            for (String query : queries) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    SXSSFSheet sheet = null;
                    int r = 0;
                    while (rs.next()) {
                        if (sheet == null || r > 1_048_575) {
                            sheet = wb.createSheet("part " + ++part);
                            Row header = sheet.createRow(0);
                            for (int i = 0; i < columns; i++) {
                                header.createCell(i).setCellValue(rs.getMetaData().getColumnLabel(i + 1));
                            }
                            r = 1;
                        }
                        Row row = sheet.createRow(r++);
                        for (int i = 0; i < columns; i++) {
                            Object v = rs.getObject(i + 1);
                            if (v == null) {
                                continue;
                            }
                            Cell cell = row.createCell(i);
                            if (v instanceof Number n) {
                                cell.setCellValue(n.doubleValue());
                            } else if (v instanceof Boolean b) {
                                cell.setCellValue(b);
                            } else {
                                cell.setCellValue(v.toString());
                            }
                        }
                        rows++;
                    }
                }
            }
            wb.write(os);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> String.format(Locale.ROOT, "%.0f", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0)).findFirst()
                .orElse("n/a");
        System.out.printf(Locale.ROOT, "stats: rows=%d seconds=%.2f bytes=%d peak_heap_mb=%.1f peak_rss_mb=%s%n", rows,
                seconds, Files.size(out), peak / 1048576.0, rss);
    }

    private static String sql(String path) throws java.io.IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }
}
