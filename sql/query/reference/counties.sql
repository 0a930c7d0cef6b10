-- Counties of one division for filters. Parameter: :division ('2020' or '2024').
-- One row: county number, name, number of 2020 municipalities in it.
SELECT county_number_2020 AS county_number, county_name_2020 AS name, count(*) AS municipalities
FROM public_municipality WHERE :division = '2020' GROUP BY ALL
UNION ALL
SELECT county_number_2024, county_name_2024, count(*)
FROM public_municipality WHERE :division = '2024' GROUP BY ALL
ORDER BY county_number
