#!/usr/bin/env python3
"""An experiment of the twenty-fifth session (README, "Extraction quality"): does a learned classifier of mention pairs
find the relations the rules miss, on articles it was not trained on? It did not; kept so that the figure can be
checked and the next idea compared with it.

Candidates are pairs of mentions in one sentence (split at sentence ends) that no extracted relation joins: person
and organization (holds_position), organization or place and place (located_in), organization and organization
(part_of). A pair is positive when the article's gold file has that relation between entities named as the mentions
are. Logistic regression (scikit-learn) over the words between the mentions, their order and distance, titles and
other mentions between them, and the first word of each name; trained on the articles numbered below SPLIT, scored on
the others: true and false pairs at each threshold, and the gold relations among the most confident pairs.

    python3 -m venv .build/mlenv && .build/mlenv/bin/pip install scikit-learn
    rm -f /tmp/dev.sqlite && mekong ingest --store /tmp/dev.sqlite examples/corpus/dev/articles
    mekong export --store /tmp/dev.sqlite --format json -o /tmp/dev.json
    .build/mlenv/bin/python Plugins/VietnameseNames/Tools/pair-classifier-experiment.py \
        /tmp/dev.sqlite /tmp/dev.json examples/corpus/dev/gold 947
"""
import json, re, sqlite3, sys, os, unicodedata, collections, random
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction import DictVectorizer

STORE, EXPORT, GOLD = sys.argv[1], sys.argv[2], sys.argv[3]
SPLIT = int(sys.argv[4]) if len(sys.argv) > 4 else 947

def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    s = re.sub(r'\s+', ' ', s).strip(' .,;:()"“”\'')
    return unicodedata.normalize('NFC', s)

TITLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../VietnameseLexicon/Resources/titles.txt')
titles = [l.strip() for l in open(TITLES) if l.strip() and not l.startswith('#')]
titles_l = sorted({t.lower() for t in titles}, key=len, reverse=True)

con = sqlite3.connect(STORE)
texts = {}; names = {}
for aid, path, text in con.execute('select id, path, text from articles'):
    texts[aid] = text; names[aid] = os.path.basename(path)

exp = json.load(open(EXPORT))
ents = {e['id']: e for e in exp['entities']}
ment = collections.defaultdict(list)  # article -> [(start,end,entity,type,text)]
for e in exp['entities']:
    for m in e.get('mentions', []):
        ment[m['article']].append((m['start'], m['end'], e['id'], e['type'], m['text']))
related = collections.defaultdict(set)
for r in exp['relations']:
    for ev in r.get('evidence', []):
        related[ev['article']].add(frozenset((r['subject'], r['object'])))

def sentences(text):
    spans = []; start = 0
    for m in re.finditer(r'(?<=[.!?…])\s+|\n+', text):
        spans.append((start, m.start())); start = m.end()
    spans.append((start, len(text)))
    return spans

PAIRS = {('person', 'organization'): 'holds_position', ('organization', 'place'): 'located_in',
         ('organization', 'organization'): 'part_of', ('place', 'place'): 'located_in'}

def gold_for(name):
    g = json.load(open(os.path.join(GOLD, name[:-4] + '.json')))
    keys = {}
    for e in g['entities']:
        keys[e['name']] = {norm(x) for x in [e['name']] + e.get('aliases', [])}
    rels = []
    for r in g['relations']:
        if r.get('optional'): continue
        rels.append((keys.get(r['subject'], {norm(r['subject'])}), r['predicate'], keys.get(r['object'], {norm(r['object'])}), r))
    return rels, g

def words(s):
    return re.findall(r'\w+|[^\w\s]', s.lower())

def feats(text, a, b, allm):
    # a, b: mentions (start,end,id,type,text); a first in text
    f = {}
    between = text[a[1]:b[0]]
    w = words(between)
    f['ta=' + a[3]] = 1; f['tb=' + b[3]] = 1
    f['len=%d' % min(len(w), 10)] = 1
    for x in w[:12]: f['w=' + x] = 1
    if w: f['w0=' + w[0]] = 1; f['wl=' + w[-1]] = 1
    if len(w) >= 2: f['w01=' + w[0] + ' ' + w[1]] = 1; f['wl2=' + w[-2] + ' ' + w[-1]] = 1
    if not w: f['adjacent'] = 1
    lb = between.lower()
    f['title_between'] = int(any(t in lb for t in titles_l))
    inb = [m for m in allm if m[0] >= a[1] and m[1] <= b[0]]
    for m in inb: f['inb_' + m[3]] = f.get('inb_' + m[3], 0) + 1
    f['hb=' + b[4].split()[0].lower()] = 1
    f['ha=' + a[4].split()[0].lower()] = 1
    before = words(text[max(0, a[0] - 30):a[0]])
    if before: f['pre=' + before[-1]] = 1
    after = words(text[b[1]:b[1] + 30])
    if after: f['post=' + after[0]] = 1
    f['sub_in'] = int(a[4].lower() in b[4].lower() or b[4].lower() in a[4].lower())
    return f

def build():
    data = []
    for aid, text in texts.items():
        name = names[aid]
        num = int(re.match(r'\d+', name).group()) if re.match(r'\d+', name) else 0
        if not os.path.exists(os.path.join(GOLD, name[:-4] + '.json')): continue
        rels, g = gold_for(name)
        ms = sorted(ment[aid])
        for (s0, s1) in sentences(text):
            sm = [m for m in ms if m[0] >= s0 and m[1] <= s1]
            for i in range(len(sm)):
                for j in range(len(sm)):
                    if i == j: continue
                    a, b = sm[i], sm[j]
                    if a[2] == b[2]: continue
                    pred = PAIRS.get((a[3], b[3]))
                    if not pred: continue
                    if frozenset((a[2], b[2])) in related[aid]: continue
                    # direction: subject a, object b
                    ka = {norm(a[4]), norm(ents[a[2]]['name'])}
                    kb = {norm(b[4]), norm(ents[b[2]]['name'])}
                    label = any(p == pred and (ka & s) and (kb & o) for s, p, o, _ in rels)
                    first, second = (a, b) if a[0] < b[0] else (b, a)
                    f = feats(text, first, second, sm)
                    f['dir=' + ('fwd' if a is first else 'back')] = 1
                    f['pred=' + pred] = 1
                    f = {k + '|' + pred: v for k, v in f.items()} | f
                    data.append((num, name, pred, a, b, f, label, text[s0:s1]))
    return data

data = build()
train = [d for d in data if d[0] < SPLIT]; test = [d for d in data if d[0] >= SPLIT]
print('candidates', len(train), len(test), 'positives', sum(d[6] for d in train), sum(d[6] for d in test))
vec = DictVectorizer()
Xtr = vec.fit_transform([d[5] for d in train]); ytr = np.array([d[6] for d in train])
Xte = vec.transform([d[5] for d in test]); yte = np.array([d[6] for d in test])
clf = LogisticRegression(C=float(os.environ.get('C', '0.5')), max_iter=3000, class_weight=None)
clf.fit(Xtr, ytr)
pte = clf.predict_proba(Xte)[:, 1]; ptr = clf.predict_proba(Xtr)[:, 1]
for th in [0.5, 0.6, 0.7, 0.8, 0.9]:
    for nm, p, y, ds in [('train', ptr, ytr, train), ('test', pte, yte, test)]:
        sel = p >= th
        tp = int((sel & y).sum()); fp = int((sel & ~y).sum())
        bypred = collections.Counter(ds[i][2] for i in np.where(sel & y)[0])
        print(f'{nm} th {th}: tp {tp} fp {fp} (of {int(y.sum())} positives) {dict(bypred)}')
if os.environ.get('SHOW'):
    th = float(os.environ['SHOW'])
    for i in np.where(pte >= th)[0]:
        d = test[i]
        print(('OK ' if d[6] else 'XX ') + f'{d[1]} {d[2]}: {d[3][4]} -> {d[4][4]} | {d[7][:200]}')
order = np.argsort(-pte)
tp = 0
for k, i in enumerate(order[:200]):
    tp += int(yte[i])
    if k + 1 in (5, 10, 20, 40, 80, 120, 200): print(f'top {k+1}: {tp} positives')
