import GRDB

/// Migration `v4-evidence-offsets`: the sentence of a piece of evidence is read from its article's text at
/// its offsets instead of being stored again beside them, and mentions are kept in one B-tree instead of two.
///
/// - `evidence.text` may now be NULL, meaning "the article's text from `start` to `end`" (Unicode scalars,
///   which are SQLite's characters for `substr`). A row keeps its own copy only when that is not what the
///   article's text holds there, so every read gives back exactly the string that was stored. The sentence
///   was about a quarter of a store.
/// - `mentions` becomes a `WITHOUT ROWID` table keyed by its identity (entity, article, offsets): the rowid
///   table and its unique index held the same columns twice. The index by article stays.
///
/// Both tables are rebuilt; no other table refers to them. ``readSQL(alias:)`` is the one expression every
/// read of the sentence goes through, and ``ContributionWriter`` stores NULL through ``sentenceSQL`` by the
/// very same comparison.
enum EvidenceOffsetsMigration {
    static let identifier = "v4-evidence-offsets"

    static func migrate(_ db: Database) throws {
        try rebuild(
            db, sentenceColumn: "text TEXT",
            sentence: "CASE WHEN e.text = substr(a.text, e.start + 1, e.\"end\" - e.start) THEN NULL ELSE e.text END",
            mentionsIdentity: "PRIMARY KEY (entity_id, article_id, start, \"end\")) WITHOUT ROWID")
    }

    /// Rebuilds `evidence` (keeping its rowids, which order nothing but are kept all the same) and `mentions`
    /// with the given definitions and their indexes, copying every row; `sentence` is what `evidence.text`
    /// becomes, an expression on the old row `e` and its article `a`.
    private static func rebuild(_ db: Database, sentenceColumn: String, sentence: String, mentionsIdentity: String)
        throws
    {
        try db.execute(sql: """
            CREATE TABLE evidence_rebuilt (
                relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                \(sentenceColumn),
                extractor TEXT NOT NULL,
                rule TEXT,
                confidence REAL NOT NULL
            );
            INSERT INTO evidence_rebuilt (rowid, relation_id, article_id, start, "end", text, extractor, rule, confidence)
            SELECT e.rowid, e.relation_id, e.article_id, e.start, e."end", \(sentence), e.extractor, e.rule, e.confidence
            FROM evidence e LEFT JOIN articles a ON a.id = e.article_id ORDER BY e.rowid;
            DROP TABLE evidence;
            ALTER TABLE evidence_rebuilt RENAME TO evidence;
            CREATE UNIQUE INDEX evidence_identity
                ON evidence(relation_id, article_id, start, "end", extractor, ifnull(rule, ''));
            CREATE INDEX evidence_by_article ON evidence(article_id);

            CREATE TABLE mentions_rebuilt (
                entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                \(mentionsIdentity);
            INSERT INTO mentions_rebuilt (entity_id, article_id, start, "end", text)
            SELECT entity_id, article_id, start, "end", text FROM mentions;
            DROP TABLE mentions;
            ALTER TABLE mentions_rebuilt RENAME TO mentions;
            CREATE INDEX mentions_by_article ON mentions(article_id);
            """)
    }

    /// The value to store in `evidence.text` for the sentence `?5` of the article `?2` at `?3..<?4`: NULL when the
    /// article's stored text holds exactly that there. Used in an `INSERT … VALUES` whose parameters 2–5 are
    /// the article id, start, end and sentence.
    static let sentenceSQL = """
        CASE WHEN ?5 = (SELECT substr(text, ?3 + 1, ?4 - ?3) FROM articles WHERE id = ?2) THEN NULL ELSE ?5 END
        """

    /// The sentence of the evidence row `alias`: its own copy, or its article's text at its offsets.
    static func readSQL(alias: String) -> String {
        """
        ifnull(\(alias).text, (SELECT substr(a.text, \(alias).start + 1, \(alias)."end" - \(alias).start) \
        FROM articles a WHERE a.id = \(alias).article_id))
        """
    }

    /// Undoes the migration: the tables as the previous Mekong wrote them, every sentence copied back.
    static func revert(_ db: Database) throws {
        try rebuild(
            db, sentenceColumn: "text TEXT NOT NULL", sentence: readSQL(alias: "e"),
            mentionsIdentity: "UNIQUE (entity_id, article_id, start, \"end\"))")
        try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [identifier])
    }
}
