-- BA-regions (labour-market regions) with at least one municipality in the area: programmes, inhabitants, centrality
-- mix, travel time to the regional centre and where employed residents work (Q4 2020), summed over the region's
-- municipalities in the area. Parameters: as municipalities.sql.
-- One row: a BA-region; regions no programme of the selection reaches first, then by inhabitants.
SELECT a.ba_nr, a.ba_name,
       count(*)                                                    AS municipalities,
       any_value(r.municipalities_in_region)                       AS municipalities_in_region,
       count(*) FILTER (WHERE a.covered)                           AS covered_municipalities,
       list_sort(list_distinct(flatten(list(a.programmes))))       AS programmes,
       sum(a.population)                                      AS population,
       coalesce(sum(a.population) FILTER (WHERE a.covered), 0) AS covered_population,
       count(*) FILTER (WHERE a.centrality_class = 1)              AS class_1,
       count(*) FILTER (WHERE a.centrality_class = 2)              AS class_2,
       count(*) FILTER (WHERE a.centrality_class = 3)              AS class_3,
       count(*) FILTER (WHERE a.centrality_class = 4)              AS class_4,
       count(*) FILTER (WHERE a.centrality_class = 5)              AS class_5,
       count(*) FILTER (WHERE a.centrality_class = 6)              AS class_6,
       max(a.travel_time_min)                                      AS max_travel_time_min,
       -- travel time weighted by inhabitants (1 Jan 2020)
       sum(a.travel_time_min * a.population) / nullif(sum(a.population) FILTER (WHERE a.travel_time_min IS NOT NULL), 0)
                                                                   AS mean_travel_time_min,
       sum(c.employed_residents)                                   AS employed_residents,
       sum(c.work_in_home_municipality)                            AS work_in_home_municipality,
       sum(c.out_commuters_within_ba)                              AS out_commuters_within_ba,
       sum(c.out_commuters_outside_ba)                             AS out_commuters_outside_ba,
       sum(c.out_commuters_other)                                  AS out_commuters_other
FROM f_coverage(:county2024, :county2020, :ba, :centrality, :type, :programme) a
LEFT JOIN ref_current_commuting_municipality c USING (kommunenummer)
LEFT JOIN (SELECT ba_nr, count(*) AS municipalities_in_region FROM ref_municipality_ba GROUP BY ba_nr) r USING (ba_nr)
GROUP BY a.ba_nr, a.ba_name
ORDER BY covered_municipalities = 0 DESC, population DESC, a.ba_nr
