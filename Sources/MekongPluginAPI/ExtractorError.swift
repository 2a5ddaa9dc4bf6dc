import Foundation

/// What can go wrong in the plugin API: registration, pipeline construction, or an extractor's run.
public enum ExtractorError: LocalizedError, Sendable, Equatable {
    /// Two extractors were registered with one id.
    case duplicateID(String)
    /// An extractor consumes something no registered extractor produces.
    case missingProducer(extractor: String, capability: String)
    /// Extractors consume each other's output in a circle.
    case cycle([String])
    /// `--enable` or `--disable` named an id that is not registered.
    case unknownExtractor(String, known: [String])
    /// An extractor failed on one document.
    case failed(extractor: String, article: String, reason: String)
    /// An extractor returned a span outside the text or a reference to a mention that does not exist.
    case invalidOutput(extractor: String, article: String, reason: String)

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .duplicateID(let id):
            "Two extractors are registered with the id \"\(id)\". Give one of them another id."
        case .missingProducer(let extractor, let capability):
            "Extractor \"\(extractor)\" consumes \(capability), but no enabled extractor produces it. "
                + "Enable an extractor that produces it, or disable \"\(extractor)\"."
        case .cycle(let ids):
            "Extractors consume each other's output in a cycle: \(ids.joined(separator: " → ")). "
                + "Change what one of them consumes."
        case .unknownExtractor(let id, let known):
            "No extractor has the id \"\(id)\". Known ids: \(known.joined(separator: ", ")). See `mekong plugins`."
        case .failed(let extractor, let article, let reason):
            "Extractor \"\(extractor)\" failed on article \(article): \(reason)"
        case .invalidOutput(let extractor, let article, let reason):
            "Extractor \"\(extractor)\" returned invalid output for article \(article): \(reason)"
        }
    }
}
