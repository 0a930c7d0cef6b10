-- Indicator values per subject (programme, group of programmes, or a region for region-level facts), for the
-- explorer, the CLI and reports.
-- Parameters (NULL = no filter): :indicator, :programme, :county2024, :county2020, :ba, :centrality, :type,
--   :from_year, :to_year (a value is kept when its period overlaps [from, to]; an unknown period is always kept).
-- A statement about several programmes is kept when any of them is in the selection; a region's value only when no
-- programme selection is made.
-- One row: an ind_value row (ind_observation with the subject's name, stored at load: sql/load/40_materialise.sql).
WITH selected AS (
    SELECT programme_id FROM f_selected_programmes(:county2024, :county2020, :ba, :centrality, :type, :programme)
)
SELECT o.indicator_id, o.variant, o.subject_type, o.subject_id, o.subject_name,
       o.period_start, o.period_end, o.period_kind, o.figure_kind, o.scope, o.horizon, o.qualifier, o.qualifier_class,
       o.numerator, o.denominator, o.reported_value, o.value, o.basis, o.kind, o.fact_ids, o.comparability_key,
       o.statement_programmes, o.sources_disagree
FROM ind_value o
WHERE (:indicator IS NULL OR o.indicator_id = :indicator)
  AND CASE o.subject_type
          WHEN 'programme' THEN o.subject_id IN (SELECT programme_id FROM selected)
          WHEN 'programme_group' THEN list_has_any(o.statement_programmes, (SELECT list(programme_id) FROM selected))
          ELSE :county2024 IS NULL AND :county2020 IS NULL AND :ba IS NULL AND :centrality IS NULL AND :type IS NULL
               AND :programme IS NULL END
  AND (:from_year IS NULL OR coalesce(o.period_end, o.period_start) IS NULL OR coalesce(o.period_end, o.period_start) >= :from_year)
  AND (:to_year IS NULL OR coalesce(o.period_start, o.period_end) IS NULL OR coalesce(o.period_start, o.period_end) <= :to_year)
ORDER BY o.indicator_id, o.comparability_key, o.subject_type DESC, o.subject_name, o.period_end NULLS FIRST, o.period_start,
         o.qualifier, o.denominator NULLS FIRST, o.value NULLS FIRST, o.fact_ids -- the same order in every export
