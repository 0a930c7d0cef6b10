-- v_ind_observation: every indicator value the facts support, before intervals and suppression (computed in
-- IndicatorService). The load stores it as the table ind_observation (sql/load/40_materialise.sql), because it
-- only changes when data is loaded and every dashboard query reads it. One row per indicator variant, subject (programme, or a region for facts about a region) and
-- matching set of facts. Numerator and denominator facts match on subject and period. Columns shared by every
-- indicator: indicator_id, variant, subject_type, subject_id, period_start, period_end, scope, horizon, qualifier,
-- numerator, denominator, reported_value, value, basis, fact_ids, comparability_key.
CREATE OR REPLACE VIEW v_ind_observation AS
WITH facts AS (
    SELECT fact_id, metric, category, period_start, period_end, value, unit, scope, horizon, qualifier,
           CASE WHEN programme_id IS NOT NULL THEN 'programme' ELSE region_type END AS subject_type,
           coalesce(programme_id, region_code) AS subject_id
    FROM fact_observation
    UNION ALL
    -- inhabitants (1 Jan 2020) of the municipalities a programme covers: the denominator of trainee_density
    SELECT 'ref:population_2020:' || programme_id, 'population_covered', NULL, NULL, NULL,
           covered_population_2020, 'count', 'programme_region', NULL, 'reported', 'programme', programme_id
    FROM v_programme_context WHERE covered_population_2020 IS NOT NULL
),
pairs AS (
    -- a count (or amount) over a count (or amount)
    SELECT v.indicator_id, v.variant, n.subject_type, n.subject_id, n.period_start, n.period_end, n.scope, n.horizon,
           [n.qualifier, d.qualifier, d2.qualifier] AS qualifiers,
           n.value AS numerator, d.value + coalesce(d2.value, 0) AS denominator, NULL::DOUBLE AS reported_value,
           'counts' AS basis, list_filter([n.fact_id, d.fact_id, d2.fact_id], lambda x: x IS NOT NULL) AS fact_ids
    FROM indicator_variant v
    JOIN facts n ON n.metric = v.numerator_metric AND n.category IS NOT DISTINCT FROM v.numerator_category
                AND n.unit IN ('count', 'nok')
    JOIN facts d ON d.metric = v.denominator_metric AND d.category IS NOT DISTINCT FROM v.denominator_category
                AND d.unit IN ('count', 'nok') AND d.subject_type = n.subject_type AND d.subject_id = n.subject_id
                AND ((d.period_start IS NOT DISTINCT FROM n.period_start AND d.period_end IS NOT DISTINCT FROM n.period_end)
                     OR d.metric = 'population_covered')
    LEFT JOIN facts d2 ON d2.metric = v.denominator2_metric AND d2.category IS NOT DISTINCT FROM v.denominator2_category
                AND d2.unit = 'count' AND d2.subject_type = n.subject_type AND d2.subject_id = n.subject_id
                AND d2.period_start IS NOT DISTINCT FROM n.period_start AND d2.period_end IS NOT DISTINCT FROM n.period_end
    WHERE v.denominator2_metric IS NULL OR d2.fact_id IS NOT NULL
),
reported_shares AS (
    -- a share the source reports as a percentage; its n is the matching denominator count, when there is one
    SELECT v.indicator_id, v.variant, n.subject_type, n.subject_id, n.period_start, n.period_end, n.scope, n.horizon,
           [n.qualifier, d.qualifier] AS qualifiers,
           NULL::DOUBLE AS numerator, d.value AS denominator, n.value / 100 AS reported_value,
           'reported_percent' AS basis, list_filter([n.fact_id, d.fact_id], lambda x: x IS NOT NULL) AS fact_ids
    FROM indicator_variant v
    JOIN indicator_definition def USING (indicator_id)
    JOIN facts n ON n.metric = v.numerator_metric AND n.category IS NOT DISTINCT FROM v.numerator_category
                AND n.unit = 'percent'
    LEFT JOIN facts d ON d.metric = v.denominator_metric AND d.category IS NOT DISTINCT FROM v.denominator_category
                AND d.unit = 'count' AND d.subject_type = n.subject_type AND d.subject_id = n.subject_id
                AND d.period_start IS NOT DISTINCT FROM n.period_start AND d.period_end IS NOT DISTINCT FROM n.period_end
                AND v.denominator2_metric IS NULL
    WHERE def.kind = 'share'
),
reported_values AS (
    -- an indicator the source states directly (e.g. a commuting coefficient)
    SELECT v.indicator_id, v.variant, n.subject_type, n.subject_id, n.period_start, n.period_end, n.scope, n.horizon,
           [n.qualifier] AS qualifiers, NULL::DOUBLE, NULL::DOUBLE, n.value, 'reported_value', [n.fact_id]
    FROM indicator_variant v
    JOIN indicator_definition def USING (indicator_id)
    JOIN facts n ON n.metric = v.numerator_metric AND n.category IS NOT DISTINCT FROM v.numerator_category
    WHERE def.kind = 'direct'
),
combined AS (
    SELECT * FROM pairs UNION ALL SELECT * FROM reported_shares UNION ALL SELECT * FROM reported_values
),
qualified AS (
    SELECT c.*, def.kind,
           -- the weakest qualifier of the facts involved (a value built on an estimate is an estimate); a range
           -- bound in the denominator bounds the value from the other side
           CASE WHEN c.qualifiers[1] IN ('range_low', 'range_high') THEN c.qualifiers[1]
                WHEN c.qualifiers[2] = 'range_low' OR c.qualifiers[3] = 'range_low' THEN 'range_high'
                WHEN c.qualifiers[2] = 'range_high' OR c.qualifiers[3] = 'range_high' THEN 'range_low'
                WHEN list_contains(c.qualifiers, 'budget') THEN 'budget'
                WHEN list_contains(c.qualifiers, 'minimum') THEN 'minimum'
                WHEN list_contains(c.qualifiers, 'maximum') THEN 'maximum'
                WHEN list_contains(c.qualifiers, 'estimate') THEN 'estimate'
                WHEN list_contains(c.qualifiers, 'approximate') THEN 'approximate'
                ELSE 'reported' END AS qualifier,
           CASE WHEN c.reported_value IS NOT NULL THEN c.reported_value
                WHEN def.kind = 'per_10k' THEN c.numerator / c.denominator * 10000
                WHEN c.denominator > 0 THEN c.numerator / c.denominator END AS value
    FROM combined c
    JOIN indicator_definition def USING (indicator_id)
    -- a count share above 100 % pairs figures that do not belong together (e.g. a range bound of members)
    WHERE NOT (def.kind = 'share' AND c.basis = 'counts' AND c.numerator > c.denominator)
)
, merged AS (
    -- The same numbers cited in several places are one value with all their facts.
    SELECT indicator_id, variant, subject_type, subject_id, period_start, period_end, scope, horizon, qualifier,
           numerator, denominator, reported_value, value, basis,
           list_sort(list_distinct(flatten(list(fact_ids)))) AS fact_ids, kind,
           indicator_id || '|' || variant || '|' || coalesce(scope, '') || '|' || coalesce(horizon, '') AS comparability_key
    FROM qualified
    GROUP BY ALL
)
-- Different values (beyond rounding of a reported percentage) for the same subject, key, period and qualifier mean
-- the sources disagree: such values are flagged, never pooled. Every filter keeps or drops such a group whole, so
-- this is computed once here rather than in each query.
SELECT *, coalesce(max(value) OVER same - min(value) OVER same > 0.005, false) AS sources_disagree
FROM merged
WINDOW same AS (PARTITION BY subject_type, subject_id, comparability_key, period_start, period_end, qualifier);
