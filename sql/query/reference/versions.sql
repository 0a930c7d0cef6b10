-- Every reference version, newest first, for the list on /admin: id, titles, date of the population, years of the
-- commuting (SSB 03321) and employment (SSB 11618) figures, when it was loaded. One row: a version.
SELECT v.version_id, v.title_nb, v.title_en, v.figures_date, vc.commuting_year, vc.employment_year, v.loaded_at
FROM ref_version v
LEFT JOIN ref_version_commuting vc USING (version_id)
ORDER BY v.version_id DESC
