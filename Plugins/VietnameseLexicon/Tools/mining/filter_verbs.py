import json, sys, collections, datetime, unicodedata
d = json.load(open(sys.argv[1] if len(sys.argv) > 1 else '/tmp/mine/verbs/counts.json'))
MINOCC, MINVR, CAPMAX = 15, 0.85, 0.01
tot = collections.Counter(); vr = collections.Counter()
for w, t, c in d['tags']:
    tot[w] += c
    if t in ('V', 'R'): vr[w] += c
cap = d['capname']
nc = set()
for l in open('/work/main/Plugins/VietnameseLexicon/Resources/name-compounds.txt', encoding='utf-8'):
    if l.startswith('#') or not l.strip(): continue
    nc.add(unicodedata.normalize('NFC', l.split('\t')[0].strip().lower()))
starters = set("""quản lý|phát triển|bảo vệ|kiểm tra|thanh tra|xúc tiến|đầu tư|xây dựng|đào tạo|tổ chức|điều tra|hỗ trợ|nghiên cứu|giám sát|kiểm soát|thi đua|khen thưởng|tiếp công dân""".split('|'))
scan = json.load(open('/tmp/mine/verbs/name_scan.json'))
SC, SCF = scan['counts'], scan['files']
manual = set("""giải trí|bán lẻ|thi công|mua bán|buôn bán|thu mua|môi giới|phân phối|tiêu dùng|chế tạo|chế biến|vận chuyển|vận tải|xuất khẩu|nhập khẩu|cứu hộ|cứu nạn|cứu trợ|phòng cháy|chữa cháy|phòng chống|chữa bệnh|khám bệnh|tư vấn|bảo hiểm|cung ứng|cung cấp|lắp ráp|lắp đặt|sửa chữa|quảng bá|bảo quản|thu gom|phòng bệnh|tiêu hóa|miễn phí|bình ổn|giảng dạy|bảo hành|thanh toán|khởi nghiệp|tập huấn|huấn luyện|đấu giá|thẩm định|xét xử|kiểm định|giám định|tình nguyện|điều hành|bầu cử|thẩm tra|điều phối|biên tập|tuyển sinh|tranh cử|vận động|thường trực|cố vấn|bảo trợ|thi hành|phòng ngừa|cai nghiện|giải cứu|sát hạch|đăng kiểm|kiểm nghiệm|kiểm sát|hòa giải|lưu trữ|điều dưỡng|phục hồi|hồi sức|chống độc|tiếp dân|thống kê|dự báo|quy hoạch|khảo sát|bảo tồn|phát thanh|truyền hình|xuất bản|công chứng|tiếp thị|giao nhận|phát hành|tiêm chủng|mua sắm|chẩn đoán|đấu thầu|hội nhập|tập luyện|thi đấu|phòng thủ|đánh bắt|khuyến nông|khuyến công|ứng phó|giải phóng|cải cách|đổi mới|hiến máu|bảo trì|chứng nhận|khuyến mại|chuyển đổi|liên kết|kết nối|hợp tác|đoàn kết|ủng hộ|tuần tra|thăm dò|chiến đấu|gìn giữ|tiết kiệm|thực hành|điều chỉnh|hướng dẫn|thực thi|phòng ngự|vận hành|kinh doanh|giao lưu|trình diễn|biểu diễn|cứu thương|tiếp nhận|bảo dưỡng|trang bị|đánh giá|xử lý|phối hợp|chăm lo|cư trú|xuất cảnh|tạm trú|trợ cấp|tuyển dụng|quyên góp|thanh lý|tôn vinh|biểu dương|nuôi dưỡng|dạy nghề|sáng lập|bảo hộ|đền bù|khai báo|tiếp xúc|đo lường|truy tìm|phân cấp|khu trục|cải tạo|khám phá|khởi công|sơ tán|tuyên truyền|hấp thụ|thanh toán""".split('|'))
kept, dropped = [], []
for w in tot:
    n = tot[w]
    if n < MINOCC or vr[w] / n < MINVR: continue
    reason = None
    if w in nc: reason = 'name-compounds'
    elif w in starters or any(s.startswith(w + ' ') or s == w for s in starters): reason = 'org-starter'
    elif ' ' not in w and any(c.split(' ')[0] == w for c in nc | starters): reason = 'first syllable of a name compound'
    elif w in manual: reason = 'manual: used in organization names'
    elif SC.get(w, 0) >= 3 and SC[w] >= 0.001 * n * SCF / d['n']: reason = 'capitalized after an org head %d times in pool' % SC[w]
    elif cap.get(w, 0) > max(2, CAPMAX * n): reason = 'in-capitalized-name %d/%d' % (cap.get(w, 0), n)
    (dropped if reason else kept).append((w, n, vr[w] / n, reason))
kept.sort(key=lambda x: -x[1])
with open('/tmp/mine/verbs/verbs.txt', 'w', encoding='utf-8') as f:
    f.write('# Vietnamese verbs/adverbs (pyvi ViPosTagger tag V or R) that follow an organization name in news text.\n')
    f.write('# Method: pyvi tokenize+POS-tag of %d random non-excluded files from /tmp/mine/pool (exclude.txt honoured), Content section only.\n' % d['n'])
    f.write('# Kept: 1-2 syllables, >=%d occurrences, tagged V or R in >=%d%% of occurrences; dropped: name-compounds.txt entries,\n' % (MINOCC, MINVR * 100))
    f.write('# org-name starters (quản lý, điều tra, ...) and one-syllable words that begin any of these compounds, words capitalized after a capitalized word more than max(2, 1% of occurrences),\n')
    f.write('# and words written capitalized after an organization head noun (Ban, Cục, Công ty, ...) in the whole non-excluded pool\n# at least 3 times and at least 0.1%% of their estimated pool occurrences; plus a hand list of service/sector verbs used in names.\n# Generated %s by /tmp/mine/verbs/filter_verbs.py; %d entries.\n' % (datetime.datetime.utcnow().strftime('%Y-%m-%d %H:%M UTC'), len(kept)))
    for w, *_ in kept: f.write(w + '\n')
with open('/tmp/mine/verbs/dropped.tsv', 'w', encoding='utf-8') as f:
    for w, n, r, why in sorted(dropped, key=lambda x: -x[1]): f.write('%s\t%d\t%.2f\t%s\n' % (w, n, r, why))
with open('/tmp/mine/verbs/kept.tsv', 'w', encoding='utf-8') as f:
    for w, n, r, _ in kept: f.write('%s\t%d\t%.2f\t%d\n' % (w, n, r, cap.get(w, 0)))
print(len(kept), 'kept', len(dropped), 'dropped')
