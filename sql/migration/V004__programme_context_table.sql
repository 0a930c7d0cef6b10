-- programme_context as a table: every dashboard query reads it, and it only changes when data is loaded, so the
-- load fills it from the view v_programme_context (sql/load/40_materialise.sql) instead of recomputing it per request.
CREATE TABLE programme_context (
    programme_id              VARCHAR PRIMARY KEY,
    name                      VARCHAR,
    type                      VARCHAR,
    status                    VARCHAR,
    county_number_2020        VARCHAR,
    county_number_2024        VARCHAR,
    length_months             INTEGER,
    length_band               VARCHAR,
    median_yearly_hires       DOUBLE,
    size_band                 VARCHAR,
    dominant_centrality_class INTEGER,
    covered_municipalities    BIGINT,
    covered_population_2020   HUGEINT,
    ba_regions                VARCHAR[]
);
