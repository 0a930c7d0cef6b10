-- The municipalities of an area with the programmes of the selection that reach them, for the map, the details
-- panel and the nearest-programme search. Parameters: the area (:county2024, :county2020, :ba, :centrality; NULL = no
-- restriction) and the programme selection (:type, :programme; NULL = all). One row: an f_coverage row.
SELECT kommunenummer, name, county_number_2020, county_name_2020, county_number_2024, county_name_2024, ba_nr, ba_name,
       centrality_class, population, population_2021, travel_time_min, programmes, programme_ids, programme_bases,
       other_programmes, other_statuses, covered, coverage_basis
FROM f_coverage(:county2024, :county2020, :ba, :centrality, :type, :programme)
ORDER BY kommunenummer
