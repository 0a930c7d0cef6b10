-- Indicator values per subject (programme, group of programmes, or a region for region-level facts), for the
-- explorer, the CLI and reports.
-- Parameters (NULL = no filter): :indicator, :programme, :county2024, :county2020, :ba, :centrality, :type,
--   :from_year, :to_year (a value is kept when its period overlaps [from, to]; an unknown period is always kept).
-- A statement about several programmes is kept when any of them is in the selection; a region's value only when no
-- programme selection is made.
-- One row: an ind_observation row with the subject's name (a group's is its programmes' names, comma-separated; the
-- whole country's is its code NO, which the views translate).
WITH selected AS (
    SELECT programme_id, name FROM f_selected_programmes(:county2024, :county2020, :ba, :centrality, :type, :programme)
)
SELECT o.indicator_id, o.variant, o.subject_type, o.subject_id,
       CASE o.subject_type
           WHEN 'programme' THEN (SELECT name FROM programme_context pc WHERE pc.programme_id = o.subject_id)
           WHEN 'programme_group' THEN (SELECT string_agg(pc.name, ', ' ORDER BY pc.name) FROM programme_context pc
                                         WHERE list_contains(o.statement_programmes, pc.programme_id))
           WHEN 'county_2020' THEN (SELECT name FROM ref_county_2020 WHERE county_number = o.subject_id)
           WHEN 'county_2024' THEN (SELECT name FROM ref_county_2024 WHERE county_number = o.subject_id)
           WHEN 'ba_region' THEN (SELECT name FROM ref_ba_region WHERE ba_nr = o.subject_id)
           WHEN 'municipality' THEN (SELECT name FROM ref_municipality WHERE kommunenummer = o.subject_id)
           ELSE o.subject_id END AS subject_name,
       o.period_start, o.period_end, o.period_kind, o.figure_kind, o.scope, o.horizon, o.qualifier, o.qualifier_class,
       o.numerator, o.denominator, o.reported_value, o.value, o.basis, o.kind, o.fact_ids, o.comparability_key,
       o.statement_programmes, o.sources_disagree
FROM ind_observation o
WHERE (:indicator IS NULL OR o.indicator_id = :indicator)
  AND CASE o.subject_type
          WHEN 'programme' THEN o.subject_id IN (SELECT programme_id FROM selected)
          WHEN 'programme_group' THEN list_has_any(o.statement_programmes, (SELECT list(programme_id) FROM selected))
          ELSE :county2024 IS NULL AND :county2020 IS NULL AND :ba IS NULL AND :centrality IS NULL AND :type IS NULL
               AND :programme IS NULL END
  AND (:from_year IS NULL OR coalesce(o.period_end, o.period_start) IS NULL OR coalesce(o.period_end, o.period_start) >= :from_year)
  AND (:to_year IS NULL OR coalesce(o.period_start, o.period_end) IS NULL OR coalesce(o.period_start, o.period_end) <= :to_year)
ORDER BY o.indicator_id, o.comparability_key, o.subject_type DESC, subject_name, o.period_end NULLS FIRST, o.period_start,
         o.qualifier, o.denominator NULLS FIRST, o.value NULLS FIRST, o.fact_ids -- the same order in every export
