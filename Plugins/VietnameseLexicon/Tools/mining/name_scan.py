# Count, over every non-excluded pool file, 1-2 syllable words written capitalized inside an
# organization-like name: after a head noun (Ban, Cục, Sở, Công ty, Trung tâm, ...), within the run of
# capitalized syllables that follows it.
import os, re, unicodedata, collections, json
os.chdir('/tmp/mine')
excl = set(l.strip() for l in open('exclude.txt') if l.strip())
heads = ['ban','cục','sở','viện','trung tâm','công ty','hội đồng','ủy ban','uỷ ban','chi cục','tổng cục','phòng','đài','nhà','khoa','bệnh viện','hợp tác xã','tổ','đội','hội','trường','học viện','văn phòng','vụ','bộ','tập đoàn','ngân hàng','quỹ','liên đoàn','hiệp hội','câu lạc bộ','cảng','tổng công ty','mặt trận','quân','lực lượng','đoàn','chi nhánh','xí nghiệp','nhà máy','tòa án','viện kiểm sát','bộ chỉ huy','cơ quan','hãng','cửa hàng','siêu thị','trạm','ủy ban nhân dân','phân viện','ban quản lý']
hs = set(heads)
C = collections.Counter()
n = 0
for root, _, fs in os.walk('pool'):
    for f in fs:
        p = os.path.join(root, f)
        if not f.endswith('.txt') or p in excl: continue
        n += 1
        t = unicodedata.normalize('NFC', open(p, encoding='utf-8', errors='replace').read())
        toks = re.findall(r'\w+|[^\w\s]', t)
        L = len(toks)
        for i in range(L - 1):
            tk = toks[i]
            if not tk[:1].isupper(): continue
            # head of 1-3 syllables starting here
            for k in (3, 2, 1):
                h = ' '.join(toks[i:i+k]).lower()
                if h in hs: break
            else:
                continue
            j = i + k; run = []
            while j < L and len(run) < 8 and toks[j].isalpha() and (toks[j][:1].isupper() or (run and toks[j].islower() and len(run) < 8)):
                run.append(toks[j]); j += 1
            # cut the run at the first lower-case token after which no capitalized token follows
            for a in range(len(run)):
                if not run[a][:1].isupper(): continue
                C[run[a].lower()] += 1
                if a + 1 < len(run): C[(run[a] + ' ' + run[a+1]).lower()] += 1
json.dump({'files': n, 'counts': C}, open('verbs/name_scan.json', 'w'), ensure_ascii=False)
print(n, 'files', len(C))
