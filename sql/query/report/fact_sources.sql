-- The source (document and section) of a batch of facts, for the indicator rows of the full extract.
-- Parameter: :ids (a list of fact ids, expanded to an IN list). One row: a fact id and its source.
SELECT fact_id, source_file, source_section
FROM public_fact
WHERE fact_id IN (:ids)
