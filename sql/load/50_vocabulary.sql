-- Load step 5: the words users read for the codes of the data (sample-data/vocabulary/*.csv): one row per metric,
-- category or unit of the facts and per minimum education of the programmes (free text), in bokmål and English.
-- Like ind_observation it only changes when data is loaded, so the load (re)creates it; the views and workbooks read
-- it through VocabularyService.

CREATE OR REPLACE TABLE vocabulary_label AS
SELECT kind, code, label_nb, label_en, NULLIF(one_nb, '') AS one_nb, NULLIF(one_en, '') AS one_en
FROM stg_vocabulary
ORDER BY kind, code;

COMMENT ON TABLE vocabulary_label IS 'The words for the codes of the data, in bokmål and English (sample-data/vocabulary/): every metric, category and unit of the facts and every minimum education of the programmes. Keys: (kind, code).';
