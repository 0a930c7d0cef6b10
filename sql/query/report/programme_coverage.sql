-- The municipalities one programme covers, and every programme covering each of them (to show overlaps).
-- Parameter: :programme. One row: a municipality the programme covers and a programme covering it (itself included).
SELECT pm.kommunenummer, p.programme_id, p.name, p.type, p.status, pm.basis
FROM public_programme_municipality pm
JOIN public_programme p USING (programme_id)
WHERE pm.kommunenummer IN (SELECT kommunenummer FROM public_programme_municipality WHERE programme_id = :programme)
ORDER BY pm.kommunenummer, p.name
