package no.traineemonitor.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.traineemonitor.base.export.MapPicture;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Draws municipalities as an inline SVG map: one {@code <path>} per municipality of the area (id
 * {@code kommune-NNNN}, attribute {@code data-kommunenummer}, a {@code <title>} for hover), filled by centrality
 * class and hatched where a programme reaches it; borders between groups (counties) and the outlines of programme
 * areas are drawn on top and do not take clicks. Outlines are dissolved from the municipality shapes (a segment two
 * members share is interior), so they fit the municipality borders exactly. The projected, rounded geometry of each
 * area is cached; titles, classes and outlines are added per call.
 */
@Component
class MapRenderer {

    /** Fill per centrality class 1 (most central) … 6 (least central): ColorBrewer RdYlBu, reversed. */
    static final List<String> CLASS_COLOURS = List.of("#4575b4", "#91bfdb", "#e0f3f8", "#fee090", "#fc8d59", "#d73027");
    static final String NO_CLASS_COLOUR = "#dee2e6";
    static final String OUTLINE_COLOUR = "#7b2cbf";
    static final int WIDTH = 800;
    private static final int MAX_CACHED_FRAMES = 48;

    /** How one municipality is drawn. */
    record Style(String kommunenummer, @Nullable Integer centralityClass, boolean covered, String title) {
    }

    /** An outline drawn around a group of municipalities (a programme area). */
    record Outline(String id, Set<String> municipalities) {
    }

    private final MunicipalityShapes shapes;
    private final Map<String, Frame> frames = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Frame> eldest) {
            return size() > MAX_CACHED_FRAMES;
        }
    };

    MapRenderer(MunicipalityShapes shapes) {
        this.shapes = shapes;
    }

    /**
     * The SVG for the municipalities of an area.
     *
     * @param area       the municipalities to draw, each one clickable path (unknown numbers are skipped)
     * @param groupOf    municipality → group (e.g. county) for the borders drawn between groups; empty = none
     * @param outlines   programme areas to outline (only their parts in view matter)
     * @param context    whether to draw the municipalities around the area, grey and not clickable
     * @param ariaLabel  what the map shows, for screen readers
     */
    String render(List<Style> area, Map<String, String> groupOf, List<Outline> outlines, boolean context, String ariaLabel) {
        StringBuilder defs = new StringBuilder();
        for (int c = 1; c <= 6; c++) {
            defs.append(hatch("hatch-" + c, CLASS_COLOURS.get(c - 1), c <= 1 ? "#ffffff" : "#1b1b1b"));
        }
        List<Paint> paints = area.stream().map(s -> {
            Integer c = s.centralityClass();
            String fill = c == null ? NO_CLASS_COLOUR : s.covered() ? "url(#hatch-" + c + ")" : CLASS_COLOURS.get(c - 1);
            return new Paint(s.kommunenummer(), fill, (c == null ? "" : " c" + c) + (s.covered() ? " covered" : ""), s.title());
        }).toList();
        return draw(paints, defs.toString(), groupOf, outlines, context, ariaLabel);
    }

    /** How one municipality of a value map is filled: a colour or a pattern, a CSS class, the hover text. */
    record Paint(String kommunenummer, String fill, String cssClass, String title) {
    }

    /** A hatch pattern: {@code background} with diagonal lines of {@code line}. */
    static String hatch(String id, String background, String line) {
        return "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"" + background
                + "\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"" + line
                + "\" stroke-width=\"1.8\" stroke-opacity=\"0.7\"/></pattern>";
    }

    /**
     * The SVG for municipalities filled as given (a value map): the same frame, paths, borders and context as
     * {@link #render}; {@code defs} holds the patterns the fills refer to.
     */
    String draw(List<Paint> area, String defs, Map<String, String> groupOf, List<Outline> outlines, boolean context,
                String ariaLabel) {
        List<String> codes = known(area.stream().map(Paint::kommunenummer));
        Frame frame = frame(codes);
        StringBuilder svg = new StringBuilder(400_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(frame.height)
                .append("\" role=\"img\" aria-label=\"").append(escape(ariaLabel)).append("\" class=\"coverage-map-svg\">");
        svg.append("<defs>").append(defs).append("</defs>");
        if (context) {
            String d = frame.contextPath();
            if (!d.isEmpty()) {
                svg.append("<path class=\"context\" d=\"").append(d).append("\"/>");
            }
        }
        svg.append("<g class=\"municipalities\">");
        for (Paint p : area) {
            String d = frame.path(p.kommunenummer());
            if (d == null) {
                continue;
            }
            svg.append("<path id=\"kommune-").append(p.kommunenummer()).append("\" data-kommunenummer=\"")
                    .append(p.kommunenummer()).append("\" class=\"municipality").append(p.cssClass()).append("\" fill=\"")
                    .append(p.fill()).append("\" d=\"").append(d)
                    .append("\"><title>").append(escape(p.title())).append("</title></path>");
        }
        svg.append("</g>");
        for (Outline o : outlines) {
            String d = frame.outline(o.municipalities());
            if (!d.isEmpty()) {
                svg.append("<path class=\"programme-area\" data-programme=\"").append(escape(o.id())).append("\" d=\"")
                        .append(d).append("\"/>");
            }
        }
        if (!groupOf.isEmpty()) {
            String borders = frame.bordersBetween(codes, groupOf);
            if (!borders.isEmpty()) {
                svg.append("<path class=\"group-border\" d=\"").append(borders).append("\"/>");
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** How one municipality of a picture is filled. */
    record Painted(String kommunenummer, MapPicture.Fill fill) {
    }

    /** The fill of a centrality class on the map, hatched where a programme reaches it; grey without a class. */
    static MapPicture.Fill classFill(@Nullable Integer centralityClass, boolean covered) {
        if (centralityClass == null) {
            return MapPicture.Fill.plain(NO_CLASS_COLOUR);
        }
        String colour = CLASS_COLOURS.get(centralityClass - 1);
        return covered ? MapPicture.Fill.hatched(colour, centralityClass <= 1 ? "#ffffff" : "#1b1b1b") : MapPicture.Fill.plain(colour);
    }

    /**
     * The same map as {@link #draw} as shapes for a picture file: the same frame and polygons (in map units), the same
     * borders between groups, outlines and grey surroundings; the legend is the page's to add.
     */
    MapPicture picture(List<Painted> area, Map<String, String> groupOf, List<Outline> outlines, boolean context) {
        List<String> codes = known(area.stream().map(Painted::kommunenummer));
        Frame frame = frame(codes);
        List<MapPicture.Area> areas = new ArrayList<>();
        for (Painted p : area) {
            List<int[]> rings = frame.drawnRings(p.kommunenummer());
            if (!rings.isEmpty()) {
                areas.add(new MapPicture.Area(p.kommunenummer(), shape(rings, true), p.fill()));
            }
        }
        List<MapPicture.Line> lines = new ArrayList<>();
        for (Outline o : outlines) {
            List<int[]> outline = frame.outlineLines(o.municipalities());
            if (!outline.isEmpty()) {
                lines.add(new MapPicture.Line(shape(outline, false), java.awt.Color.decode(OUTLINE_COLOUR), 1.6f));
            }
        }
        if (!groupOf.isEmpty()) {
            List<int[]> borders = frame.borderLines(codes, groupOf);
            if (!borders.isEmpty()) {
                lines.add(new MapPicture.Line(shape(borders, false), java.awt.Color.decode("#212529"), 1.1f));
            }
        }
        java.awt.Shape around = null;
        if (context) {
            List<int[]> rings = frame.contextRings();
            around = rings.isEmpty() ? null : shape(rings, true);
        }
        return new MapPicture(WIDTH, frame.height, areas, around, lines, List.of(), "");
    }

    /** Rings or polylines in tenths of map units as one shape in map units (rings closed, even-odd for holes). */
    private static java.awt.geom.Path2D shape(List<int[]> lines, boolean closed) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double(java.awt.geom.Path2D.WIND_EVEN_ODD);
        for (int[] pts : lines) {
            path.moveTo(pts[0] / 10.0, pts[1] / 10.0);
            for (int i = 2; i < pts.length; i += 2) {
                path.lineTo(pts[i] / 10.0, pts[i + 1] / 10.0);
            }
            if (closed) {
                path.closePath();
            }
        }
        return path;
    }

    /**
     * Makes ahead what every map of this area reuses, whatever its language: the frame (the area's scaled shapes) and the
     * programme outlines.
     */
    void prepare(List<String> area, List<Outline> outlines) {
        Frame frame = frame(known(area.stream()));
        outlines.forEach(o -> frame.outline(o.municipalities()));
    }

    /** The municipalities of an area that have a shape, in order: what a frame is made of and known by. */
    private List<String> known(java.util.stream.Stream<String> kommunenummer) {
        return kommunenummer.filter(shapes.all()::containsKey).sorted().toList();
    }

    private Frame frame(List<String> codes) {
        String key = String.join(",", codes);
        synchronized (frames) {
            return frames.computeIfAbsent(key, k -> new Frame(shapes.all(), codes));
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * The view onto an area: its bounding box scaled to {@link #WIDTH} units, and every municipality's rings in those
     * units, rounded to 0.1 (kept as integers of tenths, consecutive repeats dropped) so that shared borders stay
     * identical on both sides.
     */
    static final class Frame {

        private static final double PADDING = 0.02;

        final int height;
        private final double minX;
        private final double maxY;
        private final double scale;
        private final Map<String, MunicipalityShapes.Shape> all;
        private final Set<String> inArea;
        private final Map<String, List<int[]>> rounded = new HashMap<>();
        private final Map<String, String> paths = new HashMap<>();
        private final Map<Set<String>, String> outlines = new java.util.concurrent.ConcurrentHashMap<>();
        private @Nullable String context;
        private @Nullable Set<Segment> shared;

        Frame(Map<String, MunicipalityShapes.Shape> all, List<String> codes) {
            this.all = all;
            this.inArea = new HashSet<>(codes);
            Collection<MunicipalityShapes.Shape> shown = codes.isEmpty() ? all.values()
                    : codes.stream().map(all::get).toList();
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (MunicipalityShapes.Shape s : shown) {
                x0 = Math.min(x0, s.minX());
                y0 = Math.min(y0, s.minY());
                x1 = Math.max(x1, s.maxX());
                y1 = Math.max(y1, s.maxY());
            }
            double padX = (x1 - x0) * PADDING + 1, padY = (y1 - y0) * PADDING + 1;
            x0 -= padX;
            x1 += padX;
            y0 -= padY;
            y1 += padY;
            this.minX = x0;
            this.maxY = y1;
            this.scale = WIDTH / (x1 - x0);
            this.height = (int) Math.ceil((y1 - y0) * scale);
        }

        /** The rings of a municipality in tenths of map units, consecutive repeats dropped; tiny rings kept as they are. */
        private synchronized List<int[]> rings(String code) {
            return rounded.computeIfAbsent(code, c -> {
                List<int[]> out = new ArrayList<>();
                for (double[] ring : all.get(c).rings()) {
                    int[] pts = new int[ring.length];
                    int n = 0;
                    for (int i = 0; i < ring.length; i += 2) {
                        int x = (int) Math.round((ring[i] - minX) * scale * 10);
                        int y = (int) Math.round((maxY - ring[i + 1]) * scale * 10);
                        if (n >= 2 && pts[n - 2] == x && pts[n - 1] == y) {
                            continue;
                        }
                        pts[n++] = x;
                        pts[n++] = y;
                    }
                    if (n >= 6) { // at least three distinct points
                        out.add(java.util.Arrays.copyOf(pts, n));
                    }
                }
                return out;
            });
        }

        /** Path data for a municipality, NULL when it has no shape; a shape too small to see becomes a dot-sized square. */
        synchronized @Nullable String path(String code) {
            MunicipalityShapes.Shape shape = all.get(code);
            if (shape == null) {
                return null;
            }
            return paths.computeIfAbsent(code, c -> {
                StringBuilder d = new StringBuilder();
                for (int[] ring : rings(c)) {
                    appendRing(d, ring);
                }
                if (d.isEmpty()) { // every ring collapsed at this scale: a small square at the centroid, still clickable
                    int x = (int) Math.round((shape.centroidX() - minX) * scale * 10);
                    int y = (int) Math.round((maxY - shape.centroidY()) * scale * 10);
                    d.append('M').append(num(x - 10)).append(' ').append(num(y - 10)).append("h2v2h-2Z");
                }
                return d.toString();
            });
        }

        /** The municipalities around the area whose box reaches into the view, as one path. */
        synchronized String contextPath() {
            if (context == null) {
                StringBuilder d = new StringBuilder();
                for (int[] ring : contextRings()) {
                    appendRing(d, ring);
                }
                context = d.toString();
            }
            return context;
        }

        /** The rings of the municipalities around the area whose box reaches into the view. */
        synchronized List<int[]> contextRings() {
            double viewMaxX = minX + WIDTH / scale;
            double viewMinY = maxY - height / scale;
            List<int[]> out = new ArrayList<>();
            for (MunicipalityShapes.Shape s : all.values()) {
                if (inArea.contains(s.kommunenummer()) || s.maxX() < minX || s.minX() > viewMaxX || s.maxY() < viewMinY
                        || s.minY() > maxY) {
                    continue;
                }
                out.addAll(rings(s.kommunenummer()));
            }
            return out;
        }

        /**
         * The rings a municipality is drawn with (tenths of map units), as {@link #path}: a shape too small to see is
         * a small square at its centroid; empty when it has no shape.
         */
        synchronized List<int[]> drawnRings(String code) {
            MunicipalityShapes.Shape shape = all.get(code);
            if (shape == null) {
                return List.of();
            }
            List<int[]> rings = rings(code);
            if (!rings.isEmpty()) {
                return rings;
            }
            int x = (int) Math.round((shape.centroidX() - minX) * scale * 10);
            int y = (int) Math.round((maxY - shape.centroidY()) * scale * 10);
            return List.of(new int[] {x - 10, y - 10, x + 10, y - 10, x + 10, y + 10, x - 10, y + 10});
        }

        /** Segments where two municipalities of the list that belong to different groups (counties) meet. */
        String bordersBetween(List<String> codes, Map<String, String> groupOf) {
            return chain(borderSegments(codes, groupOf));
        }

        /** {@link #bordersBetween} as polylines in tenths of map units (x, y, x, y, …). */
        List<int[]> borderLines(List<String> codes, Map<String, String> groupOf) {
            return polylines(borderSegments(codes, groupOf));
        }

        private List<Segment> borderSegments(List<String> codes, Map<String, String> groupOf) {
            Map<Segment, String> firstGroup = new HashMap<>();
            List<Segment> border = new ArrayList<>();
            for (String code : codes) {
                String group = groupOf.get(code);
                for (int[] ring : rings(code)) {
                    forEachSegment(ring, seg -> {
                        String other = firstGroup.putIfAbsent(seg, group == null ? "" : group);
                        if (other != null && !other.equals(group == null ? "" : group)) {
                            border.add(seg);
                        }
                    });
                }
            }
            return border;
        }

        /**
         * The outline of a group of municipalities where it meets other municipalities: the segments exactly one member
         * has and some non-member shares. Segments no other municipality has are coast, left undrawn so that the
         * coastline does not turn into a thick band.
         */
        String outline(Set<String> members) {
            // a programme's outline is the same in every map of this frame (any language, any title): made once
            return outlines.computeIfAbsent(Set.copyOf(members), m -> chain(outlineSegments(m)));
        }

        /** {@link #outline} as polylines in tenths of map units. */
        List<int[]> outlineLines(Set<String> members) {
            return polylines(outlineSegments(members));
        }

        private List<Segment> outlineSegments(Set<String> members) {
            Set<Segment> shared = shared();
            Map<Segment, Integer> count = new LinkedHashMap<>();
            for (String code : members) {
                if (!all.containsKey(code)) {
                    continue;
                }
                for (int[] ring : rings(code)) {
                    forEachSegment(ring, seg -> count.merge(seg, 1, Integer::sum));
                }
            }
            List<Segment> edge = new ArrayList<>();
            count.forEach((seg, n) -> {
                if (n == 1 && shared.contains(seg)) {
                    edge.add(seg);
                }
            });
            return edge;
        }

        /** Segments two municipalities (of all 356) have in common: land borders, as opposed to coast. */
        private synchronized Set<Segment> shared() {
            if (shared == null) {
                Set<Segment> seen = new HashSet<>();
                Set<Segment> twice = new HashSet<>();
                for (String code : all.keySet()) {
                    for (int[] ring : rings(code)) {
                        forEachSegment(ring, seg -> {
                            if (!seen.add(seg)) {
                                twice.add(seg);
                            }
                        });
                    }
                }
                shared = twice;
            }
            return shared;
        }

        private static void forEachSegment(int[] ring, java.util.function.Consumer<Segment> action) {
            int n = ring.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                long a = point(ring[2 * i], ring[2 * i + 1]);
                long b = point(ring[2 * j], ring[2 * j + 1]);
                if (a != b) {
                    action.accept(a < b ? new Segment(a, b) : new Segment(b, a));
                }
            }
        }

        /** Joins segments that meet end to end into polylines, as path data. */
        private static String chain(List<Segment> segments) {
            StringBuilder d = new StringBuilder();
            for (int[] pts : polylines(segments)) {
                appendLine(d, pts, false);
            }
            return d.toString();
        }

        /** Joins segments that meet end to end into polylines (x, y, x, y, … in tenths). */
        private static List<int[]> polylines(List<Segment> segments) {
            Map<Long, List<Segment>> at = new HashMap<>();
            for (Segment s : segments) {
                at.computeIfAbsent(s.a(), k -> new ArrayList<>()).add(s);
                at.computeIfAbsent(s.b(), k -> new ArrayList<>()).add(s);
            }
            Set<Segment> used = new HashSet<>();
            List<int[]> lines = new ArrayList<>();
            for (Segment start : segments) {
                if (!used.add(start)) {
                    continue;
                }
                List<Long> line = new ArrayList<>(List.of(start.a(), start.b()));
                extend(line, at, used);
                java.util.Collections.reverse(line);
                extend(line, at, used);
                int[] pts = new int[line.size() * 2];
                for (int i = 0; i < line.size(); i++) {
                    pts[2 * i] = (int) (line.get(i) >> 32);
                    pts[2 * i + 1] = (int) (long) line.get(i);
                }
                lines.add(pts);
            }
            return lines;
        }

        private static void extend(List<Long> line, Map<Long, List<Segment>> at, Set<Segment> used) {
            while (true) {
                long end = line.getLast();
                Segment next = null;
                for (Segment s : at.getOrDefault(end, List.of())) {
                    if (!used.contains(s)) {
                        next = s;
                        break;
                    }
                }
                if (next == null) {
                    return;
                }
                used.add(next);
                line.add(next.a() == end ? next.b() : next.a());
            }
        }

        private static long point(int x, int y) {
            return ((long) x << 32) | (y & 0xffffffffL);
        }

        private static void appendRing(StringBuilder d, int[] ring) {
            appendLine(d, ring, true);
        }

        /** M x y, then relative steps, in map units with one decimal; Z closes a ring. */
        private static void appendLine(StringBuilder d, int[] pts, boolean close) {
            d.append('M').append(num(pts[0])).append(' ').append(num(pts[1])).append('l');
            for (int i = 2; i < pts.length; i += 2) {
                if (i > 2) {
                    d.append(' ');
                }
                d.append(num(pts[i] - pts[i - 2])).append(' ').append(num(pts[i + 1] - pts[i - 1]));
            }
            if (close) {
                d.append('Z');
            }
        }

        /** Tenths as a decimal text: 1234 → "123.4", -5 → "-0.5", 20 → "2". */
        static String num(int tenths) {
            if (tenths < 0) {
                return "-" + num(-tenths);
            }
            int whole = tenths / 10, frac = tenths % 10;
            return frac == 0 ? Integer.toString(whole) : whole + "." + frac;
        }
    }

    private record Segment(long a, long b) {
    }
}
