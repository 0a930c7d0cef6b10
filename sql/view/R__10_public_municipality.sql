-- public_municipality: one row per municipality of 2020 (356) with its county (2020 and 2024), BA-region,
-- centrality class (with version), population of the current reference version (ref_current_version: population,
-- population_date, reference_version) and on 1 January 2021 (the 2020 files). Part of the analysts' stable interface.
CREATE OR REPLACE VIEW public_municipality AS
WITH county_2024 AS (
    -- every 2020 municipality lies in exactly one 2024 county (the Ålesund split stays in Møre og Romsdal)
    SELECT kommunenummer_2020, min(county_number_2024) AS county_number_2024
    FROM ref_municipality_2024
    GROUP BY kommunenummer_2020
)
SELECT m.kommunenummer,
       m.name,
       m.county_number_2020,
       c20.name               AS county_name_2020,
       c24.county_number      AS county_number_2024,
       c24.name               AS county_name_2024,
       ba.ba_nr,
       bar.name               AS ba_name,
       ce.centrality_class,
       ce.version             AS centrality_version,
       pv.population          AS population,
       cv.figures_date        AS population_date,
       cv.version_id          AS reference_version,
       p21.population         AS population_2021
FROM ref_municipality m
JOIN ref_county_2020 c20 ON c20.county_number = m.county_number_2020
LEFT JOIN county_2024 x ON x.kommunenummer_2020 = m.kommunenummer
LEFT JOIN ref_county_2024 c24 ON c24.county_number = x.county_number_2024
LEFT JOIN ref_municipality_ba ba ON ba.kommunenummer = m.kommunenummer
LEFT JOIN ref_ba_region bar ON bar.ba_nr = ba.ba_nr
LEFT JOIN ref_centrality ce ON ce.kommunenummer = m.kommunenummer
LEFT JOIN ref_current_version cv ON true
LEFT JOIN ref_population_version pv ON pv.kommunenummer = m.kommunenummer AND pv.version_id = cv.version_id
LEFT JOIN ref_population p21 ON p21.kommunenummer = m.kommunenummer AND p21.year = 2021;
