import GRDB

extension GraphStore {
    /// Marks a SQLite file as a Mekong store (`PRAGMA application_id`, the bytes "MKNG").
    static let applicationID: Int32 = 0x4D4B_4E47

    /// The versioned schema. Never edit a registered migration: add a new one.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE articles (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    path TEXT NOT NULL,
                    url TEXT,
                    source TEXT,
                    author TEXT,
                    published TEXT,
                    sha256 TEXT NOT NULL,
                    text TEXT NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE TABLE entities (
                    id TEXT PRIMARY KEY NOT NULL,
                    type TEXT NOT NULL,
                    name TEXT NOT NULL,
                    key TEXT NOT NULL,
                    attributes TEXT NOT NULL DEFAULT '{}'
                );
                CREATE INDEX entities_by_type_key ON entities(type, key);
                \(entityNamesTableSQL(named: "entity_names"))
                \(entityNamesIndexesSQL)
                CREATE TABLE mentions (
                    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    UNIQUE (entity_id, article_id, start, "end")
                );
                CREATE INDEX mentions_by_article ON mentions(article_id);
                CREATE TABLE relations (
                    id TEXT PRIMARY KEY NOT NULL,
                    subject TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    predicate TEXT NOT NULL,
                    object TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    attributes TEXT NOT NULL DEFAULT '{}'
                );
                CREATE INDEX relations_by_subject ON relations(subject);
                CREATE INDEX relations_by_object ON relations(object);
                CREATE TABLE evidence (
                    relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    extractor TEXT NOT NULL,
                    rule TEXT,
                    confidence REAL NOT NULL
                );
                CREATE UNIQUE INDEX evidence_identity
                    ON evidence(relation_id, article_id, start, "end", extractor, ifnull(rule, ''));
                CREATE INDEX evidence_by_article ON evidence(article_id);
                """)
        }
        // Foreign keys stay on, so that removing a duplicate article cascades to what it contributed.
        migrator.registerMigration(CanonicalArticleIDMigration.identifier, foreignKeyChecks: .immediate) { db in
            try CanonicalArticleIDMigration.migrate(db)
        }
        migrator.registerMigration(NameSearchMigration.identifier) { db in try NameSearchMigration.migrate(db) }
        migrator.registerMigration(EvidenceOffsetsMigration.identifier) { db in try EvidenceOffsetsMigration.migrate(db) }
        migrator.registerMigration(ListingIndexMigration.identifier) { db in try ListingIndexMigration.migrate(db) }
        migrator.registerMigration(MentionSpansMigration.identifier) { db in try MentionSpansMigration.migrate(db) }
        migrator.registerMigration(DateOriginMigration.identifier) { db in try DateOriginMigration.migrate(db) }
        migrator.registerMigration(ReportAttributesMigration.identifier) { db in try ReportAttributesMigration.migrate(db) }
        migrator.registerMigration(NameSightingsMigration.identifier) { db in try NameSightingsMigration.migrate(db) }
        migrator.registerMigration(IntegerKeysMigration.identifier) { db in try IntegerKeysMigration.migrate(db) }
        return migrator
    }()

    /// The `entity_names` table of migration v1 under `name` (``NameSightingsMigration/revert(_:)`` builds it again).
    static func entityNamesTableSQL(named name: String) -> String {
        """
        CREATE TABLE \(name) (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            is_canonical INTEGER NOT NULL DEFAULT 0,
            UNIQUE (entity_id, article_id, name)
        );
        """
    }

    /// The indexes migration v1 gave `entity_names`.
    static let entityNamesIndexesSQL = """
        CREATE INDEX entity_names_by_key ON entity_names(key);
        CREATE INDEX entity_names_by_article ON entity_names(article_id);
        """

    /// Checks that the database is empty or a Mekong store this version can read, then migrates it (unless
    /// `migrating` is false: a read-only store is read as it is, and an empty file is not a store).
    static func prepareSchema(in writer: any DatabaseWriter, path: String, migrating: Bool = true) throws {
        let migrator = Self.migrator
        try writer.read { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if applicationID == Self.applicationID {
                let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
                if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown.sorted()) }
                return
            }
            let objects = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
            // A run killed while creating the store can leave GRDB's empty migration table behind (it is
            // created before the first migration's transaction): that is still an empty store.
            var leftover = false
            if objects == ["grdb_migrations"] {
                leftover = try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") == 0
            }
            // Another program's database (or a foreign application id) is never written to.
            if applicationID != 0 || !(objects.isEmpty || leftover) || !migrating {
                throw StoreError.notAMekongStore(path: path)
            }
        }
        if migrating { try migrator.migrate(writer) }
    }
}

extension GraphStore {
    /// Removes the name search index (migration `v3-name-search`) from the store file at `path`, and the
    /// evidence offsets after it (``removeEvidenceOffsets(at:)``), leaving the schema the Mekong before issue 9
    /// wrote: for benchmarks and tests that compare the versions on one store. Queries on such a store load
    /// the whole graph until the next `ingest` adds the index again.
    public static func removeNameSearchIndex(at path: String) throws(StoreError) {
        try removeEvidenceOffsets(at: path)
        try rewrite(at: path) { db in try NameSearchMigration.revert(db) }
    }

    /// Undoes migration `v4-evidence-offsets` in the store file at `path`, when it was applied, and the listing
    /// indexes, packed mentions and reports' attributes after it (``ListingIndexMigration``,
    /// ``removeMentionSpans(at:)``, ``ReportAttributesMigration``): every
    /// sentence of evidence copied back beside its offsets, the schema the Mekong before v4 wrote (for comparing
    /// the two versions and testing the migration). The next `ingest` migrates it again.
    public static func removeEvidenceOffsets(at path: String) throws(StoreError) {
        try removeMentionSpans(at: path)
        try rewrite(at: path) { db in
            let applied = try migrator.appliedIdentifiers(db)
            // The listing indexes came after, and the Mekong before v4 does not know them.
            if applied.contains(ListingIndexMigration.identifier) { try ListingIndexMigration.revert(db) }
            // It rebuilds the evidence table, which has no place for the reports' attributes before v8.
            if applied.contains(ReportAttributesMigration.identifier) { try ReportAttributesMigration.revert(db) }
            guard applied.contains(EvidenceOffsetsMigration.identifier) else { return }
            try EvidenceOffsetsMigration.revert(db)
        }
    }

    /// Undoes migration `v6-mention-spans` in the store file at `path`, when it was applied (and the name
    /// sightings after it, ``removeNameSightings(at:)``): one row per mention in a `mentions` table again, the
    /// schema the Mekong before it wrote. The next `ingest` migrates it again.
    public static func removeMentionSpans(at path: String) throws(StoreError) {
        try removeNameSightings(at: path)
        try rewrite(at: path) { db in
            guard try migrator.appliedIdentifiers(db).contains(MentionSpansMigration.identifier) else { return }
            try MentionSpansMigration.revert(db)
        }
    }

    /// Undoes migration `v9-name-sightings` in the store file at `path`, when it was applied (and the integer
    /// keys after it, ``removeIntegerKeys(at:)``): one
    /// `entity_names` row per entity, article and name again, the schema the Mekong before it wrote. The next
    /// `ingest` migrates it again.
    public static func removeNameSightings(at path: String) throws(StoreError) {
        try removeIntegerKeys(at: path)
        try rewrite(at: path) { db in
            guard try migrator.appliedIdentifiers(db).contains(NameSightingsMigration.identifier) else { return }
            try NameSightingsMigration.revert(db)
        }
    }

    /// Undoes migration `v10-integer-keys` in the store file at `path`, when it was applied: mentions and
    /// evidence in tables of text ids again, the schema the Mekong before it wrote. The next `ingest` migrates
    /// it again.
    public static func removeIntegerKeys(at path: String) throws(StoreError) {
        try rewrite(at: path) { db in
            guard try migrator.appliedIdentifiers(db).contains(IntegerKeysMigration.identifier) else { return }
            try IntegerKeysMigration.revert(db)
        }
    }

    private static func rewrite(at path: String, _ body: @escaping (Database) throws -> Void) throws(StoreError) {
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write(body)
            try queue.close()
        } catch {
            throw translate(error, path: path, opening: true)
        }
    }
}
