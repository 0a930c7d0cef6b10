-- Programmes (trainee programmes and others) in each region, to say which programmes a pooled value leaves out.
-- A programme belongs to a BA-region only when all its municipalities lie in it (as in pooled.sql); a programme that
-- covers several BA-regions is listed under 'ba_region_several', once per BA-region it covers.
-- Parameters: :region_type (as in pooled.sql, or 'ba_region_several'), :type (NULL = all types). One row: region, programme.
WITH pc AS (SELECT * FROM programme_context WHERE :type IS NULL OR type = :type)
SELECT * FROM (
    SELECT 'county' AS region_type, county_number_2024 AS region_id, programme_id FROM pc WHERE county_number_2024 IS NOT NULL
    UNION ALL SELECT 'county_2020', county_number_2020, programme_id FROM pc WHERE county_number_2020 IS NOT NULL
    UNION ALL SELECT 'ba_region', ba_regions[1], programme_id FROM pc WHERE len(ba_regions) = 1
    UNION ALL SELECT 'ba_region_several', unnest(ba_regions), programme_id FROM pc WHERE len(ba_regions) > 1
    UNION ALL SELECT 'centrality_class', CAST(dominant_centrality_class AS VARCHAR), programme_id FROM pc WHERE dominant_centrality_class IS NOT NULL
    UNION ALL SELECT 'all', 'NO', programme_id FROM pc
) WHERE region_type = :region_type
ORDER BY region_id, programme_id
