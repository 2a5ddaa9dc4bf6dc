import Foundation
import MekongCore

/// A gold annotation of one article (`docs/gold-format.md`).
public struct GoldFile: Codable, Sendable {
    /// A gold entity.
    public struct Entity: Codable, Sendable {
        /// The entity type's name (`organization`, `person`, `place`, `document`); other types are not scored.
        public var type: String
        /// The canonical name; relations name the entity by it.
        public var name: String
        /// Other names that also match the entity, or nil for none.
        public var aliases: [String]?
        /// Whether it is borderline: finding it is not a hit and missing it is not a miss (nil means false).
        public var optional: Bool?
    }

    /// A gold relation between gold entities named by their `name`.
    public struct Relation: Codable, Sendable {
        /// The ``Entity/name`` of the subject gold entity.
        public var subject: String
        /// The predicate's name (`holds_position`).
        public var predicate: String
        /// The ``Entity/name`` of the object gold entity.
        public var object: String
        /// Expected attributes (the post's `title` for `holds_position`); of these only `title` is compared.
        public var attributes: [String: String]?
        /// Whether it is borderline: finding it is not a hit and missing it is not a miss (nil means false).
        public var optional: Bool?
    }

    /// A trap: something a naive extractor produces that is wrong.
    public struct Absent: Codable, Sendable {
        /// The entity type's name.
        public var type: String
        /// The name an extractor must not produce as an entity of that type.
        public var name: String
    }

    /// The article file name, relative to the articles directory.
    public var article: String
    /// What a careful reader finds in the article.
    public var entities: [Entity]
    /// The relations between ``entities``.
    public var relations: [Relation]
    /// Traps: producing one counts as a false positive and is reported; nil for none.
    public var absent: [Absent]?

    /// Reads a gold file.
    /// - Throws: ``EvaluationError/unreadableGold(path:reason:)``.
    public static func load(path: String) throws -> GoldFile {
        let gold: GoldFile
        do {
            gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch let DecodingError.keyNotFound(key, context) {
            throw EvaluationError.unreadableGold(
                path: path, reason: "\"\(key.stringValue)\" is missing at \(Self.where(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw EvaluationError.unreadableGold(path: path, reason: "\(context.debugDescription) at \(Self.where(context.codingPath))")
        } catch {
            throw EvaluationError.unreadableGold(path: path, reason: error.localizedDescription)
        }
        // Every relation end must name a gold entity, or the relation could never be matched.
        let names = Set(gold.entities.map { NameNormalizer.key($0.name) })
        for (index, relation) in gold.relations.enumerated() {
            for end in [relation.subject, relation.object] where !names.contains(NameNormalizer.key(end)) {
                throw EvaluationError.unreadableGold(
                    path: path, reason: "relations[\(index)] names \"\(end)\", which is not the name of an entity in the file")
            }
        }
        return gold
    }

    /// The gold files (`*.json`) of `directory`, sorted by name.
    /// - Throws: ``EvaluationError/unreadableGold(path:reason:)`` or ``EvaluationError/noGoldFiles(directory:)``.
    public static func paths(in directory: String) throws -> [String] {
        let listing: [String]
        do {
            listing = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw EvaluationError.unreadableGold(
                path: directory, reason: "the directory cannot be read (\(error.localizedDescription))")
        }
        let files = listing.filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw EvaluationError.noGoldFiles(directory: directory) }
        return files.map { (directory as NSString).appendingPathComponent($0) }
    }

    /// Every gold file of `goldDirectory` with the path of the article it annotates in `articlesDirectory`, all read and
    /// checked before any work on them: a missing article stops the run before the first article is worked on.
    /// - Throws: what ``paths(in:)`` and ``load(path:)`` throw, or ``EvaluationError/missingArticle(gold:article:)``.
    public static func annotatedArticles(goldDirectory: String, articlesDirectory: String) throws
        -> [(goldPath: String, gold: GoldFile, articlePath: String)]
    {
        try paths(in: goldDirectory).map { goldPath in
            let gold = try load(path: goldPath)
            let articlePath = (articlesDirectory as NSString).appendingPathComponent(gold.article)
            guard FileManager.default.fileExists(atPath: articlePath) else {
                throw EvaluationError.missingArticle(gold: goldPath, article: articlePath)
            }
            return (goldPath, gold, articlePath)
        }
    }

    /// Where the articles of a folder of gold files are when nobody says: `articles` beside it (`…/gold` → `…/articles`).
    public static func defaultArticlesDirectory(besideGold goldDirectory: String) -> String {
        ((goldDirectory as NSString).deletingLastPathComponent as NSString).appendingPathComponent("articles")
    }

    private static func `where`(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
