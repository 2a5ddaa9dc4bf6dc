import MekongPluginAPI
import Testing

@Suite("Organizations")
struct OrganizationExtractionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        /// Every organization the sentence names, by canonical name, in text order.
        var organizations: [String]
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        // A sub-body also yields its parent as a mention of its own.
        Case(sentence: "Ban Thường vụ Tỉnh ủy An Giang họp phiên thường kỳ.",
             organizations: ["Ban Thường vụ Tỉnh ủy An Giang", "Tỉnh ủy An Giang"]),
        Case(sentence: "Ban Tổ chức Tỉnh ủy Hải Dương bị kỷ luật.",
             organizations: ["Ban Tổ chức Tỉnh ủy Hải Dương", "Tỉnh ủy Hải Dương"]),
        Case(sentence: "Ủy ban Kiểm tra Tỉnh ủy Yên Bái kiểm tra.",
             organizations: ["Ủy ban Kiểm tra Tỉnh ủy Yên Bái", "Tỉnh ủy Yên Bái"]),
        Case(sentence: "Chiều 23/6, đoàn công tác của Học viện Chính trị quốc gia Hồ Chí Minh đã làm việc với Thường trực Tỉnh ủy An Giang.",
             organizations: ["Học viện Chính trị quốc gia Hồ Chí Minh", "Thường trực Tỉnh ủy An Giang", "Tỉnh ủy An Giang"]),
        Case(sentence: "Ông Nguyễn Văn Hải dự lễ khai giảng tại Học viện Chính trị khu vực IV.",
             organizations: ["Học viện Chính trị khu vực IV"]),
        Case(sentence: "Học viện Chính trị khu vực II tổ chức hội thi.", organizations: ["Học viện Chính trị khu vực II"]),
        Case(sentence: "Lễ khai giảng diễn ra tại Trường Chính trị Tôn Đức Thắng.",
             organizations: ["Trường Chính trị Tôn Đức Thắng"]),
        Case(sentence: "Quyền Giám đốc Học viện Báo chí và Tuyên truyền Phạm Minh Sơn phát biểu.",
             organizations: ["Học viện Báo chí và Tuyên truyền"]),
        // An abbreviated head is expanded in the canonical name.
        Case(sentence: "UBND tỉnh Yên Bái vừa có văn bản chỉ đạo các sở, ngành.",
             organizations: ["Ủy ban nhân dân tỉnh Yên Bái"]),
        Case(sentence: "HĐND tỉnh Yên Bái họp kỳ thứ 10.", organizations: ["Hội đồng nhân dân tỉnh Yên Bái"]),
        // "Thường trực" after a title belongs to the title; the body is the Tỉnh ủy.
        Case(sentence: "Phát biểu tại buổi làm việc, Phó Bí thư Thường trực Tỉnh ủy An Giang Lê Văn Nưng khẳng định quyết tâm.",
             organizations: ["Tỉnh ủy An Giang"]),
        // A person's name after a title and a body is not part of the body.
        Case(sentence: "Giám đốc Sở Nội vụ Nguyễn Văn An dự họp.", organizations: ["Sở Nội vụ"]),
        Case(sentence: "Đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh phát biểu.",
             organizations: ["Bộ Chính trị", "Thành ủy Thành phố Hồ Chí Minh"]),
        // Lower-case generic mentions name no body.
        Case(sentence: "Tỉnh phấn đấu xây dựng trường chính trị chuẩn mức 1.", organizations: []),
        Case(sentence: "Các trường chính trị chuẩn được xây dựng. Ban tổ chức hội thi đã họp.", organizations: []),
        // A bare short form with no full name in the article to stand for is dropped.
        Case(sentence: "Tỉnh ủy chỉ đạo các cấp ủy triển khai.", organizations: []),
    ]

    @Test("organizations a sentence names", arguments: cases)
    func organizations(_ example: Case) throws {
        let extracted = try Extracted(example.sentence)
        #expect(extracted.names(.organization) == example.organizations, "\(extracted.summary)")
        #expect(extracted.result.failures.isEmpty)
    }

    @Test("the abbreviation stays an alias of the expanded name")
    func abbreviationIsAlias() throws {
        let extracted = try Extracted("UBND tỉnh Yên Bái vừa có văn bản chỉ đạo các sở, ngành.")
        let mention = try #require(extracted.mentions(.organization, named: "Ủy ban nhân dân tỉnh Yên Bái").first)
        #expect(mention.text == "UBND tỉnh Yên Bái")
        #expect(extracted.document.text(mention.span) == "UBND tỉnh Yên Bái")
    }

    @Test("a parent named inside a sub-body is a mention at its own span")
    func nestedParentSpan() throws {
        let extracted = try Extracted("Ban Thường vụ Tỉnh ủy An Giang họp phiên thường kỳ.")
        let outer = try #require(extracted.mentions(.organization, named: "Ban Thường vụ Tỉnh ủy An Giang").first)
        let inner = try #require(extracted.mentions(.organization, named: "Tỉnh ủy An Giang").first)
        #expect(outer.span.contains(inner.span))
        #expect(inner.span.end == outer.span.end)
        #expect(extracted.document.text(inner.span) == "Tỉnh ủy An Giang")
    }

    @Test("a person's name inside a school's name is not a person")
    func schoolNameIsNoPerson() throws {
        let extracted = try Extracted("Lễ khai giảng diễn ra tại Trường Chính trị Tôn Đức Thắng.")
        #expect(extracted.names(.person).isEmpty, "\(extracted.summary)")
    }

    @Test("capitalized and lower-case 'quốc gia' name one academy", arguments: [
        "Học viện Chính trị Quốc gia Hồ Chí Minh cử đoàn công tác. Học viện Chính trị quốc gia Hồ Chí Minh hỗ trợ tỉnh.",
        "Học viện Chính trị quốc gia Hồ Chí Minh cử đoàn công tác. Học viện Chính trị Quốc gia Hồ Chí Minh hỗ trợ tỉnh.",
    ])
    func nationalAcademyMerges(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.organization) == ["Học viện Chính trị quốc gia Hồ Chí Minh"], "\(extracted.summary)")
        #expect(extracted.mentions.filter { $0.type == .organization }.count == 2)
        #expect(extracted.names(.person).isEmpty)
        #expect(extracted.names(.place).isEmpty)
    }

    @Test("a short form resolves to the one full name of the article, before or after it", arguments: [
        "Tỉnh liên kết với Học viện khu vực IV mở lớp. Học viện Chính trị khu vực IV đồng ý.",
        "Học viện Chính trị khu vực IV đồng ý. Tỉnh liên kết với Học viện khu vực IV mở lớp.",
    ])
    func shortFormResolves(text: String) throws {
        let extracted = try Extracted(text)
        let mentions = extracted.mentions.filter { $0.type == .organization }
        #expect(mentions.map(\.text).sorted() == ["Học viện Chính trị khu vực IV", "Học viện khu vực IV"])
        #expect(mentions.allSatisfy { $0.canonicalName == "Học viện Chính trị khu vực IV" }, "\(extracted.summary)")
    }

    @Test("an Arabic region number names the same academy as the Roman one")
    func regionNumberNormalizes() throws {
        let extracted = try Extracted("Học viện Chính trị khu vực 2 tổ chức hội thi.")
        #expect(extracted.names(.organization) == ["Học viện Chính trị khu vực II"], "\(extracted.summary)")
    }
}
