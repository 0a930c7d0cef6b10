-- The extract's fact rows as plain columns, in fact_id order: written by each database's own COPY ... TO as CSV.
SELECT fact_id, programme_id, region_type, region_code, metric, category, period_start, period_end, value, unit, scope,
       horizon, qualifier, source_file, source_section, source_quote, conflict_note, note, period_kind, figure_kind,
       statement_programmes, submission_id
FROM fact_observation
ORDER BY fact_id
