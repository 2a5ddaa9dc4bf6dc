import GRDB
import MekongCore

/// Reads mentions with their texts, in the order the `mentions` table gave them (entity, article, start, end):
/// from the packed rows of `entity_mentions` (migration `v6-mention-spans`), decoded here rather than by the
/// `mentions` view's JSON functions, or from the `mentions` table of a store written before it.
struct MentionReading {
    private let cursor: RowCursor
    private let packed: Bool
    /// The decoded mentions of the current packed row not handed out yet, last first.
    private var buffered: [(entity: String, mention: Mention)] = []

    /// Every mention of the store, or those of one entity.
    init(_ db: Database, entity: String? = nil) throws {
        packed = try MentionSpansMigration.isApplied(db)
        let condition = entity == nil ? "" : "WHERE entity_id = ?"
        let sql = packed
            ? "SELECT entity_id, article_id, spans, texts FROM entity_mentions \(condition) ORDER BY entity_id, article_id"
            : """
                SELECT entity_id, article_id, start, "end", text FROM mentions \(condition)
                ORDER BY entity_id, article_id, start, "end"
                """
        cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: entity.map { [$0] } ?? [])
    }

    /// The next mention and the id of its entity, or nil after the last.
    mutating func next() throws -> (entity: String, mention: Mention)? {
        if let next = buffered.popLast() { return next }
        guard let row = try cursor.next() else { return nil }
        let entity: String = row[0]
        let article: String = row[1]
        guard packed else { return (entity, Mention(article: article, start: row[2], end: row[3], text: row[4])) }
        buffered = try MentionSpans.decode(spans: row[2], texts: row[3]).reversed().map {
            (entity, Mention(article: article, start: $0.start, end: $0.end, text: $0.text))
        }
        return buffered.popLast()
    }
}
