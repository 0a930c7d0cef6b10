-- Public funding (county council, municipalities, state) reported in NOK for the programmes of the selection, per
-- period and source. Parameters: the selection (as selection.sql).
SELECT f.programme_id, s.name, f.category, f.period_start, f.period_end, f.value, f.unit, f.qualifier, f.fact_id
FROM fact_observation f
JOIN f_selected_programmes(:county2024, :county2020, :ba, :centrality, :type, :programme) s USING (programme_id)
WHERE f.metric IN ('funding_nok', 'grant_nok') AND f.unit = 'nok'
  AND (f.category IN ('county_council', 'municipality', 'state', 'public') OR f.category LIKE 'state%')
ORDER BY f.period_end NULLS FIRST, s.name
