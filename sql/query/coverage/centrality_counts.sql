-- Municipalities per centrality class nationally: the 2021 report's Table 1 (SSB's 2020 classification) beside the
-- classes the warehouse holds (SSB 2024, mapped to 2020 codes). The difference is why class 5-6 coverage cannot match
-- the report exactly. Parameter: :report_file. One row: a class 1-6.
WITH held AS (
    SELECT centrality_class, count(*) AS municipalities FROM public_municipality GROUP BY centrality_class
),
report AS (
    SELECT CAST(replace(category, 'class_', '') AS INTEGER) AS centrality_class, value, fact_id
    FROM fact_observation
    WHERE source_file = :report_file AND metric = 'municipalities_in_class' AND region_type = 'national'
      AND regexp_matches(category, '^class_[1-6]$')
)
SELECT h.centrality_class, CAST(r.value AS INTEGER) AS report_municipalities, r.fact_id AS report_fact_id,
       h.municipalities AS warehouse_municipalities
FROM held h
LEFT JOIN report r USING (centrality_class)
ORDER BY h.centrality_class
