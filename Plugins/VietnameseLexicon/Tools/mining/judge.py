#!/usr/bin/env python3
"""Hand judgement of the mined candidates -> accepted.tsv, rejected.tsv.
Review set: tier A = not in name-compounds.txt, >= 3 distinct names; tier B = 2 distinct names, >= 3 occurrences,
and >= 60% of occurrences end in punctuation / a capitalized word / a unit word / another compound."""
import csv
# compound -> verbal flag ("verbal" or ""), chosen by hand (see README for criteria)
ACCEPT = {
 "đá quý": "", "vàng bạc": "", "vũ trang": "", "gang thép": "", "máy tính": "", "kiến thiết": "", "công ích": "",
 "bầu cử": "verbal", "hòa giải": "verbal", "liên doanh": "", "tổng thống": "", "đại biểu": "", "bóng đá": "",
 "tư nhân": "", "chi nhánh": "", "ô tô": "", "nội trú": "", "bán trú": "", "xe khách": "", "hòa bình": "",
 "nước sạch": "", "quan sát": "verbal", "dự án": "", "công trình": "", "thí nghiệm": "verbal", "kỷ luật": "verbal",
 "đóng tàu": "", "vấn đề": "", "hữu hạn": "", "cây xanh": "", "điều dưỡng": "verbal", "cổ truyền": "",
 "hoạt động": "verbal", "cao tốc": "", "công cộng": "", "tin học": "", "hạt nhân": "", "chuyên nghiệp": "",
 "cầu đường": "", "cộng đồng": "", "nghiệp vụ": "", "lãnh đạo": "verbal", "chất thải": "", "phân bón": "",
 "thiên văn": "", "toàn cầu": "", "vật tư": "", "lắp máy": "", "tuyển sinh": "verbal", "lụt bão": "",
 "phần mềm": "", "động lực": "", "thượng viện": "", "thực vật": "", "trí tuệ": "", "dữ liệu": "", "liên ngành": "",
 "lâm thời": "", "cửa khẩu": "", "quốc dân": "", "nghề nghiệp": "", "nước ngoài": "", "bền vững": "",
 "sáng tạo": "", "thông minh": "", "toàn quốc": "", "tên lửa": "", "đồ gỗ": "",
 # tier B
 "nhân tạo": "", "truy nã": "verbal", "công dân": "", "mặt bằng": "", "thần kinh": "", "cơ giới": "", "dân gian": "",
 "ghép tạng": "", "cà phê": "", "mũi họng": "", "bóng đèn": "", "chỉnh hình": "", "xi măng": "", "bà mẹ": "",
 "gia cầm": "", "truyền thanh": "", "chức năng": "", "sinh thái": "", "rác thải": "", "liên cấp": "", "thẩm mỹ": "",
 "trực thăng": "", "phòng hộ": "", "danh thắng": "", "tiến bộ": "", "bến xe": "", "an sinh": "", "hữu cơ": "",
 "động cơ": "", "thiết giáp": "", "xây lắp": "", "chuyên môn": "", "chuyên trách": "", "quần chúng": "",
 "nhân thọ": "", "lục quân": "", "xơ sợi": "", "khiếu nại": "verbal",
 # round 2 (chains through round-1 acceptances)
 "sân bay": "", "dân dụng": "", "võ thuật": "", "nội thất": "", "pháo binh": "", "pháp lý": "",
}
# object-like nouns that follow verbal compounds in sentences ("đầu tư dự án", "nghiên cứu vấn đề"): flagged
# verbal so that they continue a name only when more of it follows (the grammar's sense of the flag)
for _w in ("dự án", "vấn đề", "công trình", "dữ liệu", "phân bón", "chất thải"): ACCEPT[_w] = "verbal"
# tier C: one distinct name in the pool (or 2 occurrences), but a sound name compound by hand
BELOW_WORDS = {w.replace("_", " "): "" for w in """bệnh_tật cố_đô điện_toán bóng_chuyền phúc_thẩm tưởng_niệm cai_nghiện
 chính_quy bóng_bàn chiếu_xạ bầu_dục mẫu_giáo nuôi_trồng năng_khiếu dưỡng_lão hành_nghề phòng_thủ dầu_mỏ ngư_nghiệp
 dân_lập lập_pháp nguyên_tử điền_kinh lão_khoa tạo_hình đa_biên yến_sào lưỡng_dụng""".split()}
BELOW_WORDS.update({"nghiệm thu": "verbal", "kiểm dịch": "verbal", "ứng cứu": "verbal"})
# examples chosen by hand where the automatic pick shows the sentence use (all seen in the pool)
EXAMPLE = {"kỷ luật": "Ban kỷ luật | Hội đồng kỷ luật", "bầu cử": "Ủy ban bầu cử | Hội đồng bầu cử",
 "tuyển sinh": "Hội đồng tuyển sinh", "công cộng": "Hội Y tế công cộng | Công ty Công trình công cộng",
 "cộng đồng": "Trường Đại học Sức khỏe cộng đồng | Khoa Y tế cộng đồng", "dữ liệu": "Trung tâm Tích hợp dữ liệu",
 "truy nã": "Phòng Cảnh sát truy nã", "lãnh đạo": "Ban lãnh đạo", "phần mềm": "Hiệp hội Doanh nghiệp phần mềm | Viện Công nghệ phần mềm"}
REASON = {}
def R(reason, words):
    for w in words.split(","): REASON[w.strip()] = reason
R("time", "hôm thứ,hồi đầu,ban đầu,giai đoạn,thời gian,nhiệm kỳ,đầu tiên,nhân dịp,mùa giải")
R("adverb", "tích cực,trực tiếp,liên tục,nhanh chóng,khẩn trương,chính thức,kịp thời,thậm chí,hoàn toàn,thực sự,đồng thời,"
  "chắc chắn,chủ yếu,nghiêm túc,thẳng thắn,cố tình,bất ngờ,gấp rút,kiên quyết,tự ý,đồng loạt,liên tiếp,chặt chẽ,"
  "nhiệt liệt,trân trọng,chủ động,công khai,sẵn sàng,tiếp tục,cần phải,thay vì,xung quanh,bên cạnh,thế nào,đột xuất,"
  "bỗng trở,luôn cầu,luôn mong,ưu tiên,vinh dự,tập trung,liên quan,thay mặt,chuyên đề")
R("fragment", "án dân,cần tập,phải chịu,đường cao,cựu sinh,bắt quả,chịu trách,ký hợp,ký văn,gửi công,gửi lời,nguồn nhân,"
  "chống buôn,chống khủng,học xã,lễ công,nơi xảy,phải thay,trao quyết,sang dự,cần tiếp,phải khẩn,phải thực,sớm ban,"
  "đặt câu,cần rà,cần xem,ký ban,ký quyết,nêu quan,phải làm,bác đề,cần nghiên,cần tăng,dẫn thông,làm nhiệm,lập hội,"
  "phải báo,phải xử,xin ý,cần chủ,cần phối,cần xác,giao nhiệm,gặp khó,lấy ý,lấy điểm,lập biên,lập quy,nhân chuyến,"
  "phải bồi,phải chủ,phải kiểm,phải phối,phải trả,phải tăng,tạo điều,tuyển lao,việc chấp,đạt lợi,cần sớm,sớm hoàn,"
  "đỏ huyện,cảnh tỉnh,chuyên tỉnh,thi tỉnh,chúng quốc,dùng thép,bằng thuyền,họp khẩn,họp phiên,làm trưởng,nhận trách,"
  "đóng bằng,tài khoản,hai nước,ba nước,thay ông,tiếp ông,đăng bài,dẫn nguồn,dẫn lời,đưa tin,nêu rõ,chỉ rõ,làm rõ,thấy rằng,tin rằng,"
  "chỉ biết,giữ chức,mang tên,đổi tên,cấp giấy,cấp bằng,cấp phép,thu tiền,bật cười,gây sốc,trăn trở,tâm sự")
R("object", "kỳ thi,cuộc thi,lễ hội,hội nghị,họp báo,nhà ga,nhà máy,văn bản,dự thảo,hồ sơ,kết quả,chi phí,cơ chế,quá trình,vụ việc,"
  "nội dung,chương trình,hội thảo,phương án,quốc lộ,sự kiện,lực lượng,ý kiến,phiên họp,buổi họp,giấy phép,tài liệu,"
  "lĩnh vực,đề tài,nhà hàng,vũ khí,nhu cầu,đất nước,chức vụ,kỷ lục,chọi trâu,ùn tắc,tiền tệ,tặng quà,tặng hoa,trao hoa,"
  "trao giải,trao tặng,bỏ phiếu,trốn thuế,thiệt hại,hành động")
R("weak", "mỹ nghệ,cầu thủ,vỏ thép")
R("verb", "thẩm định")
R("verb", "phỏng vấn,dự thi,phải ngừng,xoay quanh,đứng thứ")
R("head", "giám đốc")
R("head", "công ty,bệnh viện,tập đoàn,đơn vị,chủ tịch,hội đồng")
R("generic", "cấp tỉnh,cấp huyện,chuyên ngành,hàng đầu,đương nhiệm,đa cấp,nổi tiếng,danh tiếng,đầu tiên,dân sự")
R("weak", "thăm dò,trưng bày,tự tử,bán hàng,chiến tranh,sinh sản,tiêu hóa,phẫu thuật,khám nghiệm,lo ngại,nghề nghiệp_,"
  "chuyển sang,đẩy mạnh,khảo sát,chế tạo,tấn công,tài trợ,liên kết,chuyển giao,phát hành,phát sóng,thăm khám")
rows = list(csv.DictReader(open("/tmp/mine/candidates.tsv", encoding="utf-8"), delimiter="\t"))
acc, rej, below = [], [], []
for r in rows:
    if r["known"] == "1": continue
    n, d = int(r["count"]), int(r["distinct_names"])
    nameend = (int(r["end_punct"]) + int(r["end_cap"]) + int(r["end_unit"]) + int(r["end_compound"])) / n
    tier = "A" if d >= 3 else "B" if (d == 2 and n >= 3 and nameend >= 0.6) else None
    p = r["pair"]
    if tier is None:
        if p in ACCEPT: below.append((p, ACCEPT[p], n, d, r["examples"]))
        elif p in BELOW_WORDS: below.append((p, BELOW_WORDS[p], n, d, r["examples"]))
        continue
    ex = [e for e in r["examples"].split(" | ") if p in e.lower()][:2]
    if p in ACCEPT:
        acc.append((p, ACCEPT[p], n, d, EXAMPLE.get(p, " | ".join(ex)), tier))
    else:
        reason = REASON.get(p) or "verb"
        rej.append((p, reason, n, d, tier, " | ".join(ex)))
acc.sort(key=lambda x: (-x[2], x[0])); rej.sort(key=lambda x: (-x[2], x[0]))
with open("/tmp/mine/accepted.tsv", "w") as f:
    for p, v, n, d, ex, t in acc: f.write(f"{p}\t{v}\t{n}\t{d}\t{ex}\n")
with open("/tmp/mine/rejected.tsv", "w") as f:
    f.write("# compound\treason\tcount\tdistinct-names\ttier\texample\n")
    for p, reason, n, d, t, ex in rej: f.write(f"{p}\t{reason}\t{n}\t{d}\t{t}\t{ex}\n")
with open("/tmp/mine/below-threshold.tsv", "w") as f:
    f.write("# plausible name compounds seen in fewer than 2 distinct names or fewer than 3 times (NOT in accepted.tsv)\n")
    for p, v, n, d, ex in sorted(below, key=lambda x: -x[2]):
        f.write(f"{p}\t{v}\t{n}\t{d}\t{ex}\n")
missing = [p for p in ACCEPT if p not in {a[0] for a in acc} | {b[0] for b in below}]
print("accepted", len(acc), "rejected", len(rej), "tierB accepted", sum(1 for a in acc if a[5] == "B"), "missing", missing)
from collections import Counter; print(Counter(r[1] for r in rej))
