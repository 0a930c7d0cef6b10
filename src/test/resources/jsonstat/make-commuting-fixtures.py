#!/usr/bin/env python3
"""Writes the whole-country 03321 and 11618 test fixtures (tests only, never sample data) from the 2020 reference
files: SSB's figures as pendling_2020.csv and pendling_2020_per_kommune.csv hold them, in the JSON-stat 2.0 structure
SSB's API gives for the two tables. 03321-2020-four-flows-changed.json changes four flows on purpose (see README.md).
Run from the repository root: python3 src/test/resources/jsonstat/make-commuting-fixtures.py"""
import csv, json

REF = 'sample-data/reference/'
OUT = 'src/test/resources/jsonstat/'
names = {r['kommunenummer']: r['kommunenavn'] for r in csv.DictReader(open(REF + 'kommuner_2020.csv', encoding='utf-8'))}
codes = sorted(names)

# 03321, with four flows changed: Bodø and Gildeskål, each row total kept (so no one is added or lost)
flows = {(r['bostedskommune'], r['arbeidsstedskommune']): int(r['sysselsatte'])
         for r in csv.DictReader(open(REF + 'pendling_2020.csv', encoding='utf-8'))}
CHANGED = {('1804', '1804'): 25312, ('1804', '1838'): 196, ('1838', '1804'): 213, ('1838', '1838'): 570}
for pair, new in CHANGED.items():
    flows[pair] = new
values = [flows.get((home, work), 0) for work in codes for home in codes]  # id order: ArbstedKomm, Bokommuen, ...
region = lambda label: {'label': label, 'category': {'index': {c: i for i, c in enumerate(codes)},
                                                      'label': {c: names[c] for c in codes}}}
d03321 = {
    'version': '2.0', 'class': 'dataset',
    'label': '03321: Sysselsatte (15-74 år), etter arbeidsstedskommune, bostedskommune, statistikkvariabel og år',
    'source': 'Statistisk sentralbyrå', 'updated': '2021-06-03T06:00:00Z',
    'note': ['TEST FIXTURE: SSB 03321 for 2020 from pendling_2020.csv with four flows changed (Bodø, Gildeskål)'],
    'role': {'time': ['Tid'], 'metric': ['ContentsCode'], 'geo': ['ArbstedKomm', 'Bokommuen']},
    'id': ['ArbstedKomm', 'Bokommuen', 'ContentsCode', 'Tid'],
    'size': [len(codes), len(codes), 1, 1],
    'dimension': {
        'ArbstedKomm': region('arbeidsstedskommune'),
        'Bokommuen': region('bostedskommune'),
        'ContentsCode': {'label': 'statistikkvariabel', 'category': {'index': {'Sysselsatte': 0},
            'label': {'Sysselsatte': 'Sysselsatte'}, 'unit': {'Sysselsatte': {'base': 'personer', 'decimals': 0}}}},
        'Tid': {'label': 'år', 'category': {'index': {'2020': 0}, 'label': {'2020': '2020'}}}},
    'extension': {'px': {'infofile': 'None', 'tableid': '03321', 'decimals': 0}},
    'value': values}
with open(OUT + '03321-2020-four-flows-changed.json', 'w', encoding='utf-8') as f:
    json.dump(d03321, f, ensure_ascii=False, separators=(',', ':'))

# 11618 for 2020 exactly as version 1 holds it
rows = {r['kommunenummer']: r for r in csv.DictReader(open(REF + 'pendling_2020_per_kommune.csv', encoding='utf-8'))}
variables = [('BefolkningBosted', 'befolkning_15_74', 'Befolkning 15-74 år etter bosted'),
             ('SysselBosted', 'sysselsatte_bosted', 'Sysselsatte 15-74 år etter bosted'),
             ('SysselArbsted', 'sysselsatte_arbeidssted', 'Sysselsatte 15-74 år etter arbeidssted')]
d11618 = {
    'version': '2.0', 'class': 'dataset',
    'label': '11618: Befolkning og sysselsatte (15-74 år), etter region, kjønn, alder, statistikkvariabel og år',
    'source': 'Statistisk sentralbyrå', 'updated': '2021-06-03T06:00:00Z',
    'note': ['TEST FIXTURE: SSB 11618 for 2020 from pendling_2020_per_kommune.csv, unchanged'],
    'role': {'time': ['Tid'], 'metric': ['ContentsCode'], 'geo': ['Region']},
    'id': ['Region', 'Kjonn', 'Alder', 'ContentsCode', 'Tid'],
    'size': [len(codes), 1, 1, 3, 1],
    'dimension': {
        'Region': region('region'),
        'Kjonn': {'label': 'kjønn', 'category': {'index': {'0': 0}, 'label': {'0': 'Begge kjønn'}}},
        'Alder': {'label': 'alder', 'category': {'index': {'15-74': 0}, 'label': {'15-74': '15-74 år'}}},
        'ContentsCode': {'label': 'statistikkvariabel', 'category': {'index': {v[0]: i for i, v in enumerate(variables)},
            'label': {v[0]: v[2] for v in variables}, 'unit': {v[0]: {'base': 'personer', 'decimals': 0} for v in variables}}},
        'Tid': {'label': 'år', 'category': {'index': {'2020': 0}, 'label': {'2020': '2020'}}}},
    'extension': {'px': {'infofile': 'None', 'tableid': '11618', 'decimals': 0}},
    'value': [int(rows[c][v[1]]) for c in codes for v in variables]}
with open(OUT + '11618-2020-whole-country.json', 'w', encoding='utf-8') as f:
    json.dump(d11618, f, ensure_ascii=False, separators=(',', ':'))
