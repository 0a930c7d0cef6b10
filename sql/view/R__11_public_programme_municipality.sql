-- public_programme_municipality: one row per (programme, 2020 municipality) covered. Where several sources say so,
-- the row with the strongest basis wins (stated > resolved_from_region > host_location; then by source) and
-- source_count says how many evidence rows agree.
CREATE OR REPLACE VIEW public_programme_municipality AS
SELECT programme_id, kommunenummer, basis, source_file, source_section, source_quote, note, source_count
FROM (
    SELECT *,
           count(*) OVER (PARTITION BY programme_id, kommunenummer) AS source_count,
           row_number() OVER (PARTITION BY programme_id, kommunenummer
                              ORDER BY CASE basis WHEN 'stated' THEN 1 WHEN 'resolved_from_region' THEN 2 ELSE 3 END,
                                       source_file, source_section) AS pick
    FROM programme_municipality
)
WHERE pick = 1;
