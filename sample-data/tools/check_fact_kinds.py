#!/usr/bin/env python3
"""Checks sample-data/facts/*.csv: columns, period and figure kinds, joint statements, repeated facts and quotes.

Run from the repository root: python3 sample-data/tools/check_fact_kinds.py
Prints every problem and exits 1 if there is one. Seeds are read from ../shared/seeds (beside the repository), or
from the folder in the environment variable TRAINEEMONITOR_SEEDS.
"""
import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.normpath(os.path.join(HERE, '..'))
REPO = os.path.dirname(SAMPLE)
SEEDS = os.environ.get('TRAINEEMONITOR_SEEDS', os.path.join(REPO, '..', 'shared', 'seeds'))

HEADER = ['fact_id', 'programme_id', 'region_type', 'region_code', 'metric', 'category', 'period_start',
          'period_end', 'value', 'unit', 'scope', 'horizon', 'qualifier', 'source_file', 'source_section',
          'source_quote', 'conflict_note', 'note', 'period_kind', 'figure_kind', 'statement_programmes']
PERIOD_KINDS = {'year', 'multi_year', 'point', 'open_ended'}
FIGURE_KINDS = {'outcome', 'target', 'plan', 'model'}
QUALIFIERS = {'reported', 'approximate', 'estimate', 'range_low', 'range_high', 'budget', 'minimum', 'maximum'}


def normalise(text):
    # as SourceQuoteTest: text.replaceAll("\\s+", " ").strip() (Java \s = [ \t\n\x0B\f\r])
    return re.sub(r'[ \t\n\x0b\f\r]+', ' ', text).strip(' \t\n\x0b\f\r')


def programme_ids():
    ids = set()
    for path in glob.glob(os.path.join(SAMPLE, 'programmes', '*.csv')):
        with open(path, encoding='utf-8', newline='') as f:
            ids.update(r['programme_id'] for r in csv.DictReader(f))
    return ids


def year(text):
    return int(text) if re.fullmatch(r'\d{4}', text) else None


def check_row(r, where, programmes):
    problems = []
    p = problems.append
    kind, start, end = r['period_kind'], r['period_start'], r['period_end']
    for name, value in (('period_start', start), ('period_end', end)):
        if value and year(value) is None:
            p('%s %s is not a year: %r' % (where, name, value))
    s, e = year(start), year(end)
    if kind not in PERIOD_KINDS:
        p('%s period_kind %r not in %s' % (where, kind, sorted(PERIOD_KINDS)))
    elif kind in ('year', 'point'):
        if not ((s is None and e is None) or (s is not None and s == e)):
            p('%s period_kind %s needs period_start = period_end or both empty, has %r-%r' % (where, kind, start, end))
    elif kind == 'multi_year':
        if s is None or e is None or not s < e:
            p('%s period_kind multi_year needs period_start < period_end, both set, has %r-%r' % (where, start, end))
    elif kind == 'open_ended':
        if s is not None and e is not None:
            p('%s period_kind open_ended needs an unknown (empty) end, has %r-%r' % (where, start, end))
    if r['figure_kind'] not in FIGURE_KINDS:
        p('%s figure_kind %r not in %s' % (where, r['figure_kind'], sorted(FIGURE_KINDS)))
    if r['qualifier'] not in QUALIFIERS:
        p('%s qualifier %r not in %s' % (where, r['qualifier'], sorted(QUALIFIERS)))
    if r['qualifier'] == 'budget' and r['figure_kind'] == 'outcome':
        p('%s qualifier budget with figure_kind outcome' % where)
    joint = r['statement_programmes']
    if joint:
        ids = joint.split(' ')
        if joint != joint.strip() or '' in ids:
            p('%s statement_programmes must be ids separated by single spaces: %r' % (where, joint))
        if len(ids) < 2:
            p('%s statement_programmes names fewer than 2 programmes: %r' % (where, joint))
        if ids != sorted(ids):
            p('%s statement_programmes not sorted: %r' % (where, joint))
        if len(set(ids)) != len(ids):
            p('%s statement_programmes repeats an id: %r' % (where, joint))
        for unknown in sorted(set(ids) - programmes - {''}):
            p('%s statement_programmes id %r not in sample-data/programmes' % (where, unknown))
        if r['programme_id'] or r['region_type'] or r['region_code']:
            p('%s joint statement must have empty programme_id, region_type and region_code' % where)
    else:
        if r['programme_id']:
            if r['programme_id'] not in programmes:
                p('%s programme_id %r not in sample-data/programmes' % (where, r['programme_id']))
        elif not (r['region_type'] and r['region_code']):
            p('%s no subject: programme_id, region or statement_programmes needed' % where)
    return problems


def main():
    programmes = programme_ids()
    documents = {}
    problems = []
    ids = {}
    identities = {}
    count = 0
    files = sorted(glob.glob(os.path.join(SAMPLE, 'facts', '*.csv')))
    if not os.path.isdir(SEEDS):
        problems.append('seeds folder not found: %s (set TRAINEEMONITOR_SEEDS)' % SEEDS)
    for path in files:
        name = os.path.relpath(path, REPO)
        with open(path, 'rb') as f:
            raw = f.read()
        if b'\r' in raw:
            problems.append('%s: has \\r (line ends must be \\n)' % name)
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError as ex:
            problems.append('%s: not UTF-8 (%s)' % (name, ex))
            continue
        rows = list(csv.reader(text.splitlines(keepends=True)))
        if not rows or rows[0] != HEADER:
            problems.append('%s: header is not %s' % (name, ','.join(HEADER)))
            continue
        for number, row in enumerate(rows[1:], start=2):
            where = '%s:%d' % (name, number)
            if len(row) != len(HEADER):
                problems.append('%s has %d columns, not %d' % (where, len(row), len(HEADER)))
                continue
            r = dict(zip(HEADER, row))
            count += 1
            where = '%s %s' % (where, r['fact_id'])
            if r['fact_id'] in ids:
                problems.append('%s fact_id also in %s' % (where, ids[r['fact_id']]))
            ids[r['fact_id']] = where
            problems.extend(check_row(r, where, programmes))
            # as the loader's sameFactTwice check, plus statement_programmes
            try:
                value = float(r['value'])
            except ValueError:
                problems.append('%s value is not a number: %r' % (where, r['value']))
                value = r['value']
            identity = tuple(r[c] for c in ('programme_id', 'region_type', 'region_code', 'statement_programmes',
                                            'metric', 'category', 'period_start', 'period_end', 'unit', 'scope',
                                            'horizon', 'qualifier', 'source_file')) + (value, normalise(r['source_quote']))
            if identity in identities:
                problems.append('%s repeats %s (same subject, metric, period, value and quote)' % (where, identities[identity]))
            identities.setdefault(identity, r['fact_id'])
            if os.path.isdir(SEEDS):
                doc_file = r['source_file']
                if doc_file not in documents:
                    doc_path = os.path.join(SEEDS, doc_file)
                    documents[doc_file] = (normalise(open(doc_path, encoding='utf-8').read())
                                           if os.path.isfile(doc_path) else None)
                document = documents[doc_file]
                quote = normalise(r['source_quote'])
                if document is None:
                    problems.append('%s source_file %r not in %s' % (where, doc_file, SEEDS))
                elif len(quote) < 8 or quote not in document:
                    problems.append('%s source_quote not found verbatim in %s: %r' % (where, doc_file, quote))
    for problem in problems:
        print(problem)
    print('%d facts in %d files checked, %d problem(s)' % (count, len(files), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
