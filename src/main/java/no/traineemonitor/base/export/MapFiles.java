package no.traineemonitor.base.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * A map as a file: PNG (Java2D on a {@link BufferedImage}) or SVG (JFreeSVG's {@link SVGGraphics2D}), both drawn by
 * {@link #draw} from the same {@link MapPicture}: the title and filters on top, the map on the left, the legend on the
 * right, and under them the data version, the source line and the map's source. Hatching is drawn as lines clipped to
 * the area, so the PNG and the SVG look the same.
 */
public final class MapFiles {

    /** Width of the whole picture in pixels. */
    public static final int WIDTH = 1200;
    /** Width the map itself is drawn at; the legend takes the rest. */
    public static final int MAP_WIDTH = 760;
    static final int MARGIN = 16;
    static final int HEADER = 64;
    static final int FOOTER = 64;
    private static final int LEGEND_X = MARGIN + MAP_WIDTH + 24;
    private static final int LEGEND_LINE = 22;
    private static final int LEGEND_TEXT_WIDTH = WIDTH - MARGIN - LEGEND_X - 28;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color TEXT_COLOUR = new Color(0x212529);
    private static final Color CAPTION_COLOUR = new Color(0x495057);
    private static final Color AREA_BORDER = Color.WHITE;
    private static final Color CONTEXT_FILL = new Color(0xf1f3f5);
    private static final Color CONTEXT_BORDER = new Color(0xced4da);

    private MapFiles() {
    }

    public static byte[] png(ExportInfo info, MapPicture map) {
        int height = height(map);
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, info, map);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] svg(ExportInfo info, MapPicture map) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height(map));
        // two decimals of a pixel are plenty and keep the file about half the size
        g.setGeomDoubleConverter(d -> java.math.BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString());
        draw(g, info, map);
        String element = g.getSVGElement();
        int open = element.indexOf('>', element.indexOf("<svg")) + 1;
        String svg = element.substring(0, open) + "<title>" + ChartFiles.xml(info.title()) + "</title><desc>"
                + ChartFiles.xml(info.labels().filters() + ": " + info.filters() + ". " + info.labels().dataVersion() + ": "
                + info.dataVersion() + ". " + info.labels().source() + ": " + info.source() + " " + map.mapSource()) + "</desc>"
                + element.substring(open);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The picture's height in pixels: header, the taller of map and legend, footer. */
    public static int height(MapPicture map) {
        int mapHeight = (int) Math.ceil(map.height() * scale(map));
        FontMetrics m = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(TEXT);
        int legendHeight = 8;
        for (MapPicture.LegendItem item : map.legend()) {
            legendHeight += LEGEND_LINE + (wrap(m, item.text(), LEGEND_TEXT_WIDTH).size() - 1) * 15;
        }
        return HEADER + Math.max(mapHeight, legendHeight) + FOOTER;
    }

    /** From map units to the picture's pixels (the map's top left corner at the margin under the header). */
    public static AffineTransform mapTransform(MapPicture map) {
        AffineTransform t = AffineTransform.getTranslateInstance(MARGIN, HEADER);
        t.scale(scale(map), scale(map));
        return t;
    }

    private static double scale(MapPicture map) {
        return MAP_WIDTH / map.width();
    }

    /** Draws the whole picture: texts, map and legend. */
    static void draw(Graphics2D g, ExportInfo info, MapPicture map) {
        int height = height(map);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, height));

        g.setPaint(TEXT_COLOUR);
        g.setFont(TITLE);
        g.drawString(fit(g, info.title(), WIDTH - 2 * MARGIN), MARGIN, 26);
        g.setFont(TEXT);
        g.setPaint(CAPTION_COLOUR);
        g.drawString(fit(g, info.labels().filters() + ": " + info.filters(), WIDTH - 2 * MARGIN), MARGIN, 48);

        drawMap(g, map);
        drawLegend(g, map);

        g.setFont(CAPTION);
        g.setPaint(CAPTION_COLOUR);
        int y = height - FOOTER + 20;
        for (String line : List.of(info.labels().dataVersion() + ": " + info.dataVersion(),
                info.labels().source() + ": " + info.source(), map.mapSource())) {
            g.drawString(fit(g, line, WIDTH - 2 * MARGIN), MARGIN, y);
            y += 16;
        }
    }

    private static void drawMap(Graphics2D g, MapPicture map) {
        AffineTransform t = mapTransform(map);
        if (map.context() != null) {
            Shape context = t.createTransformedShape(map.context());
            g.setPaint(CONTEXT_FILL);
            g.fill(context);
            g.setPaint(CONTEXT_BORDER);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(context);
        }
        for (MapPicture.Area a : map.areas()) {
            Shape shape = t.createTransformedShape(a.shape());
            fill(g, shape, a.fill());
            g.setPaint(AREA_BORDER);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(shape);
        }
        for (MapPicture.Line line : map.lines()) {
            g.setPaint(line.colour());
            g.setStroke(new BasicStroke(line.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(t.createTransformedShape(line.shape()));
        }
    }

    /** A plain fill, or the colour with diagonal lines every 5 px, clipped to the shape. */
    private static void fill(Graphics2D g, Shape shape, MapPicture.Fill fill) {
        g.setPaint(fill.colour());
        g.fill(shape);
        if (fill.hatch() == null) {
            return;
        }
        Shape clip = g.getClip();
        g.clip(shape);
        Rectangle2D b = shape.getBounds2D();
        g.setPaint(new Color(fill.hatch().getRed(), fill.hatch().getGreen(), fill.hatch().getBlue(), 180));
        g.setStroke(new BasicStroke(1.3f));
        for (double d = Math.floor(b.getMinX() / 5) * 5 - b.getHeight(); d <= b.getMaxX(); d += 5) {
            g.draw(new Line2D.Double(d, b.getMaxY(), d + b.getHeight(), b.getMinY()));
        }
        g.setClip(clip);
    }

    private static void drawLegend(Graphics2D g, MapPicture map) {
        g.setFont(TEXT);
        int y = HEADER + 4;
        int textWidth = LEGEND_TEXT_WIDTH;
        for (MapPicture.LegendItem item : map.legend()) {
            Rectangle2D box = new Rectangle2D.Double(LEGEND_X, y, 18, 14);
            if (item.fill() != null) {
                fill(g, box, item.fill());
                g.setPaint(CONTEXT_BORDER);
                g.setStroke(new BasicStroke(1f));
                g.draw(box);
            } else if (item.line() != null) {
                g.setPaint(item.line().colour());
                g.setStroke(new BasicStroke(item.line().width()));
                g.draw(new Line2D.Double(LEGEND_X, y + 7, LEGEND_X + 18, y + 7));
            }
            g.setPaint(TEXT_COLOUR);
            List<String> lines = wrap(g.getFontMetrics(), item.text(), textWidth);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), LEGEND_X + 26, y + 12 + i * 15);
            }
            y += LEGEND_LINE + (lines.size() - 1) * 15;
        }
    }

    /** The text in lines no wider than {@code width}, broken between words. */
    static List<String> wrap(FontMetrics m, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && m.stringWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text, shortened with "…" when it is wider than {@code width}. */
    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && m.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
