import GRDB
import MekongCore

/// Migration `v3-name-search`: an index of every entity name in its search form, so that queries read only
/// the rows they answer instead of loading the whole graph.
///
/// `name_folds` holds one row per distinct (entity, name) with ``MekongCore/NameNormalizer/fold(_:)`` of the
/// name and its length in Unicode scalars:
/// - `folded` (indexed) answers exact look-ups by name (`show NAME`, `path A B`);
/// - `name_folds_search`, an FTS5 trigram index over `folded`, answers substring search
///   (`entities --search`) for needles of three scalars or more;
/// - `length` (indexed) narrows the names a "Did you mean" suggestion must be measured against.
///
/// The fold is computed in Swift (SQLite's own case folding and diacritic removal differ from the project's),
/// so rows are added by ``ContributionWriter`` when a name is stored; triggers remove a row when its last
/// `entity_names` row goes (its last `name_forms` row since migration v9) and keep the FTS index in step with the
/// table.
enum NameSearchMigration {
    static let identifier = "v3-name-search"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE name_folds (
                id INTEGER PRIMARY KEY,
                entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                folded TEXT NOT NULL,
                length INTEGER NOT NULL,
                UNIQUE (entity_id, name)
            );
            CREATE INDEX name_folds_by_folded ON name_folds(folded, entity_id);
            CREATE INDEX name_folds_by_length ON name_folds(length, folded, entity_id);
            CREATE VIRTUAL TABLE name_folds_search USING fts5(
                folded, content = 'name_folds', content_rowid = 'id', tokenize = 'trigram case_sensitive 1');
            CREATE TRIGGER name_folds_added AFTER INSERT ON name_folds BEGIN
                INSERT INTO name_folds_search (rowid, folded) VALUES (new.id, new.folded);
            END;
            CREATE TRIGGER name_folds_removed AFTER DELETE ON name_folds BEGIN
                INSERT INTO name_folds_search (name_folds_search, rowid, folded) VALUES ('delete', old.id, old.folded);
            END;
            \(namesRemovedTriggerSQL)
            """)
        let insert = try db.makeStatement(sql: Self.insertSQL)
        let names = try Row.fetchCursor(db, sql: "SELECT DISTINCT entity_id, name FROM entity_names ORDER BY entity_id, name")
        while let row = try names.next() {
            let name: String = row[1]
            let folded = NameNormalizer.fold(name)
            try insert.execute(arguments: [row[0], name, folded, folded.unicodeScalars.count])
        }
    }

    /// Removes a name's row when its last `entity_names` row goes, while that is a table (migration
    /// `v9-name-sightings` replaces it).
    static let namesRemovedTriggerSQL = """
        CREATE TRIGGER entity_names_removed AFTER DELETE ON entity_names BEGIN
            DELETE FROM name_folds WHERE entity_id = old.entity_id AND name = old.name
            AND NOT EXISTS (SELECT 1 FROM entity_names WHERE entity_id = old.entity_id AND name = old.name);
        END;
        """

    /// Adds the search form of one name of an entity; a name the entity already has is left alone.
    static let insertSQL = "INSERT OR IGNORE INTO name_folds (entity_id, name, folded, length) VALUES (?, ?, ?, ?)"

    /// Undoes the migration: the schema as the previous Mekong wrote it, for comparing the two versions.
    static func revert(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER entity_names_removed;
            DROP TABLE name_folds_search;
            DROP TABLE name_folds;
            DELETE FROM grdb_migrations WHERE identifier = '\(identifier)';
            """)
    }

    /// Whether the store has the index (a store written by an older Mekong and opened read-only has not).
    static func isApplied(_ db: Database) throws -> Bool {
        try db.tableExists("name_folds")
    }
}
