#!/usr/bin/env python3
"""Flag pool files whose text overlaps /work/main/examples/corpus/blind/articles.
Two tests: (a) any shared 12-word shingle (NFC, lower case, \\w+ words) -- share >= 2% of the pool
file's shingles or >= 3 shared shingles; (b) the first 200 characters of the blind article's body
(after its title line), whitespace-normalized, occur in the pool file."""
import glob, os, re, sys, unicodedata
N = 12
def words(t): return re.findall(r"\w+", unicodedata.normalize("NFC", t).lower())
def shingles(t):
    w = words(t); return {" ".join(w[i:i+N]) for i in range(max(0, len(w)-N+1))}
def norm(t): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", t)).strip()
blind = {}
prefixes = {}
for p in sorted(glob.glob("/work/main/examples/corpus/blind/articles/*")):
    t = open(p, encoding="utf-8").read()
    blind[p] = shingles(t)
    lines = [l for l in t.splitlines() if l.strip()]
    body = norm(" ".join(lines[1:])) if len(lines) > 1 else norm(t)
    prefixes[p] = body[:200]
index = {}
for p, s in blind.items():
    for x in s: index.setdefault(x, set()).add(p)
files = [l.strip() for l in open(sys.argv[1])]
out = open(sys.argv[2], "w")
flagged = 0
for f in files:
    t = open(f, encoding="utf-8", errors="replace").read()
    s = shingles(t)
    hits = {}
    for x in s:
        for p in index.get(x, ()): hits[p] = hits.get(p, 0) + 1
    nt = norm(t)
    pref = [p for p, pr in prefixes.items() if len(pr) >= 50 and pr in nt]
    best = max(hits.items(), key=lambda kv: kv[1]) if hits else (None, 0)
    share = best[1] / len(s) if s else 0
    if pref or best[1] >= 3 or share >= 0.02:
        flagged += 1
        out.write(f"{f}\tBLIND\t{best[1]}\t{share:.2f}\t{os.path.basename(best[0] or pref[0])}\t{'prefix' if pref else ''}\n")
    else:
        out.write(f"{f}\tok\t{best[1]}\n")
print("checked", len(files), "flagged", flagged)
