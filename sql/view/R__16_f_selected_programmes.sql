-- f_selected_programmes: the programmes (programme_context rows) that match the dashboard's filter; NULL = no filter.
-- Used by every query that works on "the programmes in the selection". centrality is a list of classes as text
-- ('5,6': a programme whose dominant class is 5 or 6), NULL for all.
CREATE OR REPLACE MACRO f_selected_programmes(county2024, county2020, ba, centrality, programme_type, programme) AS TABLE
SELECT *
FROM programme_context pc
WHERE (county2024 IS NULL OR pc.county_number_2024 = county2024)
  AND (county2020 IS NULL OR pc.county_number_2020 = county2020)
  AND (ba IS NULL OR list_contains(pc.ba_regions, ba))
  AND (centrality IS NULL OR list_contains(string_split(centrality, ','), CAST(pc.dominant_centrality_class AS VARCHAR)))
  AND (programme_type IS NULL OR pc.type = programme_type)
  AND (programme IS NULL OR pc.programme_id = programme);
