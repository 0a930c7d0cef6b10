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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A funnel plot comes with the data behind it, in a table beside the picture, and a plot never breaks over a page. */
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

    @Test
    void each_plot_has_its_programmes_n_value_and_limits_beside_it_and_no_plot_breaks_over_a_page() throws IOException {
        List<BenchmarkRow> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            FunnelSheet.write(wb, new CellStyles(wb), SafeTextTest.KEYS, "Test", rows, Set.of("own"), "own", true);
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
            // by n: b (10), then c, d and own (20) by name, then a (50)
            Row b = sheet.getRow(headers.getFirst() + 1);
            assertThat(b.getCell(8).getStringCellValue()).isEqualTo("b");
            assertThat(b.getCell(9).getNumericCellValue()).isEqualTo(10.0);
            assertThat(b.getCell(10).getNumericCellValue()).isCloseTo(0.6, within(1e-12));
            FunnelLimits at10 = FunnelLimits.at(p0, 10);
            assertThat(b.getCell(11).getNumericCellValue()).isCloseTo(at10.low95(), within(1e-12));
            assertThat(b.getCell(12).getNumericCellValue()).isCloseTo(at10.high95(), within(1e-12));
            assertThat(b.getCell(13).getNumericCellValue()).isCloseTo(at10.low998(), within(1e-12));
            assertThat(b.getCell(14).getNumericCellValue()).isCloseTo(at10.high998(), within(1e-12));
            assertThat(sheet.getRow(headers.getFirst() + 4).getCell(8).getStringCellValue()).isEqualTo("own ■"); // marked
            Row pooled = sheet.getRow(headers.getFirst() + 6);
            assertThat(pooled.getCell(10).getNumericCellValue()).isCloseTo(p0, within(1e-12));
            // a page break only ever comes right before a plot (its blank row and heading), never inside one
            for (int brk : sheet.getRowBreaks()) {
                int heading = brk + 2;
                assertThat(headers).contains(heading + 1);
            }
            assertThat(sheet.getRowBreaks()).isNotEmpty(); // five plots do not fit on one landscape page
        }
    }
}
