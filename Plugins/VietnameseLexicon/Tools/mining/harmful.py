#!/usr/bin/env python3
"""Existing non-verbal name-compounds that, right after a complete capitalized name, are usually the start of
the sentence's predicate (followed by a lower-case word that is no name compound, or by a capitalized object)."""
import json, sys
from collections import defaultdict, Counter
sys.path.insert(0, "/tmp/mine")
from mine import KNOWN
st = defaultdict(lambda: {"n": 0, "low": 0, "ex": Counter(), "all": Counter()})
for line in open("/tmp/mine/occurrences.jsonl"):
    f, kind, namecap, run, off, nextkind, nexttok, lastcap = json.loads(line)
    if kind != "cap" or len(run) < 2: continue
    # only where the capitalized part could be a complete name: the first lower-case word does not complete
    # the last capitalized syllable (pair with it is no known compound)
    if (lastcap + " " + run[0]) in KNOWN: continue
    pair = run[0] + " " + run[1]
    if pair not in KNOWN or KNOWN[pair]: continue
    s = st[pair]; s["n"] += 1
    rest = run[2:]
    ctx = namecap + " " + " ".join(run[:5]) + ("" if len(run) > 5 else " " + nexttok)
    s["all"][ctx] += 1
    if rest and not (len(rest) >= 2 and rest[0] + " " + rest[1] in KNOWN) and rest[0] not in ("tỉnh", "thành", "huyện", "quận", "xã", "và"):
        s["low"] += 1; s["ex"][ctx] += 1
for pair, s in sorted(st.items(), key=lambda kv: -kv[1]["low"]):
    if s["n"] >= 3 and s["low"] / s["n"] >= 0.4:
        print(f"{pair}\t{s['n']}\t{s['low']}\t" + " | ".join(c for c, _ in s["ex"].most_common(4)))
