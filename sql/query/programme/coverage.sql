-- The municipalities one programme covers (public_programme_municipality), with name, centrality class and population
-- on 1 January 2020, and how each is known. The programme's placement model, minimum education and the quote that
-- supports its main attributes are repeated on every row; a programme without recorded municipalities gives one row
-- with a NULL kommunenummer, an unknown programme none. Parameter: :programme.
SELECT p.programme_id,
       p.placement_model,
       p.min_education,
       p.source_quote       AS programme_source_quote,
       pm.kommunenummer,
       m.name,
       m.centrality_class,
       m.population,
       pm.basis,
       pm.source_file,
       pm.source_section,
       pm.source_quote,
       pm.note,
       pm.source_count
FROM public_programme p
LEFT JOIN public_programme_municipality pm ON pm.programme_id = p.programme_id
LEFT JOIN public_municipality m ON m.kommunenummer = pm.kommunenummer
WHERE p.programme_id = :programme
ORDER BY pm.kommunenummer NULLS FIRST
