import MekongPluginAPI
import Testing

@testable import AcronymExtractor

@Suite struct AcronymExtractorTests {
    /// A document whose organizations are given, as vi.organizations would have found them.
    func document(_ text: String, organizations: [(String, String)]) -> Document {
        let article = Article(id: "test", title: "", path: "test.txt", sha256: "", text: text)
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var start: Int?
        for index in 0...scalars.count {
            let isWord = index < scalars.count
                && (scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]))
            if isWord {
                if start == nil { start = index }
                continue
            }
            if let first = start {
                tokens.append(Token(
                    span: TextSpan(start: first, end: index), text: String(String.UnicodeScalarView(scalars[first..<index])),
                    kind: .word))
                start = nil
            }
            if index < scalars.count, !scalars[index].properties.isWhitespace {
                tokens.append(Token(
                    span: TextSpan(start: index, end: index + 1), text: String(scalars[index]), kind: .punctuation))
            }
        }
        let whole = TextSpan(start: 0, end: scalars.count)
        let mentions = organizations.map { surface, canonical -> EntityMention in
            let range = text.range(of: surface)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let span = TextSpan(start: start, end: start + surface.unicodeScalars.count)
            return EntityMention(type: .organization, span: span, text: surface, canonicalName: canonical, extractor: "given")
        }
        return Document(
            article: article, paragraphs: [Paragraph(span: whole, role: .body)],
            sentences: [Sentence(span: whole, tokens: 0..<tokens.count, paragraph: 0)], tokens: tokens, mentions: mentions)
    }

    @Test func anAcronymAndItsLaterUsesNameTheOrganization() throws {
        let text = "Tổng công ty Cảng hàng không Việt Nam (ACV) khởi công nhà ga. Đại diện ACV cho biết tiến độ tốt."
        let result = try AcronymExtractor().extract(
            from: document(text, organizations: [("Tổng công ty Cảng hàng không Việt Nam", "Tổng công ty Cảng hàng không Việt Nam")]))
        #expect(result.mentions.map(\.text) == ["ACV", "ACV"])
        #expect(result.mentions.allSatisfy { $0.canonicalName == "Tổng công ty Cảng hàng không Việt Nam" })
        let spans = result.mentions.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.span.start..<$0.span.end])) }
        #expect(spans == ["ACV", "ACV"])
    }

    @Test func parenthesesAfterSomethingElseDefineNothing() throws {
        let text = "Ông Nguyễn Văn A (SN 1964) và đại diện UBND (tỉnh) dự họp."
        let result = try AcronymExtractor().extract(from: document(text, organizations: []))
        #expect(result.mentions.isEmpty)
    }

    @Test func anAcronymWithTwoMeaningsIsLeftAlone() throws {
        let text = "Học viện Alpha (HV) và Học viện Beta (HV) ký kết; HV chủ trì."
        let result = try AcronymExtractor().extract(
            from: document(text, organizations: [("Học viện Alpha", "Học viện Alpha"), ("Học viện Beta", "Học viện Beta")]))
        #expect(result.mentions.isEmpty)
    }

    @Test func thePipelineRunsItAfterTheOrganizationsItReads() throws {
        struct Organizations: Extractor {
            let descriptor = ExtractorDescriptor(id: "given.organizations", version: "1", summary: "", produces: [.entity(.organization)])
            func extract(from document: Document) throws -> Extraction { Extraction() }
        }
        let pipeline = try Pipeline(extractors: [AcronymExtractor(), Organizations()])
        #expect(pipeline.ordered.map(\.descriptor.id) == ["given.organizations", "example.acronyms"])
    }
}
