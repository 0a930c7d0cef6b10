package no.traineemonitor.report.workbook;

import static no.traineemonitor.indicator.TestResults.counts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.indicator.FunnelLimits;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A funnel plot is a native scatter chart drawn from the table beside it (the programmes' n and values, the limits along
 * the funnel), and a plot never breaks over a page.
 */
class FunnelSheetTest {

    static final IndicatorDefinition COMPLETION = new IndicatorDefinition("completion_rate", 4, "Gjennomføringsgrad",
            "Completion rate", "d", "d", "share", "completed", "completed + dropped out", "higher_better", null);

    /** own 18 of 20; peers 40/50, 6/10, 19/20, 14/20: pooled 97/120 (worked in BenchmarkServiceTest). */
    static BenchmarkRow row() {
        IndicatorResult own = counts("completion_rate", "own", 2020, 18, 20);
        List<IndicatorResult> peers = List.of(counts("completion_rate", "a", 2020, 40, 50),
                counts("completion_rate", "b", 2020, 6, 10), counts("completion_rate", "c", 2020, 19, 20),
                counts("completion_rate", "d", 2020, 14, 20));
        double p0 = 97.0 / 120;
        return new BenchmarkRow(COMPLETION, own, peers, 2, 70.0, 0.75, 0.15, p0, FunnelLimits.at(p0, 20), "inside_95");
    }

    /** The workbook-wide part of the block, with the keys for words. */
    static final SheetMetadata META = new SheetMetadata(SafeTextTest.KEYS,
            new no.traineemonitor.base.export.TableMetadata.Reference(1, "SSB 2020", "1.1.2020", "NLOD"), "Test", "v1",
            java.time.LocalDate.of(2026, 12, 7), ids -> List.of());

    @Test
    void each_plot_has_its_programmes_n_value_and_limits_beside_it_and_no_plot_breaks_over_a_page() throws IOException {
        List<BenchmarkRow> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            FunnelSheet.write(wb, new CellStyles(wb), SafeTextTest.KEYS, "Test", rows, Set.of("own"), "own", true, META);
            XSSFSheet sheet = wb.getSheet("sheet.funnels");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getDrawingPatriarch().getShapes()).hasSize(5);
            List<Integer> headers = new ArrayList<>();
            for (Row r : sheet) {
                if (r.getCell(FunnelSheet.TABLE_COLUMN) != null && "col.programme".equals(
                        r.getCell(FunnelSheet.TABLE_COLUMN).getStringCellValue())) {
                    headers.add(r.getRowNum());
                }
            }
            assertThat(headers).hasSize(5);
            double p0 = 97.0 / 120;
            // the highlighted programme first, then the others by n: b (10), c and d (20) by name, a (50)
            int header = headers.getFirst();
            assertThat(sheet.getRow(header + 1).getCell(8).getStringCellValue()).isEqualTo("own ■"); // marked
            Row b = sheet.getRow(header + 2);
            assertThat(b.getCell(8).getStringCellValue()).isEqualTo("b");
            assertThat(b.getCell(9).getNumericCellValue()).isEqualTo(10.0);
            assertThat(b.getCell(10).getNumericCellValue()).isCloseTo(0.6, within(1e-12));
            FunnelLimits at10 = FunnelLimits.at(p0, 10);
            assertThat(b.getCell(11).getNumericCellValue()).isCloseTo(at10.low95(), within(1e-12));
            assertThat(b.getCell(12).getNumericCellValue()).isCloseTo(at10.high95(), within(1e-12));
            assertThat(b.getCell(13).getNumericCellValue()).isCloseTo(at10.low998(), within(1e-12));
            assertThat(b.getCell(14).getNumericCellValue()).isCloseTo(at10.high998(), within(1e-12));
            assertThat(sheet.getRow(header + 5).getCell(8).getStringCellValue()).isEqualTo("a");
            Row pooled = sheet.getRow(header + 6);
            assertThat(pooled.getCell(10).getNumericCellValue()).isCloseTo(p0, within(1e-12));
            // the limits along the funnel: from n = 1 to 1.2 × the largest n (50), log-spaced
            int curveFirst = header + 10;
            int curveLast = curveFirst + FunnelSheet.CURVE_STEPS - 1;
            assertThat(sheet.getRow(curveFirst).getCell(9).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(curveLast).getCell(9).getNumericCellValue()).isCloseTo(60.0, within(1e-9));
            FunnelLimits at60 = FunnelLimits.at(p0, 60);
            assertThat(sheet.getRow(curveLast).getCell(11).getNumericCellValue()).isCloseTo(at60.low95(), within(1e-12));
            assertThat(sheet.getRow(curveLast).getCell(14).getNumericCellValue()).isCloseTo(at60.high998(), within(1e-12));

            // the chart reads those cells: other programmes, the highlighted one, the centre line and four limits
            XSSFChart chart = sheet.getDrawingPatriarch().getCharts().getFirst();
            var plot = chart.getCTChart().getPlotArea();
            assertThat(plot.getScatterChartArray()).hasSize(1);
            var series = plot.getScatterChartArray(0).getSerArray();
            assertThat(series).hasSize(7);
            String name = "sheet.funnels!";
            assertThat(series[0].getXVal().getNumRef().getF()).isEqualTo(name + "$J$" + (header + 3) + ":$J$" + (header + 6));
            assertThat(series[0].getYVal().getNumRef().getF()).isEqualTo(name + "$K$" + (header + 3) + ":$K$" + (header + 6));
            assertThat(series[1].getXVal().getNumRef().getF()).isEqualTo(name + "$J$" + (header + 2));
            assertThat(series[6].getYVal().getNumRef().getF())
                    .isEqualTo(name + "$O$" + (curveFirst + 1) + ":$O$" + (curveLast + 1));
            // the "About this table" block comes after the last plot's cells, so no series reads it
            int about = -1;
            for (Row r : sheet) {
                if (r.getCell(0) != null && "!meta.heading".equals(r.getCell(0).getStringCellValue())) {
                    about = r.getRowNum();
                }
            }
            int lastHeader = headers.getLast();
            assertThat(about).isGreaterThan(lastHeader + 10 + FunnelSheet.CURVE_STEPS);
            assertThat(sheet.getRow(about + 1).getCell(0).getStringCellValue()).startsWith("!meta.unit: ");
            // the upper limits are drawn like the lower ones and have no legend entry of their own
            assertThat(chart.getCTChart().getLegend().getLegendEntryArray()).hasSize(2);
            // a page break only ever comes right before a plot (its blank row and heading), never inside one
            for (int brk : sheet.getRowBreaks()) {
                int heading = brk + 2;
                assertThat(headers).contains(heading + 1);
            }
            assertThat(sheet.getRowBreaks()).isNotEmpty(); // five plots do not fit on one landscape page
            // kept for a look in a spreadsheet (LibreOffice draws the chart from the cells)
            try (var out = java.nio.file.Files.newOutputStream(java.nio.file.Path.of("target/funnel-sheet.xlsx"))) {
                wb.write(out);
            }
        }
    }
}
