-- Load step 3: facts and survey cells, all pointing to the submission of this load. Facts are stored sorted by
-- (metric, period, programme): indicator queries scan by metric first.

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

INSERT INTO survey_observation
SELECT fact_id, survey, table_ref, question, answer_category, respondent_group, CAST(value AS DOUBLE), unit,
       CAST(NULLIF(n, '') AS INTEGER), source_file, source_section, source_quote, NULLIF(note, ''),
       (SELECT max(submission_id) FROM submission)
FROM stg_survey;
