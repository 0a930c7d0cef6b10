-- Scan and aggregate over the municipality breakdown: hires, positions and applicants per municipality and year.
SELECT f.region_code, f.period_end,
       sum(CASE WHEN f.metric = 'hires' THEN f.value END) AS hires,
       sum(CASE WHEN f.metric = 'positions_advertised' THEN f.value END) AS positions,
       sum(CASE WHEN f.metric = 'applicants' THEN f.value END) AS applicants,
       count(DISTINCT f.programme_id) AS programmes
FROM fact_observation f
WHERE f.region_type = 'municipality' AND f.metric IN ('hires', 'positions_advertised', 'applicants')
GROUP BY f.region_code, f.period_end
ORDER BY 1, 2
