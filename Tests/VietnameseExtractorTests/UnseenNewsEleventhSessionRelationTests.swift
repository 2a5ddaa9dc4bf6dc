import MekongPluginAPI
import Testing

/// Relation shapes that fired no rule on the development corpus although both ends were found (issue 7): chains of posts
/// around a title with no body, posts framed before their holder, lists of names that share the body closing them, places
/// "trên địa bàn" another, documents a body "has" out, and the offices of the highest bodies.
@Suite("Relations of general grammar, eleventh session")
struct UnseenNewsEleventhSessionRelationTests {
    // MARK: holds_position

    @Test("a title with no body right before the name does not end the chain of posts before it")
    func bareTitleBeforeName() throws {
        let extracted = try Extracted("Ủy viên Bộ Chính trị, Phó Thủ tướng Lê Văn Hùng đã chủ trì hội nghị.")
        #expect(extracted.attributes("Lê Văn Hùng", .holdsPosition, "Bộ Chính trị").map { $0["title"] } == ["Ủy viên"],
            "\(extracted.summary)")
    }

    @Test("after a preposition, the post before a bare title is another person's")
    func bareTitleAfterPreposition() throws {
        let extracted = try Extracted("Các ý kiến được trình bày trước Thủ tướng Chính phủ, Bộ trưởng Trần Văn Sáu nhấn mạnh.")
        #expect(extracted.attributes("Trần Văn Sáu", .holdsPosition, "Chính phủ").isEmpty, "\(extracted.summary)")
    }

    @Test("a comma after a title with no body leads on to the next post of the chain")
    func bareTitleInChain() throws {
        let extracted = try Extracted("Ông Trần Văn Bốn, nguyên Bí thư, Chủ tịch Ủy ban nhân dân huyện Krông Nô, đã nghỉ hưu.")
        #expect(extracted.attributes("Trần Văn Bốn", .holdsPosition, "Ủy ban nhân dân huyện Krông Nô").map { $0["title"] }
            == ["Chủ tịch"], "\(extracted.summary)")
    }

    @Test("a post framed before the name makes the name the subject: the posts after 'các chức vụ' are the name's")
    func framedPostThenCareer() throws {
        let extracted = try Extracted(
            "Trước khi giữ chức Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, ông Lê Văn Sáu từng đảm nhiệm các chức vụ "
                + "Giám đốc Sở Xây dựng, Bí thư Huyện ủy Sơn Tịnh.")
        #expect(extracted.pairs(.holdsPosition).isSuperset(of: [
            "Lê Văn Sáu → Ủy ban nhân dân tỉnh Quảng Ngãi", "Lê Văn Sáu → Sở Xây dựng", "Lê Văn Sáu → Huyện ủy Sơn Tịnh",
        ]), "\(extracted.summary)")
    }

    @Test("a post framed before its holder reaches the holder across 'cho' and 'thay'", arguments: [
        ("Bộ trưởng đã trao quyết định bổ nhiệm chức vụ Vụ trưởng Vụ Pháp chế cho bà Nguyễn Thị Bảy.", "Nguyễn Thị Bảy",
            "Vụ trưởng", "Vụ Pháp chế"),
        ("Ông Lê Văn Một được điều động giữ chức Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An thay ông Hoàng Văn Tám.", "Hoàng Văn Tám",
            "Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy Nghệ An"),
    ])
    func framedPostAcrossBridge(text: String, person: String, title: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.attributes(person, .holdsPosition, body).map { $0["title"] } == [title], "\(extracted.summary)")
    }

    @Test("the body closing a list of names with their posts is the body of each post in the list")
    func listOwner() throws {
        let extracted = try Extracted(
            "Bị can gồm các ông Phạm Văn Chín, nguyên Giám đốc và Lê Văn Mười, nguyên Phó Giám đốc Công ty cổ phần Xây dựng "
                + "Sông Hồng.")
        #expect(extracted.attributes("Phạm Văn Chín", .holdsPosition, "Công ty cổ phần Xây dựng Sông Hồng")
            .contains { $0["title"] == "Giám đốc" && $0["status"] == "former" }, "\(extracted.summary)")
    }

    @Test("a deputy's post and then the head's of the same rank share the body named after both")
    func deputyThenHead() throws {
        let extracted = try Extracted("Sau đó, ông Nguyễn Văn Hai lần lượt giữ chức Phó Giám đốc, Giám đốc Sở Tài chính tỉnh Nam Định.")
        #expect(Set(extracted.attributes("Nguyễn Văn Hai", .holdsPosition, "Sở Tài chính tỉnh Nam Định").compactMap { $0["title"] })
            == ["Phó Giám đốc", "Giám đốc"], "\(extracted.summary)")
    }

    @Test("a term set off by commas inside a chain of posts does not end the chain")
    func termAfterComma() throws {
        let extracted = try Extracted(
            "Ông Lê Văn Bảy, Ủy viên Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, nhiệm kỳ 2014-2019, Ủy viên Ban Thường vụ "
                + "Tỉnh ủy Quảng Trị, phát biểu.")
        #expect(extracted.attributes("Lê Văn Bảy", .holdsPosition, "Ban Thường vụ Tỉnh ủy Quảng Trị").map { $0["title"] } == ["Ủy viên"],
            "\(extracted.summary)")
    }

    @Test("'vị trí' before a title names a post of the sentence's subject")
    func positionWord() throws {
        let extracted = try Extracted("Ông Trần Văn Năm vừa từ nhiệm vị trí Tổng Giám đốc Tổng công ty Điện lực miền Bắc.")
        #expect(extracted.attributes("Trần Văn Năm", .holdsPosition, "Tổng công ty Điện lực miền Bắc").map { $0["title"] }
            == ["Tổng Giám đốc"], "\(extracted.summary)")
    }

    @Test("'Chi cục trưởng' and 'Hiệu phó' are titles", arguments: [
        ("Ông Lê Văn Tư, Chi cục trưởng Chi cục Kiểm lâm tỉnh Lâm Đồng, cho biết.", "Lê Văn Tư", "Chi cục trưởng",
            "Chi cục Kiểm lâm tỉnh Lâm Đồng"),
        ("Bà Trần Thị Năm, Hiệu phó Trường THPT Chu Văn An, cho biết.", "Trần Thị Năm", "Hiệu phó", "Trường THPT Chu Văn An"),
    ])
    func newTitles(text: String, person: String, title: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.attributes(person, .holdsPosition, body).map { $0["title"] } == [title], "\(extracted.summary)")
    }

    @Test("the head of a police force is 'Trưởng', not 'Trưởng Công'")
    func policeHead() throws {
        let extracted = try Extracted("Thượng tá Lê Văn Ba, Trưởng Công an huyện Mỹ Hào, cho biết.")
        #expect(extracted.attributes("Lê Văn Ba", .holdsPosition, "Công an huyện Mỹ Hào").map { $0["title"] } == ["Trưởng"],
            "\(extracted.summary)")
    }
}
