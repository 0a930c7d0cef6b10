-- Load step 3b: the yearly returns of the record (data/record: the active version per programme and year), staged by
-- the loader as stg_returns (one row per reported figure). Each return is a source document and a submission; each
-- figure becomes the fact its template row says (return_metric), one definition, period kind year or point, figure
-- kind outcome, qualifier reported. Derived from the same return: public funding (county council + state) and total
-- funding (all four sources), when every part was reported. The municipalities a return names are coverage evidence.

INSERT INTO source_document
SELECT DISTINCT 'return-' || return_id, 'Årsrapportering ' || year || ' – ' || p.name || ' (versjon ' || version || ')',
       p.name, year
FROM stg_returns r JOIN programme p USING (programme_id);

-- a return's submission row stays once written (a withdrawn return was still submitted); rows are only added
INSERT INTO submission
SELECT DISTINCT return_id + 1, 'programme_return', submitted_by, CAST(submitted_at AS TIMESTAMP),
       'Årsrapportering ' || year || ', ' || programme_id || ', versjon ' || version || ', fil ' || file_name,
       file_sha256, count(*) OVER (PARTITION BY return_id)
FROM stg_returns
ON CONFLICT DO NOTHING;

INSERT INTO fact_observation (fact_id, programme_id, region_type, region_code, metric, category, period_start, period_end,
                              value, unit, scope, horizon, qualifier, source_file, source_section, source_quote,
                              conflict_note, note, submission_id, period_kind, figure_kind, statement_programmes)
SELECT 'r' || r.return_id || '-' || r.metric_id, r.programme_id, NULL, NULL, m.fact_metric, m.fact_category,
       r.year + m.period_offset, r.year + m.period_offset, r.number, m.unit, 'programme', m.fact_horizon, 'reported',
       'return-' || r.return_id, 'Årsrapportering ' || r.year, m.label_nb || ': ' || r.number, NULL,
       NULLIF(r.comment, ''), r.return_id + 1, m.period_kind, 'outcome', NULL
FROM stg_returns r
JOIN return_metric m USING (metric_id)
WHERE m.unit IN ('count', 'nok') AND r.number IS NOT NULL
UNION ALL
SELECT 'r' || return_id || '-municipalities_covered', programme_id, NULL, NULL, 'municipalities_covered', NULL, year, year,
       len(string_split(text, ' ')), 'count', 'programme', NULL, 'reported', 'return-' || return_id,
       'Årsrapportering ' || year, 'Kommuner programmet dekker: ' || text, NULL, NULLIF(comment, ''), return_id + 1,
       'point', 'outcome', NULL
FROM stg_returns WHERE metric_id = 'municipalities_covered'
UNION ALL
SELECT 'r' || return_id || '-' || derived.id, programme_id, NULL, NULL, 'funding_nok', derived.category, year, year,
       derived.value, 'nok', 'programme', NULL, 'reported', 'return-' || return_id, 'Årsrapportering ' || year,
       derived.quote, NULL, derived.note, return_id + 1, 'year', 'outcome', NULL
FROM (
    SELECT return_id, programme_id, year,
           max(number) FILTER (WHERE metric_id = 'funding_county_council') AS county_council,
           max(number) FILTER (WHERE metric_id = 'funding_state') AS state,
           max(number) FILTER (WHERE metric_id = 'funding_member_fees') AS member_fees,
           max(number) FILTER (WHERE metric_id = 'funding_other') AS other
    FROM stg_returns GROUP BY ALL
) f,
LATERAL (
    SELECT 'funding_public' AS id, 'public' AS category, f.county_council + f.state AS value,
           'Fylkeskommunen ' || f.county_council || ' + staten ' || f.state AS quote,
           'Derived from the same return: county council plus state funding.' AS note
    WHERE f.county_council IS NOT NULL AND f.state IS NOT NULL
    UNION ALL
    SELECT 'funding_total', 'total', f.county_council + f.state + f.member_fees + f.other,
           'Fylkeskommunen ' || f.county_council || ' + staten ' || f.state || ' + medlemmene ' || f.member_fees
               || ' + annet ' || f.other,
           'Derived from the same return: the sum of the four funding sources.'
    WHERE f.county_council IS NOT NULL AND f.state IS NOT NULL AND f.member_fees IS NOT NULL AND f.other IS NOT NULL
) derived;

INSERT INTO programme_municipality
SELECT r.programme_id, code, 'stated', 'return-' || r.return_id, 'Årsrapportering ' || r.year,
       'Kommuner programmet dekker: ' || r.text, 'Named in the yearly return.'
FROM stg_returns r, unnest(string_split(r.text, ' ')) AS t(code)
WHERE r.metric_id = 'municipalities_covered';
