import Foundation

/// A store the whole graph can be streamed from, record by record, in the order of the JSON export: the SQLite
/// store and the PostgreSQL store. Every export format is written from it in bounded memory.
public protocol GraphStreamSource {
    /// Hands the whole graph to the writer `makeWriter` builds, then finishes it. `makeWriter` receives
    /// `output`, which wraps each of the writer's output closures (so that what they throw reaches the caller
    /// unchanged, not as a failure of the store): build the writer on `output(write)`.
    func writeGraph<Writer: GraphStreamWriter>(
        _ makeWriter: (_ output: @escaping (@escaping (Data) throws -> Void) -> (Data) throws -> Void) -> Writer
    ) throws
}
