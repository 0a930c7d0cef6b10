-- Coverage by centrality class in an area: municipalities and inhabitants (1 Jan 2020 and 2021) reached and not
-- reached by the programmes of the selection. Parameters: as municipalities.sql.
-- One row: a centrality class (1-6) present in the area, or the total (centrality_class NULL, last).
SELECT centrality_class,
       count(*)                                        AS municipalities,
       count(*) FILTER (WHERE covered)                 AS covered_municipalities,
       sum(population)                            AS population,
       coalesce(sum(population) FILTER (WHERE covered), 0) AS covered_population,
       sum(population_2021)                            AS population_2021,
       coalesce(sum(population_2021) FILTER (WHERE covered), 0) AS covered_population_2021
FROM f_coverage(:county2024, :county2020, :ba, :centrality, :type, :programme)
GROUP BY GROUPING SETS ((centrality_class), ())
ORDER BY centrality_class NULLS LAST
