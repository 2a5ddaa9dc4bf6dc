/// The files `mekong plugins new` writes.
enum PluginTemplate {
    static func extractor(name: String, id: String) -> String {
        """
        import MekongPluginAPI

        /// \(name): describe in one line what this extractor finds.
        ///
        /// Read `Plugins/README.md` ("Writing an extractor") and the `Extractor` protocol's documentation:
        /// extract(from:) must be a pure function of the document, with spans in Unicode scalars of its text.
        public struct \(name): Extractor {
            /// The id, version and capabilities `mekong plugins` lists and the pipeline orders by.
            /// Declare every capability you consume (e.g. `.entity(.organization)`) and produce.
            public let descriptor = ExtractorDescriptor(
                id: "\(id)", version: "0.1.0", summary: "Describe what \(name) finds",
                consumes: [], produces: [.entity(EntityType("\(id)"))])

            /// Load word lists and build lookups here, once, not in extract(from:).
            public init() {}

            /// Finds mentions (and relations between them) in one document.
            ///
            /// `document.tokens` are the words with their spans, `document.sentences` the sentences, and
            /// `document.mentions` what earlier extractors found. Return new mentions, and relations that
            /// refer to them as `.new(i)` or to earlier ones as `.existing(i)`.
            public func extract(from document: Document) throws -> Extraction {
                Extraction()
            }
        }

        """
    }

    static func test(name: String, id: String) -> String {
        """
        import MekongPluginAPI
        import Testing
        @testable import \(name)

        @Suite struct \(name)Tests {
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
                let pipeline = try Pipeline(extractors: [\(name)()])
                let result = pipeline.run(document("Học viện Chính trị quốc gia Hồ Chí Minh tổ chức hội nghị."))
                #expect(result.failures.isEmpty)
                #expect(pipeline.ordered.map(\\.descriptor.id) == ["\(id)"])
            }
        }

        """
    }
}
