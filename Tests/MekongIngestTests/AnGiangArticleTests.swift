import MekongIngest
import Testing

@Suite("ArticleReader: the An Giang article (plain layout with byline, teaser and site trailer)")
struct AnGiangArticleTests {
    let parsed: ParsedArticle

    init() throws {
        parsed = try ArticleReader().read(path: Fixture.path("an-giang-dao-tao-can-bo.txt"))
    }

    @Test func titleIsTheFirstLineAndTheFirstParagraph() {
        #expect(parsed.layout == .plain)
        #expect(parsed.title == "An Giang: Nâng cao chất lượng công tác đào tạo, bồi dưỡng cán bộ")
        #expect(parsed.paragraphs.first?.role == .title)
        #expect(parsed.text(ofParagraph: 0) == parsed.title)
        #expect(parsed.paragraphs.filter { $0.role == .title }.count == 1)
    }

    @Test func bylineGivesAuthorAndSourceAndLeavesTheText() {
        #expect(parsed.author == "Thanh Sang")
        #expect(parsed.source == "TTXVN")
        #expect(!parsed.text.contains("Tin, ảnh"))
        #expect(!parsed.text.contains("Thanh Sang"))
    }

    @Test func textEndsWithTheArticlesLastParagraph() {
        #expect(parsed.text.hasSuffix("ngành liên quan để kịp thời tháo gỡ."))
    }

    @Test(arguments: [
        "Ủy ban Dân tộc", "Nâng cao chất lượng nghiên cứu", "Chia sẻ", "Rao vặt", "TTXVN", "Các đơn vị thông tin",
        "Chú thích ảnh", "\u{00A0}",
    ])
    func trailerAndMarkersAreGone(fragment: String) {
        #expect(!parsed.text.contains(fragment))
    }

    @Test func captionsAreKeptAsContent() {
        let captions = parsed.paragraphs.indices.filter { parsed.paragraphs[$0].role == .caption }
        #expect(captions.count == 2)
        let texts = captions.map { parsed.text(ofParagraph: $0) }
        #expect(texts.first?.hasPrefix("Ông Hoàng Phúc Lâm, Phó Giám đốc Học viện") == true)
        #expect(texts.last == "Ông Lê Văn Nưng, Phó Bí thư Thường trực Tỉnh ủy An Giang phát biểu tại buổi làm việc.")
    }

    @Test func textIsTheParagraphsJoinedByNewlines() {
        let joined = parsed.paragraphs.indices.map { parsed.text(ofParagraph: $0) }.joined(separator: "\n")
        #expect(joined == parsed.text)
        #expect(parsed.paragraphs.count == 14)
    }
}
