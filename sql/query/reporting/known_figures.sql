-- What the warehouse already holds for the figures of a programme's yearly return: facts of the programme for the
-- template's metrics in the return's year (and the year before, for figures asked one year after completion), outcomes
-- only, with where each comes from. Parameters: :programme, :year.
-- One row: a fact with its document or return title.
SELECT f.fact_id, f.metric, f.category, f.horizon, f.period_start, f.period_end, f.period_kind, f.value, f.unit,
       f.qualifier, f.source_section, coalesce(d.title, f.source_file) AS source_title, d.year AS source_year
FROM public_fact f
LEFT JOIN source_document d ON d.source_file = f.source_file
WHERE f.programme_id = :programme
  AND f.figure_kind = 'outcome'
  AND f.period_end IN (:year, :year - 1)
  AND f.period_start IS NOT DISTINCT FROM f.period_end
  AND f.metric IN (SELECT DISTINCT fact_metric FROM return_metric)
ORDER BY f.metric, f.period_end, f.fact_id
