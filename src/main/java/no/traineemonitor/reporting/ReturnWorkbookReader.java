package no.traineemonitor.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded return workbook defensively, before any of it is trusted: at most {@link #MAX_BYTES}; a real
 * .xlsx (not a renamed file, not truncated, not a zip bomb); no macros, external links or extra sheets; made from the
 * current template (the hidden sheet's version and the list of figures unchanged); and in every value cell a value,
 * never a formula. Everything wrong is reported at once with its place; the values read are only text until the
 * validator has checked them.
 */
final class ReturnWorkbookReader {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Longest text accepted in a value or comment cell. */
    static final int MAX_CELL = 2000;

    record Read(@Nullable RawReturn raw, List<ReturnProblem> problems) {
    }

    private ReturnWorkbookReader() {
    }

    static {
        // a zip bomb is refused before it is inflated: POI checks the ratio of every entry as it reads
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(8L * 1024 * 1024);
    }

    static Read read(byte[] bytes, List<ReturnMetric> template) {
        List<ReturnProblem> problems = new ArrayList<>();
        if (bytes.length == 0) {
            return new Read(null, List.of(ReturnProblem.file("problem.empty-file")));
        }
        if (bytes.length > MAX_BYTES) {
            return new Read(null, List.of(ReturnProblem.file("problem.too-large", bytes.length / 1024 / 1024, MAX_BYTES / 1024 / 1024)));
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            for (PackagePart part : pkg.getParts()) {
                String name = part.getPartName().getName().toLowerCase(java.util.Locale.ROOT);
                String type = part.getContentType().toLowerCase(java.util.Locale.ROOT);
                if (name.contains("vbaproject") || type.contains("macroenabled") || type.contains("vba")) {
                    return new Read(null, List.of(ReturnProblem.file("problem.macro")));
                }
                if (name.startsWith("/xl/externallinks/")) {
                    return new Read(null, List.of(ReturnProblem.file("problem.external-link")));
                }
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                return readWorkbook(wb, template, problems);
            }
        } catch (InvalidFormatException | IOException e) {
            return new Read(null, List.of(ReturnProblem.file(isBomb(e) ? "problem.zip-bomb" : "problem.not-xlsx")));
        } catch (RuntimeException e) {
            // POI signals damaged content with a variety of runtime exceptions; none of them may reach the user raw
            return new Read(null, List.of(ReturnProblem.file(isBomb(e) ? "problem.zip-bomb" : "problem.not-xlsx")));
        }
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("max entry size") || m.contains("MaxEntrySize")
                    || m.contains("text size")) {
                return true;
            }
        }
        return false;
    }

    private static Read readWorkbook(XSSFWorkbook wb, List<ReturnMetric> template, List<ReturnProblem> problems) {
        Sheet form = null;
        Sheet meta = null;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            SheetVisibility visibility = wb.getSheetVisibility(i);
            if (s.getSheetName().equals(TemplateWorkbook.META_SHEET)) {
                meta = s;
            } else if (form == null && visibility == SheetVisibility.VISIBLE) {
                form = s;
            } else {
                problems.add(ReturnProblem.at(s.getSheetName(), 0, "", "", visibility == SheetVisibility.VISIBLE
                        ? "problem.extra-sheet" : "problem.hidden-sheet", s.getSheetName()));
            }
        }
        if (meta == null || form == null) {
            problems.add(ReturnProblem.file("problem.not-template"));
            return new Read(null, problems);
        }
        String version = text(meta, 0);
        String programmeId = text(meta, 1);
        Integer year = integer(meta, 2);
        List<String> ids = new ArrayList<>();
        for (int r = 3; r <= meta.getLastRowNum(); r++) {
            ids.add(text(meta, r));
        }
        List<String> expected = template.stream().map(ReturnMetric::metricId).toList();
        if (!TemplateWorkbook.VERSION.equals(version) || programmeId.isEmpty() || year == null || !ids.equals(expected)) {
            problems.add(ReturnProblem.file("problem.old-template", TemplateWorkbook.VERSION));
            return new Read(null, problems);
        }
        String sheet = form.getSheetName();
        Map<String, RawReturn.Cell> values = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            ReturnMetric m = template.get(i);
            int r = TemplateWorkbook.FIRST_ROW + i;
            Row row = form.getRow(r);
            String id = row == null ? "" : cellText(row.getCell(TemplateWorkbook.COL_ID));
            if (!m.metricId().equals(id)) {
                problems.add(ReturnProblem.at(sheet, r + 1, "A", m.metricId(), "problem.changed-row", m.metricId(), id));
                continue;
            }
            Cell value = row.getCell(TemplateWorkbook.COL_VALUE);
            RawReturn.Cell cell = valueCell(value, sheet, r, TemplateWorkbook.VALUE_COLUMN, m.metricId(), problems);
            if (cell != null && !cell.text().isBlank()) {
                values.put(m.metricId(), cell);
            }
            RawReturn.Cell comment = valueCell(row.getCell(TemplateWorkbook.COL_COMMENT), sheet, r,
                    TemplateWorkbook.COMMENT_COLUMN, m.metricId(), problems);
            if (comment != null && !comment.text().isBlank()) {
                comments.put(m.metricId(), comment.text().strip());
            }
        }
        // figures typed below the template's rows would be lost silently: refuse them
        for (int r = TemplateWorkbook.FIRST_ROW + template.size(); r <= form.getLastRowNum(); r++) {
            Row row = form.getRow(r);
            if (row != null && !cellText(row.getCell(TemplateWorkbook.COL_VALUE)).isBlank()) {
                problems.add(ReturnProblem.at(sheet, r + 1, TemplateWorkbook.VALUE_COLUMN, "", "problem.outside-template"));
            }
        }
        return new Read(new RawReturn(programmeId, year, values, comments), problems);
    }

    /** A value or comment cell: text or a number; a formula, an error or an over-long text is a problem. */
    private static RawReturn.@Nullable Cell valueCell(@Nullable Cell cell, String sheet, int r, String column, String metricId,
                                                    List<ReturnProblem> problems) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case BLANK -> null;
            case FORMULA -> {
                problems.add(ReturnProblem.at(sheet, r + 1, column, metricId, "problem.formula", cell.getCellFormula()));
                yield null;
            }
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                yield new RawReturn.Cell(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d),
                        sheet, r + 1, column, d);
            }
            case STRING -> {
                String s = cell.getStringCellValue();
                if (s.length() > MAX_CELL) {
                    problems.add(ReturnProblem.at(sheet, r + 1, column, metricId, "problem.too-long", s.length(), MAX_CELL));
                    yield null;
                }
                yield new RawReturn.Cell(s, sheet, r + 1, column, null);
            }
            default -> {
                problems.add(ReturnProblem.at(sheet, r + 1, column, metricId, "problem.not-a-value"));
                yield null;
            }
        };
    }

    private static String text(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? "" : cellText(row.getCell(0));
    }

    private static @Nullable Integer integer(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        Cell c = row == null ? null : row.getCell(0);
        if (c == null || c.getCellType() != CellType.NUMERIC) {
            return null;
        }
        double d = c.getNumericCellValue();
        return d == Math.rint(d) && d > 1900 && d < 2200 ? (int) d : null;
    }

    private static String cellText(@Nullable Cell c) {
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                yield d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
            }
            default -> "";
        };
    }

    static String column(int index) {
        return CellReference.convertNumToColString(index);
    }
}
