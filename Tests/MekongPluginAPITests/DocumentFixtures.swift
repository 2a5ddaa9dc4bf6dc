import MekongPluginAPI

/// Builds documents by hand, the way ingest would: one body paragraph, tokens split at letters, digits and
/// single other characters, and sentences ending after each `.`.
enum DocumentFixtures {
    static func document(_ text: String, id: String = "art-1", mentions: [EntityMention] = []) -> Document {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if isWordScalar(scalar) {
                while index < scalars.count, isWordScalar(scalars[index]) { index += 1 }
                kind = .word
            } else if ("0"..."9").contains(scalar) {
                while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
                kind = .number
            } else {
                index += 1
                kind = .punctuation
            }
            tokens.append(Token(span: TextSpan(start: start, end: index), text: string(scalars[start..<index]), kind: kind))
        }
        var sentences: [Sentence] = []
        var sentenceStart = 0
        var firstToken = 0
        for (tokenIndex, token) in tokens.enumerated() where token.text == "." || tokenIndex == tokens.count - 1 {
            sentences.append(
                Sentence(
                    span: TextSpan(start: sentenceStart, end: token.span.end), tokens: firstToken..<(tokenIndex + 1),
                    paragraph: 0))
            firstToken = tokenIndex + 1
            sentenceStart = firstToken < tokens.count ? tokens[firstToken].span.start : token.span.end
        }
        let article = Article(id: id, title: "Bài thử", path: "articles/\(id).txt", sha256: "sha-\(id)", text: text)
        return Document(
            article: article, paragraphs: [Paragraph(span: TextSpan(start: 0, end: scalars.count), role: .body)],
            sentences: sentences, tokens: tokens, mentions: mentions)
    }

    /// The span of the first occurrence of `needle` in `text`, in Unicode scalars.
    static func span(of needle: String, in text: String) -> TextSpan? {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
            return TextSpan(start: start, end: start + pattern.count)
        }
        return nil
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

/// An extractor whose descriptor and behaviour a test gives.
struct StubExtractor: Extractor {
    let descriptor: ExtractorDescriptor
    let body: @Sendable (Document) throws -> Extraction

    init(
        _ id: String, consumes: Set<Capability> = [], produces: Set<Capability> = [],
        body: @escaping @Sendable (Document) throws -> Extraction = { _ in Extraction() }
    ) {
        descriptor = ExtractorDescriptor(id: id, version: "1.0", summary: "Test extractor \(id).", consumes: consumes, produces: produces)
        self.body = body
    }

    func extract(from document: Document) throws -> Extraction { try body(document) }
}

/// An extractor that finds every occurrence of fixed names, as mentions of one type.
func gazetteer(_ id: String, _ type: EntityType, names: [String], consumes: Set<Capability> = []) -> StubExtractor {
    StubExtractor(id, consumes: consumes, produces: [.entity(type)]) { document in
        Extraction(
            mentions: names.compactMap { name in
                DocumentFixtures.span(of: name, in: document.text).map { EntityMention(type: type, span: $0, text: name) }
            })
    }
}
