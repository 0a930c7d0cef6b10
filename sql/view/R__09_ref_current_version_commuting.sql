-- ref_current_commuting_municipality: the commuting split of each 2020 municipality in the current reference version
-- (ref_current_version), persons 15-74, 4th quarter; the columns of ref_commuting_municipality (version 1's table),
-- worked out from the version's flows (SSB 03321) and BA-regions, and its employment figures (SSB 11618).
-- Unknown stays unknown: a municipality with an unknown flow (a pair the reform table cannot split) has its sums
-- NULL; the figures from 11618 (employed residents, employed at the workplace, and the residents working outside the
-- 356 municipalities, which is 11618's employed residents less 03321's flows) are NULL when the version's 11618 year
-- is not its 03321 year (never a mix of two years). One row per 2020 municipality (356).
CREATE OR REPLACE VIEW ref_current_commuting_municipality AS
WITH cv AS (
    SELECT version_id, commuting_year = employment_year AS same_year FROM ref_current_version
),
flow AS (
    SELECT f.home_kommunenummer, f.work_kommunenummer, f.employed,
           f.home_kommunenummer = f.work_kommunenummer AS at_home,
           hb.ba_nr = wb.ba_nr AS same_ba
    FROM ref_commuting_flow_version f
    JOIN cv USING (version_id)
    LEFT JOIN ref_municipality_ba hb ON hb.kommunenummer = f.home_kommunenummer
    LEFT JOIN ref_municipality_ba wb ON wb.kommunenummer = f.work_kommunenummer
),
home AS (
    SELECT home_kommunenummer AS kommunenummer, bool_or(employed IS NULL) AS unknown,
           coalesce(sum(employed) FILTER (WHERE at_home), 0)                     AS work_in_home_municipality,
           coalesce(sum(employed) FILTER (WHERE NOT at_home AND same_ba), 0)     AS out_within_ba,
           coalesce(sum(employed) FILTER (WHERE NOT at_home AND NOT same_ba), 0) AS out_outside_ba,
           sum(employed)                                                         AS working_in_municipalities
    FROM flow GROUP BY ALL
),
work AS (
    SELECT work_kommunenummer AS kommunenummer, bool_or(employed IS NULL) AS unknown,
           coalesce(sum(employed) FILTER (WHERE NOT at_home AND same_ba), 0)     AS in_from_ba,
           coalesce(sum(employed) FILTER (WHERE NOT at_home AND NOT same_ba), 0) AS in_outside_ba
    FROM flow GROUP BY ALL
)
SELECT m.kommunenummer,
       e.population_15_74,
       CASE WHEN cv.same_year THEN e.employed_residents END                            AS employed_residents,
       CASE WHEN NOT coalesce(h.unknown, false) THEN coalesce(h.work_in_home_municipality, 0) END AS work_in_home_municipality,
       CASE WHEN NOT coalesce(h.unknown, false) THEN coalesce(h.out_within_ba, 0) END  AS out_commuters_within_ba,
       CASE WHEN NOT coalesce(h.unknown, false) THEN coalesce(h.out_outside_ba, 0) END AS out_commuters_outside_ba,
       CASE WHEN cv.same_year AND NOT coalesce(h.unknown, false)
            THEN e.employed_residents - coalesce(h.working_in_municipalities, 0) END  AS out_commuters_other,
       CASE WHEN cv.same_year THEN e.employed_at_workplace END                         AS employed_at_workplace,
       CASE WHEN NOT coalesce(w.unknown, false) THEN coalesce(w.in_from_ba, 0) END     AS in_commuters_from_ba,
       CASE WHEN NOT coalesce(w.unknown, false) THEN coalesce(w.in_outside_ba, 0) END  AS in_commuters_outside_ba
FROM ref_municipality m
CROSS JOIN cv
LEFT JOIN home h USING (kommunenummer)
LEFT JOIN work w USING (kommunenummer)
LEFT JOIN ref_employment_version e ON e.version_id = cv.version_id AND e.kommunenummer = m.kommunenummer;
