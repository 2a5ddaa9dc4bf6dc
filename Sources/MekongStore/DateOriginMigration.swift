import GRDB

/// Migration `v7-date-origins`: `articles.published_from`, where an article's published date was read
/// (``MekongCore/DateOrigin``: `metadata` or `lead`); NULL when it has no date, and for the articles stored
/// before the migration until they are ingested again.
///
/// A store written before it and opened read-only is read as it is: its articles have no origin.
enum DateOriginMigration {
    static let identifier = "v7-date-origins"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE articles ADD COLUMN published_from TEXT")
    }

    /// What to select for an article's date origin: the column, or NULL in a store without it.
    static func column(_ db: Database) throws -> String {
        try db.columns(in: "articles").contains { $0.name == "published_from" } ? "published_from" : "NULL"
    }
}
