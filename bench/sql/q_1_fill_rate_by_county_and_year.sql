-- Scan and aggregate: fill rate (hires / positions advertised) per 2024 county and year, from the programmes' own
-- yearly outcome counts. The same text runs on DuckDB and PostgreSQL (bench/scale.sh).
SELECT p.county_number_2024, f.period_end,
       sum(CASE WHEN f.metric = 'hires' THEN f.value END) AS hires,
       sum(CASE WHEN f.metric = 'positions_advertised' THEN f.value END) AS positions,
       sum(CASE WHEN f.metric = 'hires' THEN f.value END)
           / nullif(sum(CASE WHEN f.metric = 'positions_advertised' THEN f.value END), 0) AS fill_rate
FROM fact_observation f
JOIN programme p ON p.programme_id = f.programme_id
WHERE f.metric IN ('hires', 'positions_advertised') AND f.category IS NULL AND f.unit = 'count'
  AND f.period_kind = 'year' AND f.figure_kind = 'outcome' AND f.qualifier = 'reported'
GROUP BY p.county_number_2024, f.period_end
ORDER BY 1, 2
