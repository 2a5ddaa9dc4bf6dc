import Foundation

/// A selection names something the store does not hold.
public enum SelectionError: LocalizedError, Sendable {
    /// No stored article has this id or path; `known` lists the stored article ids.
    case unknownArticle(String, known: [String])

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .unknownArticle(let article, let known):
            "No article \"\(article)\" in the store. Known article ids: \(known.prefix(10).joined(separator: ", "))"
                + (known.count > 10 ? ", …" : "") + ". `mekong export` lists them with their paths."
        }
    }
}
