-- Appendix 2 of the 2021 report, recomputed: of the employed residents who work in another municipality (one of the
-- 356; Q4 2020, SSB 03321), the share whose workplace lies outside their own BA-region, by centrality class of the
-- home municipality. "pooled" sums the persons of the class; "mean" averages the municipalities' own shares (the
-- report says "i snitt" without saying which). Beside it the report's figure, where it states one.
-- Parameters: the area (:county2024, :county2020, :ba, :centrality). One row: a class, or all classes (class NULL, last).
WITH area AS (
    SELECT f.centrality_class, c.*
    FROM f_coverage(:county2024, :county2020, :ba, :centrality, NULL, NULL) f
    JOIN ref_current_commuting_municipality c USING (kommunenummer)
),
nation AS (
    SELECT m.centrality_class, c.*
    FROM public_municipality m
    JOIN ref_current_commuting_municipality c USING (kommunenummer)
),
area_by_class AS (
    SELECT centrality_class, count(*) AS municipalities, sum(employed_residents) AS employed_residents,
           sum(out_commuters_within_ba + out_commuters_outside_ba) AS out_commuters,
           sum(out_commuters_outside_ba) AS out_commuters_outside_ba,
           avg(out_commuters_outside_ba / nullif(out_commuters_within_ba + out_commuters_outside_ba, 0)) AS mean_share
    FROM area GROUP BY GROUPING SETS ((centrality_class), ())
),
nation_by_class AS (
    SELECT centrality_class, count(*) AS municipalities,
           sum(out_commuters_outside_ba) / sum(out_commuters_within_ba + out_commuters_outside_ba) AS pooled_share,
           avg(out_commuters_outside_ba / nullif(out_commuters_within_ba + out_commuters_outside_ba, 0)) AS mean_share
    FROM nation GROUP BY GROUPING SETS ((centrality_class), ())
),
report AS (
    SELECT CASE WHEN category = 'all_municipalities' THEN NULL ELSE CAST(replace(category, 'class_', '') AS INTEGER) END AS centrality_class,
           value, qualifier, fact_id, source_quote
    FROM fact_observation
    WHERE metric = 'commuting_outside_ba_share' AND region_type = 'national' AND unit = 'percent'
)
SELECT n.centrality_class, a.municipalities, a.employed_residents, a.out_commuters, a.out_commuters_outside_ba,
       a.mean_share AS area_mean_share, n.municipalities AS national_municipalities,
       n.pooled_share AS national_pooled_share, n.mean_share AS national_mean_share,
       r.value AS report_percent, r.qualifier AS report_qualifier, r.fact_id AS report_fact_id, r.source_quote AS report_quote
FROM nation_by_class n
LEFT JOIN area_by_class a ON a.centrality_class IS NOT DISTINCT FROM n.centrality_class
LEFT JOIN report r ON r.centrality_class IS NOT DISTINCT FROM n.centrality_class
ORDER BY n.centrality_class NULLS LAST
