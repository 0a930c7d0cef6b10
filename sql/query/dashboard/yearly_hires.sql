-- Trainees hired per year in the selection: the sum of the single-year hires figures the programmes report
-- (spans of several years are left out so that nothing is counted twice; targets and plans are not hires), with how
-- many programmes reported, so that a change in reporting does not read as growth.
-- Where two sources give the same programme and year, one figure counts (the one with the first fact id).
-- Parameters: the selection (as selection.sql), :from_year, :to_year.
WITH per_programme_year AS (
    SELECT f.programme_id, f.period_end AS year, arg_min(f.value, f.fact_id) AS hires, min(f.fact_id) AS fact_id
    FROM fact_observation f
    JOIN f_selected_programmes(:county2024, :county2020, :ba, :centrality, :type, :programme) s USING (programme_id)
    WHERE f.metric = 'hires' AND f.category IS NULL AND f.unit = 'count' AND f.period_kind = 'year'
      AND f.figure_kind = 'outcome' AND f.period_end IS NOT NULL
      AND f.qualifier IN ('reported', 'approximate')
      AND (:from_year IS NULL OR f.period_end >= :from_year) AND (:to_year IS NULL OR f.period_end <= :to_year)
    GROUP BY f.programme_id, f.period_end
)
SELECT year, sum(hires) AS hires, count(*) AS programmes, list(fact_id ORDER BY fact_id) AS fact_ids
FROM per_programme_year
GROUP BY year
ORDER BY year
