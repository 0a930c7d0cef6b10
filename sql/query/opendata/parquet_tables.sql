-- What `export parquet` writes, in this order: every public_* view (the published data, as the dashboard shows it) and
-- the tables another engine needs to join and read them: the reference data (ref_*), the indicator catalogue and the
-- engine's observations, the source documents and the yearly-return template. Build bookkeeping is left out.
SELECT table_name
FROM information_schema.tables
WHERE table_schema = 'main'
  AND (starts_with(table_name, 'public_') OR starts_with(table_name, 'ref_')
       OR table_name IN ('indicator_definition', 'indicator_variant', 'v_ind_observation', 'source_document',
                         'return_metric'))
ORDER BY starts_with(table_name, 'public_') DESC, table_name
