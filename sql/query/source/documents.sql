-- The source documents with how many facts, survey cells and programmes cite them. No parameters.
SELECT d.source_file, d.title, d.publisher, d.year,
       (SELECT count(*) FROM fact_observation f WHERE f.source_file = d.source_file) AS facts,
       (SELECT count(*) FROM survey_observation s WHERE s.source_file = d.source_file) AS survey_cells,
       (SELECT count(*) FROM programme p WHERE p.source_file = d.source_file) AS programmes
FROM source_document d
ORDER BY d.source_file
