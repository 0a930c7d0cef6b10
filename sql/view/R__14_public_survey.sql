-- public_survey: one row per survey table cell of the 2021 report (002), with its source and English labels.
CREATE OR REPLACE VIEW public_survey AS
SELECT fact_id, survey, table_ref, question, answer_category, respondent_group, value, unit, n,
       source_file, source_section, source_quote, note, submission_id, question_en, answer_category_en, respondent_group_en
FROM survey_observation;
