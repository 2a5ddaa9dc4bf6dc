import Foundation
import GRDB
import MekongCore
import MekongStore

/// Writes the entities and relations of synthetic articles straight into a new store's tables, for stores of
/// a million relations and more (ingesting 250,000 synthetic articles takes hours on a small machine).
///
/// The store is created by ``MekongStore/GraphStore`` (so its schema is the real one), then filled with what a
/// pattern query reads: `entities`, `relations` and the name index (`name_folds`, with its FTS triggers). No
/// articles, evidence, mentions or `entity_names` rows are written, so `show`, `export` and aliases find
/// nothing there. The graph is the one ingesting the same articles gives: every synthetic name belongs to one
/// entity, so entities and relations are merged by their stable ids, as resolution merges them by name.
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
        var next = 0
        while next < count {
            let end = min(next + batch, count)
            try queue.write { db in
                let entity = try db.makeStatement(sql: "INSERT OR IGNORE INTO entities (id, type, name, key, attributes) VALUES (?, ?, ?, ?, '{}')")
                let fold = try db.makeStatement(sql: "INSERT OR IGNORE INTO name_folds (entity_id, name, folded, length) VALUES (?, ?, ?, ?)")
                let relation = try db.makeStatement(sql: "INSERT OR IGNORE INTO relations (id, subject, predicate, object, attributes) VALUES (?, ?, ?, ?, ?)")
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                for k in next..<end {
                    let contribution = corpus.article(k)
                    for item in contribution.entities {
                        try entity.execute(arguments: [item.id, item.type.rawValue, item.name, NameNormalizer.key(item.name)])
                        if db.changesCount > 0 {
                            let folded = NameNormalizer.fold(item.name)
                            try fold.execute(arguments: [item.id, item.name, folded, folded.unicodeScalars.count])
                        }
                    }
                    for item in contribution.relations {
                        // As the store writes them: a symmetric relation once, its ends in id order.
                        var ends = (item.subject, item.object)
                        if item.predicate.isSymmetric && ends.1 < ends.0 { ends = (ends.1, ends.0) }
                        let id = StableID.relation(subject: ends.0, predicate: item.predicate, object: ends.1, attributes: item.attributes)
                        let attributes = item.attributes.isEmpty ? "{}" : String(decoding: try encoder.encode(item.attributes), as: UTF8.self)
                        try relation.execute(arguments: [id, ends.0, item.predicate.rawValue, ends.1, attributes])
                    }
                }
            }
            next = end
            progress(next)
        }
        try queue.close()
    }
}
