#!/usr/bin/env python3
"""Compares two mekong binaries' answers: stdout, stderr and exit status of the same query commands.

Usage: Benchmarks/compare-cli.py OLD_MEKONG NEW_MEKONG OLD_STORE NEW_STORE [SAMPLE]

OLD_STORE and NEW_STORE hold the same articles, each ingested by its own binary (from the same folder: article
ids come from canonical paths). SAMPLE entities (default 60) are queried with entities, show, neighbors,
path, export and render, in text and JSON, with typos and unknown articles. Prints each difference and a
count; exits with 1 if any. Used to check that issue 9's indexed queries answer exactly as before.
"""
import json, random, subprocess, sys
OLD, NEW, OLDSTORE, NEWSTORE = sys.argv[1:5]
N = int(sys.argv[5]) if len(sys.argv) > 5 else 60
d = json.loads(subprocess.run([OLD, "export", "--store", OLDSTORE], capture_output=True, check=True).stdout)
random.seed(7)
ents = d['entities']
names = [e['name'] for e in ents]
sample = random.sample(names, min(N, len(names)))
def run(binary, store, args):
    p = subprocess.run([binary] + args + ['--store', store], capture_output=True)
    return p.returncode, p.stdout, p.stderr
cases = [['entities'], ['entities', '--type', 'person'], ['entities', '--json', '--type', 'place']]
for q in ['an giang', 'tinh uy', 'a', 'ng', 'xyz', 'Bộ', 'ủy ban nhân dân', 'hoc vien']:
    cases += [['entities', '--search', q], ['entities', '--search', q, '--json']]
for n in sample:
    cases += [['show', n], ['neighbors', n, '--depth', '2'], ['neighbors', n, '--predicate', 'holds_position', '--json']]
for n in sample[:15]:
    cases += [['show', n, '--json'], ['show', n[:-1] + 'x'], ['show', n[2:]], ['neighbors', n, '--json', '--depth', '1'],
              ['export', '--focus', n, '--depth', '1'], ['render', '--focus', n, '--depth', '2', '--format', 'dot', '-o', '-']]
for i in range(N):
    a, b = random.sample(names, 2)
    cases += [['path', a, b]]
    if i < 10: cases += [['path', a, b, '--json']]
arts = d['articles']
cases += [['export', '--article', arts[0]['path'].split('/')[-1]], ['export', '--article', 'nope.txt'],
          ['export', '--format', 'dot', '--article', arts[3]['id']], ['render', '--article', arts[1]['id'], '--format', 'dot', '-o', '-']]
bad = 0
for c in cases:
    o, n = run(OLD, OLDSTORE, c), run(NEW, NEWSTORE, c)
    if o != n:
        bad += 1
        print('DIFF', c, o[0], n[0], o[2][:200], n[2][:200]); print(o[1][:300]); print(n[1][:300])
print(len(cases), 'cases,', bad, 'differ')
sys.exit(1 if bad else 0)
