-- Load step 1: reference dimensions from the validated staging tables (stg_*, all text, one per sample-data file).

INSERT INTO ref_county_2020 (county_number, name)
SELECT DISTINCT fylkesnummer, fylkesnavn FROM stg_kommuner_2020;

INSERT INTO ref_county_2024 (county_number, name, municipality_count)
SELECT fylkesnummer, fylkesnavn, CAST(antall_kommuner AS INTEGER) FROM stg_fylker_2024;

INSERT INTO ref_municipality (kommunenummer, name, county_number_2020)
SELECT kommunenummer, kommunenavn, fylkesnummer FROM stg_kommuner_2020;

INSERT INTO ref_municipality_2024 (kommunenummer_2020, kommunenummer_2024, name_2024, county_number_2024, change)
SELECT kommunenummer_2020, kommunenummer_2024, kommunenavn_2024, fylkesnummer_2024, endring FROM stg_kommuner_2020_til_2024;

INSERT INTO ref_ba_region (ba_nr, name)
SELECT DISTINCT ba_nr, ba_navn FROM stg_ba_regioner_2020;

INSERT INTO ref_municipality_ba (kommunenummer, name_in_source, ba_nr, travel_time_min, out_commuting_pct, in_commuting_pct, inclusion_basis)
SELECT kommunenummer, kommunenavn_ba, ba_nr, CAST(reisetid_min AS DOUBLE), CAST(utpendling_pct AS DOUBLE),
       CAST(innpendling_pct AS DOUBLE), inkluderingsgrunnlag
FROM stg_ba_regioner_2020;

INSERT INTO ref_population (kommunenummer, year, population)
SELECT kommunenummer, 2020, CAST(befolkning_2020_01_01 AS INTEGER) FROM stg_befolkning_2020
UNION ALL
SELECT kommunenummer, 2021, CAST(befolkning_2021_01_01 AS INTEGER) FROM stg_befolkning_2020;

-- Reference version 1: the 2020 reference data of sample-data/reference (PROVENANCE.md). Its population is that of
-- 1 January 2020 (SSB 07459), the figure every view used before versions existed. Tables and licence are written
-- without words, so both languages can show them.
INSERT INTO ref_version (version_id, title_nb, title_en, figures_date, ssb_tables, licence, source_file, loaded_at)
VALUES (1, 'SSB-referansedata 2020 (folkemengde 1.1.2020)', 'SSB reference data 2020 (population 1 Jan 2020)',
        DATE '2020-01-01',
        'SSB 07459, 03321, 11618; KLASS 131, 104, 128',
        'NLOD / CC BY 4.0 (SSB)', 'sample-data/reference/befolkning_2020.csv', current_timestamp);

INSERT INTO ref_population_version (version_id, kommunenummer, population, basis)
SELECT 1, kommunenummer, CAST(befolkning_2020_01_01 AS INTEGER), 'same code' FROM stg_befolkning_2020;

-- The 2020 version of SSB's centrality classes was not available: each 2020 municipality gets the 2024 class of
-- its 2024 successor. 1507 Ålesund (2020) was split in 2024; it takes the class of 1508 Ålesund, the part that kept
-- the name, and says so.
INSERT INTO ref_centrality (kommunenummer, centrality_class, version, basis)
SELECT m.kommunenummer_2020,
       CAST(s.sentralitetsklasse_2024 AS INTEGER),
       'SSB 2024 (KLASS 128), mapped to 2020 codes',
       CASE WHEN m.change = 'uendret' THEN '2024 class of the same municipality'
            WHEN m.change = 'nytt_nummer' THEN '2024 class of ' || m.kommunenummer_2024 || ' ' || m.name_2024 || ' (new number)'
            ELSE '2024 class of ' || m.kommunenummer_2024 || ' ' || m.name_2024
                 || '; the 2020 municipality also covers what is now 1580 Haram' END
FROM ref_municipality_2024 m
JOIN stg_sentralitet_2024 s ON s.kommunenummer_2024 = m.kommunenummer_2024
WHERE m.change <> 'delt' OR m.kommunenummer_2024 = '1508';

INSERT INTO ref_commuting_flow (home_kommunenummer, work_kommunenummer, employed)
SELECT bostedskommune, arbeidsstedskommune, CAST(sysselsatte AS INTEGER) FROM stg_pendling_2020;

INSERT INTO ref_commuting_municipality
SELECT kommunenummer, CAST(befolkning_15_74 AS INTEGER), CAST(sysselsatte_bosted AS INTEGER),
       CAST(jobber_i_bostedskommunen AS INTEGER), CAST(utpendlere_innen_ba_region AS INTEGER),
       CAST(utpendlere_utenfor_ba_region AS INTEGER), CAST(utpendlere_annet_arbeidssted AS INTEGER),
       CAST(sysselsatte_arbeidssted AS INTEGER), CAST(innpendlere_fra_ba_region AS INTEGER),
       CAST(innpendlere_utenfor_ba_region AS INTEGER)
FROM stg_pendling_per_kommune;

-- Reference version 1's commuting (03321) and employment (11618) figures, 4th quarter 2020: the versioned copies the
-- views read (ref_current_commuting_municipality); an import adds the next version's.
INSERT INTO ref_version_commuting (version_id, commuting_year, employment_year) VALUES (1, 2020, 2020);

INSERT INTO ref_commuting_flow_version (version_id, home_kommunenummer, work_kommunenummer, employed)
SELECT 1, home_kommunenummer, work_kommunenummer, employed FROM ref_commuting_flow;

INSERT INTO ref_employment_version (version_id, kommunenummer, population_15_74, employed_residents, employed_at_workplace)
SELECT 1, kommunenummer, population_15_74, employed_residents, employed_at_workplace FROM ref_commuting_municipality;
