import Foundation
import MekongKit
import Testing

/// Pattern queries on a store of real extractions (the example articles) give the answer computed by hand
/// from the same graph loaded in memory.
@Suite("Pattern query results")
struct PatternQueryResultTests {
    /// The example articles of the repository, ingested once into an in-memory store.
    static let loaded: Result<(store: GraphStore, graph: KnowledgeGraph), any Error> = Result {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples")
        var paths: [String] = []
        for folder in ["articles", "extra/articles", "extra2/articles"] {
            let directory = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".txt") {
                paths.append(directory.appendingPathComponent(name).path)
            }
        }
        let store = try GraphStore.inMemory()
        _ = try Fixture.ingestor().ingest(paths, into: store)
        return (store, try store.loadGraph())
    }

    private func answer(_ text: String, in store: GraphStore) throws -> [[String]] {
        try store.query(PatternQuery.parse(text)).rows.map { $0.map(\.description) }
    }

    private func same(_ text: String, _ expected: [[String]], ordered: Bool = false) throws {
        let (store, _) = try Self.loaded.get()
        let rows = try answer(text, in: store)
        #expect(!expected.isEmpty, "the example graph gives no answer to \(text): the test proves nothing")
        if ordered {
            #expect(rows == expected, "\(text)")
        } else {
            #expect(rows.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) }, "\(text)")
        }
    }

    private func entity(_ graph: KnowledgeGraph, _ id: String) -> Entity { graph.entity(id: id)! }

    @Test("One hop, with labels, a relation's title, both directions")
    func oneHop() throws {
        let (_, graph) = try Self.loaded.get()
        let holds = graph.relations.filter { $0.predicate == .holdsPosition }
        try same("MATCH (p:person)-[r:holds_position]->(o:organization) RETURN p.name, r.title, o.name",
                 holds.filter { entity(graph, $0.subject).type == .person && entity(graph, $0.object).type == .organization }
                    .map { [entity(graph, $0.subject).name, $0.attributes["title"] ?? "null", entity(graph, $0.object).name] })
        try same("MATCH (o:organization)<-[:holds_position]-(p) RETURN DISTINCT o.name",
                 Set(holds.filter { entity(graph, $0.object).type == .organization }.map { entity(graph, $0.object).name }).map { [$0] })
        let hub = try #require(graph.entities.max { graph.relations(of: $0.id).count < graph.relations(of: $1.id).count })
        try same("MATCH (a {id: '\(hub.id)'})-[r]-(b) RETURN b.name, type(r)",
                 graph.relations(of: hub.id).map { [entity(graph, $0.otherEnd(from: hub.id)!).name, $0.predicate.rawValue] })
    }

    @Test("Two hops, with the issue's shape: a post in a body located in a place")
    func twoHops() throws {
        let (_, graph) = try Self.loaded.get()
        var expected: [[String]] = []
        for first in graph.relations where first.predicate == .holdsPosition && entity(graph, first.subject).type == .person {
            for second in graph.relations where second.predicate == .locatedIn && second.subject == first.object
                && entity(graph, second.object).type == .place
            {
                expected.append([entity(graph, first.subject).name, first.attributes["title"] ?? "null",
                                 entity(graph, first.object).name, entity(graph, second.object).name])
            }
        }
        try same("MATCH (p:person)-[r:holds_position]->(o)-[:located_in]->(pl:place) RETURN p.name, r.title, o.name, pl.name", expected)
        // The same, for one place named without diacritics, and for one title given in a property map.
        let row = try #require(expected.first)
        let folded = NameNormalizer.fold(row[3])
        try same("MATCH (p:person)-[r:holds_position]->(o)-[:located_in]->(pl:place) WHERE fold(pl.name) = '\(folded)' "
                    + "RETURN p.name, r.title, o.name, pl.name",
                 expected.filter { NameNormalizer.fold($0[3]) == folded })
        try same("MATCH (p:person)-[r:holds_position {title: '\(row[1])'}]->(o)-[:located_in]->(:place {name: '\(row[3])'}) "
                    + "RETURN p.name, r.title, o.name",
                 expected.filter { $0[1] == row[1] && $0[3] == row[3] }.map { Array($0.prefix(3)) })
    }

    @Test("A variable-length chain walks each relation at most once, either way round")
    func chains() throws {
        let (_, graph) = try Self.loaded.get()
        let predicates: Set<MekongCore.Predicate> = [.partOf, .locatedIn]
        var pairs: Set<[String]> = []
        // Every trail of 1 to 3 relations, by hand.
        func walk(from start: String, at node: String, used: Set<String>, depth: Int) {
            guard depth < 3 else { return }
            for relation in graph.relations(of: node) where predicates.contains(relation.predicate) && !used.contains(relation.id) {
                let next = relation.otherEnd(from: node)!
                pairs.insert([entity(graph, start).name, entity(graph, next).name])
                walk(from: start, at: next, used: used.union([relation.id]), depth: depth + 1)
            }
        }
        for start in graph.entities where start.type == .organization { walk(from: start.id, at: start.id, used: [], depth: 0) }
        try same("MATCH (a:organization)-[:part_of|located_in*1..3]-(b) RETURN DISTINCT a.name, b.name", pairs.map { $0 })
    }

    @Test("WHERE: CONTAINS, STARTS WITH, IN, NOT, OR, aliases, fold")
    func filters() throws {
        let (_, graph) = try Self.loaded.get()
        let holds = graph.relations.filter { $0.predicate == .holdsPosition }
        try same("""
            MATCH (p)-[r:holds_position]->(o)
            WHERE r.title CONTAINS 'Bí thư' AND NOT o.name STARTS WITH 'Ban' OR r.title IN ['Giám đốc', 'Chủ tịch']
            RETURN p.name, r.title
            """,
            holds.filter {
                let title = $0.attributes["title"] ?? ""
                return title.contains("Bí thư") && !entity(graph, $0.object).name.hasPrefix("Ban") || ["Giám đốc", "Chủ tịch"].contains(title)
            }.map { [entity(graph, $0.subject).name, $0.attributes["title"] ?? "null"] })
        let aliased = try #require(graph.entities.first { !$0.aliases.isEmpty })
        try same("MATCH (o) WHERE '\(aliased.aliases[0])' IN o.aliases RETURN o.name",
                 graph.entities.filter { $0.aliases.contains(aliased.aliases[0]) }.map { [$0.name] })
        let word = "tinh uy"
        try same("MATCH (o:organization) WHERE fold(o.name) CONTAINS '\(word)' RETURN o.name",
                 graph.entities.filter { $0.type == .organization && NameNormalizer.fold($0.name).contains(word) }.map { [$0.name] })
    }

    @Test("count(), grouping, ORDER BY and LIMIT")
    func counting() throws {
        let (_, graph) = try Self.loaded.get()
        var people: [String: Int] = [:]
        for relation in graph.relations where relation.predicate == .holdsPosition {
            people[entity(graph, relation.object).name, default: 0] += 1
        }
        let top = people.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3).map { [$0.key, String($0.value)] }
        try same("MATCH (p:person)-[:holds_position]->(o) RETURN o.name, count(*) AS people ORDER BY people DESC, o.name LIMIT 3",
                 top, ordered: true)
        let persons = graph.entities.filter { $0.type == .person }.map(\.name).sorted()
        try same("MATCH (p:person) RETURN p.name ORDER BY p.name SKIP 1 LIMIT 2", Array(persons.dropFirst().prefix(2)).map { [$0] },
                 ordered: true)
        try same("MATCH (p:person) RETURN count(*), count(DISTINCT p.name)", [[String(persons.count), String(Set(persons).count)]])
    }

    @Test("What cannot be compiled is an error at its place: too many joins, ORDER BY what DISTINCT drops")
    func compileErrors() throws {
        let (store, graph) = try Self.loaded.get()
        let wide = try PatternQuery.parse("MATCH (a)-[*1..5]-(b)-[*1..5]-(c) RETURN a.name")
        let joins = try #require(throws: PatternQueryError.self) { try store.query(wide) }
        #expect((joins.line, joins.column) == (1, 22) && joins.message.contains("more than 256 joins"), "\(joins)")
        let distinct = try PatternQuery.parse("MATCH (a)-->(b) RETURN DISTINCT a.name ORDER BY b.name")
        let order = try #require(throws: PatternQueryError.self) { try store.query(distinct) }
        #expect((order.line, order.column) == (1, 49) && order.message.contains("use one of its columns (a.name)"), "\(order)")
        // Without DISTINCT the same key sorts rows by what is not returned.
        let holds = graph.relations.filter { $0.predicate == .holdsPosition && entity(graph, $0.subject).type == .person }
            .map { (title: $0.attributes["title"] ?? "", name: entity(graph, $0.subject).name) }
        try same("MATCH (a:person)-[r:holds_position]->(b) RETURN a.name ORDER BY r.title, a.name",
                 holds.sorted { ($0.title, $0.name) < ($1.title, $1.name) }.map { [$0.name] }, ordered: true)
    }

    @Test("A store without the name index (written before issue 9, opened read-only) gives the same answers")
    func withoutNameIndex() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.path("old.sqlite")
        do { _ = try Fixture.ingestor().ingest([try Fixture.articlePath], into: try GraphStore(path: path)) }
        let text = """
            MATCH (p:person)-[r:holds_position]->(o)-[:located_in]->(pl:place {name: 'An Giang'})
            WHERE fold(o.name) = fold('Tinh uy An Giang') RETURN p.name, r.title
            """
        let indexed = try GraphStore(readingAt: path).query(PatternQuery.parse(text))
        #expect(indexed.rows == [[.text("Lê Văn Nưng"), .text("Phó Bí thư Thường trực")]])
        try GraphStore.removeNameSearchIndex(at: path)
        let old = try GraphStore(readingAt: path)
        #expect(!(try old.compile(PatternQuery.parse(text)).sql.contains("name_folds")))
        #expect(try old.query(PatternQuery.parse(text)) == indexed)
    }

    @Test("Values never become SQL text; the issue's two-hop query starts from the name index")
    func parameters() throws {
        let (store, _) = try Self.loaded.get()
        let hostile = "x'); DROP TABLE entities; --"
        let query = try PatternQuery.parse("MATCH (o {name: \"\(hostile)\"}) WHERE o.type = 'Bí thư' RETURN o.name")
        let compiled = try store.compile(query)
        #expect(!compiled.sql.contains("DROP") && !compiled.sql.contains("Bí thư"))
        #expect(compiled.arguments.contains(.text(hostile)))
        #expect(try store.query(query).rows.isEmpty)
        let plan = try store.queryPlan(PatternQuery.parse("""
            MATCH (p:person)-[r:holds_position {title: "Bí thư"}]->(o)-[:located_in]->(:place {name: "Yên Bái"})
            RETURN p.name, r.title, o.name
            """)).joined(separator: "\n")
        #expect(plan.contains("name_folds_by_folded"), "\(plan)")
        #expect(plan.contains("relations_by_object"), "\(plan)")
        #expect(!plan.contains("SCAN r") && !plan.contains("SCAN n"), "\(plan)")
    }
}
