-- The planner's preset figures with their sources, in file order (cost lines in the order of 000's table).
-- Parameters: none. One row: one figure of one preset (planner_preset), with the title of the document it cites.
SELECT pp.preset_id, pp.item, pp.category, pp.value, pp.unit, pp.qualifier, pp.scales_with_cohort, pp.source_file,
       d.title AS source_title, d.year AS source_year, pp.source_section, pp.source_quote, pp.note
FROM planner_preset pp
LEFT JOIN source_document d USING (source_file)
ORDER BY pp.position
