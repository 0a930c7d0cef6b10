-- The current picture per county (2024) and for the whole country in one statement: as pooled_latest.sql (each
-- programme's latest exact count outcome per definition, pooled; like with like only, docs/how-we-compare.md), grouped
-- by the programme's county and once more over all programmes (region 'NO'). For the comparison set's reference rows.
-- Parameters: :type, :indicator (NULL = all), :from_year, :to_year.
-- One row: region ('NO' or a county number), indicator, key, pooled numerator and denominator, programmes, period range.
WITH latest AS (
    SELECT o.*, pc.county_number_2024
    FROM ind_observation o
    JOIN programme_context pc ON o.subject_type = 'programme' AND pc.programme_id = o.subject_id
    WHERE o.kind = 'share' AND o.basis = 'counts' AND o.denominator > 0 AND o.figure_kind = 'outcome'
      AND o.qualifier_class = 'exact' AND NOT o.sources_disagree
      AND (:type IS NULL OR pc.type = :type)
      AND (:indicator IS NULL OR o.indicator_id = :indicator)
      AND (:from_year IS NULL OR coalesce(o.period_end, o.period_start) >= :from_year)
      AND (:to_year IS NULL OR coalesce(o.period_start, o.period_end) <= :to_year)
    QUALIFY row_number() OVER (PARTITION BY o.subject_id, o.comparability_key
                               ORDER BY o.period_end DESC NULLS LAST, o.denominator DESC) = 1
),
regions AS (
    SELECT county_number_2024 AS region_id, * FROM latest WHERE county_number_2024 IS NOT NULL
    UNION ALL SELECT 'NO', * FROM latest
)
SELECT region_id, indicator_id, comparability_key, any_value(period_kind) AS period_kind,
       any_value(figure_kind) AS figure_kind, sum(numerator) AS numerator, sum(denominator) AS denominator,
       list(subject_id ORDER BY subject_id) AS programmes, min(coalesce(period_start, period_end)) AS period_start,
       max(period_end) AS period_end, flatten(list(fact_ids)) AS fact_ids, 'reported' AS qualifier
FROM regions
GROUP BY region_id, indicator_id, comparability_key
ORDER BY region_id, indicator_id, denominator DESC
