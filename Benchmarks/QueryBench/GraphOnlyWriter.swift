import Foundation
import GRDB
import MekongCore
import MekongStore

/// Writes the rows of synthetic articles straight into a new store's tables, for stores of a million relations
/// and more (ingesting 250,000 synthetic articles through ``MekongStore/GraphStore/ingest(contentsOf:)`` takes
/// hours on a small machine, most of it in entity resolution, which synthetic names do not need).
///
/// The store is created by ``MekongStore/GraphStore`` (so its schema is the real one), then filled with every
/// row an ingest of the same articles writes: `articles` (with their text), `entities`, their names
/// (`name_forms`, `name_sightings`), their mentions (`mention_sets`), the name index (`name_folds`, with its FTS
/// triggers), `relations` and their evidence (`evidence_rows`, whose sentence is read from the article's text at
/// its offsets, as the store keeps it). Every synthetic name belongs to one entity, so entities and relations
/// are merged by their stable ids, as resolution merges them by name; `mekong export` of a small store written
/// this way and of one ingested gives the same bytes.
struct GraphOnlyWriter {
    let path: String

    /// Writes the graph of articles `0..<count`, `batch` articles per transaction.
    func write(_ corpus: SyntheticCorpus, articles count: Int, batch: Int, progress: (Int) -> Void) throws {
        do { _ = try GraphStore(path: path) }
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // A benchmark store that can be written again: no syncs, and a cache that holds the indexes (ids are
            // random, so every insert lands on another page).
            try db.execute(sql: "PRAGMA synchronous = OFF; PRAGMA cache_size = -2000000")
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let ingestedAt = Date(timeIntervalSince1970: 1_751_328_000)
        var next = 0
        while next < count {
            let end = min(next + batch, count)
            try queue.write { db in
                let article = try db.makeStatement(sql: """
                    INSERT INTO articles (id, title, path, url, source, author, published, sha256, text, ingested_at,
                        published_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let entity = try db.makeStatement(sql: "INSERT OR IGNORE INTO entities (id, type, name, key, attributes) VALUES (?, ?, ?, ?, '{}')")
                // Names as forms and sightings (migration v9): the entity's one name, stored with the entity.
                let form = try db.makeStatement(sql: "INSERT INTO name_forms (entity_id, name, key) VALUES (?, ?, ?)")
                let formID = try db.makeStatement(sql: "SELECT fid FROM name_forms WHERE entity_id = ? AND name = ?")
                let sighting = try db.makeStatement(sql: """
                    INSERT OR IGNORE INTO name_sightings (article, form, is_canonical)
                    VALUES ((SELECT rid FROM article_keys WHERE id = ?), ?, 1)
                    """)
                // Mentions and evidence by integer keys (migration v10).
                let mentions = try db.makeStatement(sql: """
                    INSERT INTO mention_sets (entity, article, spans, texts)
                    VALUES ((SELECT rid FROM entity_keys WHERE id = ?), (SELECT rid FROM article_keys WHERE id = ?), ?, ?)
                    """)
                let fold = try db.makeStatement(sql: "INSERT OR IGNORE INTO name_folds (entity_id, name, folded, length) VALUES (?, ?, ?, ?)")
                let relation = try db.makeStatement(sql: "INSERT OR IGNORE INTO relations (id, subject, predicate, object, attributes) VALUES (?, ?, ?, ?, ?)")
                let source = try db.makeStatement(sql: "INSERT OR IGNORE INTO evidence_sources (extractor, rule) VALUES (?, ?)")
                let evidence = try db.makeStatement(sql: """
                    INSERT OR IGNORE INTO evidence_rows (relation, article, start, "end", text, source, confidence)
                    VALUES ((SELECT rid FROM relation_keys WHERE id = ?1), (SELECT rid FROM article_keys WHERE id = ?2), ?3, ?4,
                        NULL, (SELECT sid FROM evidence_sources WHERE extractor = ?5 AND ifnull(rule, '') = ifnull(?6, '')), ?7)
                    """)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                for k in next..<end {
                    let contribution = corpus.article(k)
                    let stored = contribution.article
                    try article.execute(arguments: [
                        stored.id, stored.title, stored.path, stored.url, stored.source, stored.author, stored.published,
                        stored.sha256, stored.text, ingestedAt, stored.publishedFrom?.rawValue,
                    ])
                    for item in contribution.entities {
                        let key = NameNormalizer.key(item.name)
                        try entity.execute(arguments: [item.id, item.type.rawValue, item.name, key])
                        if db.changesCount > 0 {
                            let folded = NameNormalizer.fold(item.name)
                            try fold.execute(arguments: [item.id, item.name, folded, folded.unicodeScalars.count])
                            try form.execute(arguments: [item.id, item.name, key])
                        }
                        let fid = try Int64.fetchOne(formID, arguments: [item.id, item.name])
                        try sighting.execute(arguments: [stored.id, fid])
                        // Every mention of a synthetic entity is its name: one text stands for every span.
                        let spans = item.mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
                            .map { "[\($0.start),\($0.end)]" }.joined(separator: ",")
                        let texts = String(decoding: try encoder.encode([item.name]), as: UTF8.self)
                        try mentions.execute(arguments: [item.id, stored.id, "[" + spans + "]", texts])
                    }
                    for item in contribution.relations {
                        // As the store writes them: a symmetric relation once, its ends in id order.
                        var ends = (item.subject, item.object)
                        if item.predicate.isSymmetric && ends.1 < ends.0 { ends = (ends.1, ends.0) }
                        let id = StableID.relation(subject: ends.0, predicate: item.predicate, object: ends.1, attributes: item.attributes)
                        let attributes = item.attributes.isEmpty ? "{}" : String(decoding: try encoder.encode(item.attributes), as: UTF8.self)
                        try relation.execute(arguments: [id, ends.0, item.predicate.rawValue, ends.1, attributes])
                        // The sentence is the article's text at its offsets (TextBuilder builds it so): not stored again.
                        for piece in item.evidence {
                            try source.execute(arguments: [piece.extractor, piece.rule])
                            try evidence.execute(arguments: [
                                id, stored.id, piece.start, piece.end, piece.extractor, piece.rule, piece.confidence,
                            ])
                        }
                    }
                }
            }
            next = end
            progress(next)
        }
        try queue.close()
    }
}
