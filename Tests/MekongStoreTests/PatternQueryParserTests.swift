import MekongCore
import MekongStore
import Testing

/// Reading and checking pattern queries: what a good query's columns are, and where a bad one goes wrong.
@Suite("Pattern query parser")
struct PatternQueryParserTests {
    @Test("Columns are named by alias, else by the expression as written", arguments: [
        ("MATCH (p:person)-[r:holds_position {title: \"Bí thư\"}]->(o)-[:located_in]->(:place {name: \"Yên Bái\"}) RETURN p.name, r.title, o.name",
         ["p.name", "r.title", "o.name"]),
        ("match (a)-[:part_of|located_in*1..3]-(b) where a.name starts with 'Ban' return distinct a.name as body, b.name order by body desc limit 5",
         ["body", "b.name"]),
        ("MATCH (p:person)-->(o) RETURN o.name, count(*) AS people, count(DISTINCT p)", ["o.name", "people", "count(DISTINCT p)"]),
        ("MATCH (o) WHERE fold(o.name) = fold('yen bai') OR 'TTXVN' IN o.aliases RETURN o", ["o"]),
        ("MATCH (a)<-[r]-(b), (b)-[:`acme.supplies`]->(c:acme.product) WHERE r.since >= '2020' AND NOT b.name IS NULL RETURN type(r)",
         ["type(r)"]),
        ("MATCH (d:document)\n// every document\nRETURN d.name SKIP 2 LIMIT 3;", ["d.name"]),
    ])
    func columns(text: String, columns: [String]) throws {
        #expect(try PatternQuery.parse(text).columns == columns)
    }

    @Test("A bad query is an error at its line and column", arguments: [
        ("MATCH (p:persn) RETURN p", 1, 10, "Unknown label 'persn'. Labels: organization, person, place, document"),
        ("MATCH (p)-[:holds]->(o) RETURN p", 1, 13, "Unknown relation type 'holds'. Types: holds_position"),
        ("MATCH (p:person)\nRETURN q.name", 2, 8, "Unknown variable 'q'. Variables: p."),
        ("MATCH (p RETURN p", 1, 10, "Expected ')' to close the node, found 'RETURN'."),
        ("MATCH (p {name: 'Yên Bái}) RETURN p", 1, 17, "This string is not closed"),
        ("MATCH (a)-[*]->(b) RETURN a", 1, 12, "Give the longest chain to follow"),
        ("MATCH (a)-[*2..9]->(b) RETURN a", 1, 12, "At most 5 relations in a chain"),
        ("MATCH (a)<-[r]->(b) RETURN a", 1, 10, "A relation points one way"),
        ("MATCH (a)\n  WHERE count(*) > 1 RETURN a", 2, 9, "use it in RETURN, not in WHERE"),
        ("MATCH (a) RETURN a.name, a.name", 1, 26, "Two columns are named 'a.name'"),
        ("MATCH (a) RETURN lower(a.name)", 1, 18, "Unknown function 'lower'. Functions: count, fold, type."),
        ("MATCH (a)-[r*1..2]->(b) RETURN r", 1, 32, "'r' stands for a chain of relations"),
        ("MATCH (a) RETURN a LIMIT x", 1, 26, "Expected a whole number after LIMIT, found 'x'."),
        ("MATCH (a) RETURN a.name + 1", 1, 25, "Unexpected character '+'."),
        ("MATCH (a) RETURN a €", 1, 20, "Unexpected character '€'."),
        ("MATCH (a:person:place) RETURN a", 1, 16, "A node has one label"),
        ("MATCH (a {name: a.name}) RETURN a", 1, 17, "A property map holds values"),
        ("MATCH (a)-[a]->(b) RETURN a", 1, 10, "'a' names a node already"),
        ("MATCH (a) RETURN 1 + count(*)", 1, 20, "Unexpected character '+'"),
        ("MATCH (a) RETURN a.name, 1 = count(*)", 1, 30, "count() must be a RETURN item of its own"),
        ("MATCH (a) RETURN type(a)", 1, 18, "type() takes a relation variable"),
        ("MATCH (a) RETURN a.aliases", 1, 18, "a.aliases is a list"),
        ("MATCH (a) WHERE a.name IN 'Yên Bái' RETURN a", 1, 27, "IN takes a list"),
    ])
    func errors(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(throws: PatternQueryError.self) { try PatternQuery.parse(text) }
        #expect(error.line == line && error.column == column, "\(error.localizedDescription)")
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test("The excerpt puts a caret under the column, on the query's line")
    func excerpt() throws {
        let text = "MATCH (p:person)\n\tRETURN q.name"
        let error = try #require(throws: PatternQueryError.self) { try PatternQuery.parse(text) }
        #expect(error.excerpt(of: text) == "\tRETURN q.name\n\t       ^")
        #expect(error.localizedDescription == "line 2, column 9: Unknown variable 'q'. Variables: p.")
    }

    @Test("A namespaced label or relation type passes; a vocabulary of one's own decides the rest")
    func vocabulary() throws {
        _ = try PatternQuery.parse("MATCH (a:acme.product)-[:acme.supplies]->(b) RETURN a")
        let own = QueryVocabulary(entityTypes: [EntityType("ship")], predicates: [Predicate("docks_at")])
        _ = try PatternQuery.parse("MATCH (a:ship)-[:docks_at]->(b) RETURN a", vocabulary: own)
        let error = try #require(throws: PatternQueryError.self) { try PatternQuery.parse("MATCH (a:person) RETURN a", vocabulary: own) }
        #expect(error.message == "Unknown label 'person'. Labels: ship; a plugin's types are namespaced (acme.product).")
    }
}
