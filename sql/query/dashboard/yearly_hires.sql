-- Trainees hired per year in the selection: the sum of the single-year hires figures the programmes report
-- (spans of several years are left out so that nothing is counted twice), with how many programmes reported.
-- Parameters: the selection (as selection.sql), :from_year, :to_year.
SELECT f.period_end AS year, sum(f.value) AS hires, count(DISTINCT f.programme_id) AS programmes,
       list(f.fact_id ORDER BY f.fact_id) AS fact_ids
FROM fact_observation f
JOIN f_selected_programmes(:county2024, :county2020, :ba, :centrality, :type, :programme) s USING (programme_id)
WHERE f.metric = 'hires' AND f.category IS NULL AND f.unit = 'count' AND f.period_start = f.period_end
  AND f.qualifier IN ('reported', 'approximate')
  AND (:from_year IS NULL OR f.period_end >= :from_year) AND (:to_year IS NULL OR f.period_end <= :to_year)
  -- one figure per programme and year: where two sources give the same year, the larger is not added twice
  AND f.fact_id = (SELECT min(g.fact_id) FROM fact_observation g WHERE g.programme_id = f.programme_id
                   AND g.metric = 'hires' AND g.category IS NULL AND g.unit = 'count' AND g.period_start = f.period_start
                   AND g.period_end = f.period_end AND g.qualifier IN ('reported', 'approximate'))
GROUP BY f.period_end
ORDER BY year
