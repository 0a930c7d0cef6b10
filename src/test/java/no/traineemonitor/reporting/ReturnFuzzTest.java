package no.traineemonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.record.RecordService;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * More than 200 malformed returns, generated from a valid one: each is refused with a message that says where and what,
 * and neither the warehouse (row counts and a checksum of every table) nor the record (its log) changes.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnFuzzTest {

    @Autowired
    ReturnService returns;
    @Autowired
    RecordService record;
    @Autowired
    JdbcClient jdbc;

    byte[] template;
    byte[] valid;

    @BeforeAll
    void make() {
        no.traineemonitor.security.TestUsers.admin(record);
        template = returns.templateWorkbook("trainee_salten", 2025, LanguageSwitch.BOKMAL);
        valid = ReturnWorkbooks.fill(template, ReturnServiceTest.SALTEN_2025);
        assertThat(returns.readWorkbook(valid, "trainee_salten", 2025).problems()).isEmpty();
    }

    record Variant(String name, byte[] file) {
    }

    @org.junit.jupiter.api.AfterAll
    void signOut() {
        no.traineemonitor.security.TestUsers.signOut();
    }

    @Test
    void every_malformed_return_is_refused_with_its_place_and_nothing_changes() throws IOException {
        no.traineemonitor.security.TestUsers.admin(record); // JUnit may run this on another thread than @BeforeAll
        List<Variant> variants = variants();
        assertThat(variants).hasSizeGreaterThanOrEqualTo(200);
        String warehouseBefore = warehouseChecksum();
        long logBefore = logSize();
        List<String> accepted = new ArrayList<>();
        int problems = 0;
        int placed = 0;
        for (Variant v : variants) {
            ReturnService.Checked checked = returns.readWorkbook(v.file(), "trainee_salten", 2025);
            if (checked.valid()) {
                accepted.add(v.name());
                continue;
            }
            problems += checked.problems().size();
            placed += (int) checked.problems().stream().filter(p -> p.row() > 0).count();
            for (ReturnProblem p : checked.problems()) {
                String text = returns.describe(p, LanguageSwitch.BOKMAL);
                assertThat(text).as(v.name()).doesNotContain("!reporting.").doesNotContain("Exception").isNotBlank();
                if (p.row() > 0) {
                    assertThat(text).as(v.name()).matches("^[^!]+![A-H]\\d+: .+");
                }
            }
        }
        assertThat(accepted).as("variants that were accepted").isEmpty();
        assertThat(warehouseChecksum()).isEqualTo(warehouseBefore);
        assertThat(logSize()).isEqualTo(logBefore);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/return-fuzz-summary.txt"), String.format(
                "malformed returns tried: %d%nrefused: %d%nproblems reported: %d (%d with sheet!cell)%n"
                        + "warehouse tables changed: none (row counts and checksum equal)%nrecord events added: 0%n",
                variants.size(), variants.size() - accepted.size(), problems, placed));
    }

    private List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        // 1. every numeric figure with every kind of bad number
        List<Object> badNumbers = List.of("-5", "1,5", "1.5", "12a", "٣", "１２", "1e3", "0x10", "12 00", "NaN",
                "99999999999999999", -3, 2.5, 1e12);
        for (ReturnMetric m : returns.template()) {
            if (!m.numeric()) {
                continue;
            }
            for (Object bad : badNumbers) {
                Map<String, Object> values = new LinkedHashMap<>(ReturnServiceTest.SALTEN_2025);
                values.put(m.metricId(), bad);
                out.add(new Variant(m.metricId() + "=" + bad, ReturnWorkbooks.fill(template, values)));
            }
            out.add(new Variant(m.metricId() + " formula", setCell(valid, m.metricId(), c -> c.setCellFormula("1+1"))));
            out.add(new Variant(m.metricId() + " error", setCell(valid, m.metricId(), c -> c.setCellErrorValue(FormulaError.DIV0.getCode()))));
            out.add(new Variant(m.metricId() + " boolean", setCell(valid, m.metricId(), c -> c.setCellValue(true))));
        }
        // 2. choices and municipality lists
        for (String bad : List.of("gratis", "MEMBERSHIP", "=membership", "per trainee")) {
            out.add(variant("fee_model", bad));
        }
        for (String bad : List.of("9999", "1804 0000", "abcd", "18O4", "1804-1837", "180")) {
            out.add(variant("municipalities_covered", bad));
        }
        // 3. figures that do not fit together
        out.add(variant("applicants", 6));              // 7 hired
        out.add(variant("hires_women", 8));             // of 7 hired
        out.add(variant("hires_men", 8));
        out.add(variant("hires_in_movers", 8));
        out.add(variant("member_organisations_active", 45)); // of 44
        out.add(variant("continued_in_host_end", 7));   // of 6 completed
        out.add(variant("retained_in_region_end", 7));
        out.add(variant("completed", 7));               // 7 + 1 dropped out > 7 hired
        // 4. required figures missing
        for (String required : List.of("positions_advertised", "applicants", "hires")) {
            Map<String, Object> values = new LinkedHashMap<>(ReturnServiceTest.SALTEN_2025);
            values.remove(required);
            out.add(new Variant("without " + required, ReturnWorkbooks.fill(template, values)));
        }
        // 5. the file itself
        out.add(new Variant("empty", new byte[0]));
        Random random = new Random(20261207);
        for (int i = 0; i < 5; i++) {
            byte[] noise = new byte[1000 + random.nextInt(50_000)];
            random.nextBytes(noise);
            out.add(new Variant("random bytes " + i, noise));
        }
        for (int cut : new int[] {10, 100, 1000, 3000, valid.length / 2, valid.length - 200, valid.length - 22}) {
            out.add(new Variant("truncated at " + cut, java.util.Arrays.copyOf(valid, cut)));
        }
        out.add(new Variant("a CSV renamed .xlsx", "hires;applicants\n7;120\n".getBytes(StandardCharsets.UTF_8)));
        out.add(new Variant("Latin-1 text", "Søkere;120\n".getBytes(StandardCharsets.ISO_8859_1)));
        out.add(new Variant("over 10 MB", new byte[(int) ReturnWorkbookReader.MAX_BYTES + 1]));
        out.add(new Variant("zip bomb", zipBomb()));
        out.add(new Variant("macro", withEntry(valid, "xl/vbaProject.bin", new byte[] {1, 2, 3})));
        out.add(new Variant("external link", withEntry(valid, "xl/externalLinks/externalLink1.xml",
                "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(StandardCharsets.UTF_8))));
        out.add(new Variant("extra sheet", edit(valid, wb -> wb.createSheet("Notater"))));
        out.add(new Variant("hidden extra sheet", edit(valid, wb -> wb.setSheetHidden(wb.getSheetIndex(wb.createSheet("x")), true))));
        out.add(new Variant("very hidden extra sheet", edit(valid, wb ->
                wb.setSheetVisibility(wb.getSheetIndex(wb.createSheet("y")), SheetVisibility.VERY_HIDDEN))));
        out.add(new Variant("form sheet hidden", edit(valid, wb -> {
            wb.createSheet("Ny");
            wb.setActiveSheet(2);
            wb.setSheetHidden(0, true);
        })));
        out.add(new Variant("no hidden sheet", edit(valid, wb -> wb.removeSheetAt(1))));
        out.add(new Variant("older template", edit(valid, wb -> wb.getSheetAt(1).getRow(0).getCell(0).setCellValue("2025.9"))));
        out.add(new Variant("figure list changed", edit(valid, wb -> wb.getSheetAt(1).getRow(5).getCell(0).setCellValue("hires_total"))));
        out.add(new Variant("year 1990", edit(valid, wb -> wb.getSheetAt(1).getRow(2).getCell(0).setCellValue(1990))));
        out.add(new Variant("year next year", edit(valid, wb -> wb.getSheetAt(1).getRow(2).getCell(0).setCellValue(2099))));
        out.add(new Variant("another programme's template",
                ReturnWorkbooks.fill(returns.templateWorkbook("trainee_vest", 2025, LanguageSwitch.BOKMAL), ReturnServiceTest.SALTEN_2025)));
        out.add(new Variant("row inserted", edit(valid, wb -> wb.getSheetAt(0).shiftRows(TemplateWorkbook.FIRST_ROW + 2,
                wb.getSheetAt(0).getLastRowNum(), 1))));
        out.add(new Variant("value below the template", edit(valid, wb -> wb.getSheetAt(0)
                .createRow(wb.getSheetAt(0).getLastRowNum() + 3).createCell(TemplateWorkbook.COL_VALUE).setCellValue(12))));
        out.add(new Variant("huge cell", setCell(valid, "applicants", c -> c.setCellValue("1".repeat(5000)))));
        out.add(new Variant("huge comment", edit(valid, wb -> wb.getSheetAt(0).getRow(TemplateWorkbook.FIRST_ROW)
                .getCell(TemplateWorkbook.COL_COMMENT).setCellValue("x".repeat(3000)))));
        out.add(new Variant("formula comment", edit(valid, wb -> wb.getSheetAt(0).getRow(TemplateWorkbook.FIRST_ROW)
                .getCell(TemplateWorkbook.COL_COMMENT).setCellFormula("HYPERLINK(\"http://x\")"))));
        return out;
    }

    private Variant variant(String metricId, Object value) {
        Map<String, Object> values = new LinkedHashMap<>(ReturnServiceTest.SALTEN_2025);
        values.put(metricId, value);
        return new Variant(metricId + "=" + value, ReturnWorkbooks.fill(template, values));
    }

    private static byte[] setCell(byte[] file, String metricId, java.util.function.Consumer<org.apache.poi.ss.usermodel.Cell> change) {
        return edit(file, wb -> change.accept(wb.getSheetAt(0).getRow(ReturnWorkbooks.rowOf(wb, metricId))
                .getCell(TemplateWorkbook.COL_VALUE)));
    }

    private static byte[] edit(byte[] file, java.util.function.Consumer<XSSFWorkbook> change) {
        return ReturnWorkbooks.edit(file, change);
    }

    /** The workbook with one more zip entry (a macro project, an external link ...). */
    private static byte[] withEntry(byte[] xlsx, String name, byte[] content) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    byte[] data = in.readAllBytes();
                    if (e.getName().equals("[Content_Types].xml")) {
                        String types = new String(data, StandardCharsets.UTF_8).replace("</Types>",
                                "<Override PartName=\"/" + name + "\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
                        data = types.getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(data);
                    out.closeEntry();
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200 MB sheet of zeros that packs to a few hundred kB. */
    private static byte[] zipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.putNextEntry(new ZipEntry("[Content_Types].xml"));
                out.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
                out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 200; i++) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row count and a checksum of every table of the warehouse. */
    private String warehouseChecksum() {
        StringBuilder sb = new StringBuilder();
        for (String table : jdbc.sql("SELECT table_name FROM duckdb_tables() ORDER BY table_name").query(String.class).list()) {
            sb.append(table).append('=').append(jdbc.sql("SELECT count(*) || ':' || coalesce(sum(hash(t)), 0) FROM \"" + table + "\" t")
                    .query(String.class).single()).append('\n');
        }
        return sb.toString();
    }

    private long logSize() throws IOException {
        var log = record.directory().resolve("log.jsonl");
        return Files.exists(log) ? Files.size(log) : -1;
    }
}
