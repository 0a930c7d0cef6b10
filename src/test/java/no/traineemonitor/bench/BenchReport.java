package no.traineemonitor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scale benchmark's figures: every part (bench/scale.sh and {@link ScaleBenchmark}) appends tab-separated lines
 * {@code section, name, value, unit, target, met, note} to one file; this turns it into {@code NAME.json} and
 * {@code NAME.md}. A figure that could not be measured has the value {@code unknown} and says why in its note.
 *
 * <p>{@code BenchReport --figures=FILE --out=bench/results/scale-STAMP --title=TEXT --machine=TEXT}
 */
public final class BenchReport {

    private static final String[] COLUMNS = {"section", "name", "value", "unit", "target", "met", "note"};

    private BenchReport() {
    }

    static synchronized void append(Path file, String section, String name, String value, String unit, String target,
                                    Boolean met, String note) throws IOException {
        String line = String.join("\t", clean(section), clean(name), clean(value), clean(unit), clean(target),
                met == null ? "" : met ? "yes" : "no", clean(note)) + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = SyntheticData.options(args, "figures", "out", "title", "machine");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(SyntheticData.required(o, "figures")), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.length; i++) {
                row.put(COLUMNS[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        String out = SyntheticData.required(o, "out");
        String title = o.getOrDefault("title", "Scale benchmark");
        String machine = o.getOrDefault("machine", "");

        StringBuilder json = new StringBuilder("{\n  \"title\": ").append(quote(title)).append(",\n  \"machine\": ")
                .append(quote(machine)).append(",\n  \"figures\": [");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {");
            int k = 0;
            for (var e : r.entrySet()) {
                json.append(k++ == 0 ? "" : ", ").append(quote(e.getKey())).append(": ");
                String v = e.getValue();
                if (e.getKey().equals("value") && v.matches("-?[0-9]+(\\.[0-9]+)?")) {
                    json.append(v);
                } else if (e.getKey().equals("met") && !v.isEmpty()) {
                    json.append(v.equals("yes"));
                } else if (e.getKey().equals("met") || (e.getKey().equals("value") && v.equals("unknown"))) {
                    json.append("null");
                } else {
                    json.append(quote(v));
                }
            }
            json.append("}");
        }
        json.append("\n  ]\n}\n");
        Files.writeString(Path.of(out + ".json"), json, StandardCharsets.UTF_8);

        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n").append(machine).append("\n");
        String section = null;
        for (Map<String, String> r : rows) {
            if (!r.get("section").equals(section)) {
                section = r.get("section");
                md.append("\n## ").append(section).append("\n\n| figure | value | target | met | note |\n|---|---|---|---|---|\n");
            }
            String met = r.get("met").equals("yes") ? "yes" : r.get("met").equals("no") ? "**no**" : "";
            md.append("| ").append(cell(r.get("name"))).append(" | ").append(cell(r.get("value") + " " + r.get("unit")).strip())
                    .append(" | ").append(cell(r.get("target"))).append(" | ").append(met).append(" | ")
                    .append(cell(r.get("note"))).append(" |\n");
        }
        Files.writeString(Path.of(out + ".md"), md, StandardCharsets.UTF_8);
        System.out.println("Wrote " + out + ".json and " + out + ".md");
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
