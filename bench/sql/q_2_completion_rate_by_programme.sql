-- Scan and aggregate: completion rate (completed / (completed + dropped out)) per programme over all years.
SELECT f.programme_id,
       sum(CASE WHEN f.metric = 'completed' THEN f.value END) AS completed,
       sum(CASE WHEN f.metric = 'dropped_out' THEN f.value END) AS dropped_out,
       sum(CASE WHEN f.metric = 'completed' THEN f.value END)
           / nullif(sum(f.value), 0) AS completion_rate
FROM fact_observation f
WHERE f.metric IN ('completed', 'dropped_out') AND f.category IS NULL AND f.unit = 'count'
  AND f.figure_kind = 'outcome' AND f.programme_id IS NOT NULL
GROUP BY f.programme_id
ORDER BY 1
