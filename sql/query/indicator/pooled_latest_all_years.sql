-- pooled_latest.sql without a period: each programme's latest value that may be pooled is stored at load
-- (ind_pool_latest, sql/load/40_materialise.sql), so the current picture of a selection is a sum over its programmes.
-- Parameters: the selection (:county2024, :county2020, :ba, :centrality, :type, :programme), :indicator (NULL = all).
-- One row: as pooled_latest.sql.
SELECT o.indicator_id, o.comparability_key, any_value(o.period_kind) AS period_kind,
       any_value(o.figure_kind) AS figure_kind, sum(o.numerator) AS numerator, sum(o.denominator) AS denominator,
       list(o.subject_id ORDER BY o.subject_id) AS programmes, min(coalesce(o.period_start, o.period_end)) AS period_start,
       max(o.period_end) AS period_end, flatten(list(o.fact_ids ORDER BY o.subject_id)) AS fact_ids,
       'reported' AS qualifier
FROM ind_pool_latest o
JOIN f_selected_programmes(:county2024, :county2020, :ba, :centrality, :type, :programme) s
  ON o.subject_id = s.programme_id
WHERE :indicator IS NULL OR o.indicator_id = :indicator
GROUP BY o.indicator_id, o.comparability_key
ORDER BY o.indicator_id, denominator DESC, period_end DESC NULLS LAST, o.comparability_key
