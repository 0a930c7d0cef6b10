-- Programmes for the programme list. Parameters: :county2024 (2-digit or NULL), :status (or NULL), :type (or NULL).
-- One row: a programme with its county, host, status, the number of facts and municipalities recorded for it, and
-- its main source as readers know it (title, publisher, year: source_label).
SELECT p.programme_id, p.name, p.type, p.status, p.county_number_2024, p.county_name_2024, p.county_number_2020,
       p.county_name_2020, p.host, p.founded_year, p.length_months, p.municipality_count,
       (SELECT count(*) FROM fact_observation f WHERE f.programme_id = p.programme_id) AS fact_count,
       p.source_file, p.source_section, p.note,
       CASE WHEN d.publisher IS NULL AND d.year IS NULL THEN d.title
            ELSE d.title || ' (' || concat_ws(', ', d.publisher, CAST(d.year AS VARCHAR)) || ')' END AS source_label
FROM public_programme p
LEFT JOIN source_document d ON d.source_file = p.source_file
WHERE (:county2024 IS NULL OR p.county_number_2024 = :county2024)
  AND (:status IS NULL OR p.status = :status)
  AND (:type IS NULL OR p.type = :type)
ORDER BY p.type DESC, p.name
