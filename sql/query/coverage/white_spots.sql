-- White spots: municipalities of an area that no programme of the selection reaches, centrality class 5-6 first,
-- then by inhabitants (1 Jan 2020, largest first). Parameters: as municipalities.sql.
-- One row: an uncovered municipality with its class, population, BA-region and the programmes recorded for it that
-- are not counted (closed, proposed, or outside the selection). The nearest programme is found in CoverageService.
SELECT kommunenummer, name, county_number_2020, county_name_2020, county_number_2024, county_name_2024, ba_nr, ba_name,
       centrality_class, population, population_2021, travel_time_min, programmes, programme_ids, programme_bases,
       other_programmes, other_statuses, covered, coverage_basis
FROM f_coverage(:county2024, :county2020, :ba, :centrality, :type, :programme)
WHERE NOT covered
ORDER BY centrality_class >= 5 DESC, population DESC NULLS LAST, kommunenummer
