-- The survey tables and figures of the reports, in page order, with the title of their source document.
-- No parameters. One row: a public_survey_table row and source_title.
SELECT t.survey, t.table_ref, t.position, t.theme, t.caption, t.caption_en, t.answers, t.compare_with, t.indicator_ids,
       t.caveat, t.caveat_en, t.comparison_caveat, t.comparison_caveat_en, t.source_file, d.title AS source_title,
       t.source_section, t.source_quote
FROM public_survey_table t
LEFT JOIN source_document d ON d.source_file = t.source_file
ORDER BY t.position, t.table_ref
