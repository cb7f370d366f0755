#!/usr/bin/env python3
"""Baselines and scorer for the register <-> CQC matching evaluation set.

Run from the repository root (standard library only):

    python3 docs/matching-evaluation-baselines.py
    python3 docs/matching-evaluation-baselines.py --predictions engine-output.csv

Without --predictions it scores the two baselines the issue asks for, using every organisation name of the
31 May 2024 Skilled Worker register (../shared/data/uk-sponsors-skilled-worker-json/2024-05-31/skilled_worker.json):

  * exact      - the provider name equals a register name character for character;
  * lowercase  - the provider name equals a register name after strip() and lower()
                 (when several register names fold to the same text, the first in file order is taken);
and, for information, the rule TBIJ used to build its care-sponsor file: lower-case equality of the provider
name or, failing that, of any of the provider's CQC location names.

With --predictions it scores an engine's output: a CSV with the columns case_id, predicted_sponsor, band
(band = High, Medium or Low; an empty predicted_sponsor means "no sponsor").  A case that is missing from the
file counts as "no prediction".

Scoring (per CQC provider = per case), for a cut-off band B:
  * the prediction counts only when its band is B or stronger (High > Medium > Low);
  * TP  the counted prediction equals the labelled sponsor (both compared after strip());
  * FP  a counted prediction names another sponsor, or the case is labelled no_sponsor;
  * FN  the case has a labelled sponsor and it was not predicted at or above B
        (a wrong sponsor therefore costs one FP and one FN);
  * precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = harmonic mean; reported cumulatively for High,
    High+Medium, High+Medium+Low.
"""
import argparse
import collections
import csv
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
SET = os.path.join(ROOT, 'core', 'src', 'test', 'resources', 'matching', 'evaluation-set.csv')
DATA = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'data'))
REGISTER = os.path.join(DATA, 'uk-sponsors-skilled-worker-json', '2024-05-31', 'skilled_worker.json')
BANDS = ['High', 'Medium', 'Low']


def read_cases(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def score(cases, predictions):
    """cases: rows of the evaluation set; predictions: case_id -> predicted sponsor ('' or None = none).
    Returns dict with tp, fp, fn, precision, recall, f1."""
    tp = fp = fn = 0
    for c in cases:
        label = c['sponsor_name'].strip()
        pred = (predictions.get(c['case_id']) or '').strip()
        if pred:
            if label and pred == label:
                tp += 1
            else:
                fp += 1
        if label and pred != label:
            fn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return dict(tp=tp, fp=fp, fn=fn, precision=p, recall=r, f1=f)


def baselines(cases, register_names):
    exact_set = set(register_names)
    folded = {}
    ambiguous = collections.Counter()
    for n in register_names:
        k = n.strip().lower()
        if k in folded:
            ambiguous[k] += 1
        else:
            folded[k] = n
    exact, lower, tbij = {}, {}, {}
    for c in cases:
        name = c['cqc_provider_name']
        exact[c['case_id']] = name if name in exact_set else ''
        lower[c['case_id']] = folded.get(name.strip().lower(), '')
        # TBIJ-style: provider name first, else the first location name that folds to a register name
        pick = lower[c['case_id']]
        if not pick:
            for loc in c['cqc_location_names'].split('|'):
                pick = folded.get(loc.strip().lower(), '')
                if pick:
                    break
        tbij[c['case_id']] = pick
    return exact, lower, tbij


def row(label, s):
    return '| %s | %d | %d | %d | %.3f | %.3f | %.3f |' % (label, s['tp'], s['fp'], s['fn'], s['precision'], s['recall'], s['f1'])


HEAD = '| subset | TP | FP | FN | precision | recall | F1 |\n|---|---|---|---|---|---|---|'


def report_single(cases, preds, title):
    print('### %s\n' % title)
    print(HEAD)
    print(row('all %d cases' % len(cases), score(cases, preds)))
    for d in ('easy', 'hard'):
        sub = [c for c in cases if c['difficulty'] == d]
        print(row('%s (%d)' % (d, len(sub)), score(sub, preds)))
    print()
    # per category: how many labelled pairs were found, how many wrong/extra sponsors were named
    print('| category | cases | TP | FP | FN |\n|---|---|---|---|---|')
    cats = collections.OrderedDict()
    for c in cases:
        cats.setdefault(c['category'], []).append(c)
    for cat, sub in cats.items():
        s = score(sub, preds)
        print('| %s | %d | %d | %d | %d |' % (cat, len(sub), s['tp'], s['fp'], s['fn']))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--set', default=SET, help='evaluation set CSV (default: %(default)s)')
    ap.add_argument('--register', default=REGISTER, help='register name list JSON (default: %(default)s)')
    ap.add_argument('--predictions', help='engine output CSV: case_id,predicted_sponsor,band')
    a = ap.parse_args()
    cases = read_cases(a.set)
    if a.predictions:
        with open(a.predictions, encoding='utf-8', newline='') as f:
            preds = list(csv.DictReader(f))
        by_id = {p['case_id']: p for p in preds}
        print('### Engine\n')
        print(HEAD)
        for i, b in enumerate(BANDS):
            allowed = set(BANDS[:i + 1])
            cut = {k: (p['predicted_sponsor'] if p.get('band', '').strip().capitalize() in allowed else '')
                   for k, p in by_id.items()}
            print(row('+'.join(BANDS[:i + 1]), score(cases, cut)))
        print()
        return
    with open(a.register, encoding='utf-8') as f:
        names = json.load(f)
    exact, lower, tbij = baselines(cases, names)
    labels = collections.Counter(c['label'] for c in cases)
    print('Evaluation set: %d cases (%s); register: %d names from %s\n'
          % (len(cases), ', '.join('%s %d' % kv for kv in sorted(labels.items())), len(names), os.path.relpath(a.register, ROOT)))
    report_single(cases, exact, 'Baseline 1: exact equality of provider name and register name')
    report_single(cases, lower, 'Baseline 2: lower-case equality (after trimming)')
    report_single(cases, tbij, 'For information: lower-case equality of the provider name or, failing that, of any CQC location name (the TBIJ rule)')


if __name__ == '__main__':
    sys.exit(main())
