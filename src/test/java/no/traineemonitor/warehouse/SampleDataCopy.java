package no.traineemonitor.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.traineemonitor.warehouse.ingest.CsvReader;

/** A copy of the CSV files of sample-data/ in a test folder, with ways to damage it (tests never touch sample-data/). */
final class SampleDataCopy {

    final Path root;

    private SampleDataCopy(Path root) {
        this.root = root;
    }

    /** Copies every .csv of sample-data/ (the reference maps are not needed to load). */
    static SampleDataCopy of(Path to) {
        Path from = Path.of("sample-data");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (p.toString().endsWith(".csv")) {
                    Files.copy(p, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SampleDataCopy(to);
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    List<CsvReader.Record> records(String relative) {
        try {
            return CsvReader.read(file(relative), relative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of the first data row whose columns match. */
    int line(String relative, Predicate<Map<String, String>> where) {
        List<CsvReader.Record> records = records(relative);
        List<String> header = records.getFirst().fields();
        for (CsvReader.Record r : records.subList(1, records.size())) {
            Map<String, String> row = IntStream.range(0, header.size()).boxed()
                    .collect(Collectors.toMap(header::get, i -> r.fields().get(i)));
            if (where.test(row)) {
                return r.line();
            }
        }
        throw new IllegalArgumentException("no such row in " + relative);
    }

    /** The first data row's line (2 unless the header spans lines). */
    int firstRow(String relative) {
        return records(relative).get(1).line();
    }

    /** Sets one field of the row starting on {@code line}; returns the line. */
    int set(String relative, int line, String column, String value) {
        List<List<String>> rows = new ArrayList<>();
        List<CsvReader.Record> records = records(relative);
        int index = records.getFirst().fields().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(column + " not in " + relative);
        }
        boolean found = false;
        for (CsvReader.Record r : records) {
            List<String> fields = new ArrayList<>(r.fields());
            if (r.line() == line) {
                fields.set(index, value);
                found = true;
            }
            rows.add(fields);
        }
        if (!found) {
            throw new IllegalArgumentException("no row on line " + line + " of " + relative);
        }
        write(relative, rows);
        return line;
    }

    /** Appends a data row, given as column=value pairs over a copy of the row on {@code likeLine}; returns its line. */
    int appendLike(String relative, int likeLine, Map<String, String> changes) {
        List<CsvReader.Record> records = records(relative);
        List<String> header = records.getFirst().fields();
        List<List<String>> rows = new ArrayList<>(records.stream().map(r -> (List<String>) new ArrayList<>(r.fields())).toList());
        List<String> copy = new ArrayList<>(records.stream().filter(r -> r.line() == likeLine).findFirst().orElseThrow().fields());
        changes.forEach((column, value) -> copy.set(header.indexOf(column), value));
        rows.add(copy);
        write(relative, rows);
        return lineCount(relative);
    }

    /** Rewrites a file from rows, quoting as RFC 4180 asks; one record per line unless a field holds a line break. */
    void write(String relative, List<List<String>> rows) {
        String text = rows.stream().map(r -> r.stream().map(SampleDataCopy::quote).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n")) + "\n";
        writeRaw(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the raw text of one physical line (1-based) of a file (without its line ending). */
    void replaceLine(String relative, int line, String text) {
        List<String> lines = new ArrayList<>(List.of(readRaw(relative).split("\n", -1)));
        lines.set(line - 1, text + (lines.get(line - 1).endsWith("\r") ? "\r" : "")); // keep CRLF line endings
        writeRaw(relative, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    String readRaw(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeRaw(String relative, byte[] bytes) {
        try {
            Files.createDirectories(file(relative).getParent());
            Files.write(file(relative), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String relative) {
        try (Stream<Path> walk = Files.walk(file(relative))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rename(String from, String to) {
        try {
            Files.move(file(from), file(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int lineCount(String relative) {
        return (int) readRaw(relative).chars().filter(c -> c == '\n').count();
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
