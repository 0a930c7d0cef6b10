-- Every survey cell, in fact_id order (the order of the rows in the report's tables; a count before its percent).
-- No parameters. One row: one public_survey cell.
SELECT fact_id, source_file, table_ref, question, question_en, answer_category, answer_category_en, respondent_group,
       respondent_group_en, value, unit, n
FROM public_survey
ORDER BY source_file, fact_id
