import MekongPluginAPI
import Testing

@Suite("Officials and their posts")
struct OfficialExtractionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var person: String
        var title: String
        var organization: String
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        // Person, Title Organization.
        Case(sentence: "Ông Hoàng Phúc Lâm, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu kết luận buổi làm việc.",
             person: "Hoàng Phúc Lâm", title: "Phó Giám đốc", organization: "Học viện Chính trị quốc gia Hồ Chí Minh"),
        Case(sentence: "Ông Lê Văn Nưng, Phó Bí thư Thường trực Tỉnh ủy An Giang phát biểu tại buổi làm việc.",
             person: "Lê Văn Nưng", title: "Phó Bí thư Thường trực", organization: "Tỉnh ủy An Giang"),
        // Title Organization Person.
        Case(sentence: "Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Hoàng Phúc Lâm đánh giá cao tỉnh.",
             person: "Hoàng Phúc Lâm", title: "Phó Giám đốc", organization: "Học viện Chính trị quốc gia Hồ Chí Minh"),
        Case(sentence: "Phát biểu tại buổi làm việc, Phó Bí thư Thường trực Tỉnh ủy An Giang Lê Văn Nưng khẳng định quyết tâm.",
             person: "Lê Văn Nưng", title: "Phó Bí thư Thường trực", organization: "Tỉnh ủy An Giang"),
        Case(sentence: "Giám đốc Sở Nội vụ Nguyễn Văn An dự họp.",
             person: "Nguyễn Văn An", title: "Giám đốc", organization: "Sở Nội vụ"),
        Case(sentence: "Chủ tịch UBND tỉnh Yên Bái Đỗ Đức Duy phát biểu chỉ đạo.",
             person: "Đỗ Đức Duy", title: "Chủ tịch", organization: "Ủy ban nhân dân tỉnh Yên Bái"),
        Case(sentence: "Quyền Giám đốc Học viện Báo chí và Tuyên truyền Phạm Minh Sơn phát biểu.",
             person: "Phạm Minh Sơn", title: "Quyền Giám đốc", organization: "Học viện Báo chí và Tuyên truyền"),
        Case(sentence: "Sáng 5/3, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà chủ trì hội nghị.",
             person: "Phạm Thị Thanh Trà", title: "Bộ trưởng", organization: "Bộ Nội vụ"),
    ]

    @Test("a person holds the post the sentence gives, with the title as written", arguments: cases)
    func post(_ example: Case) throws {
        let extracted = try Extracted(example.sentence)
        #expect(extracted.names(.person) == [example.person], "\(extracted.summary)")
        let posts = extracted.relations.filter { $0.predicate == .holdsPosition }
        #expect(posts.count == 1, "\(extracted.summary)")
        let post = try #require(posts.first)
        #expect(post.subject == example.person)
        #expect(post.object == example.organization)
        #expect(post.attributes["title"] == example.title)
        #expect(post.attributes["status"] == nil)
    }

    @Test("a name ends before a sentence the crawler glued on that opens with 'Báo cáo', 'Đối với', 'Ngoài ra' or 'Nhà tôi'",
          arguments: ["Báo cáo", "Đối với", "Ngoài ra", "Nhà tôi"])
    func gluedOpener(opener: String) throws {
        let extracted = try Extracted("Giám đốc Sở Tài chính Trần Văn Hùng \(opener) vấn đề này, mọi việc đã rõ.")
        #expect(extracted.names(.person) == ["Trần Văn Hùng"], "\(extracted.summary)")
    }

    @Test("a past post keeps its plain title and is marked former")
    func pastPost() throws {
        let extracted = try Extracted("Nguyên Bí thư Tỉnh ủy Bình Định Hồ Quốc Dũng bị kỷ luật.")
        #expect(extracted.attributes("Hồ Quốc Dũng", .holdsPosition, "Tỉnh ủy Bình Định") == [["title": "Bí thư", "status": "former"]],
                "\(extracted.summary)")
    }

    @Test("several posts in one apposition are several relations")
    func severalPosts() throws {
        let extracted = try Extracted(
            "Đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh phát biểu.")
        #expect(extracted.attributes("Nguyễn Văn Nên", .holdsPosition, "Bộ Chính trị") == [["title": "Ủy viên"]])
        #expect(extracted.attributes("Nguyễn Văn Nên", .holdsPosition, "Thành ủy Thành phố Hồ Chí Minh") == [["title": "Bí thư"]])
    }

    @Test("two posts of one person in one academy and its Party committee")
    func postsInTwoBodies() throws {
        let extracted = try Extracted(
            "Ông Hoàng Phúc Lâm, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Phó Bí thư Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh phát biểu.")
        #expect(extracted.attributes("Hoàng Phúc Lâm", .holdsPosition, "Học viện Chính trị quốc gia Hồ Chí Minh") == [["title": "Phó Giám đốc"]])
        #expect(extracted.attributes("Hoàng Phúc Lâm", .holdsPosition, "Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh") == [["title": "Phó Bí thư"]])
    }

    @Test("a later short reference is the same person", arguments: [
        ("Ông Hoàng Phúc Lâm, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu. Ông Lâm đánh giá cao tỉnh.", "Hoàng Phúc Lâm", "Lâm"),
        ("Ông Hoàng Phúc Lâm phát biểu. Đồng chí Lâm nhấn mạnh vai trò của tỉnh.", "Hoàng Phúc Lâm", "Lâm"),
        ("Ông Lê Văn Nưng phát biểu. Ông Nưng cho biết tỉnh đạt kết quả tốt.", "Lê Văn Nưng", "Nưng"),
    ])
    func shortReference(text: String, person: String, short: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.person) == [person], "\(extracted.summary)")
        let mentions = extracted.mentions.filter { $0.type == .person }
        #expect(mentions.map(\.text) == [person, short])
    }

    @Test("a short reference that fits two persons is left alone")
    func ambiguousShortReference() throws {
        let extracted = try Extracted("Ông Lê Văn Nưng và ông Nguyễn Văn Nưng dự họp. Ông Nưng cho biết tỉnh đạt kết quả tốt.")
        #expect(extracted.names(.person) == ["Lê Văn Nưng", "Nguyễn Văn Nưng"], "\(extracted.summary)")
        #expect(!extracted.mentions.contains { $0.type == .person && $0.text == "Nưng" })
    }

    @Test("a name inside a thought, street, school or academy is not a person", arguments: [
        "Đồng chí học tập và làm theo tư tưởng Hồ Chí Minh.",
        "Tỉnh tổ chức học tập tư tưởng Hồ Chí Minh trong cán bộ, đảng viên.",
        "Đường Tôn Đức Thắng được mở rộng.",
        "Lễ khai giảng diễn ra tại Trường Chính trị Tôn Đức Thắng.",
        "Học viện Chính trị quốc gia Hồ Chí Minh cử đoàn công tác.",
        "Hội nghị được tổ chức tại Thành phố Hồ Chí Minh.",
    ])
    func nameInsideANameIsNoPerson(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.names(.person).isEmpty, "\(extracted.summary)")
    }

    @Test("the relation's evidence is the sentence that states the post")
    func evidenceIsTheSentence() throws {
        let first = "Ông Lê Văn Nưng phát biểu tại hội nghị."
        let second = "Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Hoàng Phúc Lâm đánh giá cao tỉnh."
        let extracted = try Extracted(first + " " + second)
        let post = try #require(extracted.result.relations.first { $0.predicate == .holdsPosition })
        #expect(extracted.document.text(post.evidence) == second)
        #expect(post.extractor == "vi.officials")
    }
}
