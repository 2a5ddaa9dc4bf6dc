import Foundation
import GRDB
import MekongCore
@testable import MekongStore
import Testing

/// Every query the CLI answers from the store's indexes gives exactly what the same query gives on the whole
/// graph loaded in memory (the way Mekong answered them before), on random stores full of colliding names
/// and tied shortest paths.
@Suite("Queries from the indexes equal queries on the loaded graph")
struct QueryEquivalenceTests {
    static let seeds: [UInt64] = [1, 2, 3]

    @Test("entity search, by type and by any part of any name", arguments: seeds)
    func search(seed: UInt64) throws {
        let store = try RandomGraphs.store(seed: seed)
        let graph = try store.loadGraph()
        var needles: Set<String> = ["", " ", "a", "an", "AN", "ha", "Hà", "tinh uy", "ủy ban", "van an", "nguyen van", "x", "\"q"]
        for entity in graph.entities {
            let folded = NameNormalizer.fold(entity.allNames.last!)
            needles.insert(entity.name)
            needles.insert(String(folded.prefix(3)))
            needles.insert(String(folded.suffix(4)))
        }
        for needle in needles.sorted() {
            for type in [nil, EntityType.person] {
                #expect(try store.entities(type: type, search: needle) == graph.entities(type: type, search: needle),
                        "search \(needle) type \(String(describing: type))")
            }
        }
        #expect(try store.entities() == graph.entities())
        #expect(try store.entities(type: .person) == graph.entities(type: .person))
    }

    @Test("resolving names, ids, typos and ambiguous names; the suggestions offered", arguments: seeds)
    func resolve(seed: UInt64) throws {
        let store = try RandomGraphs.store(seed: seed)
        let graph = try store.loadGraph()
        var queries: Set<String> = ["", "   ", "zzz", "Nguyen Van", "Hoang Phuc Lamm", "an", "Tinh uy An Giangg", "ông"]
        for entity in graph.entities {
            queries.insert(entity.id)
            queries.insert(entity.name)
            queries.insert(NameNormalizer.fold(entity.allNames.last!))
            queries.insert(String(entity.name.dropLast()) + "x")
            queries.insert(String(entity.name.dropFirst(2)))
        }
        var unknown = 0, ambiguous = 0
        for query in queries.sorted() {
            let expected = Result { () throws(GraphQueryError) -> Entity in try graph.resolve(query) }
            let actual = Result { try store.resolve(query) }
            switch (expected, actual) {
            case (.success(let lhs), .success(let rhs)):
                #expect(lhs == rhs, "resolve \(query)")
            case (.failure(let lhs), .failure(let rhs)):
                #expect(lhs == rhs as? GraphQueryError, "resolve \(query)")
                if case .unknownEntity = lhs { unknown += 1 } else { ambiguous += 1 }
            default:
                Issue.record("resolve \(query): \(expected) from the graph, \(actual) from the store")
            }
        }
        // The random names must exercise both failures, or the comparison proves little.
        #expect(unknown > 0 && ambiguous > 0)
        // Suggestions are compared inside the unknown-entity errors above; these are all near misses.
        for query in ["Nguyen Van Bnh", "Tran Thi Thang", "ủy ban", "Do Minh", "Ha", "Tinh uy An Giangg", "Sở Tài chính Cần"] {
            #expect(try store.suggestions(for: query) == graph.suggestions(for: query), "suggestions for \(query)")
        }
    }

    @Test("show's relations and neighbours at every depth, with and without a predicate", arguments: seeds)
    func neighbourhoods(seed: UInt64) throws {
        let store = try RandomGraphs.store(seed: seed)
        let graph = try store.loadGraph()
        for entity in graph.entities {
            #expect(try store.relations(of: entity.id) == graph.relations(of: entity.id))
            for depth in 1...2 {
                for predicates in [nil, [MekongCore.Predicate.holdsPosition], [.metWith, .partOf]] as [Set<MekongCore.Predicate>?] {
                    let expected = graph.neighborhood(of: entity.id, depth: depth, predicates: predicates)
                    let actual = try store.neighborhood(of: entity.id, depth: depth, predicates: predicates)
                    #expect(GraphExport(graph: actual) == GraphExport(graph: expected))
                    #expect(actual.entities == expected.entities && actual.relations == expected.relations)
                    #expect(try store.neighborhoodRelations(of: entity.id, depth: depth, predicates: predicates) == expected.relations)
                }
            }
        }
    }

    @Test("the very same shortest path, among the many of equal length", arguments: seeds)
    func paths(seed: UInt64) throws {
        let store = try RandomGraphs.store(seed: seed)
        let graph = try store.loadGraph()
        let ids = graph.entities.map(\.id)
        var random = SplitMix64(state: seed)
        var longest = 0
        for _ in 0..<250 {
            let start = ids.randomElement(using: &random)!, goal = ids.randomElement(using: &random)!
            let expected = graph.shortestPath(from: start, to: goal)
            #expect(try store.shortestPath(from: start, to: goal) == expected, "path \(start) → \(goal)")
            longest = max(longest, expected?.count ?? 0)
        }
        #expect(try store.shortestPath(from: ids[0], to: "person:nobody") == nil)
        #expect(longest >= 3)
    }

    @Test("one article's share", arguments: seeds)
    func articleShare(seed: UInt64) throws {
        let store = try RandomGraphs.store(seed: seed, articles: 6)
        let graph = try store.loadGraph()
        for article in graph.articles {
            let expected = graph.restricted(toArticle: article.id)
            let actual = try store.contribution(ofArticle: article.id)
            #expect(actual.articles == expected.articles)
            #expect(actual.entities == expected.entities)
            #expect(actual.relations == expected.relations)
            #expect(try store.findArticle(article.path) == article.id)
            #expect(try store.findArticle((article.path as NSString).lastPathComponent) == article.id)
        }
        #expect(try store.findArticle("missing.txt") == nil)
    }

    @Test("the streamed export is byte for byte the encoded export", arguments: [UInt64(0)] + seeds)
    func export(seed: UInt64) throws {
        // Seed 0 is the empty store: every section empty.
        let store = seed == 0 ? try GraphStore.inMemory() : try RandomGraphs.store(seed: seed)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(GraphExport(graph: store.loadGraph()))
        var streamed = Data()
        var chunks = 0
        try store.writeExport { streamed.append($0); chunks += 1 }
        #expect(String(decoding: streamed, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(chunks >= 1)
    }

    @Test("an error of the output stops the export and reaches the caller unchanged")
    func exportSinkFailure() throws {
        struct Full: Error {}
        let store = try RandomGraphs.store(seed: 1)
        #expect(throws: Full.self) { try store.writeExport { _ in throw Full() } }
    }
}
