-- The municipalities a preset covers: those recorded for the programme its 'municipalities' figure names.
-- Parameters: :preset (preset_id). One row: a 2020 municipality number, in number order.
SELECT pm.kommunenummer
FROM planner_preset pp
JOIN public_programme_municipality pm ON pm.programme_id = pp.category
WHERE pp.preset_id = :preset AND pp.item = 'municipalities'
GROUP BY pm.kommunenummer
ORDER BY pm.kommunenummer
