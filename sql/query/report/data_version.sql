-- The data version of the warehouse file and when it was built, for the cover sheet of every report. No parameters.
SELECT data_version, built_at FROM warehouse_build LIMIT 1
