import MekongPluginAPI
import Testing

/// When a post is held: status, term and the period of a career line, as relation attributes (docs/export-format.md).
@Suite("Time on posts: status, term, period")
struct PostTimeTests {
    @Test("a career line's period gives since and until; 'đến nay' keeps the post current")
    func careerPeriods() throws {
        let extracted = try Extracted(
            "Ông Nguyễn Văn Bình sinh năm 1960. Từ năm 1985 đến năm 1990, ông là chuyên viên Vụ Tổ chức cán bộ, Bộ Nội vụ. "
                + "Năm 1990-1995, Phó Vụ trưởng Vụ Tổ chức cán bộ. Từ tháng 6/2000, ông giữ chức Giám đốc Sở Nội vụ tỉnh Nghệ An. "
                + "Từ năm 2015 đến nay, ông là Bí thư Tỉnh ủy Nghệ An.")
        let unit = extracted.attributes("Nguyễn Văn Bình", .holdsPosition, "Vụ Tổ chức cán bộ")
        #expect(unit.contains(["title": "chuyên viên", "since": "1985", "until": "1990", "status": "former"]), "\(extracted.summary)")
        #expect(unit.contains(["title": "Phó Vụ trưởng", "since": "1990", "until": "1995", "status": "former"]), "\(extracted.summary)")
        #expect(extracted.attributes("Nguyễn Văn Bình", .holdsPosition, "Sở Nội vụ tỉnh Nghệ An")
            == [["title": "Giám đốc", "since": "2000-06"]], "\(extracted.summary)")
        #expect(extracted.attributes("Nguyễn Văn Bình", .holdsPosition, "Tỉnh ủy Nghệ An")
            == [["title": "Bí thư", "since": "2015", "status": "current"]], "\(extracted.summary)")
    }

    @Test("a term after the body belongs to the post, and the chain of posts goes on after it")
    func terms() throws {
        let extracted = try Extracted(
            "Ông Lê Văn An, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII, Bí thư Tỉnh ủy Nghệ An nhiệm kỳ 2020-2025, phát biểu.")
        #expect(extracted.attributes("Lê Văn An", .holdsPosition, "Ban Chấp hành Trung ương Đảng")
            == [["title": "Ủy viên", "term": "khóa XIII"]], "\(extracted.summary)")
        #expect(extracted.attributes("Lê Văn An", .holdsPosition, "Tỉnh ủy Nghệ An")
            == [["title": "Bí thư", "term": "2020-2025"]], "\(extracted.summary)")
    }

    @Test("posts left, held before, or held now", arguments: [
        ("Ông Đỗ Văn Dũng thôi giữ chức Giám đốc Sở Y tế tỉnh Hà Tĩnh.", "former"),
        ("Ông Đỗ Văn Dũng, nguyên Giám đốc Sở Y tế tỉnh Hà Tĩnh, bị kỷ luật.", "former"),
        ("Ông Đỗ Văn Dũng hiện là Giám đốc Sở Y tế tỉnh Hà Tĩnh.", "current"),
    ])
    func status(sentence: String, status: String) throws {
        let extracted = try Extracted(sentence)
        #expect(extracted.attributes("Đỗ Văn Dũng", .holdsPosition, "Sở Y tế tỉnh Hà Tĩnh").map { $0["status"] } == [status],
                "\(extracted.summary)")
    }
}
