import GRDB

/// Migration `v10-integer-keys`: mentions and evidence refer to entities, relations and articles by integer keys
/// that grow in the order things were stored, and to the extractor and rule of a piece of evidence by a key into
/// a table of them, instead of repeating text ids in every row and every index.
///
/// Before it, a row of `entity_mentions` repeated a 30–50-byte entity id and a 12-byte article id in the table
/// and in its index by article, and a row of `evidence` a relation id, an article id, the extractor's id and
/// the rule's name in the table and in two indexes: 6.6 KB of the 13.9 KB an article took after migration v9
/// (issue 9). Keys that grow as articles are stored also put an article's rows side by side in every B-tree
/// keyed by article, so a batch of articles writes few pages instead of one page per row.
///
/// - `entity_keys`, `relation_keys` (``KeyTable``, like `article_keys` of migration v9) give each entity and
///   relation an `INTEGER PRIMARY KEY`.
/// - `mention_sets` holds what `entity_mentions` held, keyed by (article, entity).
/// - `evidence_rows` holds what `evidence` held; `evidence_sources` each (extractor, rule) once.
///
/// `entity_mentions` and `evidence` are now views giving the rows they had (`evidence.rowid` the row's `ord`,
/// which the migration takes from the old rowid), so every reader reads them as before, and a store written
/// before the migration, opened read-only, answers the same queries. Writers use ``insertMentionsSQL`` and
/// ``insertEvidenceSQL``, and curation the statements below.
enum IntegerKeysMigration {
    static let identifier = "v10-integer-keys"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            \(KeyTable.createSQL("entity_keys", of: "entities", trigger: "entities_keyed"))
            \(KeyTable.createSQL("relation_keys", of: "relations", trigger: "relations_keyed"))

            CREATE TABLE mention_sets (
                article INTEGER NOT NULL REFERENCES article_keys(rid) ON DELETE CASCADE,
                entity INTEGER NOT NULL REFERENCES entity_keys(rid) ON DELETE CASCADE,
                spans TEXT NOT NULL,
                texts TEXT NOT NULL,
                PRIMARY KEY (article, entity)) WITHOUT ROWID;
            CREATE INDEX mention_sets_by_entity ON mention_sets(entity);
            INSERT INTO mention_sets (article, entity, spans, texts)
                SELECT a.rid, e.rid, m.spans, m.texts FROM entity_mentions m
                JOIN article_keys a ON a.id = m.article_id JOIN entity_keys e ON e.id = m.entity_id
                ORDER BY a.rid, e.rid;
            DROP VIEW mentions;
            DROP TABLE entity_mentions;
            \(mentionsViewSQL)
            \(MentionSpansMigration.viewSQL)

            CREATE TABLE evidence_sources (
                sid INTEGER PRIMARY KEY,
                extractor TEXT NOT NULL,
                rule TEXT);
            CREATE UNIQUE INDEX evidence_sources_identity ON evidence_sources(extractor, ifnull(rule, ''));
            INSERT INTO evidence_sources (extractor, rule)
                SELECT extractor, rule FROM evidence GROUP BY extractor, ifnull(rule, '') ORDER BY min(rowid);
            CREATE TABLE evidence_rows (
                ord INTEGER PRIMARY KEY,
                relation INTEGER NOT NULL REFERENCES relation_keys(rid) ON DELETE CASCADE,
                article INTEGER NOT NULL REFERENCES article_keys(rid) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT,
                source INTEGER NOT NULL REFERENCES evidence_sources(sid),
                confidence REAL NOT NULL,
                attributes TEXT);
            CREATE UNIQUE INDEX evidence_rows_identity ON evidence_rows(relation, article, start, "end", source);
            CREATE INDEX evidence_rows_by_article ON evidence_rows(article);
            INSERT INTO evidence_rows (ord, relation, article, start, "end", text, source, confidence, attributes)
                SELECT e.rowid, r.rid, a.rid, e.start, e."end", e.text, s.sid, e.confidence, e.attributes FROM evidence e
                JOIN relation_keys r ON r.id = e.relation_id JOIN article_keys a ON a.id = e.article_id
                JOIN evidence_sources s ON s.extractor = e.extractor AND ifnull(s.rule, '') = ifnull(e.rule, '')
                ORDER BY e.rowid;
            DROP TABLE evidence;
            \(evidenceViewSQL)
            """)
    }

    /// The rows `entity_mentions` had.
    static let mentionsViewSQL = """
        CREATE VIEW entity_mentions (entity_id, article_id, spans, texts) AS
        SELECT e.id, a.id, m.spans, m.texts
        FROM mention_sets m JOIN entity_keys e ON e.rid = m.entity JOIN article_keys a ON a.rid = m.article;
        """

    /// The rows `evidence` had, `rowid` giving the order they were written in.
    static let evidenceViewSQL = """
        CREATE VIEW evidence (rowid, relation_id, article_id, start, "end", text, extractor, rule, confidence, attributes) AS
        SELECT v.ord, r.id, a.id, v.start, v."end", v.text, s.extractor, s.rule, v.confidence, v.attributes
        FROM evidence_rows v JOIN relation_keys r ON r.rid = v.relation JOIN article_keys a ON a.rid = v.article
        JOIN evidence_sources s ON s.sid = v.source;
        """

    /// Whether mentions and evidence are stored by integer keys (a store written before, opened read-only, has
    /// the tables of text ids).
    static func isApplied(_ db: Database) throws -> Bool {
        try db.tableExists("evidence_rows")
    }

    // MARK: Writing

    /// Stores the mentions of entity `?1` in article `?2`: `?3` and `?4` are ``MentionSpans/encoded()``. A row
    /// the store holds is replaced.
    static let insertMentionsSQL = """
        INSERT OR REPLACE INTO mention_sets (entity, article, spans, texts)
        VALUES ((SELECT rid FROM entity_keys WHERE id = ?1), (SELECT rid FROM article_keys WHERE id = ?2), ?3, ?4)
        """

    /// Removes the mentions of entity `?1` in article `?2`.
    static let deleteMentionsSQL = """
        DELETE FROM mention_sets
        WHERE entity = (SELECT rid FROM entity_keys WHERE id = ?1) AND article = (SELECT rid FROM article_keys WHERE id = ?2)
        """

    /// Stores the extractor `?1` and rule `?2` of a piece of evidence, once (run before ``insertEvidenceSQL``). A rule
    /// that is empty and one that is NULL are one source, as the identity of `evidence` before the migration had them.
    static let insertSourceSQL = "INSERT INTO evidence_sources (extractor, rule) VALUES (?, ?) ON CONFLICT DO NOTHING"

    /// Stores a piece of evidence with the values ``EvidenceRow/insertArguments(_:relation:article:coder:)``
    /// gives; a piece the store holds already is left alone (and only that: an article or relation the store does not
    /// hold fails, as the foreign keys of `evidence` made it).
    static let insertEvidenceSQL = """
        INSERT INTO evidence_rows (relation, article, start, "end", text, source, confidence, attributes)
        VALUES ((SELECT rid FROM relation_keys WHERE id = ?1), (SELECT rid FROM article_keys WHERE id = ?2), ?3, ?4,
            \(EvidenceOffsetsMigration.sentenceSQL),
            (SELECT sid FROM evidence_sources WHERE extractor = ?6 AND ifnull(rule, '') = ifnull(?7, '')), ?8, ?9)
        ON CONFLICT DO NOTHING
        """

    /// Gives every piece of evidence of relation `?2` to relation `?1`; a piece the target holds already stays
    /// behind (and goes with its relation).
    static let moveRelationEvidenceSQL = """
        UPDATE OR IGNORE evidence_rows SET relation = (SELECT rid FROM relation_keys WHERE id = ?1)
        WHERE relation = (SELECT rid FROM relation_keys WHERE id = ?2)
        """

    /// Gives the piece of evidence whose `evidence.rowid` is `?2` to relation `?1`, unless the relation holds it.
    static let moveEvidenceSQL = """
        UPDATE OR IGNORE evidence_rows SET relation = (SELECT rid FROM relation_keys WHERE id = ?1) WHERE ord = ?2
        """

    /// Removes the piece of evidence whose `evidence.rowid` is `?1` unless it belongs to relation `?2`.
    static let deleteUnmovedEvidenceSQL = """
        DELETE FROM evidence_rows WHERE ord = ?1 AND relation <> (SELECT rid FROM relation_keys WHERE id = ?2)
        """

    // MARK: Reverting

    /// Undoes the migration: `entity_mentions` and `evidence` as tables of text ids with the rows, rowids and
    /// indexes migrations v4–v8 gave them.
    static func revert(_ db: Database) throws {
        try db.execute(sql: """
            \(MentionSpansMigration.tableSQL(named: "entity_mentions_table"))
            INSERT INTO entity_mentions_table SELECT entity_id, article_id, spans, texts FROM entity_mentions;
            CREATE TABLE evidence_table (
                relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT,
                extractor TEXT NOT NULL,
                rule TEXT,
                confidence REAL NOT NULL
            , attributes TEXT);
            INSERT INTO evidence_table (rowid, relation_id, article_id, start, "end", text, extractor, rule, confidence, attributes)
                SELECT rowid, relation_id, article_id, start, "end", text, extractor, rule, confidence, attributes
                FROM evidence ORDER BY rowid;
            DROP VIEW mentions;
            DROP VIEW entity_mentions;
            DROP VIEW evidence;
            DROP TRIGGER entities_keyed;
            DROP TRIGGER relations_keyed;
            DROP TABLE mention_sets;
            DROP TABLE evidence_rows;
            DROP TABLE evidence_sources;
            DROP TABLE entity_keys;
            DROP TABLE relation_keys;
            ALTER TABLE entity_mentions_table RENAME TO entity_mentions;
            CREATE INDEX entity_mentions_by_article ON entity_mentions(article_id);
            \(MentionSpansMigration.viewSQL)
            ALTER TABLE evidence_table RENAME TO evidence;
            CREATE UNIQUE INDEX evidence_identity
                ON evidence(relation_id, article_id, start, "end", extractor, ifnull(rule, ''));
            CREATE INDEX evidence_by_article ON evidence(article_id);
            DELETE FROM grdb_migrations WHERE identifier = ?;
            """, arguments: [identifier])
    }
}
