package no.traineemonitor.base.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jspecify.annotations.Nullable;

/**
 * Charts for the page (SVG) and for workbooks (PNG) from plain data, in one look: titles, axis labels, Norwegian
 * number formats in nb. A chart's alt text is its title plus a one-line summary given by the caller.
 */
public final class ChartFactory {

    public static final Color HIGHLIGHT = new Color(0xD9480F);
    public static final Color MAIN = new Color(0x1C7ED6);
    public static final Color MUTED = new Color(0x868E96);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ChartFactory() {
    }

    /** How a row of an interval chart is drawn. */
    public enum Mark {
        /** a value, with its interval when it has one */
        POINT,
        /** a range from a source ("70-90 %"): a bar from low to high with no point, never one number */
        RANGE,
        /** "at least": a triangle at the value and a dashed line towards the upper end of the axis */
        LOWER_BOUND,
        /** "at most": a triangle at the value and a dashed line towards the lower end of the axis */
        UPPER_BOUND
    }

    /** A value with its 95 % interval (NULL bounds: no interval), highlighted or not. */
    public record IntervalPoint(String label, double value, Double low, Double high, boolean highlighted, Mark mark) {

        public IntervalPoint(String label, double value, Double low, Double high, boolean highlighted) {
            this(label, value, low, high, highlighted, Mark.POINT);
        }

        public static IntervalPoint range(String label, double low, double high) {
            return new IntervalPoint(label, low, low, high, false, Mark.RANGE);
        }

        /** A one-sided bound: never a point, drawn as a marker open towards the side the true value may lie on. */
        public static IntervalPoint bound(String label, double value, boolean lower) {
            return new IntervalPoint(label, value, null, null, false, lower ? Mark.LOWER_BOUND : Mark.UPPER_BOUND);
        }
    }

    /** A unit of a funnel plot: its denominator n and value (a share). */
    public record FunnelPoint(String label, double n, double value, boolean highlighted) {
    }

    /** Horizontal dot-and-whisker chart: one row per label, the value as a dot, the interval as a line. */
    public static JFreeChart intervalChart(String title, String valueLabel, List<IntervalPoint> points, boolean share,
                                           Locale locale) {
        YIntervalSeries normal = new YIntervalSeries("normal");
        YIntervalSeries highlighted = new YIntervalSeries("highlighted");
        YIntervalSeries ranges = new YIntervalSeries("ranges");
        YIntervalSeries lowerBounds = new YIntervalSeries("lower bounds");
        YIntervalSeries upperBounds = new YIntervalSeries("upper bounds");
        double axisMax = share ? 1.0 : points.stream().mapToDouble(p -> p.high() == null ? p.value() : p.high()).max().orElse(1) * 1.1;
        String[] labels = new String[points.size()];
        for (int i = 0; i < points.size(); i++) {
            IntervalPoint p = points.get(points.size() - 1 - i); // first point at the top
            labels[i] = p.label();
            double low = p.low() == null ? p.value() : p.low();
            double high = p.high() == null ? p.value() : p.high();
            switch (p.mark()) {
                case RANGE -> ranges.add(i, p.value(), low, high);
                case LOWER_BOUND -> lowerBounds.add(i, p.value(), p.value(), axisMax);
                case UPPER_BOUND -> upperBounds.add(i, p.value(), 0, p.value());
                default -> (p.highlighted() ? highlighted : normal).add(i, p.value(), low, high);
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(normal);
        data.addSeries(highlighted);
        data.addSeries(ranges);
        data.addSeries(lowerBounds);
        data.addSeries(upperBounds);
        SymbolAxis rows = new SymbolAxis(null, labels);
        rows.setTickLabelFont(LABEL);
        rows.setGridBandsVisible(false);
        NumberAxis values = valueAxis(valueLabel, share, locale);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setDefaultLinesVisible(false);
        renderer.setSeriesPaint(0, MAIN);
        renderer.setSeriesPaint(1, HIGHLIGHT);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(2, MAIN);
        renderer.setSeriesShapesVisible(2, false);
        BasicStroke dotted = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f);
        for (int series = 3; series <= 4; series++) {
            renderer.setSeriesPaint(series, MUTED);
        }
        // a triangle pointing to the side the true value may lie on (the plot is horizontal: x is the value)
        renderer.setSeriesShape(3, new java.awt.Polygon(new int[] {-6, 6, -6}, new int[] {-6, 0, 6}, 3));
        renderer.setSeriesShape(4, new java.awt.Polygon(new int[] {6, -6, 6}, new int[] {-6, 0, 6}, 3));
        renderer.setErrorStroke(new BasicStroke(2f));
        XYPlot plot = new XYPlot(data, rows, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return finish(new JFreeChart(title, TITLE, plot, false), plot);
    }

    /** One subject's values over the years of a trend; a year without a value is missing from {@code points}. */
    public record TrendSeries(String name, List<TrendPoint> points) {
    }

    /** A one-year value with its interval (null when it has none). */
    public record TrendPoint(int year, double value, @Nullable Double low, @Nullable Double high) {
    }

    /**
     * Values per year, one line per subject with its interval as a bar: the line joins consecutive years only, so a
     * year without a value is a gap, never a zero or an interpolated line. The legend names the subjects.
     */
    public static JFreeChart trendChart(String title, String valueLabel, List<TrendSeries> series, boolean share,
                                        Locale locale) {
        return trendChart(title, valueLabel, series, share, locale, java.util.Set.of(), Map.of());
    }

    /**
     * The same, with the series named in {@code references} (the county, the country) drawn as grey dashed lines, and
     * marks written beside points ({@code marks}: series name → year → mark, e.g. "≈" for an approximate value).
     */
    public static JFreeChart trendChart(String title, String valueLabel, List<TrendSeries> series, boolean share,
                                        Locale locale, java.util.Set<String> references,
                                        Map<String, Map<Integer, String>> marks) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int first = series.stream().flatMap(t -> t.points().stream()).mapToInt(TrendPoint::year).min().orElse(0);
        int last = series.stream().flatMap(t -> t.points().stream()).mapToInt(TrendPoint::year).max().orElse(0);
        for (TrendSeries t : series) {
            YIntervalSeries line = new YIntervalSeries(t.name());
            for (int year = first; year <= last; year++) {
                int y = year;
                TrendPoint p = t.points().stream().filter(q -> q.year() == y).findFirst().orElse(null);
                if (p == null) {
                    line.add(year, Double.NaN, Double.NaN, Double.NaN); // a gap: no line through it
                } else {
                    line.add(year, p.value(), p.low() == null ? p.value() : p.low(), p.high() == null ? p.value() : p.high());
                }
            }
            data.addSeries(line);
        }
        NumberAxis years = new NumberAxis(null);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        years.setRange(first - 0.5, last + 0.5);
        years.setTickLabelFont(LABEL);
        NumberAxis values = valueAxis(valueLabel, share, locale);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        Color[] palette = {MAIN, HIGHLIGHT, new Color(0x2B8A3E), new Color(0x862E9C), new Color(0xE67700),
                new Color(0x0B7285), new Color(0xC2255C), MUTED};
        int colour = 0;
        for (int i = 0; i < series.size(); i++) {
            boolean reference = references.contains(series.get(i).name());
            renderer.setSeriesPaint(i, reference ? (i % 2 == 0 ? MUTED : Color.DARK_GRAY) : palette[colour++ % palette.length]);
            renderer.setSeriesShape(i, reference ? new java.awt.Rectangle(-4, -4, 8, 8) : new Ellipse2D.Double(-4, -4, 8, 8));
            renderer.setSeriesStroke(i, reference ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f) : new BasicStroke(2f));
        }
        if (!marks.isEmpty()) {
            renderer.setDefaultItemLabelGenerator((dataset, s, item) -> marks.getOrDefault(series.get(s).name(), Map.of())
                    .get((int) Math.round(dataset.getXValue(s, item))));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(LABEL);
        }
        XYPlot plot = new XYPlot(data, years, values, renderer);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.getLegend().setItemFont(LABEL);
        return finish(chart, plot);
    }

    /** How a value that is not a one-year value is drawn: across its years, at its known year of an open span, at a moment. */
    public enum SpanKind { MULTI_YEAR, OPEN_ENDED, POINT }

    /**
     * A value over several years ({@code start}–{@code end}), of an open span (only {@code end} known, {@code start}
     * null) or at a point in time ({@code start == end}); {@code label} names it in the legend (subject and period).
     */
    public record SpanValue(String label, SpanKind kind, @Nullable Integer start, int end, double value, boolean reference) {
    }

    /**
     * Values that are not one-year values, each drawn as what it is and with its own legend entry: a multi-year value as
     * a horizontal segment across its years (from the start of its first year to the end of its last) with a mark at
     * each end; the value of an open span as a triangle at its one known year (no segment: its start is not known); a
     * point in time as a diamond. Nothing is joined to anything else: each value is its own series.
     */
    public static JFreeChart spanChart(@Nullable String title, String valueLabel, List<SpanValue> spans, boolean share,
                                       Locale locale) {
        XYSeriesCollection data = new XYSeriesCollection();
        int first = spans.stream().mapToInt(v -> v.start() == null ? v.end() : v.start()).min().orElse(0);
        int last = spans.stream().mapToInt(SpanValue::end).max().orElse(0);
        for (SpanValue v : spans) {
            XYSeries one = new XYSeries(v.label(), false, true);
            if (v.kind() == SpanKind.MULTI_YEAR && v.start() != null) {
                one.add(v.start() - 0.45, v.value());
                one.add(v.end() + 0.45, v.value());
            } else {
                one.add(v.end(), v.value());
            }
            data.addSeries(one);
        }
        NumberAxis years = new NumberAxis(null);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        years.setRange(first - 0.5, last + 0.5);
        years.setTickLabelFont(LABEL);
        NumberAxis values = valueAxis(valueLabel, share, locale);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        Color[] palette = {MAIN, HIGHLIGHT, new Color(0x2B8A3E), new Color(0x862E9C), new Color(0xE67700),
                new Color(0x0B7285), new Color(0xC2255C)};
        int colour = 0;
        for (int i = 0; i < spans.size(); i++) {
            SpanValue v = spans.get(i);
            renderer.setSeriesPaint(i, v.reference() ? (i % 2 == 0 ? MUTED : Color.DARK_GRAY) : palette[colour++ % palette.length]);
            renderer.setSeriesStroke(i, v.reference() ? new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f) : new BasicStroke(3f));
            renderer.setSeriesLinesVisible(i, v.kind() == SpanKind.MULTI_YEAR);
            renderer.setSeriesShapesVisible(i, true);
            renderer.setSeriesShape(i, switch (v.kind()) {
                case MULTI_YEAR -> new Rectangle2D.Double(-1.5, -6, 3, 12); // an end mark: where the span starts and stops
                case OPEN_ENDED -> new java.awt.Polygon(new int[] {-6, 5, 5}, new int[] {0, -6, 6}, 3);
                case POINT -> new java.awt.Polygon(new int[] {0, 6, 0, -6}, new int[] {-6, 0, 6, 0}, 4);
            });
        }
        XYPlot plot = new XYPlot(data, years, values, renderer);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.getLegend().setItemFont(LABEL);
        return finish(chart, plot);
    }

    /**
     * Funnel plot: the units' values against n, the pooled proportion p0 and its 95 % and 99.8 % limits
     * (given as curves by the caller, so the statistics stay in the indicator code). The legend names the highlighted
     * unit(s) and the peers with their number; the value axis fits the data.
     */
    public static JFreeChart funnelChart(String title, String nLabel, String valueLabel, List<FunnelPoint> points,
                                         double p0, List<double[]> limitCurve, Locale locale, String targetLabel,
                                         String limit95Label, String limit998Label, String peersLabel,
                                         String highlightedLabel) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries others = new XYSeries(peersLabel, false);
        XYSeries own = new XYSeries(highlightedLabel, false);
        // peers at the same n and value are one dot on the plot: drawn once (thousands of peers at scale share a few
        // hundred places, and each drawn dot is an element of the page's SVG)
        Set<List<Double>> drawn = new HashSet<>();
        for (FunnelPoint p : points) {
            if (p.highlighted()) {
                own.add(p.n(), p.value());
            } else if (drawn.add(List.of(p.n(), p.value()))) {
                others.add(p.n(), p.value());
            }
        }
        XYSeries target = new XYSeries(targetLabel, true);
        XYSeries low95 = new XYSeries(limit95Label, true);
        XYSeries high95 = new XYSeries(limit95Label + " ", true);
        XYSeries low998 = new XYSeries(limit998Label, true);
        XYSeries high998 = new XYSeries(limit998Label + " ", true);
        for (double[] c : limitCurve) { // n, low95, high95, low998, high998
            target.add(c[0], p0);
            low95.add(c[0], c[1]);
            high95.add(c[0], c[2]);
            low998.add(c[0], c[3]);
            high998.add(c[0], c[4]);
        }
        data.addSeries(others);
        data.addSeries(own);
        data.addSeries(target);
        data.addSeries(low95);
        data.addSeries(high95);
        data.addSeries(low998);
        data.addSeries(high998);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        for (int s = 0; s < 7; s++) {
            boolean points2 = s < 2;
            renderer.setSeriesLinesVisible(s, !points2);
            renderer.setSeriesShapesVisible(s, points2);
        }
        renderer.setSeriesPaint(0, MAIN);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(1, HIGHLIGHT);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
        renderer.setSeriesPaint(2, Color.DARK_GRAY);
        BasicStroke dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
        for (int s = 3; s <= 4; s++) {
            renderer.setSeriesPaint(s, MUTED);
            renderer.setSeriesStroke(s, dashed);
        }
        for (int s = 5; s <= 6; s++) {
            renderer.setSeriesPaint(s, MUTED);
            renderer.setSeriesStroke(s, new BasicStroke(1.2f));
        }
        renderer.setSeriesVisibleInLegend(4, false);
        renderer.setSeriesVisibleInLegend(6, false);
        NumberAxis nAxis = new NumberAxis(nLabel);
        nAxis.setNumberFormatOverride(NumberFormat.getIntegerInstance(numberLocale(locale)));
        nAxis.setLabelFont(LABEL);
        NumberAxis shares = valueAxis(valueLabel, true, locale);
        // the axis fits the data (points and the centre line), not 0-100 %: the limits are clipped at its edges
        double lowest = points.stream().mapToDouble(FunnelPoint::value).min().orElse(p0);
        double highest = points.stream().mapToDouble(FunnelPoint::value).max().orElse(p0);
        lowest = Math.min(lowest, p0);
        highest = Math.max(highest, p0);
        double pad = Math.max(0.05, 0.15 * (highest - lowest));
        shares.setRange(Math.max(0, lowest - pad), Math.min(1, highest + pad));
        XYPlot plot = new XYPlot(data, nAxis, shares, renderer);
        return finish(new JFreeChart(title, TITLE, plot, true), plot);
    }

    /** Vertical bars for labelled amounts (e.g. hires per year, funding per source). */
    public static JFreeChart barChart(String title, String categoryLabel, String valueLabel, Map<String, ? extends Number> values,
                                      Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((k, v) -> data.addValue(v, valueLabel, k));
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        categories.setLabelFont(LABEL);
        categories.setTickLabelFont(LABEL);
        NumberAxis axis = valueAxis(valueLabel, false, locale);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, MAIN);
        renderer.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(data, categories, axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDEE2E6));
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * A bar of a share chart: the share (0–1) of respondents in {@code series} giving answer {@code category}, with its
     * 95 % interval drawn as a whisker and {@code label} (e.g. "78,7 % (218)") beside it. A null share draws no bar.
     */
    public record ShareBar(String category, String series, @Nullable Double share, @Nullable Double low,
                           @Nullable Double high, String label) {
    }

    private static final Color[] SERIES_COLOURS = {MAIN, HIGHLIGHT, MUTED, new Color(0x2F9E44), new Color(0x7048E8),
        new Color(0xF59F00)};

    /**
     * Horizontal bars of shares, one group per category (answers in the caller's order, never sorted), one bar per
     * series, each with its interval whisker and its label; a legend when there are several series.
     */
    public static JFreeChart shareBars(List<ShareBar> bars, String valueLabel, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<List<String>, ShareBar> byKey = new java.util.HashMap<>();
        double top = 0;
        for (ShareBar b : bars) {
            data.addValue(b.share(), b.series(), b.category());
            byKey.put(List.of(b.series(), b.category()), b);
            top = Math.max(top, Math.max(b.share() == null ? 0 : b.share(), b.high() == null ? 0 : b.high()));
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(LABEL);
        categories.setMaximumCategoryLabelLines(4);
        categories.setMaximumCategoryLabelWidthRatio(0.42f);
        categories.setCategoryMargin(0.25);
        NumberAxis axis = new NumberAxis(valueLabel);
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(LABEL);
        NumberFormat pct = NumberFormat.getPercentInstance(numberLocale(locale));
        axis.setNumberFormatOverride(new NumberFormat() { // room for the labels right of the bars, but no "120 %" tick
            @Override
            public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
                return number > 1.0001 ? to : pct.format(number, to, pos);
            }

            @Override
            public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
                return format((double) number, to, pos);
            }

            @Override
            public Number parse(String source, java.text.ParsePosition pos) {
                return pct.parse(source, pos);
            }
        });
        axis.setRange(0, Math.min(1.0, top) + 0.24);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(top > 0.5 ? 0.2 : 0.1));
        BarRenderer renderer = new BarRenderer() {
            @Override
            public void drawItem(java.awt.Graphics2D g2, org.jfree.chart.renderer.category.CategoryItemRendererState state,
                                 Rectangle2D area, CategoryPlot plot, CategoryAxis domain, org.jfree.chart.axis.ValueAxis range,
                                 org.jfree.data.category.CategoryDataset dataset, int row, int column, int pass) {
                super.drawItem(g2, state, area, plot, domain, range, dataset, row, column, pass);
                ShareBar b = byKey.get(List.of(String.valueOf(dataset.getRowKey(row)), String.valueOf(dataset.getColumnKey(column))));
                if (b == null || state.getVisibleSeriesIndex(row) < 0) {
                    return;
                }
                double w0 = calculateBarW0(plot, plot.getOrientation(), area, domain, state, row, column);
                double y = w0 + state.getBarWidth() / 2;
                double end = range.valueToJava2D(b.share() == null ? 0 : b.share(), area, plot.getRangeAxisEdge());
                if (b.low() != null && b.high() != null) {
                    double x1 = range.valueToJava2D(b.low(), area, plot.getRangeAxisEdge());
                    double x2 = range.valueToJava2D(b.high(), area, plot.getRangeAxisEdge());
                    double cap = Math.min(4, state.getBarWidth() / 2);
                    g2.setPaint(Color.DARK_GRAY);
                    g2.setStroke(new BasicStroke(1.2f));
                    g2.draw(new java.awt.geom.Line2D.Double(x1, y, x2, y));
                    g2.draw(new java.awt.geom.Line2D.Double(x1, y - cap, x1, y + cap));
                    g2.draw(new java.awt.geom.Line2D.Double(x2, y - cap, x2, y + cap));
                    end = Math.max(end, x2);
                }
                g2.setPaint(Color.BLACK);
                g2.setFont(LABEL);
                java.awt.FontMetrics fm = g2.getFontMetrics();
                g2.drawString(b.label(), (float) end + 5, (float) (y + fm.getAscent() / 2.0 - 1));
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.9);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, SERIES_COLOURS[i % SERIES_COLOURS.length]);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDEE2E6));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, data.getRowCount() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /**
     * A height in pixels that gives each bar of a share chart room for its label, and each category label (wrapped at
     * about 44 characters, at most 4 lines, in a chart 760 px wide) room for its lines.
     */
    public static int shareBarsHeight(List<String> categories, int series) {
        // every category gets the same slot, so the longest label sets the slot's height
        int lines = categories.stream().mapToInt(c -> Math.min(4, (int) Math.ceil(c.length() / 44.0))).max().orElse(1);
        return 60 + (series > 1 ? 30 + 16 * ((series - 1) / 3) : 0) + categories.size() * Math.max(series * 17 + 14, lines * 16 + 12);
    }

    /** The chart as an inline SVG element with role="img" and an aria-label (its alt text). */
    public static String svg(JFreeChart chart, int width, int height, String altText) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        String svg = g.getSVGElement();
        String label = altText.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + label + "\" style=\"max-width:100%;height:auto\" ");
    }

    /** The chart as PNG bytes (for workbooks). */
    public static byte[] png(JFreeChart chart, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NumberAxis valueAxis(String label, boolean share, Locale locale) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(LABEL);
        if (share) {
            NumberFormat pct = NumberFormat.getPercentInstance(numberLocale(locale));
            axis.setNumberFormatOverride(pct);
            axis.setRange(0, 1.0);
        } else {
            axis.setNumberFormatOverride(NumberFormat.getNumberInstance(numberLocale(locale)));
            axis.setAutoRangeIncludesZero(true);
        }
        return axis;
    }

    private static JFreeChart finish(JFreeChart chart, XYPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 16)); // room for the last tick label ("100 %")
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDEE2E6));
        plot.setRangeGridlinePaint(new Color(0xDEE2E6));
        return chart;
    }

    private static Locale numberLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("nb-NO");
    }
}
