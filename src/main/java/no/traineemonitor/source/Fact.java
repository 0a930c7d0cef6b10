package no.traineemonitor.source;

import org.jspecify.annotations.Nullable;

/** One observed number with its citation (public_fact plus names). */
public record Fact(String factId, @Nullable String programmeId, @Nullable String programmeName,
                   @Nullable String regionType, @Nullable String regionCode, String metric, @Nullable String category,
                   @Nullable Integer periodStart, @Nullable Integer periodEnd, double value, String unit,
                   @Nullable String scope, @Nullable String horizon, String qualifier, String sourceFile,
                   @Nullable String sourceTitle, String sourceSection, String sourceQuote,
                   @Nullable String conflictNote, @Nullable String note, String periodKind, String figureKind,
                   @Nullable String statementProgrammes) {

    /** A row of a fact query (the columns of sql/query/source/facts_by_id.sql). */
    public static Fact fromRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Fact(rs.getString("fact_id"), rs.getString("programme_id"), rs.getString("programme_name"),
                rs.getString("region_type"), rs.getString("region_code"), rs.getString("metric"),
                rs.getString("category"), rs.getObject("period_start", Integer.class),
                rs.getObject("period_end", Integer.class), rs.getDouble("value"), rs.getString("unit"),
                rs.getString("scope"), rs.getString("horizon"), rs.getString("qualifier"), rs.getString("source_file"),
                rs.getString("source_title"), rs.getString("source_section"), rs.getString("source_quote"),
                rs.getString("conflict_note"), rs.getString("note"), rs.getString("period_kind"),
                rs.getString("figure_kind"), rs.getString("statement_programmes"));
    }

    /** "2012–2020", "2020" or "" (plain digits; the views say the kind of period in words). */
    public String period() {
        if (periodStart == null && periodEnd == null) {
            return "";
        }
        if (periodStart == null || periodEnd == null || periodStart.equals(periodEnd)) {
            return String.valueOf(periodEnd != null ? periodEnd : periodStart);
        }
        return periodStart + "–" + periodEnd;
    }
}
