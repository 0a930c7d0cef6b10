-- Facts by id, with their source, for "how was this computed". Parameter: :ids (list of fact ids).
-- One row: a fact with its subject, value, qualifier and citation.
SELECT f.fact_id, f.programme_id,
       coalesce(p.name, (SELECT string_agg(g.name, ', ' ORDER BY g.name) FROM programme g
                         WHERE list_contains(string_split(f.statement_programmes, ' '), g.programme_id))) AS programme_name, f.region_type, f.region_code, f.metric, f.category,
       f.period_start, f.period_end, f.value, f.unit, f.scope, f.horizon, f.qualifier, f.source_file,
       d.title AS source_title, f.source_section, f.source_quote, f.conflict_note, f.note,
       f.period_kind, f.figure_kind, f.statement_programmes
FROM public_fact f
LEFT JOIN programme p ON p.programme_id = f.programme_id
LEFT JOIN source_document d ON d.source_file = f.source_file
WHERE f.fact_id IN (SELECT unnest(CAST(:ids AS VARCHAR[])))
ORDER BY f.metric, f.period_end NULLS FIRST, f.fact_id
