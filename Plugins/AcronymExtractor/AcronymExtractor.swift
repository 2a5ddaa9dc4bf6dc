import MekongPluginAPI

/// AcronymExtractor: describe in one line what this extractor finds.
///
/// Read `Plugins/README.md` ("Writing an extractor") and the `Extractor` protocol's documentation:
/// extract(from:) must be a pure function of the document, with spans in Unicode scalars of its text.
public struct AcronymExtractor: Extractor {
    /// The id, version and capabilities `mekong plugins` lists and the pipeline orders by.
    /// Declare every capability you consume (e.g. `.entity(.organization)`) and produce.
    public let descriptor = ExtractorDescriptor(
        id: "example.acronyms", version: "0.1.0", summary: "Describe what AcronymExtractor finds",
        consumes: [], produces: [.entity(EntityType("example.acronyms"))])

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
