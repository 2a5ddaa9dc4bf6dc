import GRDB

/// Migration `v9-name-sightings`: an entity's names are stored once each (`name_forms`), and which article gave
/// which of them is a narrow row of integers (`name_sightings`), instead of one `entity_names` row per entity,
/// article and name that repeated the entity's id, the article's id, the name and its key.
///
/// `entity_names` held 25–30 rows per article and, with its three indexes, a third of a store (6.4 KB of the
/// 19.4 KB an article took, issue 9). Articles get an integer key that grows in the order they were stored
/// (`article_keys`, filled by a trigger on `articles` and emptied by its foreign key), so an article's
/// sightings sit side by side in their index. `entity_names` is now a view giving the rows it had, with
/// `rowid` (the sighting's `ord`, which the migration takes from the old row's rowid) still saying in which order
/// they were written: every reader of names reads it as before, and a store written before the migration,
/// opened read-only, answers the same queries. Writers go through ``recordName(_:entity:article:name:key:canonical:repeat:)``.
///
/// A name no article gives any more goes (trigger `name_sightings_removed`), and with it its row of the name
/// search index (`name_forms_removed`, which replaces `entity_names_removed` of migration v3).
enum NameSightingsMigration {
    static let identifier = "v9-name-sightings"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            \(KeyTable.createSQL("article_keys", of: "articles", trigger: "articles_keyed"))
            CREATE TABLE name_forms (
                fid INTEGER PRIMARY KEY,
                entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                key TEXT NOT NULL,
                UNIQUE (entity_id, name));
            CREATE INDEX name_forms_by_key ON name_forms(key);
            CREATE TABLE name_sightings (
                ord INTEGER PRIMARY KEY,
                article INTEGER NOT NULL REFERENCES article_keys(rid) ON DELETE CASCADE,
                form INTEGER NOT NULL REFERENCES name_forms(fid) ON DELETE CASCADE,
                is_canonical INTEGER NOT NULL,
                UNIQUE (article, form));
            CREATE INDEX name_sightings_by_form ON name_sightings(form);
            INSERT INTO name_forms (entity_id, name, key)
                SELECT entity_id, name, min(key) FROM entity_names GROUP BY entity_id, name ORDER BY min(rowid);
            INSERT INTO name_sightings (ord, article, form, is_canonical)
                SELECT n.rowid, k.rid, f.fid, n.is_canonical FROM entity_names n
                JOIN article_keys k ON k.id = n.article_id
                JOIN name_forms f ON f.entity_id = n.entity_id AND f.name = n.name
                ORDER BY n.rowid;
            DROP TRIGGER IF EXISTS entity_names_removed;
            DROP TABLE entity_names;
            \(viewSQL)
            \(triggersSQL)
            """)
    }

    /// The rows `entity_names` had, `rowid` giving the order they were written in.
    static let viewSQL = """
        CREATE VIEW entity_names (rowid, entity_id, article_id, name, key, is_canonical) AS
        SELECT s.ord, f.entity_id, k.id, f.name, f.key, s.is_canonical
        FROM name_sightings s JOIN name_forms f ON f.fid = s.form JOIN article_keys k ON k.rid = s.article;
        """

    /// A form no sighting refers to goes, and the name search index (migration v3) forgets it.
    static let triggersSQL = """
        CREATE TRIGGER name_sightings_removed AFTER DELETE ON name_sightings
        WHEN NOT EXISTS (SELECT 1 FROM name_sightings WHERE form = old.form) BEGIN
            DELETE FROM name_forms WHERE fid = old.form;
        END;
        CREATE TRIGGER name_forms_removed AFTER DELETE ON name_forms BEGIN
            DELETE FROM name_folds WHERE entity_id = old.entity_id AND name = old.name;
        END;
        """

    /// Whether names are stored as forms and sightings (a store written before, opened read-only, has the table).
    static func isApplied(_ db: Database) throws -> Bool {
        try db.tableExists("name_sightings")
    }

    /// How ``recordName(_:entity:article:name:key:canonical:repeat:)`` treats a name the article already gives the
    /// entity.
    enum Repeat {
        /// The name stays canonical if either says so (ingest: an entity's name and an alias may coincide).
        case keepCanonical
        /// The stored row is left as it is (import, curation).
        case ignore
    }

    /// Records that `article` gives the entity `entity` the name `name` (whose key is `key`).
    static func recordName(
        _ db: Database, entity: String, article: String, name: String, key: String, canonical: Bool,
        repeat: Repeat = .ignore
    ) throws {
        let form = try formID(db, entity: entity, name: name, key: key)
        let sql = switch `repeat` {
        case .keepCanonical: """
            INSERT INTO name_sightings (article, form, is_canonical) VALUES ((SELECT rid FROM article_keys WHERE id = ?), ?, ?)
            ON CONFLICT (article, form) DO UPDATE SET is_canonical = max(is_canonical, excluded.is_canonical)
            """
        case .ignore: """
            INSERT INTO name_sightings (article, form, is_canonical) VALUES ((SELECT rid FROM article_keys WHERE id = ?), ?, ?)
            ON CONFLICT DO NOTHING
            """
        }
        try db.cachedStatement(sql: sql).execute(arguments: [article, form, canonical])
    }

    /// The form of `name` for the entity `entity`, stored if new.
    static func formID(_ db: Database, entity: String, name: String, key: String) throws -> Int64 {
        if let fid = try storedFormID(db, entity: entity, name: name) { return fid }
        try db.cachedStatement(sql: "INSERT INTO name_forms (entity_id, name, key) VALUES (?, ?, ?)")
            .execute(arguments: [entity, name, key])
        return db.lastInsertedRowID
    }

    /// The form of `name` for the entity `entity`, or nil when the entity has no such name.
    private static func storedFormID(_ db: Database, entity: String, name: String) throws -> Int64? {
        try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT fid FROM name_forms WHERE entity_id = ? AND name = ?"), arguments: [entity, name])
    }

    /// Gives the names of `source` whose key is `key` (every name when nil) to the entity `target`, in every
    /// article that gives them, setting their canonical flag to `canonical`. A name the target already has in
    /// that article keeps the target's flag (the source's row goes), as `UPDATE OR IGNORE` of `entity_names`
    /// did. Returns the names moved.
    @discardableResult
    static func moveNames(_ db: Database, from source: String, to target: String, key: String?, canonical: Bool) throws
        -> [String]
    {
        let forms = try Row.fetchAll(
            db.cachedStatement(sql: key == nil
                ? "SELECT fid, name FROM name_forms WHERE entity_id = ? ORDER BY fid"
                : "SELECT fid, name FROM name_forms WHERE entity_id = ? AND key = ? ORDER BY fid"),
            arguments: key == nil ? [source] : [source, key])
        var moved: [String] = []
        for row in forms {
            let fid: Int64 = row[0], name: String = row[1]
            moved.append(name)
            if let existing = try storedFormID(db, entity: target, name: name) {
                try db.cachedStatement(sql: "UPDATE OR IGNORE name_sightings SET form = ?, is_canonical = ? WHERE form = ?")
                    .execute(arguments: [existing, canonical, fid])
                // The sightings the target had already go with the source's form.
                try db.cachedStatement(sql: "DELETE FROM name_forms WHERE fid = ?").execute(arguments: [fid])
            } else {
                try db.cachedStatement(sql: "UPDATE name_forms SET entity_id = ? WHERE fid = ?").execute(arguments: [target, fid])
                try db.cachedStatement(sql: "UPDATE name_sightings SET is_canonical = ? WHERE form = ?")
                    .execute(arguments: [canonical, fid])
            }
        }
        return moved
    }

    /// Undoes the migration: an `entity_names` table with the rows, rowids and indexes migration v1 gave it, and
    /// the name search trigger of migration v3 when that is applied.
    static func revert(_ db: Database) throws {
        try db.execute(sql: """
            \(GraphStore.entityNamesTableSQL(named: "entity_names_table"))
            INSERT INTO entity_names_table (rowid, entity_id, article_id, name, key, is_canonical)
                SELECT rowid, entity_id, article_id, name, key, is_canonical FROM entity_names ORDER BY rowid;
            DROP VIEW entity_names;
            DROP TRIGGER name_sightings_removed;
            DROP TRIGGER name_forms_removed;
            DROP TRIGGER articles_keyed;
            DROP TABLE name_sightings;
            DROP TABLE name_forms;
            DROP TABLE article_keys;
            ALTER TABLE entity_names_table RENAME TO entity_names;
            \(GraphStore.entityNamesIndexesSQL)
            DELETE FROM grdb_migrations WHERE identifier = ?;
            """, arguments: [identifier])
        if try NameSearchMigration.isApplied(db) {
            try db.execute(sql: NameSearchMigration.namesRemovedTriggerSQL)
        }
    }
}
