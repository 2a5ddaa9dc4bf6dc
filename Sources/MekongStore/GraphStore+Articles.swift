import GRDB
import MekongCore

extension GraphStore {
    /// The articles `filter` selects, newest first, each with how many entities and relations it contributed.
    ///
    /// Read through the indexes: the mentions of one entity, or the articles by date from the newest, stopping
    /// at the limit; the counts are read for the articles listed only. An outlet is looked for in each
    /// article's row, so a rare one reads many rows.
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
                let pattern = LikePattern.containing(outlet)
                arguments += [pattern, pattern]
            }
            let others = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
            let range = filter.published.condition(on: "a.published")
            let selected = "FROM articles a WHERE \(others) AND \(range.sql)"
            let undated = filter.published.isBounded
                ? try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM articles a WHERE \(others) AND a.published IS NULL",
                    arguments: StatementArguments(arguments)) ?? 0
                : 0
            // NULL sorts first, so newest first puts the undated last; one more than the limit tells there are more.
            var ids = try String.fetchAll(
                db, sql: "SELECT a.id \(selected) ORDER BY a.published DESC, a.id DESC LIMIT ?",
                arguments: StatementArguments(arguments + range.arguments) + [filter.limit.map { $0 + 1 } ?? -1])
            let hasMore = filter.limit.map { ids.count > $0 } ?? false
            if hasMore { ids.removeLast() }
            let articles = try Self.summaries(ids: ids, db: db)
            return ArticleListing(articles: ids.compactMap { articles[$0] }, undatedLeftOut: undated, hasMore: hasMore)
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
                (SELECT count(DISTINCT relation_id) FROM evidence WHERE article_id = articles.id),
                \(try DateOriginMigration.column(db))
            FROM articles WHERE id = ?
            """)
        var summaries: [String: ArticleSummary] = [:]
        for id in ids where summaries[id] == nil {
            guard let row = try Row.fetchOne(statement, arguments: [id]) else { continue }
            summaries[id] = ArticleSummary(
                id: row[0], title: row[1], path: row[2], url: row[3], source: row[4], author: row[5],
                published: row[6], publishedFrom: (row[9] as String?).flatMap(DateOrigin.init(rawValue:)),
                entities: row[7], relations: row[8])
        }
        return summaries
    }
}
