-- What a selection asks of each programme (the columns f_selected_programmes filters on): the indicator engine picks the
-- public's values of a selection from the values it keeps (IndicatorService, SelectableProgramme).
SELECT programme_id, county_number_2024, county_number_2020, ba_regions, dominant_centrality_class, type
FROM programme_context
ORDER BY programme_id
