-- Indicator values per subject (programme, or a region for region-level facts), for the explorer, the CLI and reports.
-- Parameters (NULL = no filter): :indicator, :programme, :county2024, :county2020, :ba, :centrality, :type,
--   :from_year, :to_year (a value is kept when its period overlaps [from, to]).
-- One row: an ind_observation row with the subject's name (sources_disagree flags values the sources disagree on).
SELECT o.indicator_id, o.variant, o.subject_type, o.subject_id,
       coalesce(pc.name, CASE o.subject_type WHEN 'national' THEN 'Norge (alle programmer)' ELSE o.subject_id END) AS subject_name,
       o.period_start, o.period_end, o.scope, o.horizon, o.qualifier, o.numerator, o.denominator, o.reported_value,
       o.value, o.basis, o.kind, o.fact_ids, o.comparability_key, o.sources_disagree
FROM ind_observation o
LEFT JOIN programme_context pc ON o.subject_type = 'programme' AND pc.programme_id = o.subject_id
WHERE (:indicator IS NULL OR o.indicator_id = :indicator)
  AND (:programme IS NULL OR o.subject_id = :programme)
  AND (:county2024 IS NULL OR pc.county_number_2024 = :county2024)
  AND (:county2020 IS NULL OR pc.county_number_2020 = :county2020)
  AND (:ba IS NULL OR list_contains(pc.ba_regions, :ba))
  AND (:centrality IS NULL OR pc.dominant_centrality_class = :centrality)
  AND (:type IS NULL OR pc.type = :type)
  AND (:from_year IS NULL OR coalesce(o.period_end, o.period_start) IS NULL OR coalesce(o.period_end, o.period_start) >= :from_year)
  AND (:to_year IS NULL OR coalesce(o.period_start, o.period_end) IS NULL OR coalesce(o.period_start, o.period_end) <= :to_year)
ORDER BY o.indicator_id, o.comparability_key, o.subject_type DESC, subject_name, o.period_end NULLS FIRST, o.period_start
