import Foundation

/// A selection names something the store does not hold.
public enum SelectionError: LocalizedError, Sendable {
    case unknownArticle(String, known: [String])

    public var errorDescription: String? {
        switch self {
        case .unknownArticle(let article, let known):
            "No article \"\(article)\" in the store. Known article ids: \(known.prefix(10).joined(separator: ", "))"
                + (known.count > 10 ? ", …" : "") + ". `mekong export` lists them with their paths."
        }
    }
}
