-- What appendix 2 of the 2021 report states about the coverage of the programmes it studied (municipalities,
-- inhabitants, share in the most peripheral classes), with the source. Parameter: :report_file.
-- One row: a fact.
SELECT fact_id, metric, category, value, unit, qualifier, source_section, source_quote, note
FROM fact_observation
WHERE source_file = :report_file AND region_type = 'national'
  AND metric IN ('municipalities_covered', 'population_covered', 'population_share_covered')
ORDER BY CASE category WHEN 'total' THEN 0 WHEN 'class_5' THEN 1 WHEN 'class_6' THEN 2 ELSE 3 END,
         CASE metric WHEN 'municipalities_covered' THEN 0 WHEN 'population_covered' THEN 1 ELSE 2 END
