import sys, os, random, json, unicodedata, collections, time
from multiprocessing import Pool
os.chdir('/tmp/mine')
N = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
excl = set(l.strip() for l in open('exclude.txt') if l.strip())
files = []
for root, _, fs in os.walk('pool'):
    for f in fs:
        if f.endswith('.txt'):
            p = os.path.join(root, f)
            if p not in excl: files.append(p)
files.sort()
random.seed(20261204)
sample = random.sample(files, min(N, len(files)))
assert not (set(sample) & excl)

def text_of(p):
    t = unicodedata.normalize('NFC', open(p, encoding='utf-8', errors='replace').read())
    i = t.find('Content:')
    if i >= 0: t = t[i+8:]
    return t

def work(p):
    from pyvi import ViTokenizer, ViPosTagger
    tags = collections.Counter()   # (lower word, tag)
    capname = collections.Counter()  # capitalized inside a capitalized sequence
    for para in text_of(p).split('\n'):
        para = para.strip()
        if not para: continue
        try:
            ws, ts = ViPosTagger.postagging(ViTokenizer.tokenize(para))
        except Exception:
            continue
        for i, (w, t) in enumerate(zip(ws, ts)):
            syl = w.split('_')
            if len(syl) > 2 or not all(s.isalpha() for s in syl): continue
            lw = ' '.join(syl).lower()
            tags[(lw, t)] += 1
            # inside an org-like name: this token capitalized (any syllable) and previous token capitalized
            if i > 0 and w[0].isupper() and ws[i-1][:1].isupper() and ws[i-1].replace('_','').isalpha():
                capname[lw] += 1
    return tags, capname

if __name__ == '__main__':
    t0 = time.time()
    T = collections.Counter(); C = collections.Counter()
    with Pool(2) as pool:
        for k, (tg, cn) in enumerate(pool.imap_unordered(work, sample, chunksize=20)):
            T.update(tg); C.update(cn)
    json.dump({'n': len(sample), 'secs': time.time()-t0,
               'tags': [[w, t, c] for (w, t), c in T.items()],
               'capname': C}, open('verbs/counts.json', 'w'), ensure_ascii=False)
    print(len(sample), 'files', time.time()-t0, 's')
