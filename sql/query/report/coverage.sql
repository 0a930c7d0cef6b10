-- Which programmes cover which municipalities of one county (any programme, from any county), for the coverage sheets.
-- Parameters: :county (2-digit code), :division ('2020' or '2024': which division :county is in).
-- One row: a covered municipality of the county, a programme covering it, and how that is known (basis).
SELECT pm.kommunenummer, p.programme_id, p.name, p.type, p.status, pm.basis
FROM public_programme_municipality pm
JOIN public_programme p USING (programme_id)
JOIN public_municipality m USING (kommunenummer)
WHERE (:division = '2024' AND m.county_number_2024 = :county)
   OR (:division = '2020' AND m.county_number_2020 = :county)
ORDER BY pm.kommunenummer, p.name
