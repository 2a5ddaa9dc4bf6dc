import Foundation

/// Reads a JSON export (`docs/export-format.md`) for `mekong import`, which writes it into an empty store
/// with ``GraphStore/importGraph(_:)``, so that exporting the store again gives the same bytes.
///
/// The file is decoded whole (its size in memory) and checked before anything is written.
public enum GraphImport {
    /// The versions of the export this Mekong reads.
    public static let readableVersions = 1...GraphExport.currentVersion

    /// Decodes and checks an export.
    /// - Throws: ``GraphImportError`` for a file that is not a Mekong export, of another version, or inconsistent.
    public static func read(_ data: Data) throws(GraphImportError) -> GraphExport {
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw .notAnExport(detail: "not a JSON object")
        }
        guard header.format == "mekong-graph" else {
            throw .notAnExport(detail: header.format.map { "its format is \"\($0)\"" } ?? "it has no \"format\"")
        }
        guard let version = header.version else { throw .notAnExport(detail: "it has no \"version\"") }
        guard readableVersions.contains(version) else { throw .unsupportedVersion(version) }
        let export: GraphExport
        do {
            export = try JSONDecoder().decode(GraphExport.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .notAnExport(detail: "\(path(context.codingPath + [key])) is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .notAnExport(detail: "\(path(context.codingPath)) has the wrong type")
        } catch {
            throw .notAnExport(detail: "\(error.localizedDescription)")
        }
        try check(export)
        return export
    }

    private static func check(_ export: GraphExport) throws(GraphImportError) {
        var articles: Set<String> = []
        for article in export.articles where !articles.insert(article.id).inserted {
            throw .inconsistent(detail: "article \(article.id) appears twice")
        }
        if let entity = export.entities.first, articles.isEmpty {
            throw .inconsistent(detail: "it lists entities (\(entity.id) …) but no article they come from")
        }
        var entities: Set<String> = []
        for entity in export.entities {
            guard entities.insert(entity.id).inserted else { throw .inconsistent(detail: "entity \(entity.id) appears twice") }
            for mention in entity.mentions where !articles.contains(mention.article) {
                throw .inconsistent(detail: "entity \(entity.id) is mentioned in article \(mention.article), which it does not list")
            }
        }
        var relations: Set<String> = []
        for relation in export.relations {
            guard relations.insert(relation.id).inserted else {
                throw .inconsistent(detail: "relation \(relation.id) appears twice")
            }
            for end in [relation.subject, relation.object] where !entities.contains(end) {
                throw .inconsistent(detail: "relation \(relation.id) names entity \(end), which it does not list")
            }
            for evidence in relation.evidence where !articles.contains(evidence.article) {
                throw .inconsistent(detail: "relation \(relation.id) has evidence from article \(evidence.article), which it does not list")
            }
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
    }
}
