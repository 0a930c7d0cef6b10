-- The warehouse's data version and when it was built: what a page about an indicator names as the state it shows.
SELECT data_version, built_at FROM warehouse_build
