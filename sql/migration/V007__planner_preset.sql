-- The planner's presets (sample-data/planner_presets/): figures of two programmes that were considered and not started,
-- the Vestland media-tech programme's cost table (000 §4.1) and the fee models the Sør-Østerdal pre-study met (001 §4),
-- each with its source. They are models and quoted prices, not outcomes: the planner starts a scenario from them and
-- nothing ranks or pools them.

CREATE TABLE planner_preset (
    preset_id          VARCHAR NOT NULL,   -- medietech-vestland | sor-osterdal (the ?forslag= of /planlegg)
    item               VARCHAR NOT NULL,   -- municipalities | cohort | length_months | members | cost_recruitment | cost_owner
                                           -- | cost_other | cost_total | price_per_trainee | stated_share | participant_share
                                           -- | membership_fee | hiring_member_fee | trainee_fee
    category           VARCHAR,            -- cost line as the source names it; fee model (programme id); programme whose
                                           -- municipalities the preset covers; for stated_share the cost group
    value              DOUBLE NOT NULL,
    unit               VARCHAR NOT NULL,   -- count | months | nok | percent | nok_per_year | nok_per_tertial
    qualifier          VARCHAR NOT NULL,   -- reported | approximate | budget | maximum
    scales_with_cohort BOOLEAN NOT NULL,   -- a cost line priced per participant: scales with the cohort
    source_file        VARCHAR NOT NULL,
    source_section     VARCHAR NOT NULL,
    source_quote       VARCHAR NOT NULL,
    note               VARCHAR,
    position           INTEGER NOT NULL    -- order in the file (cost lines in the source's order); one row per
                                           -- preset, item and category (checked when the sample data is read)
);
COMMENT ON TABLE planner_preset IS 'One figure a planner preset starts from (000 cost table, 001 fee models), with its source.';
