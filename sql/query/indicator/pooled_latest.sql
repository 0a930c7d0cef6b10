-- For each indicator definition and period kind, the latest value of every programme in the selection, pooled
-- (numerators and denominators summed): "the current picture" although the programmes' latest years differ (the
-- result's period is the span they cover). Only like is pooled with like (docs/how-we-compare.md): outcomes given as
-- exact counts by one programme each, one-year values with one-year values, multi-year totals with multi-year totals;
-- values the sources disagree on are left out (the explorer shows them, flagged).
-- Parameters: the selection (:county2024, :county2020, :ba, :centrality, :type, :programme), :indicator (NULL = all),
--   :from_year, :to_year (without a period, pooled_latest_all_years.sql reads the latest values stored at load).
--   One row: indicator, key, pooled numerator and denominator, programmes, period range.
WITH latest AS (
    SELECT o.*
    FROM ind_observation o
    JOIN f_selected_programmes(:county2024, :county2020, :ba, :centrality, :type, :programme) s
      ON o.subject_type = 'programme' AND o.subject_id = s.programme_id
    WHERE o.kind = 'share' AND o.basis = 'counts' AND o.denominator > 0 AND o.figure_kind = 'outcome'
      AND o.qualifier_class = 'exact' AND NOT o.sources_disagree
      AND (:indicator IS NULL OR o.indicator_id = :indicator)
      AND (:from_year IS NULL OR coalesce(o.period_end, o.period_start) >= :from_year)
      AND (:to_year IS NULL OR coalesce(o.period_start, o.period_end) <= :to_year)
    QUALIFY row_number() OVER (PARTITION BY o.subject_id, o.comparability_key
                               ORDER BY o.period_end DESC NULLS LAST, o.denominator DESC, o.numerator DESC,
                                        o.fact_ids) = 1
)
SELECT indicator_id, comparability_key, any_value(period_kind) AS period_kind, any_value(figure_kind) AS figure_kind,
       sum(numerator) AS numerator, sum(denominator) AS denominator,
       list(subject_id ORDER BY subject_id) AS programmes, min(coalesce(period_start, period_end)) AS period_start,
       max(period_end) AS period_end, flatten(list(fact_ids ORDER BY subject_id)) AS fact_ids, 'reported' AS qualifier
FROM latest
GROUP BY indicator_id, comparability_key
ORDER BY indicator_id, denominator DESC, period_end DESC NULLS LAST, comparability_key
