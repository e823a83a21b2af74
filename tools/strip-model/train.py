#!/usr/bin/python3
import pickle, re, sys, json, math
import numpy as np
from collections import Counter
from sklearn.linear_model import LogisticRegression
WORD = re.compile(r'\w+')
STAGE = sys.argv[2] if len(sys.argv) > 2 else '1'
res = pickle.load(open(sys.argv[1], 'rb'))

def sh(toks):
    if len(toks) < 4: return [tuple(toks)] if toks else []
    return [tuple(toks[i:i+4]) for i in range(len(toks)-3)]

def squash(t): return ' '.join(t.split())

rows = []  # (sub, pageidx, x_local, x_ctx, label, weight, tokens)
pages = []
for pi, (sub, name, gold, paras, feats) in enumerate(res):
    if len(feats) != len(paras):
        print('mismatch', name, len(feats), len(paras), file=sys.stderr); continue
    labs = []
    if gold.get('body'):
        gt = WORD.findall(gold['body'])
        gs = set(sh(gt))
        g3 = set(tuple(gt[i:i+k]) for k in (1,2,3) for i in range(len(gt)-k+1))
        tot = sum(len(WORD.findall(p)) for p in paras) or 1
        remaining = Counter(sh(gt))
        for p in paras:
            t = WORD.findall(p)
            if len(t) >= 4:
                s = sh(t); c = Counter(s)
                f = sum(min(n, remaining[x]) for x, n in c.items()) / len(s)
                if f >= 0.5:
                    remaining.subtract(c)
                labs.append((1 if f >= 0.5 else 0, len(t) / tot))
            elif t:
                labs.append((1 if tuple(t) in g3 else 0, len(t) / tot))
            else:
                labs.append((0, 0.0))
    else:
        W = [squash(w) for w in gold.get('with') or []]
        WO = [squash(w) for w in gold.get('without') or []]
        for p in paras:
            q = squash(p)
            if any(w in q for w in W): labs.append((1, 0.3))
            elif any(w in q for w in WO): labs.append((0, 0.3))
            else: labs.append((None, 0))
    pages.append((sub, name, gold, paras, feats, labs))

def build(stage, subs):
    X, y, w, S = [], [], [], []
    for (sub, name, gold, paras, feats, labs) in pages:
        if sub not in subs: continue
        for (xl, xc), (l, wt) in zip(feats, labs):
            if l is None: continue
            X.append(xl if stage == '1' else xc); y.append(l); w.append(wt + 0.002); S.append(sub)
    return np.array(X), np.array(y), np.array(w)

DROP1 = [21, 22]  # F_AFTER, F_RELPOS: positions belong to stage 2
def fit(stage, subs, C=1.0):
    X, y, w = build(stage, subs)
    if stage == '1':
        X[:, DROP1] = 0
    mu = X.mean(0); sd = X.std(0) + 1e-6
    m = LogisticRegression(C=C, max_iter=2000)
    m.fit((X - mu) / sd, y, sample_weight=w)
    coef = m.coef_[0] / sd
    if stage == '1': coef[DROP1] = 0
    b = m.intercept_[0] - (m.coef_[0] * mu / sd).sum()
    return coef, b

def predict_pages(stage, coef, b, thr=0.0):
    out = {}
    for (sub, name, gold, paras, feats, labs) in pages:
        z = [float(np.dot(coef, (xl if stage == '1' else xc)) + b) for xl, xc in feats]
        out[(sub, name)] = [zz > thr for zz in z]
    return out

def score(pred, sub):
    Ps, Rs = [], []; tp_ = fp_ = fn_ = 0
    for (s, name, gold, paras, feats, labs) in pages:
        if s != sub: continue
        keep = pred[(s, name)]
        text = '\n\n'.join(p for p, k in zip(paras, keep) if k)
        if gold.get('body'):
            g = Counter(sh(WORD.findall(gold['body']))); p = Counter(sh(WORD.findall(text)))
            tp = sum((g & p).values()); fp = sum((p - g).values()); fn = sum((g - p).values())
            t = tp + fp + fn
            if t: tp, fp, fn = tp / t, fp / t, fn / t
            if tp + fp > 0: Ps.append(1.0 if fp == 0 and fn == 0 else tp / (tp + fp))
            if tp + fn > 0: Rs.append(1.0 if fp == 0 and fn == 0 else tp / (tp + fn))
        else:
            q = squash(text)
            W = gold.get('with') or []; WO = gold.get('without') or []
            a = sum(1 for x in W if squash(x) in q); c = sum(1 for x in WO if squash(x) in q)
            tp_ += a; fp_ += c; fn_ += len(W) - a
    if Ps or Rs:
        P = sum(Ps) / len(Ps); R = sum(Rs) / len(Rs); return 2 * P * R / (P + R), P, R
    P = tp_ / (tp_ + fp_); R = tp_ / (tp_ + fn_); return 2 * P * R / (P + R), P, R

def ff(v):
    t = '%.5g' % v
    if '.' not in t and 'e' not in t: t += '.0'
    return t + 'f'
ALL = ('zyte', 'fundus', 'trafilatura')
if __name__ == '__main__':
    # cross-corpus check: train on two, test on the third
    for held in ALL:
        tr = tuple(s for s in ALL if s != held)
        c, b = fit(STAGE, tr)
        pr = predict_pages(STAGE, c, b)
        print('held-out', held, 'F1 %.3f P %.3f R %.3f' % score(pr, held))
    c, b = fit(STAGE, ALL)
    pr = predict_pages(STAGE, c, b)
    for s in ALL:
        print('all', s, 'F1 %.3f P %.3f R %.3f' % score(pr, s))
    print('static const float w%s[] = { %s, %s };' % (STAGE, ', '.join(ff(v) for v in c), ff(b)))
