#!/usr/bin/env python3
"""Adds period_kind, figure_kind and statement_programmes to every sample-data/facts/*.csv.

Run from the repository root: python3 sample-data/tools/annotate_periods.py

A default comes from the metric and the stored period (see default_period_kind); every fact that feeds an indicator
or a programme comparison, and every fact whose default was doubtful, was then read against its source and is
listed in DECISIONS with the reason. JOINT merges the rows that split one statement about several programmes into
one row per programme. Re-running on annotated files recomputes the three columns and leaves notes and merged rows
as they are (each change is applied only if not applied yet). Check the result with check_fact_kinds.py.
"""
import csv
import glob
import os
import sys

FACTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'facts')
NEW_COLUMNS = ['period_kind', 'figure_kind', 'statement_programmes']

# Metrics that describe a state at one moment (counts of members, staff, prices, fees, lengths, founding years,
# programme design such as gatherings per year). Everything else counts or measures something over a period.
POINT_METRICS = set("""
member_organisations active_trainees staff_position_share staff_fte staff_count price_per_trainee_nok
membership_fee_nok salary_nok programme_length_months founded_year first_cohort_year municipalities_covered
programmes_count programme_age_years milestone_year renamed_year merger_year paused_from_year restarted_year
planned_start_year joined_network_year board_members board_term_years member_municipalities member_employees
min_education_years placement_length_months placement_periods host_firms_per_trainee gatherings gathering_days
days_per_gathering gathering_share follow_up_meetings_per_year mentoring_sessions_per_year courses_per_year
intakes_per_year job_ads_per_year max_age_years min_membership_years member_commitment_trainee_months
member_commitment_period_years fee_multiplier_with_trainee competence_programme_value_nok
fee_size_threshold_employees travel_time_hours project_length_years project_leader_tenure_years
counties_with_programmes counties_total municipalities_in_class ba_regions_count ba_travel_time_minutes
commuting_coefficient commuting_outside_ba_share population_covered population_share_covered
share_of_class_5_6_municipalities target_firms partnership_firms study_centres career_centres
regional_competence_fora tool_versions unit_cost_nok career_fair_cost_nok funding_duration_years
dropout_after_months counties_with_remaining_funds remaining_funds_nok continuation_plan_length_years
project_positions placement_model_share programmes_with_direct_employment recruitment_need_persons conference_days
programmes_high_effect_2011_evaluation
""".split())


def default_period_kind(r):
    s, e = r['period_start'], r['period_end']
    if r['metric'] == 'retained_in_region' and r['horizon'] == 'at_survey':
        return 'point'  # share or count still living in the region when asked: a state at that moment
    if r['metric'] in POINT_METRICS:
        return 'point'
    if s and e:
        return 'multi_year' if int(s) < int(e) else 'year'
    if s or e:
        return 'open_ended'
    return None  # no period and not a state: decided in DECISIONS


def d(period_kind=None, figure_kind=None, note=None, **changes):
    """One reviewed decision: kinds, changed fields (period_start, period_end, qualifier, category) and the note
    sentence that explains the change (appended once)."""
    return dict(period_kind=period_kind, figure_kind=figure_kind, note=note, changes=changes)


MODEL = 'Cost model of 000 §4.1 (table for 10 participants): figure_kind model'
MODEL_ROUND = MODEL + '; one programme round, year not stated (period_kind year, empty).'
MODEL_PRICE = MODEL + '; a unit price (period_kind point).'
PLAN_SKETCH = 'Planned design of the proposed programme (000 §4.2-4.4): figure_kind plan.'
SURVEY_2012_2020 = ('Trainee survey (Nov-Dec 2020) of trainees enrolled in the 13 programmes from 2012 (§2.3.1, §7.1): '
                    'period_start 2012 stated there, so multi_year 2012-2020 (was {old}).')
TYPICAL_YEARLY = 'period_kind year: a yearly figure whose year the source does not name'

DECISIONS = {
    # ---------------------------------------------------------------- 003 (undated profile)
    'f003-0003': d('open_ended', note='period_kind open_ended: \'Fram til i dag\' in an undated profile; start 1999 (first cohort), end unknown.'),
    'f003-0004': d('open_ended'),
    'f003-0005': d('open_ended'),
    'f003-0010': d('year', note='period_kind year: membership fees (kontingent) are a periodic payment; the profile does not say per year nor which year - read as one year\'s fees, years unknown.'),
    'f003-0014': d('open_ended', note='period_kind open_ended: rate from the 2011 evaluation, span of trainees not stated.'),
    # ---------------------------------------------------------------- 000 (Medieklyngen 2025)
    'f000-0015': d('open_ended', period_end='2025', period_start=''),
    'f000-0018': d('year', 'model', note=MODEL_ROUND),
    'f000-0019': d('year', 'model', note=MODEL_ROUND),
    'f000-0020': d('year', 'model', note=MODEL_ROUND),
    'f000-0021': d('point', 'model', note=MODEL_PRICE),
    'f000-0022': d('year', 'model', note=MODEL_ROUND),
    'f000-0023': d('year', 'model', note=MODEL_ROUND),
    'f000-0024': d('point', 'model', note=MODEL_PRICE),
    'f000-0025': d('year', 'model', note=MODEL_ROUND),
    'f000-0026': d('year', 'model', note=MODEL_ROUND),
    'f000-0027': d('year', 'model', note=MODEL_ROUND),
    'f000-0028': d('point', 'model', note=MODEL_PRICE),
    'f000-0029': d('year', 'model', note=MODEL_ROUND),
    'f000-0030': d('year', 'model', note=MODEL_ROUND),
    'f000-0031': d('year', 'model', note=MODEL_ROUND),
    'f000-0032': d('year', 'model', note=MODEL_ROUND),
    'f000-0033': d('point', 'model', note=MODEL_PRICE),
    'f000-0034': d('year', 'model', note=MODEL_ROUND),
    'f000-0035': d('year', 'model', note=MODEL_ROUND),
    'f000-0036': d('year', 'model', note=MODEL_ROUND),
    'f000-0037': d('point', 'model', note=MODEL + '; the ticket price (2026 prices) the model assumes Medieklyngen absorbs.'),
    'f000-0038': d('point', 'plan', note=PLAN_SKETCH),
    'f000-0039': d('year', 'model', note=MODEL_ROUND),
    'f000-0040': d('point', 'model', note=MODEL + ': price per participant derived from the table total / 10 (period_kind point, a price).'),
    'f000-0041': d('year', 'model', note=MODEL_ROUND),
    'f000-0042': d('year', 'plan', note=PLAN_SKETCH + ' Size of one programme round, year not stated.'),
    'f000-0043': d('point', 'plan', note=PLAN_SKETCH + ' \'Vi ser for oss\'.'),
    'f000-0044': d('point', 'plan', note=PLAN_SKETCH + ' \'Vi ser for oss\'.'),
    'f000-0045': d('point', 'plan', note=PLAN_SKETCH),
    'f000-0046': d('point', 'plan', note=PLAN_SKETCH),
    'f000-0047': d('point', 'plan', note=PLAN_SKETCH),
    'f000-0048': d('point', 'plan', note=PLAN_SKETCH),
    'f000-0049': d('year', 'target', qualifier='reported',
                   note='figure_kind target: listed under \'Målsetninger\' of the model sketch (4.4), not a result; the target is stated exactly, so qualifier reported (was budget). period_kind year: a target for each programme round, year not stated.'),
    # ---------------------------------------------------------------- 001 (Sør-Østerdal pre-study 2024)
    'f001-0014': d('open_ended', note='period_kind open_ended: rate from the 2011 evaluation, span of trainees not stated.'),
    'f001-0015': d('open_ended'),
    'f001-0016': d('open_ended'),
    'f001-0017': d('open_ended', note='period_kind open_ended: rate from the 2011 evaluation, span of trainees not stated.'),
    'f001-0018': d('year', note='period_kind year: one survey round of the 2011 evaluation, year not stated.'),
    'f001-0052': d('open_ended', period_start='', period_end='2024',
                   note='period_kind open_ended: \'80% av de som gjennomfører ... forblir i regionen\' is a long-run share with no span; 2024 = when it was stated (period was 2024-2024).'),
    'f001-0080': d('open_ended', period_start='', period_end='2024',
                   note='period_kind open_ended: share of the about 50 who have been through since the start (start year disputed, see f001-0078), as of 2024 (period was 2024-2024).'),
    # ---------------------------------------------------------------- 002 context
    'f002c-0062': d('point', period_start='2020', period_end='2020',
                    note='period_kind point: a count of programmes, as of the 2020 data collection; 2012-2020 is the study period of the trainee data, not of this count (period was 2012-2020).'),
    'f002c-0065': d('multi_year', period_start='2012', period_end='2020', note=SURVEY_2012_2020.format(old='2020-2020') + ' Same survey item as f002s-0028 and f002b-0170.'),
    'f002c-0067': d('multi_year', period_start='2012', period_end='2020', note=SURVEY_2012_2020.format(old='2020-2020') + ' Same survey item as f002b-0173.'),
    'f002c-0068': d('multi_year', period_start='2012', period_end='2020', note=SURVEY_2012_2020.format(old='2020-2020') + ' Same survey result as Tabell 4 (f002s-0016).'),
    'f002c-0100': d('multi_year', period_start='2012', period_end='2020', note=SURVEY_2012_2020.format(old='2020-2020')),
    'f002c-0071': d('open_ended', note='period_kind open_ended: rate from the 2011 evaluation, span of trainees not stated.'),
    'f002c-0089': d('multi_year', note='period_kind multi_year: programmes covered by the interviews held Nov 2020 - May 2021 (a total over the fieldwork).'),
    'f002c-0093': d('multi_year', note='period_kind multi_year: programmes covered by the interviews held Nov 2020 - May 2021 (a total over the fieldwork).'),
    'f002c-0098': d('year', note=TYPICAL_YEARLY + ' (oversubscription per recruitment round).'),
    'f002c-0099': d('year', note=TYPICAL_YEARLY + ' (oversubscription per recruitment round).'),
    # ---------------------------------------------------------------- 002 survey totals
    'f002s-0001': d('point', period_start='2020', period_end='2020',
                    note='period_kind point: a count of programmes, as of the 2020 survey; 2012-2020 is the enrolment span of the surveyed trainees, not of this count (period was 2012-2020).'),
    'f002s-0023': d('multi_year', period_start='2012', period_end='2020', note=SURVEY_2012_2020.format(old='2020-2020')),
    'f002s-0024': d('multi_year', period_start='2012', period_end='2020', note=SURVEY_2012_2020.format(old='2020-2020')),
    # ---------------------------------------------------------------- 002 ch. 3 (002a)
    'f002a-0036': d('year', 'plan', note='figure_kind plan: \'Det er avsatt 690 000 kroner per år\' is money set aside (budgeted) for project management in the pilot, not spending reported.'),
    'f002a-0091': d('year', note=TYPICAL_YEARLY + ' (earlier cohorts).'),
    'f002a-0092': d('year', note=TYPICAL_YEARLY + ' (earlier cohorts).'),
    'f002a-0095': d('year', note=TYPICAL_YEARLY + ' (\'for hver gang\' = per recruitment round).'),
    'f002a-0105': d('year', note=TYPICAL_YEARLY + ' (\'per år\').'),
    'f002a-0106': d('year', note=TYPICAL_YEARLY + ' (\'per år\').'),
    'f002a-0109': d('year', period_start='', period_end='',
                    note='period_kind year: size of the first cohort(s); its year is not stated (established 2009, but 2020 is the 11th cohort, so the first may be 2010) - period_start 2009 cleared.'),
    'f002a-0110': d('year', period_start='', period_end='',
                    note='period_kind year: size of the first cohort(s); its year is not stated (established 2009, but 2020 is the 11th cohort, so the first may be 2010) - period_start 2009 cleared.'),
    'f002a-0111': d('year', period_start='', period_end='',
                    note='period_kind year: \'15-17 årlig\' is a count per year (each of the last six-seven years up to 2020), no single year named - period_end 2020 cleared.'),
    'f002a-0112': d('year', period_start='', period_end='',
                    note='period_kind year: \'15-17 årlig\' is a count per year (each of the last six-seven years up to 2020), no single year named - period_end 2020 cleared.'),
    'f002a-0129': d('point', qualifier='estimate',
                    note='qualifier estimate (was approximate): \'Prosjektleder anslår\'. period_kind point: share still living in the region when asked (2020).'),
    'f002a-0136': d('year', 'target', qualifier='reported', period_start='', period_end='',
                    note='figure_kind target: \'Ambisjonen foreløpig er tre nye traineer i året\' is an ambition, not hires; stated exactly, so qualifier reported (was budget). period_kind year with empty years: a standing yearly ambition, not the hires of 2020; \'foreløpig\' (for now) only dates when it was said (autumn 2020), so period 2020-2020 was cleared.'),
    'f002a-0138': d('open_ended', note='period_kind open_ended: typical share of trainees, no span stated.'),
    'f002a-0139': d('open_ended', note='period_kind open_ended: typical share of trainees, no span stated.'),
    'f002a-0141': d('year', 'target', qualifier='reported',
                    note='figure_kind target: \'en realistisk målsetting ... ville vært åtte traineer i året\' is a hypothetical target (if the coordinator had a 100 % position), not hires. The number itself is not hedged, so qualifier reported (was estimate). period_kind year: per year, year not named.'),
    'f002a-0147': d('year', note='period_kind year: one earlier survey (around the 2005 start), year not stated.'),
    'f002a-0150': d('point', period_start='2020', period_end='2020',
                    note='period_kind point: length of the two-year Trainee Trøndelag project (from the 2018 merger to May 2020), as of 2020 (period was -2020).'),
    'f002a-0153': d('point', period_start='2019', period_end='2019',
                    note='period_kind point: municipalities that joined the nurse-trainee call of 2019 (\'I 2019 ble det lyst ut sykepleie-traineer\') (period was 2019-2020).'),
    'f002a-0176': d('open_ended', qualifier='estimate', period_start='', period_end='2020',
                    note='qualifier estimate (was approximate): \'Prosjektleder anslår\'. period_kind open_ended: a typical share of trainees continuing in the firm, no span stated; 2020 = when it was said (period was 2020-2020).'),
    'f002a-0179': d('open_ended', period_start='', period_end='2020',
                    note='period_kind open_ended: \'to av fem er tilflyttere\' is a typical share of trainees, no span stated; 2020 = when it was said (period was 2020-2020).'),
    'f002a-0193': d('year', note=TYPICAL_YEARLY + ' (\'årlig\').'),
    'f002a-0194': d('year', note=TYPICAL_YEARLY + ' (\'årlig\').'),
    'f002a-0195': d('year', note=TYPICAL_YEARLY + ' (\'per år\').'),
    'f002a-0196': d('year', note=TYPICAL_YEARLY + ' (\'per år\').'),
    'f002a-0201': d('point', category='of_retained_after_programme',
                    note='category of_retained_after_programme (was empty): \'Rundt halvparten av disse\' = half of those (~60 % of ~40) who stayed after the trainee period, not of all trainees (about 30 % of them) - kept out of the regional-retention share of completers. period_kind point: still living there when asked (2020).'),
    # ---------------------------------------------------------------- 002 ch. 3 and 7 (002b)
    'f002b-0025': d('point', category='unspecified',
                    note='category unspecified (was empty): \'Antall medlemsbedrifter har økt jevnt, blant annet fra 30 til 45 over de tre siste årene\' does not say whether all or only active members are counted.'),
    'f002b-0026': d('point', category='unspecified',
                    note='category unspecified (was empty): the growth sentence does not say whether all or active members are counted, and its 45 equals the active count (f002b-0022), not the 48 members of the same paragraph (f002b-0021) - so it is not the total of autumn 2020.'),
    'f002b-0034': d('year', note=TYPICAL_YEARLY + ' (early cohorts).'),
    'f002b-0035': d('year', note=TYPICAL_YEARLY + ' (early cohorts).'),
    'f002b-0036': d('year', period_start='', period_end='',
                    note='period_kind year: size per cohort \'de siste årene\', no single year named - period_end 2020 cleared.'),
    'f002b-0037': d('year', note=TYPICAL_YEARLY + ' (\'for få år siden\').'),
    'f002b-0038': d('year', period_start='', period_end='',
                    note='period_kind year: applicants per round \'for de siste kullene\', no single year named - period_end 2020 cleared.'),
    'f002b-0040': d('year', note='period_kind year: \'Andelen har økt til mellom 70 og 90 prosent forrige år\' is the settling share for last year (2019), a rate for one year rather than a state at the interview.'),
    'f002b-0041': d('year', note='period_kind year: \'Andelen har økt til mellom 70 og 90 prosent forrige år\' is the settling share for last year (2019), a rate for one year rather than a state at the interview.'),
    'f002b-0043': d('open_ended', note='period_kind open_ended: average scores over the programme\'s own surveys, span not stated.'),
    'f002b-0044': d('open_ended', note='period_kind open_ended: average scores over the programme\'s own surveys, span not stated.'),
    'f002b-0057': d('open_ended', note='period_kind open_ended: total since the start, span not stated.'),
    'f002b-0058': d('open_ended'),
    'f002b-0059': d('open_ended'),
    'f002b-0065': d('point', 'target', qualifier='reported',
                    note='figure_kind target: \'det arbeides for økning til 50 prosent fra 2021\' is an aim, not the staffing; stated exactly, so qualifier reported (was budget).'),
    'f002b-0070': d('year', note=TYPICAL_YEARLY + ' (one interview day per yearly call).'),
    'f002b-0071': d('year', note=TYPICAL_YEARLY + ' (one interview day per yearly call).'),
    'f002b-0076': d('point', period_start='2020', period_end='2020',
                    note='period_kind point: length of the professional programme run up to 2020 (replaced from 2021) (period was -2020).'),
    'f002b-0083': d('point', period_start='2018', period_end='2018',
                    note='period_kind point: length of the county-funded project granted with the 2018 merger (period was 2018-).'),
    'f002b-0085': d('year', period_start='', period_end='',
                    note='period_kind year: relevant applicants per year \'de senere år\', no single year named - period_end 2020 cleared.'),
    'f002b-0086': d('year', period_start='', period_end='',
                    note='period_kind year: relevant applicants per year \'de senere år\', no single year named - period_end 2020 cleared.'),
    'f002b-0090': d('open_ended', note='period_kind open_ended: the first cohorts (from 2006), span not stated.'),
    'f002b-0092': d('point', period_start='2020', period_end='2020',
                    note='period_kind point: a price as stated in the 2020 interview (period was -2020).'),
    'f002b-0093': d('point', period_start='2020', period_end='2020',
                    note='period_kind point: a price as stated in the 2020 interview (period was -2020).'),
    'f002b-0098': d('point', period_start='', period_end='',
                    note='period_kind point: founding firms at the start in \'2004/2005\' - the year is uncertain, so the period was cleared (was 2004-2005).'),
    'f002b-0099': d('point', period_start='', period_end='',
                    note='period_kind point: founding firms at the start in \'2004/2005\' - the year is uncertain, so the period was cleared (was 2004-2005).'),
    'f002b-0130': d('open_ended', note='period_kind open_ended: typical share, no span stated.'),
    'f002b-0131': d('open_ended', note='period_kind open_ended: typical share, no span stated.'),
    'f002b-0134': d('year', period_start='', period_end='',
                    note='period_kind year: \'om lag 300 i året\', no single year named - period_end 2020 cleared.'),
    'f002b-0139': d('point', period_start='2020', period_end='2020',
                    note='period_kind point: share of all who have been through still living on Sørlandet when asked (autumn 2020) (period was -2020).'),
    'f002b-0145': d('point'),
    'f002b-0146': d('point'),
    'f002b-0154': d('year', period_start='', period_end='',
                    note='period_kind year: typical size of one cohort, no single year named (2020: 23 hires, f002b-0108) - period_end 2020 cleared.'),
    'f002b-0160': d('year', period_start='', period_end='',
                    note='period_kind year: applicants per call \'på de siste utlysningene\', no single year named - period_end 2020 cleared.'),
    'f002b-0161': d('year', period_start='', period_end=''),
    'f002b-0175': d('point', period_start='2020', period_end='2020',
                    note='period_kind point: a price as stated in the 2020 interviews (period was -2020).'),
    'f002b-0181': d('year', period_start='2020', period_end='2020',
                    note='period_kind year: active trainees\' answers in the Nov-Dec 2020 survey round (period was -2020).'),
    'f002b-0182': d('year', period_start='2020', period_end='2020',
                    note='period_kind year: active trainees\' answers in the Nov-Dec 2020 survey round (period was -2020).'),
    'f002b-0183': d('year', period_start='2020', period_end='2020',
                    note='period_kind year: active trainees\' answers in the Nov-Dec 2020 survey round (period was -2020).'),
    'f002b-0186': d('point', period_start='2020', period_end='2020',
                    note='period_kind point: share of completers still living in the region when asked (autumn 2020), as f002a-0099 (period was -2020).'),
    # ---------------------------------------------------------------- 004 (Kompetansepilot)
    'f004-0011': d('multi_year'),
    'f004-0022': d('point', 'plan', note='figure_kind plan: length of an adopted, funded plan for the coming years.'),
    'f004-0030': d('multi_year', note='period_kind multi_year: municipalities of the 20 firms with agreements made during the project period (a total over 2020-2023).'),
    'f004-0035': d('point', 'plan', note='figure_kind plan: positions under consideration (\'vurderer\'), not created.'),
}

for fid in ['f002b-%04d' % i for i in (167, 168, 169, 170, 171, 172, 173, 174, 176, 180, 184, 187, 188, 189)]:
    extra = {'f002b-0176': ' Same survey result as Tabell 4 (f002s-0016).',
             'f002b-0180': ' Same survey result as Tabell 8 (f002s-0008).'}.get(fid, '')
    DECISIONS[fid] = d('multi_year', period_start='2012', period_end='2020',
                       note=SURVEY_2012_2020.format(old='-2020') + extra)

JOINT = [
    dict(keep='f000-0015', merged=['f000-0016', 'f000-0017'],
         programmes=['seafood_trainee', 'trainee_salten', 'trainee_vest'],
         note='One statement about three programmes; was f000-0015, f000-0016, f000-0017 (trainee_vest, trainee_salten, '
              'seafood_trainee). \'Flere etablerte ordninger, herunder Trainee Vest, Trainee Salten og Seafood Trainee, '
              'rapporterer at om lag ni av ti\' are permanently hired by the host firm after the programme (~90 %): one '
              'figure for the group as reported in the 2025 survey, not a value per programme. period_kind open_ended: a '
              'typical share with no span stated; period_end 2025 = year reported, start unknown (period was 2025-2025). '
              'For Trainee Salten, 002 §3.5 (autumn 2020) gives no share hired by the host; it reports 75 % of 71 '
              'completers still in Nordland (retained_in_region) - different metric, not a direct conflict.'),
    dict(keep='f002b-0145', merged=['f002b-0147', 'f002b-0149'],
         programmes=['trainee_innlandet', 'trainee_salten', 'trainee_sor'],
         note='One statement about three programmes; was f002b-0145, f002b-0147, f002b-0149 (range_low rows of '
              'trainee_innlandet, trainee_sor, trainee_salten). 7.2 gives participating firms and organisations \'et sted '
              'mellom 40 og 50 som i Trainee Innlandet, Trainee Sør og Trainee Salten\': one range for the group, not a '
              'value per programme. Their own figures (3.5, 3.8, 3.12, autumn 2020): Innlandet 48 members, 45 active '
              '(f002b-0021, f002b-0022), Salten 42, 18 active (f002a-0083, f002a-0084), Sør about 40 (f002b-0117). '
              'data collected Nov-Dec 2020 (ch. 3).'),
    dict(keep='f002b-0146', merged=['f002b-0148', 'f002b-0150'],
         programmes=['trainee_innlandet', 'trainee_salten', 'trainee_sor'],
         note='One statement about three programmes; was f002b-0146, f002b-0148, f002b-0150 (range_high rows of '
              'trainee_innlandet, trainee_sor, trainee_salten). See the range_low row f002b-0145. data collected Nov-Dec '
              '2020 (ch. 3).'),
    dict(keep='f002b-0161', merged=['f002b-0162'],
         programmes=['intro_trainee', 'trainee_sor'],
         note='One statement about two programmes; was f002b-0161, f002b-0162 (trainee_sor, intro_trainee). \'Trainee Sør '
              'og Intro Trainee i Trøndelag har også hatt en søkermasse på rundt 300 per år på det meste\': the highest '
              'yearly number of applicants, about 300, for the two together, not a value per programme. period_kind year: '
              'per year, no year named (period was -2020). Their own figures: Sør about 300 a year as the usual level '
              '(3.12, f002b-0134); Intro 280 in 2017 and 273 in 2018 (f002a-0170, f002a-0171).'),
    dict(keep='f004-0011', merged=['f004-%04d' % i for i in range(12, 21)],
         programmes=sorted(['kompetansepilot_%s' % c for c in ('42', '38', '54', '11', '34', '15', '18', '50', '46', '30')]),
         note='One statement about the ten county pilots; was f004-0011 to f004-0020 (kompetansepilot_42, _38, _54, _11, '
              '_34, _15, _18, _50, _46, _30). \'Hver fylkeskommune fikk totalt 4,6 millioner i tilskudd\': 4.6 million '
              'for EACH county council, not the total of the group (10 x 4.6 = 46 million, f004-0002); paid in 2020, 2021 '
              'and 2022; 30 % own contribution required.'),
]

NOTE_EDITS = {
    # references to rows merged away
    'f004-0002': [('(see per-pilot grant rows)', '(see f004-0011, the grant per county stated once for the ten pilots)')],
    # period remarks made stale by the decisions above
    'f002a-0136': [('; period = collection year', '')],
    'f002a-0176': [(' Period = collection year.', '')],
    'f002a-0179': [('; period = collection year', '')],
    'f002c-0065': [(' (period = survey year)', '')],
}


def append_note(note, sentence):
    if not sentence or sentence in note:
        return note
    note = note.rstrip()
    if not note:
        return sentence
    return note + (' ' if note[-1] == '.' else '. ') + sentence


def main():
    files = sorted(glob.glob(os.path.join(FACTS, '*.csv')))
    seen = set()
    for path in files:
        with open(path, encoding='utf-8', newline='') as f:
            rows = list(csv.reader(f))
        header = rows[0]
        if header[-3:] != NEW_COLUMNS:
            header = header + NEW_COLUMNS
            rows = [header] + [r + ['', '', ''] for r in rows[1:]]
        records = [dict(zip(header, r)) for r in rows[1:]]
        by_id = {r['fact_id']: r for r in records}
        dropped = set()
        for j in JOINT:
            keep = by_id.get(j['keep'])
            if keep is None:
                continue
            dropped.update(m for m in j['merged'] if m in by_id)
            keep['programme_id'] = keep['region_type'] = keep['region_code'] = ''
            keep['statement_programmes'] = ' '.join(j['programmes'])
            keep['note'] = j['note']
        records = [r for r in records if r['fact_id'] not in dropped]
        for r in records:
            fid = r['fact_id']
            seen.add(fid)
            dec = DECISIONS.get(fid, d())
            for field, value in dec['changes'].items():
                r[field] = value
            for old, new in NOTE_EDITS.get(fid, []):
                r['note'] = r['note'].replace(old, new)
            r['note'] = append_note(r['note'], dec['note'])
            r['period_kind'] = dec['period_kind'] or default_period_kind(r)
            if r['period_kind'] is None:
                sys.exit('no period_kind for %s: add it to DECISIONS' % fid)
            r['figure_kind'] = dec['figure_kind'] or 'outcome'
            if r['qualifier'] == 'budget' and r['figure_kind'] == 'outcome':
                sys.exit('budget fact %s has no figure_kind decision' % fid)
        with open(path, 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(header)
            for r in records:
                w.writerow([r[c] for c in header])
    unknown = (set(DECISIONS) | {j['keep'] for j in JOINT}) - seen
    if unknown:
        sys.exit('decisions for unknown facts: %s' % sorted(unknown))


if __name__ == '__main__':
    main()
