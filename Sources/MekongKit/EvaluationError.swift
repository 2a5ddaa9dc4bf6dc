import Foundation

/// What can go wrong in `mekong eval`.
public enum EvaluationError: LocalizedError, Sendable {
    case unreadableGold(path: String, reason: String)
    case noGoldFiles(directory: String)
    case missingArticle(gold: String, article: String)

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
