-- v_ind_observation: every indicator value the facts support, before intervals and suppression (computed in
-- IndicatorService). The load stores it as the table ind_observation (sql/load/40_materialise.sql), because it
-- only changes when data is loaded and every dashboard query reads it.
--
-- One row per indicator variant, subject and matching set of facts. A subject is a programme, a group of programmes
-- (one statement about several: subject_id is their ids, space-separated) or a region (facts about a region).
-- Numerator and denominator facts match on subject, period, period kind and figure kind: a target is never divided by
-- an outcome, a multi-year total never by one year's figure. The rules of comparison are in docs/how-we-compare.md.
--
-- Columns shared by every indicator: indicator_id, variant, subject_type, subject_id, period_start, period_end,
-- period_kind, figure_kind, scope, horizon, qualifier, qualifier_class, numerator, denominator, reported_value, value,
-- basis, fact_ids, kind, comparability_key, statement_programmes (the programmes of a group), sources_disagree.
CREATE OR REPLACE VIEW v_ind_observation AS
WITH facts AS (
    SELECT fact_id, metric, category, period_start, period_end, period_kind, figure_kind, value, unit, scope, horizon,
           qualifier,
           CASE WHEN programme_id IS NOT NULL THEN 'programme'
                WHEN statement_programmes IS NOT NULL THEN 'programme_group'
                ELSE region_type END AS subject_type,
           coalesce(programme_id, statement_programmes, region_code) AS subject_id
    FROM fact_observation
    UNION ALL
    -- inhabitants (current reference version) of the municipalities a programme covers: the denominator of trainee_density. It is
    -- reference data, not a fact of any period, so it pairs with hires of any year.
    SELECT 'ref:population:' || programme_id, 'population_covered', NULL, NULL, NULL, 'point', 'outcome',
           covered_population, 'count', 'programme_region', NULL, 'reported', 'programme', programme_id
    FROM v_programme_context WHERE covered_population IS NOT NULL
),
pairs AS (
    -- a count (or amount) over a count (or amount)
    SELECT v.indicator_id, v.variant, n.subject_type, n.subject_id, n.period_start, n.period_end, n.period_kind,
           n.figure_kind, n.scope, n.horizon,
           [n.qualifier, d.qualifier, d2.qualifier] AS qualifiers,
           n.value AS numerator, d.value + coalesce(d2.value, 0) AS denominator, NULL::DOUBLE AS reported_value,
           'counts' AS basis, list_filter([n.fact_id, d.fact_id, d2.fact_id], lambda x: x IS NOT NULL) AS fact_ids,
           -- a rate on population is per year: a multi-year total counts once per year of the span
           CASE WHEN n.period_kind = 'multi_year' THEN n.period_end - n.period_start + 1 ELSE 1 END AS years
    FROM indicator_variant v
    JOIN facts n ON n.metric = v.numerator_metric AND n.category IS NOT DISTINCT FROM v.numerator_category
                AND n.unit IN ('count', 'nok')
    JOIN facts d ON d.metric = v.denominator_metric AND d.category IS NOT DISTINCT FROM v.denominator_category
                AND d.unit IN ('count', 'nok') AND d.subject_type = n.subject_type AND d.subject_id = n.subject_id
                AND ((d.period_start IS NOT DISTINCT FROM n.period_start AND d.period_end IS NOT DISTINCT FROM n.period_end
                      AND d.period_kind = n.period_kind AND d.figure_kind = n.figure_kind)
                     OR (d.fact_id LIKE 'ref:population:%' AND n.period_kind IN ('year', 'multi_year')))
    LEFT JOIN facts d2 ON d2.metric = v.denominator2_metric AND d2.category IS NOT DISTINCT FROM v.denominator2_category
                AND d2.unit = 'count' AND d2.subject_type = n.subject_type AND d2.subject_id = n.subject_id
                AND d2.period_start IS NOT DISTINCT FROM n.period_start AND d2.period_end IS NOT DISTINCT FROM n.period_end
                AND d2.period_kind = n.period_kind AND d2.figure_kind = n.figure_kind
    WHERE v.denominator2_metric IS NULL OR d2.fact_id IS NOT NULL
),
reported_shares AS (
    -- a share the source reports as a percentage; its n is the matching denominator count when there is exactly one
    -- such count (two sources giving different counts leave n unknown rather than showing the share twice)
    SELECT v.indicator_id, v.variant, n.subject_type, n.subject_id, n.period_start, n.period_end, n.period_kind,
           n.figure_kind, n.scope, n.horizon,
           [n.qualifier, CASE WHEN count(DISTINCT d.value) = 1 THEN min(d.qualifier) END] AS qualifiers,
           NULL::DOUBLE AS numerator, CASE WHEN count(DISTINCT d.value) = 1 THEN min(d.value) END AS denominator,
           n.value / 100 AS reported_value, 'reported_percent' AS basis,
           CASE WHEN count(DISTINCT d.value) = 1 THEN list_prepend(n.fact_id, list(d.fact_id ORDER BY d.fact_id))
                ELSE [n.fact_id] END AS fact_ids,
           1
    FROM indicator_variant v
    JOIN indicator_definition def USING (indicator_id)
    JOIN facts n ON n.metric = v.numerator_metric AND n.category IS NOT DISTINCT FROM v.numerator_category
                AND n.unit = 'percent'
    LEFT JOIN facts d ON d.metric = v.denominator_metric AND d.category IS NOT DISTINCT FROM v.denominator_category
                AND d.unit = 'count' AND d.subject_type = n.subject_type AND d.subject_id = n.subject_id
                AND d.period_start IS NOT DISTINCT FROM n.period_start AND d.period_end IS NOT DISTINCT FROM n.period_end
                AND d.period_kind = n.period_kind AND d.figure_kind = n.figure_kind
                AND v.denominator2_metric IS NULL
    WHERE def.kind = 'share'
    GROUP BY v.indicator_id, v.variant, n.fact_id, n.subject_type, n.subject_id, n.period_start, n.period_end,
             n.period_kind, n.figure_kind, n.scope, n.horizon, n.qualifier, n.value
),
reported_values AS (
    -- an indicator the source states directly (e.g. a commuting coefficient)
    SELECT v.indicator_id, v.variant, n.subject_type, n.subject_id, n.period_start, n.period_end, n.period_kind,
           n.figure_kind, n.scope, n.horizon, [n.qualifier] AS qualifiers, NULL::DOUBLE, NULL::DOUBLE, n.value,
           'reported_value', [n.fact_id], 1
    FROM indicator_variant v
    JOIN indicator_definition def USING (indicator_id)
    JOIN facts n ON n.metric = v.numerator_metric AND n.category IS NOT DISTINCT FROM v.numerator_category
    WHERE def.kind = 'direct'
),
combined AS (
    SELECT * FROM pairs UNION ALL SELECT * FROM reported_shares UNION ALL SELECT * FROM reported_values
),
qualified AS (
    SELECT c.* EXCLUDE (qualifiers, years), def.kind,
           -- the weakest qualifier of the facts involved (a value built on an estimate is an estimate). A bound or
           -- range end in the denominator bounds the value from the other side: "over 180 applicants" and 12 hires
           -- is at most 6.7 %. A percentage the source states keeps its own qualifier (its n only says how many).
           CASE WHEN c.basis = 'reported_percent' THEN c.qualifiers[1]
                WHEN c.qualifiers[1] IN ('range_low', 'range_high') THEN c.qualifiers[1]
                WHEN c.qualifiers[2] = 'range_low' OR c.qualifiers[3] = 'range_low' THEN 'range_high'
                WHEN c.qualifiers[2] = 'range_high' OR c.qualifiers[3] = 'range_high' THEN 'range_low'
                WHEN list_contains(c.qualifiers, 'budget') THEN 'budget'
                WHEN (c.qualifiers[1] = 'minimum' OR list_contains([c.qualifiers[2], c.qualifiers[3]], 'maximum'))
                 AND (c.qualifiers[1] = 'maximum' OR list_contains([c.qualifiers[2], c.qualifiers[3]], 'minimum'))
                    THEN 'estimate' -- bounded from both sides: no direction is known
                WHEN c.qualifiers[1] = 'minimum' OR list_contains([c.qualifiers[2], c.qualifiers[3]], 'maximum') THEN 'minimum'
                WHEN c.qualifiers[1] = 'maximum' OR list_contains([c.qualifiers[2], c.qualifiers[3]], 'minimum') THEN 'maximum'
                WHEN list_contains(c.qualifiers, 'estimate') THEN 'estimate'
                WHEN list_contains(c.qualifiers, 'approximate') THEN 'approximate'
                ELSE 'reported' END AS qualifier,
           CASE WHEN c.reported_value IS NOT NULL THEN c.reported_value
                WHEN def.kind = 'per_10k' THEN c.numerator / c.years / c.denominator * 10000
                WHEN c.denominator > 0 THEN c.numerator / c.denominator END AS value
    FROM combined c
    JOIN indicator_definition def USING (indicator_id)
    -- a count share above 100 % pairs figures that do not belong together (e.g. a range bound of members)
    WHERE NOT (def.kind = 'share' AND c.basis = 'counts' AND c.numerator > c.denominator)
),
merged AS (
    -- The same numbers cited in several places are one value with all their facts; where one source gives it exactly
    -- and another as "about" the same number, it is the exact figure.
    SELECT indicator_id, variant, subject_type, subject_id, period_start, period_end, period_kind, figure_kind, scope,
           horizon,
           arg_min(qualifier, CASE qualifier WHEN 'reported' THEN 1 WHEN 'approximate' THEN 2 WHEN 'estimate' THEN 3
                                             ELSE 4 END) AS qualifier,
           numerator, denominator, reported_value, value, basis,
           list_sort(list_distinct(flatten(list(fact_ids)))) AS fact_ids, kind
    FROM qualified
    GROUP BY indicator_id, variant, subject_type, subject_id, period_start, period_end, period_kind, figure_kind, scope,
             horizon, numerator, denominator, reported_value, value, basis, kind,
             CASE WHEN qualifier IN ('reported', 'approximate', 'estimate') THEN 'point' ELSE qualifier END
),
classed AS (
    -- what may be compared with what: exact figures with exact ones, approximations with approximations; ranges and
    -- one-sided bounds are never ranked or pooled
    SELECT *, CASE WHEN qualifier = 'reported' THEN 'exact'
                   WHEN qualifier IN ('range_low', 'range_high') THEN 'range'
                   WHEN qualifier IN ('minimum', 'maximum') THEN 'bound'
                   ELSE qualifier END AS qualifier_class
    FROM merged
),
numbered AS (
    SELECT *, row_number() OVER (ORDER BY indicator_id, subject_id, basis, fact_ids) AS row_id FROM classed
),
same_figure AS (
    -- A reported percentage that equals a value from counts of the same subject, definition and period, rounded as
    -- precisely as the source writes it (92 for 97 of 106 = 91.5 %), is the same figure: one value, both sources.
    SELECT p.row_id AS percent_row, c.row_id AS counts_row, p.fact_ids AS percent_fact_ids
    FROM numbered p
    JOIN numbered c ON c.basis = 'counts' AND p.basis = 'reported_percent'
         AND c.indicator_id = p.indicator_id AND c.variant = p.variant
         AND c.subject_type = p.subject_type AND c.subject_id = p.subject_id
         AND c.period_start IS NOT DISTINCT FROM p.period_start AND c.period_end IS NOT DISTINCT FROM p.period_end
         AND c.period_kind = p.period_kind AND c.figure_kind = p.figure_kind
         AND c.scope IS NOT DISTINCT FROM p.scope AND c.horizon IS NOT DISTINCT FROM p.horizon
         AND c.qualifier_class NOT IN ('range', 'bound') AND p.qualifier_class NOT IN ('range', 'bound')
         AND abs(c.value * 100 - p.reported_value * 100)
             <= CASE WHEN abs(p.reported_value * 100 - round(p.reported_value * 100)) < 1e-9 THEN 0.5
                     WHEN abs(p.reported_value * 1000 - round(p.reported_value * 1000)) < 1e-9 THEN 0.05
                     ELSE 0.005 END + 1e-9
),
folded AS (
    SELECT n.* EXCLUDE (row_id) REPLACE (
               CASE WHEN e.extra IS NULL THEN n.fact_ids
                    ELSE list_sort(list_distinct(list_concat(n.fact_ids, e.extra))) END AS fact_ids)
    FROM numbered n
    LEFT JOIN (SELECT counts_row, flatten(list(percent_fact_ids)) AS extra FROM same_figure GROUP BY counts_row) e
           ON e.counts_row = n.row_id
    WHERE n.row_id NOT IN (SELECT percent_row FROM same_figure)
),
keyed AS (
    SELECT *,
           indicator_id || '|' || variant || '|' || coalesce(scope, '') || '|' || coalesce(horizon, '') || '|'
               || period_kind || '|' || figure_kind || '|' || qualifier_class AS comparability_key,
           -- point values (not ranges or bounds) of one subject, definition and period are one figure: where they
           -- differ beyond rounding, the sources disagree
           indicator_id || '|' || variant || '|' || coalesce(scope, '') || '|' || coalesce(horizon, '') || '|'
               || period_kind || '|' || figure_kind AS definition_key
    FROM folded
)
-- Different values for the same subject, definition and period mean the sources disagree: such values are flagged,
-- never pooled or ranked. Every filter keeps or drops such a group whole, so this is computed once here.
SELECT * EXCLUDE (definition_key),
       CASE WHEN subject_type = 'programme_group' THEN string_split(subject_id, ' ') END AS statement_programmes,
       -- two targets or plans for the same year may both be meant (an ambition now, another if resources grow)
       figure_kind = 'outcome' AND qualifier_class IN ('exact', 'approximate', 'estimate')
           AND coalesce(max(value) OVER same - min(value) OVER same > 0.005, false) AS sources_disagree
FROM keyed
WINDOW same AS (PARTITION BY subject_type, subject_id, definition_key, period_start, period_end,
                             qualifier_class IN ('exact', 'approximate', 'estimate'));
