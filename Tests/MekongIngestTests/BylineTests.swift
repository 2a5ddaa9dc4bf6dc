import MekongIngest
import Testing

@Suite("ArticleReader: bylines")
struct BylineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var author: String?
        var source: String?
        var testDescription: String { line }
    }

    static let cases = [
        Case(line: "Tin, ảnh: Thanh Sang (TTXVN)", author: "Thanh Sang", source: "TTXVN"),
        Case(line: "Tin và ảnh: Hữu Chí (TTXVN)", author: "Hữu Chí", source: "TTXVN"),
        Case(line: "Bài và ảnh: Nguyễn Văn Hùng", author: "Nguyễn Văn Hùng", source: nil),
        Case(line: "Ảnh: Doãn Tấn/TTXVN", author: "Doãn Tấn", source: "TTXVN"),
        Case(line: "Theo TTXVN", author: nil, source: "TTXVN"),
        Case(line: "Nguồn: Báo Lao Động", author: nil, source: "Báo Lao Động"),
        Case(line: "Thanh Sang (TTXVN)", author: "Thanh Sang", source: "TTXVN"),
        Case(line: "Nguyễn Trường", author: "Nguyễn Trường", source: nil),
    ]

    static let body = "Tiêu đề của bài viết\nSáng 5/3, tại Hà Nội, Ban Tổ chức Trung ương khai mạc hội nghị cán bộ toàn quốc."

    @Test(arguments: cases)
    func bylineAtTheEndGivesAuthorAndSource(_ byline: Case) throws {
        let parsed = try ArticleReader().read(text: Self.body + "\n" + byline.line + "\n", path: "x.txt")
        #expect(parsed.author == byline.author)
        #expect(parsed.source == byline.source)
        #expect(parsed.text == Self.body)
    }

    @Test(arguments: [
        "Theo Tỉnh ủy An Giang, thời gian qua, tỉnh đã cử 510 cán bộ đi đào tạo.",
        "Theo đó, hội nghị kéo dài hai ngày.",
        "Đồng chí Lê Văn Nưng (giữa) phát biểu.",
    ])
    func sentencesThatLookLikeBylinesStay(line: String) throws {
        let parsed = try ArticleReader().read(text: Self.body + "\n" + line, path: "x.txt")
        #expect(parsed.author == nil)
        #expect(parsed.source == nil)
        #expect(parsed.text == Self.body + "\n" + line)
    }

    @Test(arguments: [
        ("… và miền núi phía Bắc. PV", nil as String?, nil as String?),
        ("… đã vinh dự được tặng Bằng khen. Quỳnh Hoa  (TTXVN) ", "Quỳnh Hoa", "TTXVN"),
        ("… Trường Chính trị TP Đà Nẵng. Hồ Xuân Mai - ", "Hồ Xuân Mai", nil),
        ("… nguyện vọng của người vi phạm. (Tổng hợp) Hoàng Yên ", "Hoàng Yên", nil),
    ])
    func signatureGluedToTheLastSentenceIsRemoved(line: String, author: String?, source: String?) throws {
        let parsed = try ArticleReader().read(text: "Tiêu đề bài viết\n" + line, path: "x.txt")
        #expect(parsed.author == author)
        #expect(parsed.source == source)
        #expect(parsed.text.hasSuffix("."))
    }

    @Test func abbreviationBeforeTheLastWordIsNotASignature() throws {
        let parsed = try ArticleReader().read(text: "Tiêu đề bài viết\nĐoàn công tác đã đến TP. Hồ Chí Minh", path: "x")
        #expect(parsed.author == nil)
        #expect(parsed.text.hasSuffix("TP. Hồ Chí Minh"))
    }
}
