package no.traineemonitor.referenceimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-stat 2.0 dataset as SSB's API writes it: {@code version}, {@code class: "dataset"}, {@code id[]},
 * {@code size[]}, {@code dimension{id: {label, category{index, label, unit}}}}, {@code value[]} (or a sparse object
 * position → value), {@code status{}} (SSB's symbols: ".." not available, ":" withheld, "-" nothing to report) and
 * {@code role{time, geo, metric}}. Reading checks the structure and collects every problem; values are read by position
 * (row-major order over {@code id}, the last dimension changing fastest).
 */
public final class JsonStatDataset {

    /** Most cells a file may have: 07459 for every municipality, both sexes and 106 ages of one year is about 80 000. */
    static final long MAX_CELLS = 5_000_000;

    /** A dimension: its id, its label, its category codes in index order and their labels. */
    public record Dimension(String id, String label, List<String> codes, Map<String, String> labels, JsonNode node) {

        String label(String code) {
            return labels.getOrDefault(code, code);
        }
    }

    /** One cell: a number, or none with SSB's status symbol saying why. */
    public record Cell(@Nullable Double value, @Nullable String status, @Nullable String notNumber) {
    }

    private final JsonNode root;
    private final List<Dimension> dimensions;
    private final int[] size;
    private final long cells;

    private JsonStatDataset(JsonNode root, List<Dimension> dimensions, int[] size, long cells) {
        this.root = root;
        this.dimensions = dimensions;
        this.size = size;
        this.cells = cells;
    }

    /** Reads and checks the file's structure; throws with every problem found. */
    public static JsonStatDataset read(byte[] json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new ImportRejectedException(List.of(Problem.of("not-json", where)));
        }
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new ImportRejectedException(List.of(Problem.of("not-object")));
        }
        JsonNode version = root.get("version");
        if (version == null) {
            problems.add(Problem.of("no-version"));
        } else if (!"2.0".equals(version.asString(""))) {
            problems.add(Problem.of("version", version.toString()));
        }
        JsonNode kind = root.get("class");
        if (kind == null || !"dataset".equals(kind.asString(""))) {
            problems.add(Problem.of("class", kind == null ? "–" : kind.toString()));
        }
        JsonNode ids = root.get("id");
        JsonNode sizes = root.get("size");
        JsonNode dims = root.get("dimension");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            problems.add(Problem.of("no-id"));
        }
        if (sizes == null || !sizes.isArray()) {
            problems.add(Problem.of("no-size"));
        }
        if (dims == null || !dims.isObject()) {
            problems.add(Problem.of("no-dimension"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        if (ids.size() != sizes.size()) {
            throw new ImportRejectedException(List.of(Problem.of("id-size", ids.size(), sizes.size())));
        }
        int[] size = new int[ids.size()];
        List<Dimension> dimensions = new ArrayList<>();
        long cells = 1;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i).asString("");
            JsonNode s = sizes.get(i);
            if (!s.isIntegralNumber() || s.asInt() < 1) {
                problems.add(Problem.of("size-not-count", id, s.toString()));
                continue;
            }
            size[i] = s.asInt();
            cells = Math.min(cells * size[i], MAX_CELLS + 1);
            JsonNode dim = dims.get(id);
            if (dim == null || !dim.isObject()) {
                problems.add(Problem.of("dimension-missing", id));
                continue;
            }
            Dimension d = dimension(id, dim, size[i], problems);
            if (d != null) {
                dimensions.add(d);
            }
        }
        if (cells > MAX_CELLS) {
            problems.add(Problem.of("too-large", MAX_CELLS));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        JsonNode value = root.get("value");
        if (value == null || !(value.isArray() || value.isObject())) {
            throw new ImportRejectedException(List.of(Problem.of("no-value")));
        }
        if (value.isArray() && value.size() != cells) {
            throw new ImportRejectedException(List.of(Problem.of("value-count", value.size(), Arrays.toString(size), cells)));
        }
        if (value.isObject()) {
            for (String key : value.propertyNames()) {
                long position = position(key);
                if (position < 0 || position >= cells) {
                    problems.add(Problem.of("value-position", key, cells));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return new JsonStatDataset(root, List.copyOf(dimensions), size, cells);
    }

    private static @Nullable Dimension dimension(String id, JsonNode dim, int size, List<Problem> problems) {
        JsonNode category = dim.get("category");
        if (category == null || !category.isObject()) {
            problems.add(Problem.of("no-category", id));
            return null;
        }
        JsonNode index = category.get("index");
        JsonNode labels = category.get("label");
        String[] codes = new String[size];
        if (index == null) {
            // JSON-stat allows leaving out the index of a dimension with one category: its label names it
            if (size == 1 && labels != null && labels.isObject() && labels.size() == 1) {
                codes[0] = labels.propertyNames().iterator().next();
            } else {
                problems.add(Problem.of("no-index", id));
                return null;
            }
        } else if (index.isArray()) {
            if (index.size() != size) {
                problems.add(Problem.of("category-count", id, index.size(), size));
                return null;
            }
            for (int i = 0; i < size; i++) {
                codes[i] = index.get(i).asString("");
            }
        } else if (index.isObject()) {
            if (index.size() != size) {
                problems.add(Problem.of("category-count", id, index.size(), size));
                return null;
            }
            for (Map.Entry<String, JsonNode> e : index.properties()) {
                JsonNode p = e.getValue();
                int at = p.isIntegralNumber() ? p.asInt() : -1;
                if (at < 0 || at >= size || codes[at] != null) {
                    problems.add(Problem.of("category-index", id, e.getKey(), p.toString(), size));
                    return null;
                }
                codes[at] = e.getKey();
            }
        } else {
            problems.add(Problem.of("no-index", id));
            return null;
        }
        Map<String, String> names = new LinkedHashMap<>();
        if (labels != null && labels.isObject()) {
            for (Map.Entry<String, JsonNode> e : labels.properties()) {
                names.put(e.getKey(), e.getValue().asString(e.getKey()));
            }
        }
        JsonNode label = dim.get("label");
        return new Dimension(id, label == null ? id : label.asString(id), List.of(codes), names, dim);
    }

    private static long position(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    public long cells() {
        return cells;
    }

    /** The dimension with this id, if any. */
    public @Nullable Dimension dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    /** The dimension the role names ({@code role.geo} ...), else the one with the conventional id, else none. */
    public @Nullable Dimension byRole(String role, String usualId) {
        JsonNode named = root.path("role").path(role);
        if (named.isArray() && !named.isEmpty()) {
            Dimension d = dimension(named.get(0).asString(""));
            if (d != null) {
                return d;
            }
        }
        return dimension(usualId);
    }

    /** A top-level text ({@code label}, {@code source}, {@code updated}), or null. */
    public @Nullable String text(String name) {
        JsonNode n = root.get(name);
        return n == null || !n.isString() ? null : n.asString();
    }

    /** SSB's table number: {@code extension.px.tableid}, else the number the label starts with ("07459: ..."). */
    public @Nullable String tableId() {
        JsonNode id = root.path("extension").path("px").path("tableid");
        if (id.isString() && !id.asString().isBlank()) {
            return id.asString().strip();
        }
        String label = text("label");
        if (label != null) {
            var m = java.util.regex.Pattern.compile("^\\s*(\\d{5})\\s*:").matcher(label);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The cell at a position (row-major over {@code id}). */
    public Cell cell(long position) {
        JsonNode values = root.get("value");
        JsonNode v = values.isArray() ? values.get((int) position) : values.get(String.valueOf(position));
        String status = status(position);
        if (v == null || v.isNull()) {
            return new Cell(null, status, null);
        }
        if (v.isNumber()) {
            return new Cell(v.asDouble(), status, null);
        }
        return new Cell(null, status, v.toString());
    }

    private @Nullable String status(long position) {
        JsonNode status = root.get("status");
        if (status == null || status.isNull()) {
            return null;
        }
        if (status.isString()) {
            return status.asString();
        }
        JsonNode s = status.isArray() ? status.get((int) position) : status.get(String.valueOf(position));
        return s == null || s.isNull() ? null : s.asString(null);
    }

    /** The category indexes of a position, one per dimension. */
    public int[] coordinates(long position) {
        int[] at = new int[size.length];
        long rest = position;
        for (int i = size.length - 1; i >= 0; i--) {
            at[i] = (int) (rest % size[i]);
            rest /= size[i];
        }
        return at;
    }

    /** A position for a reader: "Region=1508 (Ålesund), Kjonn=2, Alder=004, ContentsCode=Personer1, Tid=2024". */
    public String describe(long position) {
        int[] at = coordinates(position);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            Dimension d = dimensions.get(i);
            String code = d.codes().get(at[i]);
            String label = d.labels().get(code);
            parts.add(d.id() + "=" + code + (label == null || label.equals(code) ? "" : " (" + label + ")"));
        }
        return String.join(", ", parts);
    }

    /** The index of a dimension in {@code id}. */
    public int indexOf(Dimension d) {
        return dimensions.indexOf(d);
    }
}
