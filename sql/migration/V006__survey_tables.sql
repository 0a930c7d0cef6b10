-- The survey tables of the 2021 report as tables, not only as cells: each table's verbatim title, theme on the survey
-- page, the report's caveats (nb and en) and which indicators it speaks to; and English labels for every cell.

CREATE TABLE survey_table (
    survey               VARCHAR NOT NULL,   -- trainee_survey_2021 | firm_survey_2021
    table_ref            VARCHAR NOT NULL,   -- 'Tabell 8', 'Figur 17' (as numbered in the document)
    position             INTEGER NOT NULL,   -- order on the survey page and in the workbooks
    theme                VARCHAR NOT NULL,   -- background | recruitment | trainee_period | staying | firms
    caption              VARCHAR NOT NULL,   -- the table's title as printed (the question, verbatim)
    caption_en           VARCHAR NOT NULL,
    answers              VARCHAR NOT NULL,   -- one (one answer per respondent) | several (shares may add up to more than 100 %)
    compare_with         VARCHAR,            -- table_ref of a table of another, independent respondent group to compare with
    indicator_ids        VARCHAR,            -- space-separated indicator ids this table is the survey counterpart of
    caveat               VARCHAR,            -- the report's own caveats and how the numbers were read, bokmål
    caveat_en            VARCHAR,
    comparison_caveat    VARCHAR,            -- what to keep in mind when comparing with compare_with, bokmål
    comparison_caveat_en VARCHAR,
    source_file          VARCHAR NOT NULL,
    source_section       VARCHAR NOT NULL,
    source_quote         VARCHAR NOT NULL,   -- the caption line as printed
    submission_id        INTEGER NOT NULL REFERENCES submission (submission_id),
    PRIMARY KEY (source_file, table_ref)
);
COMMENT ON TABLE survey_table IS 'One table or figure of the 2021 report''s surveys (002): title, theme, caveats, linked indicators.';

ALTER TABLE survey_observation ADD COLUMN question_en VARCHAR;
ALTER TABLE survey_observation ADD COLUMN answer_category_en VARCHAR;
ALTER TABLE survey_observation ADD COLUMN respondent_group_en VARCHAR;
