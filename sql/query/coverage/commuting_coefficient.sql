-- The commuting coefficients the 2021 report states (appendix 2: Trainee Sør 0.62, Bodø/Trainee Salten 0.17) beside
-- what SSB table 03321 gives for the same municipalities (the current reference version,
-- ref_current_commuting_municipality; version 1: Q4 2020). The report does not give its formula, so two measures are
-- computed, each for two groups of municipalities:
--   within_ba_share     residents working in another municipality of their own BA-region / employed residents
--                       (the report's wording: how far a municipality depends on commuting within its BA-region);
--   gross_commuting     (out-commuters + in-commuters) / (residents working at home + out-commuters + in-commuters),
--                       any destination, averaged over the municipalities: the closest to the report's values among
--                       the definitions we tried, and still not equal to them.
-- Groups: 'named' = the municipalities the report names beside the value (evidence rows citing the same section),
-- 'programme' = every municipality recorded for the programme. No parameters.
-- One row: a reported coefficient and a group, with both measures pooled (sum over sum) and as a municipality mean.
WITH coefficient AS (
    SELECT f.fact_id, f.programme_id, p.name AS programme_name, f.value, f.qualifier, f.source_file, f.source_section,
           f.source_quote
    FROM fact_observation f
    JOIN programme p USING (programme_id)
    WHERE f.metric = 'commuting_coefficient'
),
member AS (
    SELECT DISTINCT c.fact_id, 'named' AS member_group, pm.kommunenummer
    FROM coefficient c
    JOIN programme_municipality pm ON pm.programme_id = c.programme_id AND pm.source_file = c.source_file
                                  AND pm.source_section = c.source_section
    UNION ALL
    SELECT c.fact_id, 'programme', pm.kommunenummer
    FROM coefficient c
    JOIN public_programme_municipality pm USING (programme_id)
),
measured AS (
    SELECT m.fact_id, m.member_group, m.kommunenummer, pm.name, c.*,
           c.out_commuters_within_ba + c.out_commuters_outside_ba AS out_commuters,
           c.in_commuters_from_ba + c.in_commuters_outside_ba AS in_commuters
    FROM member m
    JOIN public_municipality pm USING (kommunenummer)
    JOIN ref_current_commuting_municipality c USING (kommunenummer)
)
SELECT k.fact_id, k.programme_id, k.programme_name, k.value AS report_value, k.qualifier, k.source_quote,
       m.member_group,
       list(m.name ORDER BY m.kommunenummer) AS municipalities,
       count(*) AS municipality_count,
       sum(m.employed_residents) AS employed_residents,
       sum(m.out_commuters_within_ba) AS out_commuters_within_ba,
       sum(m.out_commuters_within_ba) / sum(m.employed_residents) AS within_ba_share_pooled,
       avg(m.out_commuters_within_ba / m.employed_residents) AS within_ba_share_mean,
       sum(m.out_commuters + m.in_commuters) / sum(m.work_in_home_municipality + m.out_commuters + m.in_commuters) AS gross_commuting_pooled,
       avg((m.out_commuters + m.in_commuters) / (m.work_in_home_municipality + m.out_commuters + m.in_commuters)) AS gross_commuting_mean
FROM coefficient k
JOIN measured m USING (fact_id)
GROUP BY ALL
ORDER BY k.programme_name, m.member_group
