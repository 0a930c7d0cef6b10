-- The documents a set of facts comes from, each once: what the line under a table names. Parameter: :ids (list of fact
-- ids, as in facts_by_id.sql). A semi-join: a whole country's matrix rests on hundreds of thousands of facts.
SELECT DISTINCT f.source_file
FROM public_fact f
WHERE f.fact_id IN (SELECT unnest(CAST(:ids AS VARCHAR[])))
ORDER BY f.source_file
