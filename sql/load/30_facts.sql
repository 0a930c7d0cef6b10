-- Load step 3: facts, survey tables and survey cells, all pointing to the submission of this load. Facts are stored
-- sorted by (metric, period, programme): indicator queries scan by metric first.

INSERT INTO fact_observation (fact_id, programme_id, region_type, region_code, metric, category, period_start, period_end,
                              value, unit, scope, horizon, qualifier, source_file, source_section, source_quote,
                              conflict_note, note, submission_id, period_kind, figure_kind, statement_programmes)
SELECT fact_id, NULLIF(programme_id, ''), NULLIF(region_type, ''), NULLIF(region_code, ''), metric, NULLIF(category, ''),
       CAST(NULLIF(period_start, '') AS INTEGER), CAST(NULLIF(period_end, '') AS INTEGER), CAST(value AS DOUBLE), unit,
       NULLIF(scope, ''), NULLIF(horizon, ''), qualifier, source_file, source_section, source_quote,
       NULLIF(conflict_note, ''), NULLIF(note, ''), (SELECT max(submission_id) FROM submission),
       period_kind, figure_kind, NULLIF(trim(statement_programmes), '')
FROM stg_facts
ORDER BY metric, period_end, programme_id, fact_id;

INSERT INTO survey_table
SELECT survey, table_ref, CAST(position AS INTEGER), theme, caption, caption_en, answers, NULLIF(compare_with, ''),
       NULLIF(indicator_ids, ''), NULLIF(caveat, ''), NULLIF(caveat_en, ''), NULLIF(comparison_caveat, ''),
       NULLIF(comparison_caveat_en, ''), source_file, source_section, source_quote, (SELECT max(submission_id) FROM submission)
FROM stg_survey_tables
ORDER BY CAST(position AS INTEGER);

INSERT INTO survey_observation (fact_id, survey, table_ref, question, answer_category, respondent_group, value, unit, n,
                                source_file, source_section, source_quote, note, submission_id, question_en,
                                answer_category_en, respondent_group_en)
SELECT fact_id, survey, table_ref, question, answer_category, respondent_group, CAST(value AS DOUBLE), unit,
       CAST(NULLIF(n, '') AS INTEGER), source_file, source_section, source_quote, NULLIF(note, ''),
       (SELECT max(submission_id) FROM submission), question_en, answer_category_en, respondent_group_en
FROM stg_survey;
