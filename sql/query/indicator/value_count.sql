-- How many indicator values the warehouse holds (ind_value's rows): the engine keeps every indicator's values in
-- memory only while they are few enough.
SELECT count(*) AS n FROM ind_value
