-- public_fact: one row per observed number with its source. Part of the analysts' stable interface.
-- period_kind (year | multi_year | point | open_ended) and figure_kind (outcome | target | plan | model) say what kind
-- of figure it is; statement_programmes lists the programmes of one statement about several (then programme_id is NULL).
CREATE OR REPLACE VIEW public_fact AS
SELECT fact_id, programme_id, metric, period_start, period_end, value, unit, scope, horizon,
       qualifier, source_file, source_section, source_quote, conflict_note,
       region_type, region_code, category, note, submission_id,
       period_kind, figure_kind, statement_programmes
FROM fact_observation;
