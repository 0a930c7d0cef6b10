-- Full extract: every fact with its subject and source, in fact_id order. Read as a stream (never all in memory).
-- No parameters. One row: a public_fact row with the programme's name and the source document's title.
SELECT f.fact_id, f.programme_id, p.name AS programme_name, f.region_type, f.region_code, f.metric, f.category,
       f.period_start, f.period_end, f.value, f.unit, f.scope, f.horizon, f.qualifier,
       f.source_file, d.title AS source_title, f.source_section, f.source_quote, f.conflict_note, f.note,
       f.period_kind, f.figure_kind, f.statement_programmes, f.submission_id
FROM public_fact f
LEFT JOIN programme p ON p.programme_id = f.programme_id
LEFT JOIN source_document d ON d.source_file = f.source_file
ORDER BY f.fact_id
