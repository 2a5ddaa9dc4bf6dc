import Foundation

/// The extractors Mekong knows, registered explicitly, once each.
///
/// Registration is behind a lock, so plugins may be registered from any task. A second registration of
/// an id is an error (``ExtractorError/duplicateID(_:)``), never a silent override.
public final class ExtractorRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var registered: [any Extractor] = []

    /// An empty registry.
    public init() {}

    /// Adds an extractor.
    /// - Throws: ``ExtractorError/duplicateID(_:)`` when its id is taken.
    public func register(_ extractor: any Extractor) throws {
        try lock.withLock {
            let id = extractor.descriptor.id
            if registered.contains(where: { $0.descriptor.id == id }) { throw ExtractorError.duplicateID(id) }
            registered.append(extractor)
        }
    }

    /// Every registered extractor, in registration order.
    public var extractors: [any Extractor] { lock.withLock { registered } }

    /// The registered extractors minus `disabled`, or only `enabled` (when not empty) minus `disabled`.
    /// - Throws: ``ExtractorError/unknownExtractor(_:known:)`` for an id that is not registered.
    public func selection(enabled: [String] = [], disabled: [String] = []) throws -> [any Extractor] {
        let all = extractors
        let known = all.map(\.descriptor.id)
        for id in enabled + disabled where !known.contains(id) {
            throw ExtractorError.unknownExtractor(id, known: known)
        }
        return all.filter { extractor in
            let id = extractor.descriptor.id
            return (enabled.isEmpty || enabled.contains(id)) && !disabled.contains(id)
        }
    }
}
