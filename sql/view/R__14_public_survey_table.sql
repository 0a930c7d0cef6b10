-- public_survey_table: one row per survey table or figure of the 2021 report (002): verbatim title, theme, the
-- report's caveats and the indicators it is the survey counterpart of. Its cells are in public_survey (table_ref).
CREATE OR REPLACE VIEW public_survey_table AS
SELECT survey, table_ref, position, theme, caption, caption_en, answers, compare_with, indicator_ids, caveat, caveat_en,
       comparison_caveat, comparison_caveat_en, source_file, source_section, source_quote, submission_id
FROM survey_table;
