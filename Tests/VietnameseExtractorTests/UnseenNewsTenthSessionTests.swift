import MekongPluginAPI
import Testing

/// Shapes of careers and joined posts left open on the fourth random draw (dev/473–496): two titles of one body
/// joined by "kiêm" or a dash, and lists of terms inside a chain of posts.
@Suite("Joined posts and lists of terms")
struct UnseenNewsTenthSessionTests {
    @Test("a title joined by 'kiêm' or a dash to the next title is a post in the next title's body", arguments: [
        ("Ông Lê Văn Minh, Giám đốc kiêm Tổng Biên tập Báo Nhân Dân, phát biểu tại hội nghị.", "Lê Văn Minh", "Giám đốc", "Báo Nhân Dân"),
        ("Ông Trần Văn Nam, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, phát biểu.", "Trần Văn Nam",
            "Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ])
    func joinedTitles(text: String, person: String, title: String, body: String) throws {
        let extracted = try Extracted(text)
        #expect(extracted.attributes(person, .holdsPosition, body).contains { $0["title"] == title }, "\(extracted.summary)")
        #expect(extracted.attributes(person, .holdsPosition, body).count == 2, "\(extracted.summary)")
    }

    @Test("a title joined to a post in a unit's Party committee is no post in that committee")
    func joinedTitleBeforePartyCommittee() throws {
        let extracted = try Extracted("Ông Lê Văn Hai, Giám đốc kiêm Bí thư Đảng ủy Bệnh viện Bạch Mai, cho biết như vậy.")
        #expect(extracted.attributes("Lê Văn Hai", .holdsPosition, "Đảng ủy Bệnh viện Bạch Mai").map { $0["title"] } == ["Bí thư"],
            "\(extracted.summary)")
    }

    @Test("a list or a span of terms after a post ('các khóa III, IV', 'từ khóa II đến khóa VI') does not stop the chain")
    func termsInChain() throws {
        let extracted = try Extracted(
            "Ông Nguyễn Văn Tân từng là Ủy viên Ban Chấp hành Trung ương Đảng các khóa III, IV; "
                + "đại biểu Quốc hội từ khóa II đến khóa VI; Bộ trưởng Bộ Công an.")
        #expect(extracted.pairs(.holdsPosition).isSuperset(of: [
            "Nguyễn Văn Tân → Ban Chấp hành Trung ương Đảng", "Nguyễn Văn Tân → Quốc hội", "Nguyễn Văn Tân → Bộ Công an",
        ]), "\(extracted.summary)")
        #expect(extracted.attributes("Nguyễn Văn Tân", .holdsPosition, "Ban Chấp hành Trung ương Đảng").first?["term"] == "khóa III, IV",
            "\(extracted.summary)")
    }

    @Test("a body whose name ends with a higher body's full name, named on its own, is part of it")
    func nameEndsWithParent() throws {
        let extracted = try Extracted(
            "Cơ quan Cảnh sát điều tra công an tỉnh Quảng Nam đã khởi tố vụ án. Công an tỉnh Quảng Nam cho biết vụ việc đang "
                + "được điều tra. Thanh tra Sở Y tế Hà Nội đã kiểm tra cơ sở này. Sở Y tế Hà Nội đề nghị xử lý nghiêm. "
                + "Ban Thường vụ Đảng ủy Tổng cục Môi trường đã họp; Tổng cục Môi trường cũng có ý kiến.")
        let parts = extracted.pairs(.partOf)
        #expect(parts.isSuperset(of: [
            "Cơ quan Cảnh sát điều tra công an tỉnh Quảng Nam → Công an tỉnh Quảng Nam",
            "Thanh tra Sở Y tế Hà Nội → Sở Y tế Hà Nội",
            "Đảng ủy Tổng cục Môi trường → Tổng cục Môi trường",
        ]), "\(extracted.summary)")
        // The longest ending is the direct parent: the standing committee is part of the Party committee only.
        #expect(!parts.contains("Ban Thường vụ Đảng ủy Tổng cục Môi trường → Tổng cục Môi trường"), "\(extracted.summary)")
    }

    @Test("a former post written right after a name without a comma is the name's, but not after a bare 'đồng chí'")
    func formerPostRightAfterName() throws {
        let extracted = try Extracted(
            "Các đồng chí Lê Văn Ba và Nguyễn Văn Tư nguyên Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An được tặng Huân chương Lao động. "
                + "Ông Trần Văn Năm cho biết như vậy. Đồng chí nguyên Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An ấy vẫn là công dân.")
        #expect(extracted.attributes("Nguyễn Văn Tư", .holdsPosition, "Ủy ban nhân dân tỉnh Nghệ An")
            .contains { $0["title"] == "Phó Chủ tịch" && $0["status"] == "former" }, "\(extracted.summary)")
        #expect(extracted.attributes("Trần Văn Năm", .holdsPosition, "Ủy ban nhân dân tỉnh Nghệ An").isEmpty, "\(extracted.summary)")
    }

    @Test("an issuer code that names a body by its kind ('CT-TTg', 'QĐ-UBND') gives the one such body the article names")
    func issuerKindCode() throws {
        let extracted = try Extracted(
            "Thủ tướng đã ký Chỉ thị số 20/2017/CT-TTg về chấn chỉnh tình trạng lạm dụng. Chính phủ yêu cầu các bộ thực hiện "
                + "nghiêm. Ủy ban nhân dân tỉnh An Giang đã ban hành kế hoạch. Theo Quyết định số 1107/QĐ-UBND, các sở phải báo "
                + "cáo trước ngày 30/6.")
        #expect(extracted.pairs(.issued).isSuperset(of: [
            "Chính phủ → 20/2017/CT-TTg", "Ủy ban nhân dân tỉnh An Giang → 1107/QĐ-UBND",
        ]), "\(extracted.summary)")
        // Two people's committees: the code cannot tell which.
        let two = try Extracted(
            "Ủy ban nhân dân tỉnh An Giang và Ủy ban nhân dân tỉnh Kiên Giang đã họp. Theo Quyết định số 1107/QĐ-UBND, các "
                + "sở phải báo cáo trước ngày 30/6.")
        #expect(two.pairs(.issued).isEmpty, "\(two.summary)")
    }

    @Test("a committee's name holds its unit word: a two-syllable place the gazetteer lacks may follow it ('Tỉnh ủy Hà Tây')")
    func committeeOfUnknownPlace() throws {
        let extracted = try Extracted(
            "Ông Lê Văn Ba từng là Bí thư Tỉnh ủy Hà Tây. Ông Trần Văn Năm từng là Bí thư Thành ủy Sài Gòn - Gia Định. "
                + "Bí thư Tỉnh ủy Nguyễn Văn Tư phát biểu.")
        #expect(extracted.pairs(.holdsPosition).isSuperset(of: [
            "Lê Văn Ba → Tỉnh ủy Hà Tây", "Trần Văn Năm → Thành ủy Sài Gòn - Gia Định",
        ]), "\(extracted.summary)")
        // A dash joins two places into one name; a longer capitalized run after a bare committee is its holder.
        #expect(!extracted.names(.organization).contains("Thành ủy Sài Gòn"), "\(extracted.summary)")
        #expect(extracted.names(.person).contains("Nguyễn Văn Tư"), "\(extracted.summary)")
    }
}
