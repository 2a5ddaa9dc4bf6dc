import Foundation

/// A gold annotation of one article (`docs/gold-format.md`).
public struct GoldFile: Codable, Sendable {
    /// A gold entity.
    public struct Entity: Codable, Sendable {
        public var type: String
        public var name: String
        public var aliases: [String]?
        public var optional: Bool?
    }

    /// A gold relation between gold entities named by their `name`.
    public struct Relation: Codable, Sendable {
        public var subject: String
        public var predicate: String
        public var object: String
        public var attributes: [String: String]?
        public var optional: Bool?
    }

    /// A trap: something a naive extractor produces that is wrong.
    public struct Absent: Codable, Sendable {
        public var type: String
        public var name: String
    }

    /// The article file name, relative to the articles directory.
    public var article: String
    public var entities: [Entity]
    public var relations: [Relation]
    public var absent: [Absent]?

    /// Reads a gold file.
    /// - Throws: ``EvaluationError/unreadableGold(path:reason:)``.
    public static func load(path: String) throws -> GoldFile {
        do {
            return try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw EvaluationError.unreadableGold(path: path, reason: "\(error)")
        }
    }
}
