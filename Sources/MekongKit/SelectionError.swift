import Foundation

/// A selection names something the store does not hold, or asks what the store cannot answer yet.
public enum SelectionError: LocalizedError, Sendable {
    /// No stored article has this id or path; `known` lists the stored article ids.
    case unknownArticle(String, known: [String])
    /// A selection of the whole graph on a store that cannot summarize it (PostgreSQL, so far).
    case wholeGraphOnSQLiteOnly

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .unknownArticle(let article, let known):
            "No article \"\(article)\" in the store. Known article ids: \(known.prefix(10).joined(separator: ", "))"
                + (known.count > 10 ? ", …" : "") + ". `mekong export` lists them with their paths."
        case .wholeGraphOnSQLiteOnly:
            "On a PostgreSQL store Mekong draws and exports a part of the graph (--focus NAME or --article ID) but not "
                + "yet a selection of the whole graph: give --focus or --article, export the whole graph as it is "
                + "(`mekong export` without options), or import that export into a SQLite store (docs/postgres.md)."
        }
    }
}
