-- ref_current_version: the reference version the views, pages and workbooks use now (the newest loaded), with
-- whether the centrality classes are SSB's 2024 classes applied to the 2020 municipalities (ref_centrality.version),
-- and the years (4th quarter) of its commuting flows (SSB 03321) and employment figures (SSB 11618).
CREATE OR REPLACE VIEW ref_current_version AS
SELECT v.version_id, v.title_nb, v.title_en, v.figures_date, v.ssb_tables, v.licence, v.source_file, v.loaded_at,
       coalesce((SELECT bool_or(c.version LIKE 'SSB 2024%mapped to 2020 codes') FROM ref_centrality c), false)
           AS centrality_2024_on_2020,
       vc.commuting_year, vc.employment_year
FROM ref_version v
LEFT JOIN ref_version_commuting vc USING (version_id)
ORDER BY v.version_id DESC
LIMIT 1;
