-- Programme characteristics that define peer groups. No parameters.
-- One row: a programme with type, status, length band, size band and dominant centrality class (NULL = unknown).
SELECT programme_id, name, type, status, length_band, size_band, dominant_centrality_class, median_yearly_hires,
       covered_municipalities, covered_population
FROM programme_context
ORDER BY name
