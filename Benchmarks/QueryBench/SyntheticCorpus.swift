import Foundation
import MekongCore

/// Synthetic articles for benchmarks: real sentence shapes of provincial news, the province and district
/// names and the titles of the lexicon (`Plugins/VietnameseLexicon/Resources`), and people with unique
/// names, so that a store of any size has the shape of a real one: hubs (provinces, provincial bodies)
/// with thousands of relations, and a long tail of officials named in one or two articles.
///
/// Article `k` is the same on every run. Each names three new officials and one seen before, four bodies and
/// two places, and states nine relations.
struct SyntheticCorpus {
    let provinces: [String]
    let districts: [(name: String, province: String)]
    let surnames: [String]
    let titles: [String]
    static let middles = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Hữu", "Quốc", "Ngọc", "Thành", "Xuân", "Công", "Bá",
                          "Kim", "Thu", "Hoàng"]
    static let givens = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Huy", "Khánh",
                         "Lâm", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Nghĩa", "Nhung", "Phong", "Phúc",
                         "Phương", "Quang", "Sơn", "Tâm", "Thắng", "Thảo", "Thành", "Trung", "Tuấn", "Tùng", "Vân",
                         "Việt", "Vinh", "Xuân", "Yến", "Nưng"]
    static let departments = ["Tài chính", "Nội vụ", "Tư pháp", "Xây dựng", "Công Thương", "Y tế", "Giáo dục và Đào tạo",
                              "Nông nghiệp và Môi trường", "Khoa học và Công nghệ", "Văn hóa, Thể thao và Du lịch",
                              "Dân tộc và Tôn giáo", "Ngoại vụ"]

    /// Reads the gazetteers from the lexicon's resource folder.
    init(lexicon: String) throws {
        func lines(_ name: String) throws -> [String] {
            try String(contentsOfFile: (lexicon as NSString).appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        }
        let places = try lines("places.tsv").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        provinces = places.filter { $0.count > 1 && $0[1] == "province" }.map { $0[0] }
        districts = places.filter { $0.count > 3 && $0[1] == "district" }.map { ($0[0], $0[3]) }
        surnames = try lines("surnames.txt")
        titles = try lines("titles.txt")
        guard !provinces.isEmpty, !districts.isEmpty, !surnames.isEmpty, !titles.isEmpty else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: lexicon])
        }
    }

    /// The name of official `index`: different for every index below 118 × 15 × 40 × 40 (2.8 million).
    func personName(_ index: Int) -> String {
        var rest = index
        let surname = surnames[rest % surnames.count]; rest /= surnames.count
        let middle = Self.middles[rest % Self.middles.count]; rest /= Self.middles.count
        let given = Self.givens[rest % Self.givens.count]; rest /= Self.givens.count
        if rest == 0 { return "\(surname) \(middle) \(given)" }
        return "\(surname) \(middle) \(Self.givens[(rest - 1) % Self.givens.count]) \(given)"
    }

    /// The contribution of article `k`, as the pipeline would hand it to the store.
    func article(_ k: Int) -> ArticleContribution {
        let province = provinces[k % provinces.count]
        let partner = provinces[(k * 11 + 5) % provinces.count]
        let district = districts[(k * 7) % districts.count]
        let department = Self.departments[(k / provinces.count) % Self.departments.count]
        let title = { (slot: Int) in titles[(k * 3 + slot) % titles.count] }
        let officials = (0..<3).map { personName(k * 3 + $0) }
        // Someone named before: officials meet again, which links the graph beyond its hubs.
        let returning = k == 0 ? officials[2] : personName(Int((UInt64(k) &* 2_654_435_761) % UInt64(k * 3)))

        var text = TextBuilder(article: StableID.article("synthetic/\(k).txt"))
        let partyCommittee = "Tỉnh ủy \(province)", partnerCommittee = "Tỉnh ủy \(partner)"
        let peoplesCommittee = "Ủy ban nhân dân tỉnh \(province)", departmentBody = "Sở \(department) tỉnh \(province)"
        let districtCommittee = "Ủy ban nhân dân huyện \(district.name)"

        text.sentence([
            .text("Ông "), .entity(officials[0], .person), .text(", \(title(0)) "), .entity(partyCommittee, .organization),
            .text(", chủ trì hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm."),
        ], states: [(officials[0], .holdsPosition, partyCommittee, ["title": title(0)])])
        text.sentence([
            .text("Bà "), .entity(officials[1], .person), .text(", \(title(1)) "), .entity(departmentBody, .organization),
            .text(", báo cáo kết quả thực hiện nhiệm vụ và đề xuất giải pháp cho thời gian tới."),
        ], states: [(officials[1], .holdsPosition, departmentBody, ["title": title(1)])])
        text.sentence([
            .entity(departmentBody, .organization), .text(" là cơ quan chuyên môn thuộc "),
            .entity(peoplesCommittee, .organization), .text(", có trụ sở tại tỉnh "), .entity(province, .place), .text("."),
        ], states: [(departmentBody, .partOf, peoplesCommittee, [:]), (peoplesCommittee, .locatedIn, province, [:])])
        text.sentence([
            .text("Đồng chí "), .entity(officials[2], .person), .text(", \(title(2)) "),
            .entity(districtCommittee, .organization), .text(", cho biết huyện "), .entity(district.name, .place),
            .text(" đã hoàn thành kế hoạch đề ra."),
        ], states: [(officials[2], .holdsPosition, districtCommittee, ["title": title(2)]),
                    (districtCommittee, .locatedIn, district.name, [:])])
        text.sentence([
            .text("Chiều cùng ngày, ông "), .entity(returning, .person), .text(" đã có buổi làm việc với ông "),
            .entity(officials[0], .person), .text(" về công tác đào tạo, bồi dưỡng cán bộ."),
        ], states: [(returning, .metWith, officials[0], [:])])
        text.sentence([
            .entity(partyCommittee, .organization), .text(" và "), .entity(partnerCommittee, .organization),
            .text(" ký kết chương trình phối hợp giai đoạn 2025–2030."),
        ], states: [(partyCommittee, .cooperatesWith, partnerCommittee, [:]), (partyCommittee, .locatedIn, province, [:])])
        for filler in 0..<8 {
            text.sentence([.text(Self.fillers[(k + filler) % Self.fillers.count])], states: [])
        }
        let body = text.text
        let article = Article(
            id: text.article, title: "\(partyCommittee): hội nghị sơ kết công tác sáu tháng đầu năm (\(k))",
            path: "synthetic/\(k).txt", source: "Synthetic", published: "2025-07-01", sha256: "synthetic-\(k)",
            text: body)
        return ArticleContribution(article: article, entities: text.entities, relations: text.relations)
    }

    static let fillers = [
        "Hội nghị cũng thống nhất các giải pháp trọng tâm trong thời gian tới.",
        "Các đại biểu tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, trách nhiệm.",
        "Công tác cải cách hành chính tiếp tục được quan tâm chỉ đạo quyết liệt.",
        "Tình hình kinh tế - xã hội trên địa bàn cơ bản ổn định, quốc phòng, an ninh được giữ vững.",
        "Việc triển khai các chương trình mục tiêu quốc gia đạt nhiều kết quả tích cực.",
        "Đời sống vật chất và tinh thần của Nhân dân tiếp tục được cải thiện.",
        "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế cần sớm khắc phục.",
        "Thời gian tới, các cấp, các ngành cần tiếp tục đẩy mạnh chuyển đổi số.",
        "Hội nghị đã biểu quyết thông qua nghị quyết với sự nhất trí cao.",
    ]
}
