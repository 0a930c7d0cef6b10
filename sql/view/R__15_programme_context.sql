-- v_programme_context (the load stores it in the table programme_context): one row per programme with what peer groups and regional filters need: counties, length band,
-- size band (median yearly hires), dominant centrality class and population of the covered municipalities.
CREATE OR REPLACE VIEW v_programme_context AS
WITH coverage AS (
    SELECT pm.programme_id,
           count(*)                     AS covered_municipalities,
           sum(m.population)       AS covered_population,
           -- the class in which most of the covered inhabitants live
           arg_max(m.centrality_class, m.population) AS largest_municipality_class,
           list(DISTINCT m.ba_nr ORDER BY m.ba_nr) AS ba_regions
    FROM public_programme_municipality pm
    JOIN public_municipality m USING (kommunenummer)
    GROUP BY pm.programme_id
),
class_population AS (
    SELECT pm.programme_id, m.centrality_class, sum(m.population) AS population
    FROM public_programme_municipality pm
    JOIN public_municipality m USING (kommunenummer)
    GROUP BY ALL
),
dominant AS (
    SELECT programme_id, arg_max(centrality_class, population) AS dominant_centrality_class
    FROM class_population GROUP BY programme_id
),
yearly_hires AS (
    SELECT programme_id, median(value) AS median_yearly_hires
    FROM fact_observation
    WHERE metric = 'hires' AND category IS NULL AND unit = 'count' AND period_kind = 'year' AND figure_kind = 'outcome'
      AND period_start IS NOT NULL
    GROUP BY programme_id
)
SELECT p.programme_id, p.name, p.type, p.status, p.county_number_2020, p.county_number_2024, p.length_months,
       CASE WHEN p.length_months IS NULL THEN NULL
            WHEN p.length_months <= 12 THEN '12'
            WHEN p.length_months <= 18 THEN '18'
            ELSE '24' END AS length_band,
       h.median_yearly_hires,
       CASE WHEN h.median_yearly_hires IS NULL THEN NULL
            WHEN h.median_yearly_hires < 5 THEN 'small'
            WHEN h.median_yearly_hires < 15 THEN 'medium'
            ELSE 'large' END AS size_band,
       d.dominant_centrality_class,
       c.covered_municipalities, c.covered_population, c.ba_regions
FROM programme p
LEFT JOIN coverage c USING (programme_id)
LEFT JOIN dominant d USING (programme_id)
LEFT JOIN yearly_hires h USING (programme_id);
