import MekongCore

/// A contribution as the queue keeps it between extraction and storing (JSON in `ingest_queue.contribution`).
struct StagedContribution: Codable {
    var article: Article
    var entities: [Entity]
    var relations: [Relation]
}
