-- How many programmes in the selection have any value of each indicator (in whatever form the sources give it), for
-- key figures that have no pooled value. Parameters: the selection (as selection.sql), :from_year, :to_year
-- (a value is kept when its period overlaps [from, to], as in query/indicator/observations.sql).
SELECT o.indicator_id, count(DISTINCT o.subject_id) AS programmes
FROM ind_observation o
JOIN f_selected_programmes(:county2024, :county2020, :ba, :centrality, :type, :programme) s
  ON o.subject_type = 'programme' AND o.subject_id = s.programme_id
WHERE (:from_year IS NULL OR coalesce(o.period_end, o.period_start) IS NULL OR coalesce(o.period_end, o.period_start) >= :from_year)
  AND (:to_year IS NULL OR coalesce(o.period_start, o.period_end) IS NULL OR coalesce(o.period_start, o.period_end) <= :to_year)
GROUP BY o.indicator_id
