-- Full extract: every survey cell (the 2021 surveys' tables) with its source, in fact_id order. Read as a stream.
-- No parameters. One row: a public_survey row with the source document's title.
SELECT s.fact_id, s.survey, s.table_ref, s.question, s.answer_category, s.respondent_group, s.value, s.unit, s.n,
       s.source_file, d.title AS source_title, s.source_section, s.source_quote, s.note, s.submission_id, s.question_en,
       s.answer_category_en, s.respondent_group_en
FROM public_survey s
LEFT JOIN source_document d ON d.source_file = s.source_file
ORDER BY s.fact_id
