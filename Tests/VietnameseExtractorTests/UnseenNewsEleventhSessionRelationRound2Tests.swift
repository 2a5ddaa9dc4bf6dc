import MekongPluginAPI
import Testing

/// Relation shapes of the development corpus that fired no rule although both ends were found (issue 7, second round of
/// the eleventh session), each on a sentence written for the test: the subject of a meeting named by its noun, the
/// subject after a clause of time set before it, the leaders of a body standing for it; and sub-bodies of a territory's
/// committees, which are not placed, and a post after 'Theo A,' that no comma closes (false positives).
@Suite("Relations of general grammar, eleventh session, second round")
struct UnseenNewsEleventhSessionRelationRound2Tests {
    @Test("the party that speaks at a meeting named by its noun ('tại buổi làm việc với') holds the meeting", arguments: [
        ("Giám đốc Lê Văn Ba phát biểu tại buổi làm việc với Ủy ban nhân dân huyện Krông Nô.", "Lê Văn Ba",
            "Ủy ban nhân dân huyện Krông Nô"),
        ("Đó là chỉ đạo của Thứ trưởng Trần Văn Bảy tại buổi làm việc với Sở Xây dựng tỉnh Nghệ An.", "Trần Văn Bảy",
            "Sở Xây dựng tỉnh Nghệ An"),
    ])
    func occasionHolder(text: String, person: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.pairs(.metWith).contains(pair(person, body, symmetric: true)), "\(extracted.summary)")
    }

    @Test("a meeting at the start of a sentence with no one before the preposition has no subject")
    func occasionWithoutHolder() throws {
        let extracted = try Extracted("Tại buổi làm việc với Sở Xây dựng tỉnh Nghệ An, các đại biểu đã thảo luận.")
        #expect(extracted.pairs(.metWith).isEmpty, "\(extracted.summary)")
    }

    @Test("after a clause of time set before the subject, the titled person after its comma is the subject")
    func frontedClauseSubject() throws {
        let extracted = try Extracted(
            "Trước khi có buổi làm việc với Sở Giáo dục và Đào tạo tỉnh Nam Định, Bộ trưởng Lê Văn Tư đã thăm hỏi thí sinh.")
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Tư", "Sở Giáo dục và Đào tạo tỉnh Nam Định", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("the leaders of a body met stand for the body")
    func leadersOfBody() throws {
        let extracted = try Extracted("Bộ trưởng Lê Văn Năm đã làm việc với lãnh đạo Sở Y tế tỉnh Hòa Bình.")
        #expect(extracted.pairs(.metWith).contains(pair("Lê Văn Năm", "Sở Y tế tỉnh Hòa Bình", symmetric: true)),
            "\(extracted.summary)")
    }

    @Test("a board of a territory's committee is part of the committee but not placed in the territory")
    func committeeSubBodyNotPlaced() throws {
        let extracted = try Extracted("Các đơn vị được kiểm tra ở tỉnh Quảng Trị gồm: Ban Tổ chức Tỉnh ủy, Sở Nội vụ.")
        #expect(extracted.pairs(.partOf).contains(pair("Ban Tổ chức Tỉnh ủy Quảng Trị", "Tỉnh ủy Quảng Trị")),
            "\(extracted.summary)")
        #expect(!extracted.pairs(.locatedIn).contains(pair("Ban Tổ chức Tỉnh ủy Quảng Trị", "Quảng Trị")), "\(extracted.summary)")
    }

    @Test("an embassy or a representative office 'tại' a place lies there; another body 'tại' a place does not")
    func representationAt() throws {
        let extracted = try Extracted(
            "Diễn đàn do Đại sứ quán Czech tại Hà Nội tổ chức. Bộ trưởng đã làm việc với Bộ Công Thương tại Hà Nội.")
        let placed = extracted.pairs(.locatedIn)
        // A diplomatic mission is named with its seat (the organizations' grammar); it lies there.
        #expect(placed.contains(pair("Đại sứ quán Czech tại Hà Nội", "Hà Nội")), "\(extracted.summary)")
        #expect(!placed.contains(pair("Bộ Công Thương", "Hà Nội")), "\(extracted.summary)")
    }

    @Test("a teacher's post is a post: 'giáo viên' before a school names the holder's title")
    func teacherPost() throws {
        let extracted = try Extracted("Ông Trần Văn Mười, nguyên giáo viên Trường THPT chuyên Bạc Liêu, đã gửi đơn tố cáo.")
        #expect(extracted.attributes("Trần Văn Mười", .holdsPosition, "Trường THPT chuyên Bạc Liêu").map { $0["title"] }
            == ["giáo viên"], "\(extracted.summary)")
    }

    @Test("after 'Theo A,' a post that no comma closes is the main clause's subject, not A's")
    func accordingToOpenPost() throws {
        let extracted = try Extracted("Theo đại biểu Lê Văn Chín, Bí thư Tỉnh ủy Yên Bái phải chỉ đạo làm rõ vụ việc.")
        #expect(extracted.attributes("Lê Văn Chín", .holdsPosition, "Tỉnh ủy Yên Bái").isEmpty, "\(extracted.summary)")
    }

    @Test("after 'Theo A,' a post closed by a comma or a colon is A's", arguments: [
        "Theo ông Lê Văn Chín, Giám đốc Sở Y tế tỉnh Ninh Bình, bệnh viện đã báo cáo sự việc.",
        "Theo ông Lê Văn Chín, Giám đốc Sở Y tế tỉnh Ninh Bình: bệnh viện đã báo cáo sự việc.",
    ])
    func accordingToClosedPost(text: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.attributes("Lê Văn Chín", .holdsPosition, "Sở Y tế tỉnh Ninh Bình").map { $0["title"] } == ["Giám đốc"],
            "\(extracted.summary)")
    }
}
