-- Programmes in the selection with their status. Parameters: :county2024, :county2020, :ba, :centrality, :type, :programme.
SELECT programme_id, name, type, status, covered_municipalities, covered_population
FROM f_selected_programmes(:county2024, :county2020, :ba, :centrality, :type, :programme)
ORDER BY name
