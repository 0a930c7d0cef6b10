-- Load step: the planner's presets, in file order.

INSERT INTO planner_preset
SELECT preset_id, item, NULLIF(category, ''), CAST(value AS DOUBLE), unit, qualifier, scales_with_cohort = 'yes',
       source_file, source_section, source_quote, NULLIF(note, ''), CAST(row_number() OVER () AS INTEGER)
FROM stg_planner_presets;
