package no.traineemonitor.base.export;

import java.awt.Color;
import java.awt.Shape;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A map as shapes, for a picture file ({@link MapFiles}): the municipalities (or other areas) with their fills, lines
 * drawn on top (borders, outlines), the grey surroundings and the legend. Coordinates are map units: the frame is
 * {@code width} × {@code height}, y downwards, as in the page's inline SVG.
 *
 * @param context   the surroundings drawn grey under the areas, for orientation (null: none)
 * @param mapSource where the map's shapes come from, in the reader's language (a title, not a file name)
 */
public record MapPicture(double width, double height, List<Area> areas, @Nullable Shape context, List<Line> lines,
                         List<LegendItem> legend, String mapSource) {

    public MapPicture {
        areas = List.copyOf(areas);
        lines = List.copyOf(lines);
        legend = List.copyOf(legend);
    }

    /** A plain colour, or the colour hatched with diagonal lines of {@code hatch}. */
    public record Fill(Color colour, @Nullable Color hatch) {

        public static Fill plain(String hex) {
            return new Fill(Color.decode(hex), null);
        }

        public static Fill hatched(String hex, String lineHex) {
            return new Fill(Color.decode(hex), Color.decode(lineHex));
        }
    }

    /** One area (a municipality): its id (kommunenummer), shape and fill. */
    public record Area(String id, Shape shape, Fill fill) {
    }

    /** A line drawn over the areas (a border, an outline). */
    public record Line(Shape shape, Color colour, float width) {
    }

    /** A legend entry: a filled box, or a line when {@code line} is set; and its text. */
    public record LegendItem(@Nullable Fill fill, @Nullable Line line, String text) {

        public static LegendItem box(Fill fill, String text) {
            return new LegendItem(fill, null, text);
        }

        public static LegendItem line(String hex, float width, String text) {
            return new LegendItem(null, new Line(new java.awt.Rectangle(), Color.decode(hex), width), text);
        }
    }

    /** The same map with the legend and the map's source the page gives it. */
    public MapPicture withLegend(List<LegendItem> items, String source) {
        return new MapPicture(width, height, areas, context, lines, items, source);
    }
}
