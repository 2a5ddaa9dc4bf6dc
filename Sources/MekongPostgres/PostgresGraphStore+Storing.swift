import Foundation
import MekongCore
import MekongStore
import PostgresNIO

extension PostgresGraphStore {
    /// The bytes ``finish(_:contribution:problems:seconds:)`` records for a contribution (JSON).
    public static func encodeContribution(_ contribution: ArticleContribution) throws -> Data {
        try JSONEncoder().encode(StagedContribution(
            article: contribution.article, entities: contribution.entities, relations: contribution.relations))
    }

    /// Stores the extracted articles at the head of the queue, in queue order, each in its own transaction,
    /// up to the first article still being extracted.
    ///
    /// One session stores at a time. With `waiting` false, returns at once (storing nothing) when another
    /// session is storing; with `waiting` true, waits for it and then stores what is left, which is how a
    /// worker makes sure that nothing it extracted stays unstored when it stops.
    /// `curations` gives the store's curations (``curationLines()``, parsed); it is called once this session holds
    /// the storing lock, which every curation takes to apply itself, so the list is the one in force. They are
    /// applied after each article, in its transaction (the SQLite store applies them after each batch); an article
    /// they delete is not stored.
    /// - Returns: What storing each article did, in queue order. An article whose data the server refuses is
    ///   marked failed and reported here, and the ones after it are still stored (docs/postgres.md).
    /// - Throws: ``PostgresStoreError`` for any other failure; the articles stored before it stay stored, and the
    ///   one it met stays first in line.
    public func storeQueued(waiting: Bool, curations readCurations: () throws -> [Curation] = { [] })
        throws(PostgresStoreError) -> [StoredQueueEntry]
    {
        let lock = PostgresSchema.mergeLock
        if waiting {
            try run("SELECT pg_advisory_lock(\(lock))", "waiting to store articles")
        } else {
            let rows = try run("SELECT pg_try_advisory_lock(\(lock))", "asking to store articles")
            guard try decode(rows.first, as: Bool.self) else { return [] }
        }
        defer { _ = try? run("SELECT pg_advisory_unlock(\(lock))", "letting others store articles") }
        let curations: [Curation]
        do {
            curations = try readCurations()
        } catch {
            throw .failed(location, doing: "reading the curations", reason: error.localizedDescription)
        }
        let deletedArticles = Curation.deletedArticles(in: curations)
        var stored: [StoredQueueEntry] = []
        while true {
            let rows = try run("""
                SELECT seq, state, path, contribution FROM ingest_queue WHERE state IN ('pending', 'extracted')
                ORDER BY seq LIMIT 1
                """, "looking for extracted articles")
            guard let row = rows.first else { break }
            let sequence: Int, state: String, path: String, bytes: Data?
            do {
                (sequence, state, path, bytes) = try row.decode((Int, String, String, Data?).self)
            } catch {
                throw .failed(location, doing: "looking for extracted articles", reason: Self.describe(error))
            }
            // An earlier article is still being extracted: storing later ones first would resolve differently.
            guard state == "extracted" else { break }
            let result: Result<IngestOutcome, PostgresStoreError>
            do throws(PostgresStoreError) {
                let staged: StagedContribution
                do {
                    staged = try JSONDecoder().decode(StagedContribution.self, from: bytes ?? Data())
                } catch {
                    throw PostgresStoreError.corruptQueueEntry(location, sequence: sequence, reason: "\(error)")
                }
                if deletedArticles.contains(staged.article.id) || deletedArticles.contains(staged.article.sha256) {
                    try run("""
                        UPDATE ingest_queue SET state = 'done', contribution = NULL, outcome = 'deleted-by-curation',
                            finished_at = now()
                        WHERE seq = \(sequence)
                        """, "marking \(path) deleted by curation")
                    var entry = StoredQueueEntry(sequence: sequence, path: path, result: .success(IngestOutcome(change: .unchanged)))
                    entry.deletedByCuration = true
                    stored.append(entry)
                    continue
                }
                let started = DispatchTime.now().uptimeNanoseconds
                let outcome = try transaction("storing \(path)") { () throws(PostgresStoreError) in
                    let outcome = try store(staged)
                    try applyAfterStoring(curations)
                    let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                    try run("""
                        UPDATE ingest_queue SET state = 'done', contribution = NULL, outcome = \(outcome.change.rawValue),
                            finished_at = now(), store_ms = \(milliseconds)
                        WHERE seq = \(sequence)
                        """, "marking \(path) stored")
                    return outcome
                }
                result = .success(outcome)
            } catch {
                // Rolled back: the graph is as before. Only an article whose data the server refuses (or that cannot
                // be read back) is set aside, with the reason, and the queue moves on past it, so that the order is
                // broken for that article alone; any other failure (a lost connection, a timeout) stops here, and
                // the article stays first in line for the next storing session.
                switch error {
                case .rejected, .corruptQueueEntry: break
                default: throw error
                }
                try run("""
                    UPDATE ingest_queue SET state = 'failed', contribution = NULL,
                        problems = \(error.localizedDescription), finished_at = now()
                    WHERE seq = \(sequence)
                    """, "marking \(path) failed")
                result = .failure(error)
            }
            stored.append(StoredQueueEntry(sequence: sequence, path: path, result: result))
        }
        return stored
    }

    /// Stores one contribution inside the open transaction, as the SQLite store's ingest does.
    func store(_ staged: StagedContribution) throws(PostgresStoreError) -> IngestOutcome {
        let article = staged.article
        let entities = staged.entities.map(EntityPayload.init)
        let entityJSON = try json(EntityPayload.Article(article: article, entities: entities))
        let rows = try run("SELECT mekong_store_entities(\(entityJSON)::jsonb)::text", "storing the entities of \(article.path)")
        let result: StoringResult.Entities = try decodeJSON(rows.first, doing: "storing the entities of \(article.path)")
        guard let change = IngestOutcome.Change(rawValue: result.change) else {
            throw .failed(location, doing: "storing \(article.path)", reason: "unknown change \(result.change)")
        }
        var outcome = IngestOutcome(change: change)
        guard change != .unchanged else { return outcome }
        outcome.entitiesAdded = result.added ?? 0
        outcome.entitiesMerged = result.merged ?? 0
        let ids = result.ids ?? []
        var resolved: [String: String] = [:]
        for (entity, id) in zip(staged.entities, ids) { resolved[entity.id] = id }

        let relations = staged.relations.map { extracted in
            // An end the article did not define keeps its id; the function drops the relation if no entity has it.
            let relation = extracted.stored(
                subject: resolved[extracted.subject] ?? extracted.subject, object: resolved[extracted.object] ?? extracted.object)
            return RelationPayload(
                id: relation.id, subject: relation.subject, predicate: relation.predicate.rawValue, object: relation.object,
                attributes: relation.attributes, evidence: relation.evidence.map(RelationPayload.Evidence.init))
        }
        let relationJSON = try json(relations)
        let relationRows = try run(
            "SELECT mekong_store_relations(\(article.id), \(relationJSON)::jsonb)::text",
            "storing the relations of \(article.path)")
        let stored: StoringResult.Relations = try decodeJSON(relationRows.first, doing: "storing the relations of \(article.path)")
        outcome.relationsAdded = stored.added
        outcome.evidenceAdded = stored.evidence
        outcome.relationsDropped = stored.dropped
        return outcome
    }

    private func json<T: Encodable>(_ value: T) throws(PostgresStoreError) -> String {
        do {
            return String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        } catch {
            throw .failed(location, doing: "encoding a contribution", reason: "\(error)")
        }
    }

    private func decodeJSON<T: Decodable>(_ row: PostgresRow?, doing: String) throws(PostgresStoreError) -> T {
        let text = try decode(row, as: String.self)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw .failed(location, doing: doing, reason: "unexpected answer \(text)")
        }
    }

    /// Applies the curations after an article was stored, in its transaction. A curation that fails is a failure
    /// of the store, never of the article's data: the article stays first in line rather than being set aside.
    private func applyAfterStoring(_ curations: [Curation]) throws(PostgresStoreError) {
        let writer = PostgresCurationWriter(store: self)
        for (index, curation) in curations.enumerated() {
            do {
                _ = try writer.apply(curation)
            } catch {
                let reason: String
                switch error {
                case .rejected(_, _, let why), .failed(_, _, let why): reason = why
                default: reason = error.localizedDescription
                }
                throw .failed(location, doing: "applying curation \(index + 1) (\(curation.summary))", reason: reason)
            }
        }
    }
}
