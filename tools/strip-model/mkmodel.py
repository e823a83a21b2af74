#!/usr/bin/python3
"""Write cmd/nw-strip-model.h from w1 (train.py output) and gbm.pkl."""
import re, sys, pickle, textwrap
import numpy as np
w1 = open(sys.argv[1]).read().strip()
ms = [pickle.load(open(a, 'rb')) for a in sys.argv[2:]]
D = max(e.tree_.max_depth for m in ms for e in m.estimators_[:, 0])
INF = '3.4e38f'
def fdown(t):
    f = np.float32(t)
    if float(f) > t:
        f = np.nextafter(f, np.float32(-np.inf))
    return float(f)
def fl(v):
    t = '%.9g' % v
    if '.' not in t and 'e' not in t: t += '.0'
    return t + 'f'
def conv(m):
    trees = []
    for est in m.estimators_[:, 0]:
        t = est.tree_
        feat = [0] * (2 ** D - 1); thr = [INF] * (2 ** D - 1); leaf = [0.0] * (2 ** D)
        def fill(k, node, depth):
            # k: position in the complete tree; node: sklearn node
            if depth == D:
                leaf[k - (2 ** D - 1)] = float(t.value[node][0][0]) * m.learning_rate
                return
            if t.children_left[node] == -1:
                feat[k] = 0; thr[k] = INF
                fill(2 * k + 1, node, depth + 1); fill(2 * k + 2, node, depth + 1)
            else:
                feat[k] = int(t.feature[node]); thr[k] = fl(fdown(t.threshold[node]))
                fill(2 * k + 1, t.children_left[node], depth + 1)
                fill(2 * k + 2, t.children_right[node], depth + 1)
        fill(0, 0, 0)
        trees.append((feat, thr, leaf))
    init = m._raw_predict_init(np.zeros((1, m.n_features_in_), dtype=np.float32))[0][0]
    
    return trees, init
w1 = re.sub(r'.*\{ (.*) \};', r'\1', w1)
out = ['''/*
 * nw-strip-model.h: the weights of nw-strip's two stages, fitted offline
 * on labelled pages (see nw-strip(1)).  Generated: do not edit by hand.
 * Stage one is linear over the NLOCAL features of a paragraph (bias
 * last).  Stages two and three are a bias plus a sum of regression trees
 * of depth TDEPTH over the NCTX and NALL features, each stored complete: node k
 * tests x[feat[k]] > thr[k] and goes on to 2k+1 (no) or 2k+2 (yes).
 */
static const float w1[NLOCAL + 1] = {''',
       textwrap.fill(w1, 72, initial_indent='\t', subsequent_indent='\t'), '};',
       '#define TDEPTH\t%d' % D,
       'struct tree {',
       '\tunsigned char\t feat[(1 << TDEPTH) - 1];',
       '\tfloat\t\t thr[(1 << TDEPTH) - 1];',
       '\tfloat\t\t leaf[1 << TDEPTH];',
       '};']
for st, m in zip((2, 3), ms):
    trees, init = conv(m)
    out += ['#define NTREES%d\t%d' % (st, len(trees)), 'static const float tbias%d = %s;' % (st, fl(init)),
            'static const struct tree trees%d[NTREES%d] = {' % (st, st)]
    for feat, thr, leaf in trees:
        out.append('\t{ { %s },' % ', '.join(map(str, feat)))
        out.append(textwrap.fill('{ %s },' % ', '.join(thr), 72, initial_indent='\t  ', subsequent_indent='\t    '))
        out.append(textwrap.fill('{ %s } },' % ', '.join(fl(v) for v in leaf), 72, initial_indent='\t  ', subsequent_indent='\t    '))
    out.append('};')
if len(ms) < 2:
    out += ['#define NTREES3\t0', 'static const float tbias3 = 0;', 'static const struct tree trees3[1];']
open(__import__('os').environ.get('MODEL_OUT', 'nw-strip-model.h'), 'w').write('\n'.join(out) + '\n')
