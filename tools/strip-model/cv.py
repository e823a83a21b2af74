"""cv.py DUMP.pkl N2 N3 DEPTH LR TAG [LR3 [MIN_LEAF]]: held-out body F1 of
the stage-two and stage-three trees, three folds by page (the folds of
oof.py): stage two fitted without the fold, stage three fitted on the
out-of-fold stage-two scores of the other folds, both scored on the fold.
Prints "TAG heldout zyte F fundus F trafilatura F".  Writes nothing; use
it to compare model sizes and settings before refitting with oof.py.
The fixed rules after the models in nw-strip.c are not applied."""
import os, sys, pickle, math, random
ARGV = list(sys.argv)
sys.argv = [sys.argv[0], ARGV[1], '2']
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'train.py')).read().split("ALL = ('zyte'")[0])
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
ALL = ('zyte', 'fundus', 'trafilatura')
N2, N3 = int(ARGV[2]), int(ARGV[3])
DEPTH = int(ARGV[4]); LR = float(ARGV[5]); TAG = ARGV[6]
LR3 = float(ARGV[7]) if len(ARGV) > 7 else LR
MSL = int(ARGV[8]) if len(ARGV) > 8 else 20
import time; T0 = time.time()
NCTX = 58; NLOCAL = 36
F_INDENT = 32
def lg1p(v): return math.log1p(v)
def gbm(n, lr=None):
    return GradientBoostingClassifier(n_estimators=n, max_depth=DEPTH, learning_rate=lr or LR, subsample=0.8, random_state=1, min_samples_leaf=MSL)
def mats(idx, ncol):
    X, y, w = [], [], []
    for pi in idx:
        (sub, name, gold, paras, feats, labs) = pages[pi]
        for (xl, xc), (l, wt) in zip(feats, labs):
            if l is None: continue
            X.append(xc[:ncol]); y.append(l); w.append(wt + 0.002)
    return np.array(X, dtype=np.float32), np.array(y), np.array(w)
def stage3feats(xs, z2):
    n = len(z2); seg = [-1] * n; nseg = -1; last = -1; bad = 0
    for i in range(n):
        if z2[i] <= 0: bad += 1; continue
        if last < 0 or bad >= 3: nseg += 1
        seg[i] = nseg; last = i; bad = 0
    words = [round(math.expm1(x[0])) for x in xs]
    mass = [0.0] * (nseg + 1); total = 0.0
    for i in range(n):
        if seg[i] >= 0: mass[seg[i]] += words[i]; total += words[i]
    main = 0
    for j in range(1, nseg + 1):
        if mass[j] > mass[main]: main = j
    indw = [0.0] * 13; mfirst = n; mlast = 0
    for i in range(n):
        if nseg >= 0 and seg[i] == main:
            if mfirst == n: mfirst = i
            mlast = i
            indw[int(xs[i][F_INDENT] * 4 + 0.5)] += words[i]
    ind = 0
    for j in range(1, 13):
        if indw[j] > indw[ind]: ind = j
    out = []
    for i in range(n):
        f = [z2[i], z2[i-1] if i > 0 else -5, z2[i+1] if i + 1 < n else -5,
             1.0 if mfirst < n and mfirst <= i <= mlast else 0.0,
             lg1p(mfirst - i) if mfirst < n and i < mfirst else 0.0,
             lg1p(i - mlast) if mfirst < n and i > mlast else 0.0,
             mass[seg[i]] / mass[main] if seg[i] >= 0 and mass[main] > 0 else 0.0,
             1.0 if int(xs[i][F_INDENT] * 4 + 0.5) != ind else 0.0,
             lg1p(nseg + 1), mass[main] / total if total > 0 else 0.0]
        j = i
        while j > 0 and z2[j-1] <= 0: j -= 1
        f.append(lg1p(i - j))
        j = i + 1
        while j < n and z2[j] <= 0: j += 1
        f.append(lg1p(j - i - 1))
        out.append(f)
    return out
# check the port against the C dump
bad = 0
for (sub, name, gold, paras, feats, labs) in pages[:200]:
    if not feats: continue
    xs = [xc for xl, xc in feats]
    z2 = [x[NCTX] for x in xs]
    f3 = stage3feats(xs, z2)
    for x, f in zip(xs, f3):
        if max(abs(a - b) for a, b in zip(x[NCTX:], f)) > 1e-3: bad += 1
print('port mismatches', bad, flush=True)
random.seed(7)
idx = list(range(len(pages))); random.shuffle(idx)
folds = [idx[k::3] for k in range(3)]
z2oof = {}
for k in range(3):
    tr = [i for j in range(3) if j != k for i in folds[j]]
    X, y, w = mats(tr, NCTX)
    m = gbm(N2); m.fit(X, y, sample_weight=w)
    for pi in folds[k]:
        feats = pages[pi][4]
        if feats:
            z2oof[pi] = list(m.decision_function(np.array([xc[:NCTX] for xl, xc in feats], dtype=np.float32)))
    print('fold', k, flush=True)

# held-out: stage 3 fitted without fold k, on out-of-fold z2; scored on fold k
ho = {}
for k in range(3):
    X3, y3, w3 = [], [], []
    for pi in range(len(pages)):
        if pi in set(folds[k]): continue
        (sub, name, gold, paras, feats, labs) = pages[pi]
        if not feats: continue
        xs = [xc[:NCTX] for xl, xc in feats]
        f3 = stage3feats(xs, z2oof[pi])
        for x, f, (l, wt) in zip(xs, f3, labs):
            if l is None: continue
            X3.append(x + f); y3.append(l); w3.append(wt + 0.002)
    m3k = gbm(N3, LR3); m3k.fit(np.array(X3, dtype=np.float32), np.array(y3), sample_weight=np.array(w3))
    for pi in folds[k]:
        (sub, name, gold, paras, feats, labs) = pages[pi]
        if not feats: ho[(sub, name)] = []; continue
        xs = [xc[:NCTX] for xl, xc in feats]
        f3 = stage3feats(xs, z2oof[pi])
        z3 = m3k.decision_function(np.array([x + f for x, f in zip(xs, f3)], dtype=np.float32))
        ho[(sub, name)] = list(z3 > 0)
for (sub, name, gold, paras, feats, labs) in pages:
    ho.setdefault((sub, name), [])
print(TAG, 'heldout', ' '.join('%s %.3f' % (s, score(ho, s)[0]) for s in ALL), '%.0fs' % (time.time() - T0), flush=True)
