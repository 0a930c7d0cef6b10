-- Per programme and comparability key, its latest value that may be ranked against other programmes' values
-- (IndicatorResult.rankable: one programme's outcome, a point value, known, not withheld and undisputed): the values a
-- benchmark compares with, and what the number of comparable peers counts (docs/how-we-compare.md, rules 1 and 7).
-- Latest is by period end (unknown last), values from counts before reported shares, as BenchmarkService.latestPerKey.
-- Parameters: :minimum_n (shares with a smaller n are withheld, so they cannot be ranked).
-- One row: an ind_value row (columns as observations.sql).
SELECT o.indicator_id, o.variant, o.subject_type, o.subject_id, o.subject_name,
       o.period_start, o.period_end, o.period_kind, o.figure_kind, o.scope, o.horizon, o.qualifier, o.qualifier_class,
       o.numerator, o.denominator, o.reported_value, o.value, o.basis, o.kind, o.fact_ids, o.comparability_key,
       o.statement_programmes, o.sources_disagree
FROM ind_value o
WHERE o.subject_type = 'programme' AND o.figure_kind = 'outcome'
  AND o.qualifier_class IN ('exact', 'approximate', 'estimate') AND NOT o.sources_disagree
  AND CASE WHEN o.kind = 'share'
           -- a share's value is the reported share or numerator / n (n = the denominator), withheld below the minimum n
           THEN (o.reported_value IS NOT NULL OR (o.numerator IS NOT NULL AND o.denominator > 0))
                AND NOT coalesce(o.denominator < :minimum_n, false)
           ELSE o.value IS NOT NULL END
QUALIFY row_number() OVER (PARTITION BY o.subject_id, o.comparability_key
                           ORDER BY o.period_end DESC NULLS LAST, o.basis <> 'counts', o.subject_name,
                                    o.period_start, o.fact_ids) = 1
ORDER BY o.subject_id, o.indicator_id, o.comparability_key
