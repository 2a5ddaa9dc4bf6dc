#!/usr/bin/env python3
"""Aggregate occurrences.jsonl into candidate bigram statistics (candidates.tsv).
Run with /tmp/mine/venv/bin/python (needs pyvi for the syllable alignment and word check)."""
import json, sys
from collections import defaultdict, Counter
from pyvi import ViTokenizer
sys.path.insert(0, "/tmp/mine")
from mine import KNOWN, PLACES, UNIT, FUNC

UNITW = {"tỉnh", "huyện", "quận", "xã", "phường", "tp", "thị", "thành", "khu", "miền", "vùng", "trung", "tw"}
extra = set()
if len(sys.argv) > 1:  # accepted list from an earlier round: chains may pass through them
    extra = {l.split("\t")[0] for l in open(sys.argv[1]) if l.strip()}
CHAIN = set(KNOWN) | extra
cache = {}
def seg(words):
    k = " ".join(words)
    if k not in cache:
        cache[k] = [w.replace("_", " ") for w in ViTokenizer.tokenize(k).split()]
    return cache[k]

stats = defaultdict(lambda: {"n": 0, "names": Counter(), "pos1": 0, "chained": 0, "low": 0,
                             "end": Counter(), "pyvi": 0, "place": 0, "files": set(), "ex": Counter(), "good": Counter()})
def record(pair, name, pos, kind, endkind, joined, place, f):
    s = stats[pair]
    s["n"] += 1; s["names"][name] += 1; s["files"].add(f)
    if kind == "low": s["low"] += 1
    elif pos == 1: s["pos1"] += 1
    else: s["chained"] += 1
    s["end"][endkind] += 1
    if endkind in ("punct", "cap", "unit", "compound"): s["good"][name] += 1
    s["pyvi"] += joined; s["place"] += place

for line in open("/tmp/mine/occurrences.jsonl"):
    f, kind, namecap, run, off, nextkind, nexttok, lastcap = json.loads(line)
    if kind == "cap":
        words = seg([lastcap] + run[:8])
        joined_first = len(words) and len(words[0].split()) > 1
        off = 1 if (off or joined_first) else 0
    # the run as aligned syllable pairs, "và" between compounds skipped
    j = off; pos = 0; names = namecap + (" " + run[0] if off else "")
    while j + 1 < len(run):
        if run[j] == "và" and pos > 0: j += 1; continue
        a, b = run[j], run[j + 1]
        if a in UNITW or a in FUNC or b in FUNC: break
        pair = a + " " + b; pos += 1
        rest = run[j + 2:]
        if rest:
            endkind = "low"
            if rest[0] in UNITW: endkind = "unit"
            elif len(rest) >= 2 and rest[0] + " " + rest[1] in CHAIN: endkind = "compound"
            elif rest[0] == "và": endkind = "và"
        else:
            endkind = nextkind  # punct / cap / (low can't happen: run ended)
        place = endkind in ("unit", "cap") and True
        joined = pair in " | ".join(seg(run[j:j + 2])).split(" | ")
        names = names + " " + pair
        if kind == "low":
            # lower-case start: only when the pairs run up to a unit word or a capitalized place
            ok = False; k = j + 2
            while k + 1 < len(run) and run[k] not in UNITW and run[k] + " " + run[k + 1] in CHAIN: k += 2
            if k < len(run) and run[k] in UNITW: ok = True
            if k == len(run) and nextkind == "cap" and nexttok in PLACES: ok = True
            if not ok: break
        record(pair, names, pos, kind, endkind, joined, place, f)
        if pair not in CHAIN: break  # the grammar continues only through known compounds
        j += 2

with open("/tmp/mine/candidates.tsv", "w") as out:
    out.write("pair\tknown\tverbal\tcount\tdistinct_names\tfiles\tpos1\tchained\tlowstart\tend_punct\tend_cap\tend_unit\tend_compound\tend_low\tpyvi_word\texamples\n")
    for pair, s in sorted(stats.items(), key=lambda kv: -kv[1]["n"]):
        e = s["end"]
        ex = " | ".join(n for n, _ in (s["good"] + Counter({k: 0 for k in s["names"]}) if False else (s["good"] or s["names"])).most_common(3))
        out.write("\t".join(map(str, [pair, int(pair in KNOWN), int(KNOWN.get(pair, False)), s["n"], len(s["names"]), len(s["files"]),
            s["pos1"], s["chained"], s["low"], e["punct"], e["cap"], e["unit"], e["compound"], e["low"] + e["và"],
            round(s["pyvi"] / s["n"], 2), ex, " | ".join(n for n, _ in s["names"].most_common(3))])) + "\n")
print(len(stats), "pairs", file=sys.stderr)
