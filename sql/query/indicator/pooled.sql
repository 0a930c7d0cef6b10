-- Pooled indicator values per region: numerators and denominators of the programmes in the region are summed
-- (shares are never averaged). Only like is pooled with like (docs/how-we-compare.md): outcomes (not targets, plans or
-- models) given as exact counts by one programme each (not a statement about several), of the same definition, period
-- kind and period, with one undisputed value per programme. A programme is pooled into a BA-region only when all its
-- municipalities lie in it: one that covers several BA-regions is in none of them (a figure about one programme is one
-- figure, never repeated in every BA-region it touches); the trend page and the map show it once on its own.
-- Parameters: :region_type ('county' = 2024 county | 'county_2020' | 'ba_region' | 'centrality_class' | 'all'),
--   :region_id (NULL = every region of that type), :indicator (NULL = all), :from_year, :to_year, :type.
-- One row: region, indicator, comparability key, period, pooled numerator and denominator, programmes that contributed.
WITH obs AS (
    -- the values that may be pooled, stored at load with their programme's regions (sql/load/40_materialise.sql)
    SELECT o.*
    FROM ind_poolable o
    WHERE (:indicator IS NULL OR o.indicator_id = :indicator)
      AND (:type IS NULL OR o.programme_type = :type)
      AND (:from_year IS NULL OR coalesce(o.period_end, o.period_start) IS NULL OR coalesce(o.period_end, o.period_start) >= :from_year)
      AND (:to_year IS NULL OR coalesce(o.period_start, o.period_end) IS NULL OR coalesce(o.period_start, o.period_end) <= :to_year)
),
membership AS (
    SELECT 'county' AS region_type, county_number_2024 AS region_id, * FROM obs WHERE county_number_2024 IS NOT NULL
    UNION ALL SELECT 'county_2020', county_number_2020, * FROM obs WHERE county_number_2020 IS NOT NULL
    UNION ALL SELECT 'ba_region', ba_regions[1], * FROM obs WHERE len(ba_regions) = 1
    UNION ALL SELECT 'centrality_class', CAST(dominant_centrality_class AS VARCHAR), * FROM obs WHERE dominant_centrality_class IS NOT NULL
    UNION ALL SELECT 'all', 'NO', * FROM obs
)
SELECT region_type, region_id, indicator_id, comparability_key, period_start, period_end,
       any_value(period_kind) AS period_kind, any_value(figure_kind) AS figure_kind,
       sum(numerator) AS numerator, sum(denominator) AS denominator,
       list(DISTINCT subject_id ORDER BY subject_id) AS programmes,
       flatten(list(fact_ids ORDER BY subject_id)) AS fact_ids, 'reported' AS qualifier
FROM membership
WHERE region_type = :region_type AND (:region_id IS NULL OR region_id = :region_id)
GROUP BY region_type, region_id, indicator_id, comparability_key, period_start, period_end
ORDER BY indicator_id, region_id, comparability_key, period_end NULLS FIRST, period_start
