-- Municipalities of 2020 for the municipality list, optionally in one county.
-- Parameters: :county (2-digit code or NULL for all), :division ('2020' or '2024': which county division :county is in)
-- One row: a municipality with county (both divisions), BA-region, centrality class and population 1 Jan 2020/2021.
SELECT kommunenummer, name, county_number_2020, county_name_2020, county_number_2024, county_name_2024,
       ba_nr, ba_name, centrality_class, centrality_version, population_2020, population_2021
FROM public_municipality
WHERE :county IS NULL
   OR (:division = '2020' AND county_number_2020 = :county)
   OR (:division = '2024' AND county_number_2024 = :county)
ORDER BY kommunenummer
