import GRDB

/// Migration `v6-mention-spans`: the mentions of one entity in one article are one row of `entity_mentions`
/// (their offsets and texts packed by ``MentionSpans``) instead of one row each in `mentions`.
///
/// An article mentions an entity three times on average, and each `mentions` row repeated the entity's id
/// (32 bytes) and the article's id twice, in the table and in its index by article: mentions were a third of
/// a store. `mentions` is now a view that gives the same rows (entity, article, start, end, text) from the
/// packed ones, so that what only asks which entities an article mentions, or which articles mention an
/// entity, reads it as before, and a store written before the migration, opened read-only, answers the same
/// queries. What reads mentions in bulk with their texts goes through ``MentionReading``, which decodes the
/// packed rows in Swift (in the order the `mentions` table gave).
enum MentionSpansMigration {
    static let identifier = "v6-mention-spans"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: tableSQL(named: "entity_mentions"))
        let insert = try db.makeStatement(
            sql: "INSERT INTO entity_mentions (entity_id, article_id, spans, texts) VALUES (?, ?, ?, ?)")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT entity_id, article_id, start, "end", text FROM mentions ORDER BY entity_id, article_id, start, "end"
            """)
        var current: (entity: String, article: String)?
        var spans = MentionSpans()
        func flush() throws {
            guard let current, !spans.isEmpty else { return }
            let (offsets, texts) = try spans.encoded()
            try insert.execute(arguments: [current.entity, current.article, offsets, texts])
        }
        while let row = try rows.next() {
            let entity: String = row[0]
            let article: String = row[1]
            if current?.entity != entity || current?.article != article {
                try flush()
                current = (entity, article)
                spans = MentionSpans()
            }
            spans.add(start: row[2], end: row[3], text: row[4])
        }
        try flush()
        try db.execute(sql: """
            DROP TABLE mentions;
            CREATE INDEX entity_mentions_by_article ON entity_mentions(article_id);
            \(viewSQL)
            """)
    }

    /// The `entity_mentions` table of this migration under `name` (``IntegerKeysMigration/revert(_:)`` builds it again).
    static func tableSQL(named name: String) -> String {
        """
        CREATE TABLE \(name) (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            spans TEXT NOT NULL,
            texts TEXT NOT NULL,
            PRIMARY KEY (entity_id, article_id)) WITHOUT ROWID;
        """
    }

    /// One row per mention, as the `mentions` table had them. A `texts` of one string stands for every span.
    static let viewSQL = """
        CREATE VIEW mentions (entity_id, article_id, start, "end", text) AS
        SELECT m.entity_id, m.article_id, json_extract(s.value, '$[0]'), json_extract(s.value, '$[1]'),
            CASE WHEN json_array_length(m.texts) = 1 THEN json_extract(m.texts, '$[0]')
            ELSE json_extract(m.texts, '$[' || s.key || ']') END
        FROM entity_mentions m, json_each(m.spans) s;
        """

    /// Whether the store keeps its mentions packed (a store written before, opened read-only, does not).
    static func isApplied(_ db: Database) throws -> Bool {
        // Since migration v10 `entity_mentions` is a view of the same rows.
        try db.tableExists("entity_mentions") || db.viewExists("entity_mentions")
    }

    /// Undoes the migration: the `mentions` table as migration v4 left it, one row per mention.
    static func revert(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE mentions_unpacked (
                entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (entity_id, article_id, start, "end")) WITHOUT ROWID;
            INSERT INTO mentions_unpacked (entity_id, article_id, start, "end", text)
            SELECT entity_id, article_id, start, "end", text FROM mentions;
            DROP VIEW mentions;
            DROP TABLE entity_mentions;
            ALTER TABLE mentions_unpacked RENAME TO mentions;
            CREATE INDEX mentions_by_article ON mentions(article_id);
            DELETE FROM grdb_migrations WHERE identifier = ?;
            """, arguments: [identifier])
    }
}
