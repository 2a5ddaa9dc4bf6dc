import MekongCore
import MekongStore
import Testing

/// Where SQLite starts a pattern query's join. With no statistics on the store it would start a pattern that
/// names an entity from every relation of the predicate (`relations_by_predicate`): on a million relations the
/// colleagues of one official took 6 s instead of 0.1 s. A named node must be the start; a pattern that names
/// nothing may still start from the predicate's relations.
@Suite("Pattern query plans")
struct PatternQueryPlanTests {
    typealias F = ContributionFixtures

    /// Two officials of one committee, and a decision the committee issued.
    static func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let committee = F.entity(.organization, "Tỉnh ủy An Giang", article: "a1", at: 40)
        let first = F.entity(.person, "Nguyễn Văn A", article: "a1", at: 0)
        let second = F.entity(.person, "Trần Thị B", article: "a1", at: 20)
        let decision = F.entity(.document, "Quyết định số 1/QĐ-TU", article: "a1", at: 70)
        let relations = [
            F.relation(first, .holdsPosition, committee, article: "a1", attributes: ["title": "Bí thư"]),
            F.relation(second, .holdsPosition, committee, article: "a1", attributes: ["title": "Phó Bí thư"]),
            F.relation(committee, .issued, decision, article: "a1"),
        ]
        try store.ingest(ArticleContribution(
            article: F.article("a1"), entities: [committee, first, second, decision], relations: relations))
        return store
    }

    static func plan(_ query: String, in store: GraphStore) throws -> [String] {
        try store.queryPlan(try PatternQuery.parse(query))
    }

    @Test("a named person or body is where the join starts, not every relation of the predicate", arguments: [
        ("MATCH (p:person {name: 'Nguyễn Văn A'})-[:holds_position]->(o)<-[r:holds_position]-(q) RETURN q.name, r.title",
         ["Trần Thị B", "Phó Bí thư"]),
        ("MATCH (p:person)-[:holds_position]->(o {name: 'Tỉnh ủy An Giang'}) RETURN o.name, count(*)",
         ["Tỉnh ủy An Giang", "2"]),
    ])
    func namedNodeStarts(query: String, answer: [String]) throws {
        let store = try Self.store()
        let plan = try Self.plan(query, in: store)
        #expect(!plan.contains { $0.contains("relations_by_predicate") }, "\(plan)")
        #expect(plan.contains { $0.contains("name_folds") }, "\(plan)")
        // The answer is the pattern's, whatever the plan.
        let rows = try store.query(try PatternQuery.parse(query)).rows
        #expect(rows.map { $0.map(\.description) } == [answer], "\(rows)")
    }

    @Test("a pattern that names nothing still reads only the predicate's relations")
    func unnamedPatternUsesThePredicate() throws {
        let store = try Self.store()
        let plan = try Self.plan("MATCH (a)-[r:issued]->(d) RETURN a.name, d.name", in: store)
        #expect(plan.first?.contains("relations_by_predicate") == true, "\(plan)")
    }
}
