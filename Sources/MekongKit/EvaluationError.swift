import Foundation

/// What can go wrong in `mekong eval`.
public enum EvaluationError: LocalizedError, Sendable {
    /// A gold file cannot be read or decoded, or a relation in it names no entity of the file.
    case unreadableGold(path: String, reason: String)
    /// The gold directory holds no `*.json` files (or cannot be read).
    case noGoldFiles(directory: String)
    /// A gold file's `article` names a file that does not exist in the articles directory.
    case missingArticle(gold: String, article: String)

    /// The message shown to the user: what went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .unreadableGold(let path, let reason):
            "The gold file \(path) cannot be read as gold JSON (see docs/gold-format.md): \(reason)"
        case .noGoldFiles(let directory):
            "No gold files (*.json) in \(directory). Give --gold the directory that holds them."
        case .missingArticle(let gold, let article):
            "The gold file \(gold) names the article \(article), which does not exist. Pass --articles DIR."
        }
    }
}
