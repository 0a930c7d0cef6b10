-- check_centrality_table1: the 2021 report's Table 1 (municipalities per centrality class and 2020 county, SSB's
-- 2020 classes; loaded as facts from 002) beside the same counts from the classes the warehouse holds (SSB 2024,
-- mapped to 2020 codes). Table 1 has no Møre og Romsdal column: its "Vestland" column (69 municipalities) holds
-- Vestland and Møre og Romsdal together, so the two are compared as one group '15+46'. A blank cell in Table 1
-- (table1_count NULL) is a cell the report leaves empty; its row and column totals show it means none.
-- One row per county group (or NO for the country) and class.
CREATE OR REPLACE VIEW check_centrality_table1 AS
WITH table1 AS (
    SELECT CASE WHEN region_type = 'national' THEN 'NO' WHEN region_code = '46' THEN '15+46' ELSE region_code END AS county_group,
           CAST(replace(category, 'class_', '') AS INTEGER) AS centrality_class,
           CAST(value AS INTEGER) AS table1_count, fact_id
    FROM fact_observation
    WHERE metric = 'municipalities_in_class' AND source_file = '002_807c44608543e294.txt'
      AND regexp_matches(category, '^class_[1-6]$') AND (region_type = 'county_2020' OR region_type = 'national')
      AND source_section ILIKE '%tabell 1%'
),
warehouse AS (
    SELECT CASE WHEN county_number_2020 IN ('15', '46') THEN '15+46' ELSE county_number_2020 END AS county_group,
           centrality_class, count(*) AS warehouse_count
    FROM public_municipality GROUP BY ALL
    UNION ALL
    SELECT 'NO', centrality_class, count(*) FROM public_municipality GROUP BY ALL
),
groups AS (
    SELECT DISTINCT county_group FROM warehouse
)
SELECT g.county_group, k.centrality_class, t.table1_count, coalesce(w.warehouse_count, 0) AS warehouse_count,
       coalesce(w.warehouse_count, 0) - coalesce(t.table1_count, 0) AS difference, t.fact_id
FROM groups g
CROSS JOIN (SELECT range AS centrality_class FROM range(1, 7)) k
LEFT JOIN table1 t ON t.county_group = g.county_group AND t.centrality_class = k.centrality_class
LEFT JOIN warehouse w ON w.county_group = g.county_group AND w.centrality_class = k.centrality_class
WHERE t.table1_count IS NOT NULL OR w.warehouse_count IS NOT NULL;
