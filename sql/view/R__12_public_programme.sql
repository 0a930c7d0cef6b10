-- public_programme: one row per programme. Part of the analysts' stable interface.
CREATE OR REPLACE VIEW public_programme AS
SELECT p.programme_id,
       p.name,
       p.type,
       p.status,
       p.county_number_2024,
       p.host,
       p.founded_year,
       p.length_months,
       p.county_number_2020,
       p.placement_model,
       p.min_education,
       c24.name AS county_name_2024,
       c20.name AS county_name_2020,
       (SELECT count(*) FROM public_programme_municipality pm WHERE pm.programme_id = p.programme_id) AS municipality_count,
       p.source_file,
       p.source_section,
       p.source_quote,
       p.note
FROM programme p
LEFT JOIN ref_county_2024 c24 ON c24.county_number = p.county_number_2024
LEFT JOIN ref_county_2020 c20 ON c20.county_number = p.county_number_2020;
