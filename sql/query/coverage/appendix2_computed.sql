-- Appendix 2 of the 2021 report, recomputed: municipalities and inhabitants the programmes it studied cover, in
-- total and in centrality classes 5 and 6 (2024 classes on 2020 codes), for two readings of "cover":
--   all_recorded       every municipality recorded for the programmes (stated, resolved from a region, host location);
--   stated             only municipalities a source names by name.
-- Parameter: :report_file (the report's seed file; its 13 trainee programmes are the programme rows citing it).
-- One row: a reading, with counts of municipalities and sums of inhabitants on 1 Jan 2020 and 2021.
WITH studied AS (
    SELECT programme_id FROM programme WHERE source_file = :report_file AND type = 'trainee_programme'
),
evidence AS (
    SELECT pm.programme_id, pm.kommunenummer, pm.basis
    FROM programme_municipality pm JOIN studied USING (programme_id)
),
reading AS (
    SELECT DISTINCT 1 AS sort_order, 'all_recorded' AS reading, kommunenummer FROM evidence
    UNION
    SELECT DISTINCT 2, 'stated', kommunenummer FROM evidence WHERE basis = 'stated'
)
SELECT r.reading,
       (SELECT count(*) FROM studied) AS programmes,
       count(*) AS municipalities,
       sum(m.population) AS population,
       sum(m.population_2021) AS population_2021,
       count(*) FILTER (WHERE m.centrality_class = 5) AS class_5_municipalities,
       sum(m.population) FILTER (WHERE m.centrality_class = 5) AS class_5_population,
       count(*) FILTER (WHERE m.centrality_class = 6) AS class_6_municipalities,
       sum(m.population) FILTER (WHERE m.centrality_class = 6) AS class_6_population
FROM reading r
JOIN public_municipality m USING (kommunenummer)
GROUP BY r.sort_order, r.reading
ORDER BY r.sort_order
