-- Every label of the vocabulary (sample-data/vocabulary/): the words for the metrics, categories and units of the
-- facts. No parameters. One row: a kind (metric, category, unit), a code and its label in bokmål and English, with the
-- singular forms of a unit where they differ (1 måned / 12 måneder).
SELECT kind, code, label_nb, label_en, one_nb, one_en
FROM vocabulary_label
ORDER BY kind, code
