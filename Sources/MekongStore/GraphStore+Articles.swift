import GRDB
import MekongCore

extension GraphStore {
    /// The articles `filter` selects, newest first, each with how many entities and relations it contributed.
    ///
    /// Read through the indexes: the mentions of one entity, then only the articles listed.
    public func articleListing(_ filter: ArticleFilter = ArticleFilter()) throws(StoreError) -> ArticleListing {
        try reading { db in
            var conditions: [String] = []
            var arguments: [String] = []
            if let entity = filter.mentioning {
                conditions.append("a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
                arguments.append(entity)
            }
            if let outlet = filter.outlet {
                conditions.append("(a.source LIKE ? ESCAPE '\\' OR a.url LIKE ? ESCAPE '\\')")
                let pattern = "%" + Self.escapingLike(outlet) + "%"
                arguments += [pattern, pattern]
            }
            let others = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
            let range = filter.published.condition(on: "a.published")
            let selected = "FROM articles a WHERE \(others) AND \(range.sql)"
            let total = try Int.fetchOne(
                db, sql: "SELECT count(*) \(selected)", arguments: StatementArguments(arguments + range.arguments)) ?? 0
            let undated = filter.published.isBounded
                ? try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM articles a WHERE \(others) AND a.published IS NULL",
                    arguments: StatementArguments(arguments)) ?? 0
                : 0
            let ids = try String.fetchAll(
                db,
                sql: "SELECT a.id \(selected) ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ?",
                arguments: StatementArguments(arguments + range.arguments) + [filter.limit ?? -1])
            let articles = try Self.summaries(ids: ids, db: db)
            return ArticleListing(articles: ids.compactMap { articles[$0] }, undatedLeftOut: undated, total: total)
        }
    }

    /// The summaries of these articles, by id (ids the store does not hold are left out).
    public func articleSummaries(_ ids: some Sequence<String>) throws(StoreError) -> [String: ArticleSummary] {
        try reading { db in try Self.summaries(ids: ids, db: db) }
    }

    /// Each article's row and its counts, one indexed look-up per article.
    static func summaries(ids: some Sequence<String>, db: Database) throws -> [String: ArticleSummary] {
        let statement = try db.cachedStatement(sql: """
            SELECT id, title, path, url, source, author, published,
                (SELECT count(DISTINCT entity_id) FROM mentions WHERE article_id = articles.id),
                (SELECT count(DISTINCT relation_id) FROM evidence WHERE article_id = articles.id)
            FROM articles WHERE id = ?
            """)
        var summaries: [String: ArticleSummary] = [:]
        for id in ids where summaries[id] == nil {
            guard let row = try Row.fetchOne(statement, arguments: [id]) else { continue }
            summaries[id] = ArticleSummary(
                id: row[0], title: row[1], path: row[2], url: row[3], source: row[4], author: row[5],
                published: row[6], entities: row[7], relations: row[8])
        }
        return summaries
    }

    /// `text` with LIKE's wildcards (and the escape character) escaped by a backslash.
    private static func escapingLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
