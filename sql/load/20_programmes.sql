-- Load step 2: source documents, programmes and the municipalities they cover.

INSERT INTO source_document (source_file, title, publisher, year)
SELECT source_file, title, NULLIF(publisher, ''), CAST(NULLIF(year, '') AS INTEGER) FROM stg_sources;

INSERT INTO programme
SELECT programme_id, name, type, status, NULLIF(county_number_2020, ''), NULLIF(county_number_2024, ''),
       NULLIF(host, ''), CAST(NULLIF(founded_year, '') AS INTEGER), CAST(NULLIF(length_months, '') AS INTEGER),
       NULLIF(placement_model, ''), NULLIF(min_education, ''), source_file, source_section, source_quote, NULLIF(note, '')
FROM stg_programmes;

INSERT INTO programme_municipality
SELECT programme_id, kommunenummer, basis, source_file, source_section, source_quote, NULLIF(note, '')
FROM stg_programme_municipalities;
