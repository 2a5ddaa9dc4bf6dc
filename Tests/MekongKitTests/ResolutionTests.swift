import Foundation
import MekongKit
import Testing

@Suite("Entity resolution over one article")
struct ResolutionTests {
    /// The entities of `body` after extraction and resolution.
    private func entities(_ body: String) throws -> [Entity] {
        let (contribution, failures) = try Fixture.ingestor().contribution(text: "Tin tức\n\n" + body, path: "t.txt")
        #expect(failures.isEmpty)
        return contribution.entities
    }

    @Test("two spellings of the national academy are one entity with the other as alias")
    func academySpellingsMerge() throws {
        let found = try entities(
            "Học viện Chính trị Quốc gia Hồ Chí Minh cử đoàn công tác. Học viện Chính trị quốc gia Hồ Chí Minh hỗ trợ tỉnh.")
        let organizations = found.filter { $0.type == .organization }
        #expect(organizations.map(\.name) == ["Học viện Chính trị quốc gia Hồ Chí Minh"])
        #expect(organizations.first?.aliases.contains("Học viện Chính trị Quốc gia Hồ Chí Minh") == true)
        #expect(organizations.first?.mentions.count == 2)
        #expect(!found.contains { $0.type == .person })
    }

    @Test("'đại biểu Quốc hội tỉnh Đồng Nai': the delegate's province is no part of the National Assembly's name")
    func nationalAssemblyOfDelegate() throws {
        let found = try entities("Ông Dương Trung Quốc, đại biểu Quốc hội tỉnh Đồng Nai, cho biết.")
        #expect(found.filter { $0.type == .organization }.map(\.name) == ["Quốc hội"])
    }

    @Test("'Sở Công Thương tại địa bàn': a department of wherever the reader lives is no entity")
    func departmentOfAnyLocality() throws {
        let found = try entities("Người dân có thể thông báo tới Sở Công Thương tại địa bàn hoặc Cục Quản lý cạnh tranh.")
        #expect(found.filter { $0.type == .organization }.map(\.name) == ["Cục Quản lý cạnh tranh"])
    }

    @Test("'Cục A chuyển sang C46': a verb of passing on ends a body's lower-case tail, for the grammar and the tagger")
    func passingOnVerbEndsName() throws {
        let found = try entities("Hồ sơ vụ việc đã được Cục Quản lý cạnh tranh chuyển sang C46 (Bộ Công an) để tiếp tục điều tra.")
        #expect(!found.contains { $0.type == .organization && $0.name.contains("chuyển") }, "\(found.map(\.name))")
    }

    @Test("'Tổng công ty X sở hữu 10% vốn': a share closes no name the tagger carries on")
    func shareClosesNoName() throws {
        let found = try entities(
            "Công ty Tràng Tiền (SCIC sở hữu 90% và Tổng công ty Thương mại Hà Nội sở hữu 10% vốn điều lệ) được bán.")
        #expect(!found.contains { $0.type == .organization && $0.name.contains("sở hữu") }, "\(found.map(\.name))")
    }

    @Test("a later 'ông Lâm' is an alias of Hoàng Phúc Lâm, not a second person")
    func shortReferenceMerges() throws {
        let found = try entities(
            "Ông Hoàng Phúc Lâm, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu. Ông Lâm đánh giá cao tỉnh.")
        let persons = found.filter { $0.type == .person }
        #expect(persons.map(\.name) == ["Hoàng Phúc Lâm"])
        #expect(persons.first?.aliases == ["Lâm"])
        #expect(persons.first?.mentions.map(\.text) == ["Hoàng Phúc Lâm", "Lâm"])
    }

    @Test("a body written with and without the 'và' or dash between the parts of its name is one entity")
    func connectorsMerge() throws {
        let found = try entities(
            "Ông Đào Anh Kiệt, cựu giám đốc Sở Tài nguyên Môi trường TP.HCM, bị phê bình. Sở Tài nguyên và Môi trường "
                + "TP.HCM đã kiểm điểm. Sở Tài nguyên - Môi trường TP.HCM báo cáo.")
        let organizations = found.filter { $0.type == .organization && $0.name.hasPrefix("Sở") }
        #expect(organizations.count == 1, "\(organizations.map(\.name))")
        // Different words are different bodies.
        let two = try entities("Sở Tài chính TP.HCM và Sở Tài nguyên và Môi trường TP.HCM cùng báo cáo.")
        #expect(two.filter { $0.type == .organization && $0.name.hasPrefix("Sở") }.count == 2)
    }

    @Test("an abbreviated body is stored under its expansion with the abbreviation as alias")
    func abbreviationExpands() throws {
        let found = try entities("UBND tỉnh Yên Bái vừa có văn bản chỉ đạo các sở, ngành.")
        let organization = try #require(found.first { $0.type == .organization })
        #expect(organization.name == "Ủy ban nhân dân tỉnh Yên Bái")
        #expect(organization.aliases.contains("UBND tỉnh Yên Bái"))
    }

    @Test("a short reference to a document shares the document's entity")
    func documentShortReference() throws {
        let found = try entities(
            "Ban Bí thư ban hành Chỉ thị số 05-CT/TW về học tập. Sau 5 năm thực hiện Chỉ thị số 05, tỉnh đạt kết quả tốt.")
        let documents = found.filter { $0.type == .document }
        #expect(documents.map(\.name) == ["05-CT/TW"])
        let aliases = Set(documents.first?.aliases ?? [])
        #expect(aliases.isSuperset(of: ["Chỉ thị số 05-CT/TW", "Chỉ thị số 05"]))
    }

    @Test("the same relation stated twice in an article is one relation with two pieces of evidence")
    func repeatedRelation() throws {
        let body = "Ban Thường vụ Tỉnh ủy An Giang họp. Ban Thường vụ Tỉnh ủy An Giang chỉ đạo các cấp ủy."
        let (contribution, _) = try Fixture.ingestor().contribution(text: "Tin tức\n\n" + body, path: "t.txt")
        let partOf = contribution.relations.filter { $0.predicate == .partOf }
        #expect(partOf.count == 1)
        #expect(partOf.first?.evidence.count == 2)
    }

    @Test("'Bộ Giao thông vận tải (GTVT), Thứ trưởng Bộ GTVT Nguyễn Văn Công': the acronym's own mention hides no post")
    func acronymMentionHidesNoPost() throws {
        let body = "Tại trụ sở Bộ Giao thông vận tải (GTVT), Thứ trưởng Bộ GTVT Nguyễn Văn Công đã chủ trì cuộc họp."
        let (contribution, _) = try Fixture.ingestor().contribution(text: "Tin tức\n\n" + body, path: "t.txt")
        let names = Dictionary(uniqueKeysWithValues: contribution.entities.map { ($0.id, $0.name) })
        let posts = contribution.relations.filter { $0.predicate == .holdsPosition }
            .map { "\(names[$0.subject] ?? "?") → \(names[$0.object] ?? "?")" }
        #expect(posts == ["Nguyễn Văn Công → Bộ Giao thông vận tải"], "\(posts)")
    }
}
