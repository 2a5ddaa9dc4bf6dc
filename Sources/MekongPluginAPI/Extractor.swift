/// The extension point of Mekong: finds entity mentions and relations in one document.
///
/// Semantic requirements:
/// - ``extract(from:)`` is a pure function of the document: no shared mutable state, no I/O per call.
///   Load gazetteers and compile patterns once, in the initializer; the pipeline calls `extract` for
///   thousands of documents and from several tasks at once.
/// - Spans are in Unicode scalars of ``Document/text`` and must lie inside it.
/// - Relations reference mentions already in the document (``MentionReference/existing(_:)``, which the
///   extractor consumed) or mentions it returns itself (``MentionReference/new(_:)``).
/// - Declare in ``descriptor`` every capability you consume and produce: the pipeline orders extractors by
///   them and refuses a pipeline where something consumed has no producer.
/// - Throw ``ExtractorError`` for a failure on one document; the pipeline reports it with your id and
///   the article, and keeps the other extractors' results.
public protocol Extractor: Sendable {
    /// Id, version, kind and capabilities.
    var descriptor: ExtractorDescriptor { get }

    /// Finds mentions and relations in `document`.
    func extract(from document: Document) throws -> Extraction
}
