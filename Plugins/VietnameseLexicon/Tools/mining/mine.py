#!/usr/bin/env python3
"""Mine lower-case two-syllable compounds that continue Vietnamese organization names.
usage: mine.py FILELIST EXCLUDELIST OUT.jsonl   (see README.md)"""
import json, re, sys, unicodedata
from collections import defaultdict
from multiprocessing import Pool

RES = "/work/main/Plugins/VietnameseLexicon/Resources/"
def rows(name):
    for l in open(RES + name, encoding="utf-8"):
        if l.strip() and not l.startswith("#"):
            yield l.rstrip("\n").split("\t")
KNOWN = {r[0].lower(): (len(r) > 1 and r[1] == "verbal") for r in rows("name-compounds.txt")}
HEADS = [unicodedata.normalize("NFC", r[0]) for r in rows("organization-heads.txt")]
HEADTRIE = {}
for h in HEADS:
    ws = h.split()
    HEADTRIE.setdefault(ws[0].lower(), []).append([w.lower() for w in ws])
for k in HEADTRIE: HEADTRIE[k].sort(key=len, reverse=True)
PLACES = set()
for r in rows("places.tsv"):
    PLACES.add(r[0].split()[0].lower())
UNIT = {"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "tp", "khu", "miền", "vùng", "trung", "tw"}
FUNC = set("""đã đang sẽ vừa mới và với của cho tại ở là có được bị về trong theo đến từ để thì mà cũng còn không chưa
đều này đó kia nay các những một cùng do bởi nên thuộc gồm trên dưới sau trước khi nhưng hay hoặc như ra vào lên xuống
qua lại đi nói rất đây ấy nhằm nhất hơn cả thêm tới năm tháng ngày số lần nhiều ít mỗi mọi vẫn nhau""".split())
TOK = re.compile(r"\w+|[^\w\s]|\n")
def iscap(t): return t[:1].isupper()
def isword(t): return t[:1].isalpha()

def tokens(text):
    text = unicodedata.normalize("NFC", text)
    out = []; start = True
    for m in TOK.finditer(text):
        t = m.group()
        if t == "\n" or t in ".!?:;": start = True
        if t == "\n": continue
        out.append((t, start))
        start = t in ".!?:;"
    return out

def head_at(toks, i):
    t, _ = toks[i]
    if not iscap(t): return 0
    for h in HEADTRIE.get(t.lower(), ()):
        if all(i + j < len(toks) and toks[i + j][0].lower() == w for j, w in enumerate(h)):
            return len(h)
    return 0

def scan(path):
    res = []
    try: toks = tokens(open(path, encoding="utf-8", errors="replace").read())
    except Exception: return res
    n = len(toks); low = [t.lower() for t, _ in toks]
    i = 0
    while i < n:
        hl = head_at(toks, i)
        if not hl: i += 1; continue
        a = i + hl; c = a
        # capitalized run (names, abbreviations, numbers inside names are not taken)
        while c < n and iscap(toks[c][0]) and isword(toks[c][0]) and not toks[c][1] and not (c > a and head_at(toks, c)):
            c += 1
        # lower-case run
        e = c
        while e < n and isword(toks[e][0]) and not iscap(toks[e][0]) and not toks[e][1] and not toks[e][0].isdigit():
            e += 1
        run = low[c:e]
        nxt = toks[e][0] if e < n else "."
        nextkind = ("punct" if not isword(nxt) else "cap" if iscap(nxt) else "low")
        # place follows the lower-case run?
        placefollow = e < n and (low[e] in PLACES or low[e] in UNIT) and iscap(toks[e][0]) if e < n else False
        name_cap = " ".join(t for t, _ in toks[i:c])
        if c > a and run:
            lastcap = low[c - 1]
            # alignment: does run[0] complete the last capitalized syllable?
            off = 1 if (lastcap + " " + run[0]) in KNOWN else 0
            res.append(("cap", name_cap, run[:12], off, nextkind, low[e] if e < n else "", lastcap))
        elif c == a and run:
            # lower-case start directly after the head: keep only when a place/unit word ends it
            res.append(("low", name_cap, run[:12], 0, nextkind, low[e] if e < n else "", ""))
        i = max(i + 1, c)
    return res

if __name__ == "__main__":
    files = [l.strip() for l in open(sys.argv[1])]
    excl = set(l.strip() for l in open(sys.argv[2]))
    files = [f for f in files if f not in excl]
    with Pool(8) as p, open(sys.argv[3], "w") as out:
        for f, r in zip(files, p.imap(scan, files, chunksize=200)):
            for x in r:
                out.write(json.dumps([f] + list(x), ensure_ascii=False) + "\n")
    print("mined", len(files), "files", file=sys.stderr)
