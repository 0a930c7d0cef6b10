package no.traineemonitor.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.warehouse.WarehouseProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 356 municipality shapes of 2020 ({@code reference/kommuner_2020.geojson} in the sample-data folder, WGS84
 * longitude/latitude, Kartverket via robhop/fylker-og-kommuner), read once and projected to a plane in kilometres with a
 * spherical transverse Mercator projection on 15°E, the central meridian of UTM zone 33 that Norway's national maps
 * use, so the country keeps its familiar shape from Lindesnes to Finnmark. Distances in the plane are true to within
 * about half a percent over Norway.
 */
@Component
class MunicipalityShapes {

    static final String GEOJSON = "reference/kommuner_2020.geojson";
    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final double CENTRAL_MERIDIAN = Math.toRadians(15);

    /** One municipality: its rings (each {x0, y0, x1, y1, …} in km, y to the north), bounding box and centroid. */
    record Shape(String kommunenummer, String name, List<double[]> rings, double minX, double minY, double maxX,
                 double maxY, double centroidX, double centroidY) {
    }

    private final Path file;
    private volatile @Nullable Map<String, Shape> shapes;

    MunicipalityShapes(WarehouseProperties properties) {
        this.file = properties.sampleData().resolve(GEOJSON);
    }

    /** The shapes by municipality number (2020), in file order; loaded and projected on first use. */
    Map<String, Shape> all() {
        Map<String, Shape> s = shapes;
        if (s == null) {
            synchronized (this) {
                s = shapes;
                if (s == null) {
                    s = load(file);
                    shapes = s;
                }
            }
        }
        return s;
    }

    static Map<String, Shape> load(Path file) {
        ObjectMapper json = JsonMapper.builder().build();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the municipality map " + file.toAbsolutePath(), e);
        }
        Map<String, Shape> out = new LinkedHashMap<>();
        for (JsonNode feature : root.get("features")) {
            JsonNode properties = feature.get("properties");
            String number = properties.get("kommunenummer").asString();
            String name = properties.get("kommunenavn").asString();
            JsonNode geometry = feature.get("geometry");
            String type = geometry.get("type").asString();
            List<JsonNode> polygons = new ArrayList<>();
            if (type.equals("Polygon")) {
                polygons.add(geometry.get("coordinates"));
            } else if (type.equals("MultiPolygon")) {
                geometry.get("coordinates").forEach(polygons::add);
            } else {
                throw new IllegalStateException("Unexpected geometry " + type + " for municipality " + number + " in " + file);
            }
            List<List<double[]>> projected = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                List<double[]> rings = new ArrayList<>();
                projected.add(rings);
                for (JsonNode ring : polygon) {
                    double[] xy = new double[ring.size() * 2];
                    int i = 0;
                    for (JsonNode point : ring) {
                        double[] p = project(point.get(0).asDouble(), point.get(1).asDouble());
                        xy[i++] = p[0];
                        xy[i++] = p[1];
                    }
                    rings.add(xy);
                }
            }
            out.put(number, shape(number, name, projected));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Spherical transverse Mercator on 15°E: longitude and latitude in degrees to x (east) and y (north) in km. */
    static double[] project(double lon, double lat) {
        double lambda = Math.toRadians(lon) - CENTRAL_MERIDIAN;
        double phi = Math.toRadians(lat);
        double b = Math.cos(phi) * Math.sin(lambda);
        double x = 0.5 * Math.log((1 + b) / (1 - b));
        double y = Math.atan2(Math.tan(phi), Math.cos(lambda));
        return new double[] {EARTH_RADIUS_KM * x, EARTH_RADIUS_KM * y};
    }

    /** A shape from its polygons (first ring outer, the others holes, in any orientation). */
    private static Shape shape(String number, String name, List<List<double[]>> polygons) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        double area = 0, cx = 0, cy = 0; // area-weighted centroid: outer rings add, holes subtract
        List<double[]> rings = new ArrayList<>();
        for (List<double[]> polygon : polygons) {
            for (int k = 0; k < polygon.size(); k++) {
                double[] r = polygon.get(k);
                rings.add(r);
                for (int i = 0; i < r.length; i += 2) {
                    minX = Math.min(minX, r[i]);
                    maxX = Math.max(maxX, r[i]);
                    minY = Math.min(minY, r[i + 1]);
                    maxY = Math.max(maxY, r[i + 1]);
                }
                double a = 0, x = 0, y = 0;
                for (int i = 0; i + 3 < r.length; i += 2) {
                    double cross = r[i] * r[i + 3] - r[i + 2] * r[i + 1];
                    a += cross;
                    x += (r[i] + r[i + 2]) * cross;
                    y += (r[i + 1] + r[i + 3]) * cross;
                }
                // normalise the orientation: outer ring positive, holes negative
                double sign = (a >= 0 ? 1 : -1) * (k == 0 ? 1 : -1);
                area += sign * a;
                cx += sign * x;
                cy += sign * y;
            }
        }
        double centroidX = Math.abs(area) < 1e-9 ? (minX + maxX) / 2 : cx / (3 * area);
        double centroidY = Math.abs(area) < 1e-9 ? (minY + maxY) / 2 : cy / (3 * area);
        return new Shape(number, name, List.copyOf(rings), minX, minY, maxX, maxY, centroidX, centroidY);
    }

    /** Straight-line distance between two municipalities' centroids, km. */
    double distanceKm(String a, String b) {
        Shape s = all().get(a);
        Shape t = all().get(b);
        if (s == null || t == null) {
            return Double.NaN;
        }
        return Math.hypot(s.centroidX() - t.centroidX(), s.centroidY() - t.centroidY());
    }
}
