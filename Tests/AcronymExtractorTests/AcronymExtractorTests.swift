import MekongPluginAPI
import Testing
@testable import AcronymExtractor

@Suite struct AcronymExtractorTests {
    /// A one-sentence document; replace the text with a sentence your extractor should read.
    func document(_ text: String) -> Document {
        let article = Article(id: "test", title: "", path: "test.txt", sha256: "", text: text)
        var tokens: [Token] = []
        var start: Int?
        let scalars = Array(text.unicodeScalars)
        for index in 0...scalars.count {
            if index < scalars.count,
                scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
            {
                if start == nil { start = index }
            } else if let first = start {
                let span = TextSpan(start: first, end: index)
                tokens.append(Token(span: span, text: String(String.UnicodeScalarView(scalars[first..<index])), kind: .word))
                start = nil
            }
        }
        let whole = TextSpan(start: 0, end: scalars.count)
        return Document(
            article: article, paragraphs: [Paragraph(span: whole, role: .body)],
            sentences: [Sentence(span: whole, tokens: 0..<tokens.count, paragraph: 0)], tokens: tokens)
    }

    @Test func runsInThePipelineWithValidOutput() throws {
        let pipeline = try Pipeline(extractors: [AcronymExtractor()])
        let result = pipeline.run(document("Học viện Chính trị quốc gia Hồ Chí Minh tổ chức hội nghị."))
        #expect(result.failures.isEmpty)
        #expect(pipeline.ordered.map(\.descriptor.id) == ["example.acronyms"])
    }
}
