#!/usr/bin/python3
"""prep.py DUMP OUT: run nw-split and a feature-dumping nw-strip (built with
-DNW_STRIP_DUMP) over every page of the corpus; pickle the paragraphs,
their features and the gold to OUT."""
import json, os, re, subprocess, sys, pickle
from concurrent.futures import ThreadPoolExecutor
import os.path
HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, '..', '..')
CORP = os.environ.get('CORPUS', os.path.join(MAIN, '..', 'shared', 'corpus', 'pages'))
DUMP=sys.argv[1]  # dump binary
OUT=sys.argv[2]
WORD=re.compile(r'\w+')

def parse_rec(text):
    recs, cur, last = [], [], None
    for line in text.split("\n"):
        if line.startswith("#"):
            continue
        if line.strip() == "":
            if cur: recs.append(cur)
            cur, last = [], None
            continue
        if line.startswith("+") and last is not None:
            v = line[1:]
            if v.startswith(" "): v = v[1:]
            cur[last] = (cur[last][0], cur[last][1] + "\n" + v)
            continue
        m = re.match(r"([A-Za-z%][A-Za-z0-9_]*):[ \t]?(.*)$", line)
        cur.append((m.group(1), m.group(2)))
        last = len(cur) - 1
    if cur: recs.append(cur)
    return recs

def page(args):
    sub, name = args
    txt = os.path.join(CORP, sub, name + '.txt')
    gold = json.load(open(os.path.join(CORP, sub, name + '.gold.json')))
    rec = subprocess.run([os.path.join(MAIN, 'cmd', 'nw-split'), txt], capture_output=True).stdout
    d = subprocess.run([DUMP], input=rec, capture_output=True).stdout.decode('utf-8', 'replace')
    feats = []
    for line in d.split('\n'):
        if line.startswith('#F '):
            a, b = line[3:].split(' | ')
            a = a.split()
            feats.append(([float(v) for v in a[1:]], [float(v) for v in b.split()]))
    recs = parse_rec(rec.decode('utf-8', 'replace'))
    paras = [v for r in recs[:1] for (k, v) in r if k == 'Para']
    feats = feats[:len(paras)]
    return sub, name, gold, paras, feats

def main():
    jobs = []
    for sub in ('zyte', 'fundus', 'trafilatura'):
        for f in sorted(os.listdir(os.path.join(CORP, sub))):
            if f.endswith('.txt'):
                jobs.append((sub, f[:-4]))
    with ThreadPoolExecutor(4) as ex:
        res = list(ex.map(page, jobs))
    pickle.dump(res, open(OUT, 'wb'))
main()
