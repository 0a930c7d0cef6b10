-- public_programme_municipality: one row per (programme, 2020 municipality) covered. Where several sources say so,
-- the strongest basis wins (stated > resolved_from_region > host_location) and source_count says how many agree.
CREATE OR REPLACE VIEW public_programme_municipality AS
SELECT programme_id,
       kommunenummer,
       arg_min(basis, CASE basis WHEN 'stated' THEN 1 WHEN 'resolved_from_region' THEN 2 ELSE 3 END) AS basis,
       arg_min(source_file, CASE basis WHEN 'stated' THEN 1 WHEN 'resolved_from_region' THEN 2 ELSE 3 END) AS source_file,
       arg_min(source_section, CASE basis WHEN 'stated' THEN 1 WHEN 'resolved_from_region' THEN 2 ELSE 3 END) AS source_section,
       arg_min(source_quote, CASE basis WHEN 'stated' THEN 1 WHEN 'resolved_from_region' THEN 2 ELSE 3 END) AS source_quote,
       arg_min(note, CASE basis WHEN 'stated' THEN 1 WHEN 'resolved_from_region' THEN 2 ELSE 3 END) AS note,
       count(*) AS source_count
FROM programme_municipality
GROUP BY programme_id, kommunenummer;
