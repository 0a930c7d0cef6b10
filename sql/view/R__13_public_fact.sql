-- public_fact: one row per observed number with its source. Part of the analysts' stable interface.
CREATE OR REPLACE VIEW public_fact AS
SELECT fact_id, programme_id, metric, period_start, period_end, value, unit, scope, horizon,
       qualifier, source_file, source_section, source_quote, conflict_note,
       region_type, region_code, category, note, submission_id
FROM fact_observation;
