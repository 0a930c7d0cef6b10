-- The planner's preset figures with their sources, in file order (cost lines in the order of 000's table).
-- Parameters: none. One row: one figure of one preset (planner_preset).
SELECT preset_id, item, category, value, unit, qualifier, scales_with_cohort, source_file, source_section, source_quote,
       note
FROM planner_preset
ORDER BY position
