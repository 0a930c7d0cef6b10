package no.traineemonitor.coverage;

import java.util.List;

/**
 * How a municipality is filled on a value map (the indicator map, {@code /kart}): a value class, unknown (hatched:
 * no figure covers it, never drawn as 0), suppressed (grey: a figure exists but its n is below the minimum), or
 * several programmes whose values fall in different classes (cross-hatched); with its hover text.
 *
 * @param valueClass 1 … {@link #COLOURS}.size() for {@link Kind#VALUE}, else 0
 */
public record MapValue(Kind kind, int valueClass, String title) {

    public enum Kind { VALUE, UNKNOWN, SUPPRESSED, MIXED }

    /** Five sequential classes, light (low) to dark (high): ColorBrewer YlGnBu. */
    public static final List<String> COLOURS = List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");
    public static final String SUPPRESSED_COLOUR = "#adb5bd";
    /** Unknown: white with grey diagonal lines. */
    public static final String UNKNOWN_BACKGROUND = "#ffffff";
    public static final String UNKNOWN_LINE = "#868e96";
    /** Several programmes in different classes: light purple with purple lines. */
    public static final String MIXED_BACKGROUND = "#e5dbff";
    public static final String MIXED_LINE = "#7048e8";

    public static MapValue of(int valueClass, String title) {
        return new MapValue(Kind.VALUE, valueClass, title);
    }

    public static MapValue unknown(String title) {
        return new MapValue(Kind.UNKNOWN, 0, title);
    }

    public static MapValue suppressed(String title) {
        return new MapValue(Kind.SUPPRESSED, 0, title);
    }

    public static MapValue mixed(String title) {
        return new MapValue(Kind.MIXED, 0, title);
    }

    /** The SVG fill: a colour, or a pattern the value map defines. */
    String fill() {
        return switch (kind) {
            case VALUE -> COLOURS.get(valueClass - 1);
            case SUPPRESSED -> SUPPRESSED_COLOUR;
            case UNKNOWN -> "url(#hatch-unknown)";
            case MIXED -> "url(#hatch-mixed)";
        };
    }

    /** The fill in a picture file: the same colours and hatching as {@link #fill()}. */
    public no.traineemonitor.base.export.MapPicture.Fill pictureFill() {
        return switch (kind) {
            case VALUE -> no.traineemonitor.base.export.MapPicture.Fill.plain(COLOURS.get(valueClass - 1));
            case SUPPRESSED -> no.traineemonitor.base.export.MapPicture.Fill.plain(SUPPRESSED_COLOUR);
            case UNKNOWN -> no.traineemonitor.base.export.MapPicture.Fill.hatched(UNKNOWN_BACKGROUND, UNKNOWN_LINE);
            case MIXED -> no.traineemonitor.base.export.MapPicture.Fill.hatched(MIXED_BACKGROUND, MIXED_LINE);
        };
    }

    /** The path's CSS classes (after "municipality"): " v3", " unknown", " suppressed", " mixed". */
    String cssClass() {
        return switch (kind) {
            case VALUE -> " v" + valueClass;
            case SUPPRESSED -> " suppressed";
            case UNKNOWN -> " unknown";
            case MIXED -> " mixed";
        };
    }
}
