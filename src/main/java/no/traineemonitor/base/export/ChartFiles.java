package no.traineemonitor.base.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import no.traineemonitor.base.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;

/**
 * A page's chart as a file: PNG (JFreeChart's ChartUtils) or SVG (JFreeSVG), drawn from the same chart the page draws,
 * with the title on top and the filters, data version and source under the plot. The SVG is a standalone XML document
 * whose {@code <title>} is the chart's title.
 */
public final class ChartFiles {

    /** Room under the plot for the three lines of filters, data version and source. */
    static final int CAPTION_HEIGHT = 78;
    private static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ChartFiles() {
    }

    public static byte[] png(ExportInfo info, JFreeChart chart, int width, int height) {
        return ChartFactory.png(captioned(info, chart), width, height + CAPTION_HEIGHT);
    }

    public static byte[] svg(ExportInfo info, JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height + CAPTION_HEIGHT);
        captioned(info, chart).draw(g, new Rectangle2D.Double(0, 0, width, height + CAPTION_HEIGHT));
        String element = g.getSVGElement();
        int open = element.indexOf('>', element.indexOf("<svg")) + 1;
        String svg = element.substring(0, open) + "<title>" + xml(info.title()) + "</title><desc>"
                + xml(info.labels().filters() + ": " + info.filters() + ". " + info.labels().dataVersion() + ": "
                + info.dataVersion() + ". " + info.labels().source() + ": " + info.source()) + "</desc>"
                + element.substring(open);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The chart with the export's title (when it has none) and the three caption lines at the bottom. */
    static JFreeChart captioned(ExportInfo info, JFreeChart chart) {
        if (chart.getTitle() == null || chart.getTitle().getText() == null || chart.getTitle().getText().isBlank()) {
            chart.setTitle(new TextTitle(info.title(), new Font(Font.SANS_SERIF, Font.BOLD, 15)));
        }
        // subtitles at the bottom are stacked upwards in list order: the source lowest, below the legend
        caption(chart, info.labels().filters() + ": " + info.filters());
        caption(chart, info.labels().dataVersion() + ": " + info.dataVersion());
        caption(chart, info.labels().source() + ": " + info.source());
        return chart;
    }

    private static void caption(JFreeChart chart, String text) {
        TextTitle line = new TextTitle(text, CAPTION);
        line.setPosition(RectangleEdge.BOTTOM);
        line.setHorizontalAlignment(HorizontalAlignment.LEFT);
        line.setPaint(new Color(0x495057));
        line.setPadding(new RectangleInsets(1, 8, 1, 8));
        chart.addSubtitle(0, line);
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
