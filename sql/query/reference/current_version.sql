-- The reference version the views use now (ref_current_version). One row: id, titles, date of the figures, SSB
-- tables, licence, when it was loaded, whether the centrality classes are the 2024 ones applied to 2020 municipalities.
SELECT version_id, title_nb, title_en, figures_date, ssb_tables, licence, loaded_at, centrality_2024_on_2020
FROM ref_current_version
