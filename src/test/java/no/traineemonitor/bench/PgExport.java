package no.traineemonitor.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables bench/sql reads (fact_observation, programme), copied from a scratch warehouse for PostgreSQL: each as CSV
 * written by DuckDB, and {@code load.sql} that creates them with the same columns (PostgreSQL's types), reads the CSV
 * with {@code COPY}, adds the primary keys and analyses them. {@code PgExport DATABASE FOLDER}.
 */
public final class PgExport {

    private static final List<String> TABLES = List.of("programme", "fact_observation");

    private PgExport() {
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        Files.createDirectories(folder);
        StringBuilder load = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath() + ";duckdb.read_only=true");
             Statement st = c.createStatement()) {
            for (String table : TABLES) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT column_name, data_type FROM information_schema.columns "
                        + "WHERE table_name = '" + table + "' ORDER BY ordinal_position")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1) + " " + pgType(rs.getString(2)));
                    }
                }
                Path csv = folder.resolve(table + ".csv").toAbsolutePath();
                st.execute("COPY " + table + " TO '" + csv + "' (HEADER, DELIMITER ',')");
                load.append("DROP TABLE IF EXISTS ").append(table).append(";\nCREATE TABLE ").append(table).append(" (")
                        .append(String.join(", ", columns)).append(");\n")
                        .append("COPY ").append(table).append(" FROM '").append(csv).append("' (FORMAT csv, HEADER);\n")
                        .append("ALTER TABLE ").append(table).append(" ADD PRIMARY KEY (")
                        .append(table.equals("programme") ? "programme_id" : "fact_id").append(");\n")
                        .append("ANALYZE ").append(table).append(";\n");
            }
        }
        Files.writeString(folder.resolve("load.sql"), load, StandardCharsets.UTF_8);
        System.out.println("PostgreSQL copy of " + TABLES + " written to " + folder);
    }

    private static String pgType(String duckType) {
        return switch (duckType.toUpperCase(Locale.ROOT)) {
            case "VARCHAR" -> "text";
            case "INTEGER" -> "integer";
            case "BIGINT" -> "bigint";
            case "DOUBLE" -> "double precision";
            case "BOOLEAN" -> "boolean";
            case "DATE" -> "date";
            case "TIMESTAMP" -> "timestamp";
            default -> throw new IllegalArgumentException("No PostgreSQL type for DuckDB's " + duckType);
        };
    }
}
