-- f_coverage: which municipalities of an area the programmes of a selection reach. One row per 2020 municipality in
-- the area (county of either division, BA-region, centrality classes of the municipality as text, '5,6'; NULL = no
-- restriction).
-- A municipality counts as covered when a programme of the selection (type, programme; NULL = all) that is running
-- (status active or paused) covers it according to public_programme_municipality. Programmes that are closed,
-- proposed or of status unknown, and programmes outside the selection, are listed in other_programmes, not counted.
CREATE OR REPLACE MACRO f_coverage(area_county2024, area_county2020, area_ba, area_centrality, programme_type, programme_key) AS TABLE
WITH evidence AS (
    SELECT pm.kommunenummer, p.programme_id, p.name, p.status, pm.basis,
           p.status IN ('active', 'paused')
               AND (programme_type IS NULL OR p.type = programme_type)
               AND (programme_key IS NULL OR p.programme_id = programme_key) AS counted
    FROM public_programme_municipality pm
    JOIN programme p USING (programme_id)
),
per_municipality AS (
    SELECT kommunenummer,
           list(name ORDER BY name) FILTER (WHERE counted)                  AS programmes,
           list(programme_id ORDER BY name) FILTER (WHERE counted)          AS programme_ids,
           list(basis ORDER BY name) FILTER (WHERE counted)                 AS programme_bases,
           list(name ORDER BY name) FILTER (WHERE NOT counted)              AS other_programmes,
           list(status ORDER BY name) FILTER (WHERE NOT counted)            AS other_statuses,
           -- the strongest evidence among the counted programmes: stated > resolved_from_region > host_location
           min(CASE basis WHEN 'stated' THEN 1 WHEN 'resolved_from_region' THEN 2 ELSE 3 END) FILTER (WHERE counted) AS best_basis_rank
    FROM evidence
    GROUP BY kommunenummer
)
SELECT m.kommunenummer, m.name, m.county_number_2020, m.county_name_2020, m.county_number_2024, m.county_name_2024,
       m.ba_nr, m.ba_name, m.centrality_class, m.population, m.population_2021, ba.travel_time_min,
       coalesce(pm.programmes, [])       AS programmes,
       coalesce(pm.programme_ids, [])    AS programme_ids,
       coalesce(pm.programme_bases, [])  AS programme_bases,
       coalesce(pm.other_programmes, []) AS other_programmes,
       coalesce(pm.other_statuses, [])   AS other_statuses,
       coalesce(len(pm.programmes), 0) > 0 AS covered,
       CASE pm.best_basis_rank WHEN 1 THEN 'stated' WHEN 2 THEN 'resolved_from_region' WHEN 3 THEN 'host_location' END AS coverage_basis
FROM public_municipality m
LEFT JOIN ref_municipality_ba ba USING (kommunenummer)
LEFT JOIN per_municipality pm USING (kommunenummer)
WHERE (area_county2024 IS NULL OR m.county_number_2024 = area_county2024)
  AND (area_county2020 IS NULL OR m.county_number_2020 = area_county2020)
  AND (area_ba IS NULL OR m.ba_nr = area_ba)
  AND (area_centrality IS NULL OR list_contains(string_split(area_centrality, ','), CAST(m.centrality_class AS VARCHAR)));
