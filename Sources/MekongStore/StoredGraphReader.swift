import Foundation
import GRDB
import MekongCore

/// Reads parts of the graph inside one read transaction, with the same values and orders as
/// ``GraphStore/loadGraph()`` gives, but only for the rows asked for.
///
/// Every statement is cached, so reading thousands of entities one by one reuses them. Lives for one read.
struct StoredGraphReader: GraphRowReader {
    let db: Database
    private let coder = AttributesJSON()

    init(db: Database) {
        self.db = db
    }

    // MARK: Entities

    /// The entity with this id, with its aliases and mentions, or nil.
    func entity(id: String) throws -> Entity? {
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, type, name, attributes FROM entities WHERE id = ?"), arguments: [id])
        guard let row else { return nil }
        return try entity(from: row)
    }

    /// An entity from a row of `id, type, name, attributes`: aliases are its distinct names other than the
    /// canonical one in the order first stored, mentions ordered by article then offsets (as loadGraph does).
    func entity(from row: Row) throws -> Entity {
        let id: String = row[0]
        let name: String = row[2]
        var seen: Set<String> = [name]
        let aliases = try String.fetchAll(
            db.cachedStatement(sql: "SELECT name FROM entity_names WHERE entity_id = ? ORDER BY rowid"), arguments: [id]
        ).filter { seen.insert($0).inserted }
        var mentions: [Mention] = []
        var mentionRows = try MentionReading(db, entity: id)
        while let next = try mentionRows.next() { mentions.append(next.mention) }
        return Entity(
            id: id, type: EntityType(rawValue: row[1]), name: name, aliases: aliases,
            attributes: try coder.decode(row[3]), mentions: mentions)
    }

    /// The canonical names of these entities, by id.
    func names(of ids: some Sequence<String>) throws -> [String: String] {
        let statement = try db.cachedStatement(sql: "SELECT name FROM entities WHERE id = ?")
        var names: [String: String] = [:]
        for id in ids where names[id] == nil {
            if let name = try String.fetchOne(statement, arguments: [id]) { names[id] = name }
        }
        return names
    }

    // MARK: Relations

    /// The relation with this id, with its evidence ordered by article then offsets (as loadGraph does), or nil.
    func relation(id: String) throws -> Relation? {
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, subject, predicate, object, attributes FROM relations WHERE id = ?"),
            arguments: [id])
        guard let row else { return nil }
        return try relation(from: row)
    }

    /// A relation from a row of `id, subject, predicate, object, attributes`, with its evidence.
    func relation(from row: Row) throws -> Relation {
        let id: String = row[0]
        let evidence = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT \(try EvidenceRow.columns(db, alias: "e")) FROM evidence e WHERE e.relation_id = ?
                ORDER BY e.article_id, e.start, e."end", e.extractor, e.rule
                """),
            arguments: [id]
        ).map { try EvidenceRow.evidence($0, at: 0, coder: coder) }
        return Relation(
            id: id, subject: row[1], predicate: Predicate(rawValue: row[2]), object: row[3],
            attributes: try coder.decode(row[4]), evidence: evidence).reportAttributesOnEvidence()
    }

    /// The relations that touch each of these entities (either end), ordered by relation id, as
    /// ``MekongCore/KnowledgeGraph/relations(of:)`` lists them; a relation from an entity to itself is listed once.
    func edges(of ids: some Collection<String>) throws -> [String: [GraphEdge]] {
        var edges: [String: [GraphEdge]] = [:]
        guard !ids.isEmpty else { return edges }
        // One statement for a whole frontier: the ids travel as one JSON array.
        let list = String(decoding: try JSONEncoder().encode(Array(ids)), as: UTF8.self)
        // Each end through its own index; a relation between two of the entities is read once per end, which
        // is what each of them needs, and a relation from an entity to itself once.
        let bySubject = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT id, subject, predicate, object FROM relations WHERE subject IN (SELECT value FROM json_each(?))
                """),
            arguments: [list])
        while let row = try bySubject.next() {
            edges[row[1] as String, default: []].append(GraphEdge(relation: row[0], predicate: row[2], other: row[3]))
        }
        let byObject = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT id, subject, predicate, object FROM relations WHERE object IN (SELECT value FROM json_each(?))
                AND subject <> object
                """),
            arguments: [list])
        while let row = try byObject.next() {
            edges[row[3] as String, default: []].append(GraphEdge(relation: row[0], predicate: row[2], other: row[1]))
        }
        for (id, list) in edges { edges[id] = list.sorted { Self.storeOrder($0.relation, $1.relation) } }
        return edges
    }

    // MARK: Articles

    /// The articles with these ids, ordered by id as the whole graph orders them; without their text (empty)
    /// unless `withText`, since a subgraph of thousands of articles would otherwise hold all their texts.
    func articles(ids: some Sequence<String>, withText: Bool) throws -> [Article] {
        let statement = try db.cachedStatement(sql: """
            SELECT id, title, path, url, source, author, published, sha256, \(withText ? "text" : "''"),
                \(try DateOriginMigration.column(db)) FROM articles
            WHERE id = ?
            """)
        return try Set(ids).sorted(by: Self.storeOrder).compactMap { id in
            try Row.fetchOne(statement, arguments: [id]).map(GraphStore.article(from:))
        }
    }

    /// The titles of these articles, by id.
    func articleTitles(of ids: some Sequence<String>) throws -> [String: String] {
        let statement = try db.cachedStatement(sql: "SELECT title FROM articles WHERE id = ?")
        var titles: [String: String] = [:]
        for id in ids where titles[id] == nil {
            if let title = try String.fetchOne(statement, arguments: [id]) { titles[id] = title }
        }
        return titles
    }

    func degree(of id: String) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: """
                SELECT (SELECT count(*) FROM relations WHERE subject = ?1)
                     + (SELECT count(*) FROM relations WHERE object = ?1 AND subject <> ?1)
                """),
            arguments: [id]) ?? 0
    }

    func articleIDs(_ ids: [String], publishedIn range: PublishedRange) throws -> Set<String> {
        let list = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
        let condition = range.condition(on: "a.published")
        return Set(try String.fetchAll(
            db, sql: "SELECT a.id FROM json_each(?) j JOIN articles a ON a.id = j.value WHERE \(condition.sql)",
            arguments: StatementArguments([list] + condition.arguments)))
    }

    func relationIDs(evidencedIn articleID: String) throws -> Set<String> {
        try String.fetchSet(
            db.cachedStatement(sql: "SELECT relation_id FROM evidence WHERE article_id = ?"), arguments: [articleID])
    }

    func entityIDs(mentionedIn articleID: String) throws -> Set<String> {
        try String.fetchSet(
            db.cachedStatement(sql: "SELECT entity_id FROM mentions WHERE article_id = ?"), arguments: [articleID])
    }

    // MARK: Names (the index of migration v3, ``NameSearchMigration``)

    func entityIDs(ofType type: EntityType?) throws -> [String] {
        guard let type else { return try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM entities ORDER BY id")) }
        return try String.fetchAll(
            db.cachedStatement(sql: "SELECT id FROM entities WHERE type = ? ORDER BY id"), arguments: [type.rawValue])
    }

    func foldedNames(equalTo folded: String) throws -> [FoldedName] {
        try folds(db.cachedStatement(sql: "SELECT entity_id, folded FROM name_folds WHERE folded = ?"), [folded])
    }

    /// The trigram index answers needles of three scalars or more; shorter ones are looked for in the narrow
    /// `name_folds` table.
    func foldedNames(containing needle: String) throws -> [FoldedName] {
        guard needle.unicodeScalars.count >= 3 else {
            return try folds(
                db.cachedStatement(sql: "SELECT entity_id, folded FROM name_folds WHERE instr(folded, ?) > 0"), [needle])
        }
        // One phrase: the trigram tokenizer then matches the needle as a substring.
        return try folds(
            db.cachedStatement(sql: """
                SELECT f.entity_id, f.folded FROM name_folds_search s JOIN name_folds f ON f.id = s.rowid
                WHERE name_folds_search MATCH ?
                """),
            ["\"" + needle.replacingOccurrences(of: "\"", with: "\"\"") + "\""])
    }

    func foldedNames(scalarCountFrom lower: Int, to upper: Int) throws -> [FoldedName] {
        try folds(
            db.cachedStatement(sql: "SELECT entity_id, folded FROM name_folds WHERE length BETWEEN ? AND ?"), [lower, upper])
    }

    private func folds(_ statement: Statement, _ arguments: StatementArguments) throws -> [FoldedName] {
        try Row.fetchAll(statement, arguments: arguments).map { FoldedName(entity: $0[0], folded: $0[1]) }
    }
}
