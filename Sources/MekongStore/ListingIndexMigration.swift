import GRDB

/// Migration `v5-listing-indexes`: the indexes `mekong articles` and `mekong relations` read through, so that
/// a listing by date or by predicate reads the rows it returns rather than the whole table.
///
/// - `articles_by_published` lists articles newest first (read backwards) and answers `--since`/`--until`;
/// - `relations_by_predicate` lists one predicate's relations in id order, so that `--limit` stops early.
///
/// A store written before it and opened read-only answers the same listings, scanning the tables.
enum ListingIndexMigration {
    static let identifier = "v5-listing-indexes"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX articles_by_published ON articles(published, id);
            CREATE INDEX relations_by_predicate ON relations(predicate, id);
            """)
    }

    /// Drops the indexes and forgets the migration: the schema the Mekong before it wrote (see
    /// ``GraphStore/removeEvidenceOffsets(at:)``).
    static func revert(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX IF EXISTS articles_by_published;
            DROP INDEX IF EXISTS relations_by_predicate;
            DELETE FROM grdb_migrations WHERE identifier = ?;
            """, arguments: [identifier])
    }
}
