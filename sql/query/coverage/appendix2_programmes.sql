-- The programmes the 2021 report studied, with how their municipalities are known: how many a source names and how
-- many were resolved from a named region (which ones), to explain why the recomputed coverage differs from appendix 2.
-- Parameter: :report_file. One row: a programme.
WITH studied AS (
    SELECT programme_id, name FROM programme WHERE source_file = :report_file AND type = 'trainee_programme'
)
SELECT s.programme_id, s.name,
       count(pm.kommunenummer) AS municipalities,
       count(pm.kommunenummer) FILTER (WHERE pm.basis = 'stated') AS stated,
       count(pm.kommunenummer) FILTER (WHERE pm.basis = 'resolved_from_region') AS resolved_from_region,
       count(pm.kommunenummer) FILTER (WHERE pm.basis = 'host_location') AS host_location,
       sum(m.population) AS population,
       coalesce(list_sort(list(m.name) FILTER (WHERE pm.basis = 'resolved_from_region')), []) AS resolved_names
FROM studied s
LEFT JOIN public_programme_municipality pm USING (programme_id)
LEFT JOIN public_municipality m USING (kommunenummer)
GROUP BY s.programme_id, s.name
ORDER BY municipalities DESC, s.name
