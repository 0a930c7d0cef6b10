-- Municipalities of 2020 for the municipality list and the filter bar (ReferenceService keeps them and narrows them
-- to a county in memory). One row: a municipality with county (both divisions), BA-region, centrality class and
-- population 1 Jan 2020/2021.
SELECT kommunenummer, name, county_number_2020, county_name_2020, county_number_2024, county_name_2024,
       ba_nr, ba_name, centrality_class, centrality_version, population, population_2021
FROM public_municipality
ORDER BY kommunenummer
