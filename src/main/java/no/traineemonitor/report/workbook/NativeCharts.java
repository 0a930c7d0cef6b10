package no.traineemonitor.report.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * Native Excel charts (DrawingML, via POI's XDDF) that read their numbers from cells of the same sheet, so the chart and
 * the table beside it cannot disagree and a reader can check one against the other. Excel and LibreOffice draw them.
 */
public final class NativeCharts {

    private static final byte[][] COLOURS = {{0x1C, 0x7E, (byte) 0xD6}, {(byte) 0xD9, 0x48, 0x0F}, {(byte) 0x86, (byte) 0x8E, (byte) 0x96}};

    private NativeCharts() {
    }

    /** A series: its name (the header cell at {@code titleRow}, {@code titleCol}) and its values (a column range). */
    public record Series(int titleRow, int titleCol, CellRangeAddress values) {
    }

    /** A step for a count axis: whole numbers, about five steps (no "0, 1, 1" for small counts). */
    public static double countStep(double max) {
        return Math.max(1, Math.ceil(max / 5));
    }

    /**
     * A bar chart at rows {@code [row, row + rows)} and columns {@code [col, col + cols)}, categories from a column of
     * labels (text or years), one bar per series and category.
     */
    public static XSSFChart bar(XSSFSheet sheet, int col, int row, int cols, int rows, String chartTitle, String categoryTitle,
                                String valueTitle, String valueFormat, CellRangeAddress categories, List<Series> series,
                                boolean horizontal, boolean categoriesAreNumbers, @Nullable Double majorUnit) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + cols, row + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(chartTitle);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        categoryAxis.setTitle(categoryTitle);
        XDDFValueAxis valueAxis = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setTitle(valueTitle);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setNumberFormat(valueFormat);
        if (majorUnit != null) {
            valueAxis.setMajorUnit(majorUnit);
        }
        XDDFDataSource<?> cats = categoriesAreNumbers
                ? XDDFDataSourcesFactory.fromNumericCellRange(sheet, categories)
                : XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values());
            XDDFChartData.Series added = data.addSeries(cats, values);
            // the reference names the sheet, or LibreOffice shows the cell's address instead of its text
            CellReference title = new CellReference(sheet.getSheetName(), s.titleRow(), s.titleCol(), true, true);
            added.setTitle(sheet.getRow(s.titleRow()).getCell(s.titleCol()).getStringCellValue(), title);
            added.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length])));
        }
        if (series.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        chart.plot(data);
        return chart;
    }

    /** A series given by its values and the cell range they stand in ('Sheet'!$E$5:$E$9), named by text. */
    public record ValueSeries(String name, Double[] values, String range) {
    }

    /**
     * A bar chart like {@link #bar}, for sheets whose cells cannot be read back (a streamed SXSSF sheet: pass its
     * underlying XSSFSheet): the categories and values are written into the chart's cache and refer to their cells.
     * Horizontal bars list the categories top-down in the order given. A null value draws no bar.
     */
    public static XSSFChart barOfValues(XSSFSheet sheet, int col, int row, int cols, int rows, String chartTitle,
                                        @Nullable String categoryTitle, @Nullable String valueTitle, String valueFormat,
                                        String[] categories, String categoryRange, List<ValueSeries> series,
                                        boolean horizontal) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + cols, row + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(chartTitle);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        if (categoryTitle != null) {
            categoryAxis.setTitle(categoryTitle);
        }
        XDDFValueAxis valueAxis = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        if (valueTitle != null) {
            valueAxis.setTitle(valueTitle);
        }
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setNumberFormat(valueFormat);
        valueAxis.setMinimum(0);
        if (horizontal) { // first category on top, value axis below the bars
            categoryAxis.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
        } else {
            valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        }
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(categories, categoryRange);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        for (int i = 0; i < series.size(); i++) {
            ValueSeries s = series.get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(s.values(), s.range());
            XDDFChartData.Series added = data.addSeries(cats, values);
            added.setTitle(s.name(), null);
            added.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[i % SERIES_COLOURS.length])));
        }
        if (series.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        chart.plot(data);
        return chart;
    }

    /** How a scatter series is drawn: points (a marker, no line) or a line (no marker) in one of three dashes. */
    public enum Look { SQUARES, CIRCLES, SOLID_LINE, DASHED_LINE, DOTTED_LINE }

    /**
     * A scatter series: its name, x and y from column ranges of the sheet, its look and colour; {@code inLegend} false
     * for the second line of a pair (the upper limit drawn like the lower one needs no second legend entry).
     */
    public record ScatterSeries(String name, CellRangeAddress x, CellRangeAddress y, Look look, int colour,
                                boolean inLegend) {
    }

    /**
     * An x-y (scatter) chart at rows {@code [row, row + rows)} and columns {@code [col, col + cols)}: each series reads
     * its x and y from cells of the sheet, drawn as points or as a line through them (in the order of the rows).
     */
    public static XSSFChart scatter(XSSFSheet sheet, int col, int row, int cols, int rows, String chartTitle,
                                    String xTitle, String yTitle, String yFormat, double yMin, double yMax,
                                    List<ScatterSeries> series) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + cols, row + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(chartTitle);
        chart.setTitleOverlay(false);
        // a modest title: the plot, not its name, should fill the frame
        chart.getTitle().getBody().getParagraph(0).addDefaultRunProperties().setFontSize(10.0);
        XDDFValueAxis xAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        xAxis.setTitle(xTitle);
        xAxis.setMinimum(0);
        xAxis.setNumberFormat("0");
        XDDFValueAxis yAxis = chart.createValueAxis(AxisPosition.LEFT);
        yAxis.setTitle(yTitle);
        yAxis.setNumberFormat(yFormat);
        yAxis.setMinimum(yMin);
        yAxis.setMaximum(yMax);
        yAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        yAxis.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, xAxis, yAxis);
        data.setStyle(ScatterStyle.LINE_MARKER);
        data.setVaryColors(false);
        var legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        for (int i = 0; i < series.size(); i++) {
            ScatterSeries s = series.get(i);
            XDDFNumericalDataSource<Double> xs = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.x());
            XDDFNumericalDataSource<Double> ys = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.y());
            XDDFScatterChartData.Series added = (XDDFScatterChartData.Series) data.addSeries(xs, ys);
            added.setTitle(s.name(), null);
            added.setSmooth(false);
            if (!s.inLegend()) {
                var entry = legend.addEntry();
                entry.setIndex(i);
                entry.setDelete(true);
            }
            XDDFSolidFillProperties colour = new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[s.colour() % SERIES_COLOURS.length]));
            boolean points = s.look() == Look.SQUARES || s.look() == Look.CIRCLES;
            if (points) {
                added.setMarkerStyle(s.look() == Look.SQUARES ? MarkerStyle.SQUARE : MarkerStyle.CIRCLE);
                XDDFShapeProperties marker = new XDDFShapeProperties();
                marker.setFillProperties(colour);
                marker.setLineProperties(new XDDFLineProperties(colour));
                added.getCTScatterSer().getMarker().setSpPr(marker.getXmlObject());
                added.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
            } else {
                added.setMarkerStyle(MarkerStyle.NONE);
                XDDFLineProperties line = new XDDFLineProperties(colour);
                line.setWidth(1.5);
                if (s.look() != Look.SOLID_LINE) {
                    line.setPresetDash(new XDDFPresetLineDash(s.look() == Look.DASHED_LINE ? PresetLineDash.DASH : PresetLineDash.SYSTEM_DOT));
                }
                added.setLineProperties(line);
            }
        }
        chart.plot(data);
        return chart;
    }

    /** Six colours that tell series apart (a table of the surveys has up to six columns); the first three as above. */
    private static final byte[][] SERIES_COLOURS = {COLOURS[0], COLOURS[1], COLOURS[2], {0x2F, (byte) 0x9E, 0x44},
        {0x70, 0x48, (byte) 0xE8}, {(byte) 0xF5, (byte) 0x9F, 0x00}};
}
