-- Funding by source for the programmes of a selection: every funding amount, grant, funding share and funding duration
-- the sources give, as given (no sums). Parameters: the selection (as query/dashboard/selection.sql).
-- One row: a fact with its programme and source, in the columns of query/source/facts_by_id.sql.
SELECT f.fact_id, f.programme_id, s.name AS programme_name, f.region_type, f.region_code, f.metric, f.category,
       f.period_start, f.period_end, f.value, f.unit, f.scope, f.horizon, f.qualifier, f.source_file,
       d.title AS source_title, f.source_section, f.source_quote, f.conflict_note, f.note,
       f.period_kind, f.figure_kind, f.statement_programmes
FROM public_fact f
JOIN f_selected_programmes(:county2024, :county2020, :ba, :centrality, :type, :programme) s USING (programme_id)
LEFT JOIN source_document d ON d.source_file = f.source_file
WHERE f.metric IN ('funding_nok', 'grant_nok', 'funding_share', 'funding_duration_years', 'remaining_funds_nok',
                   'own_contribution_share')
ORDER BY f.category NULLS LAST, s.name, f.period_end NULLS FIRST, f.fact_id
