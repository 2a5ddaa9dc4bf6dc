import Foundation
import Testing

/// `mekong query` on the example article: the three formats, --explain, and errors with a caret.
@Suite("mekong query")
struct QueryCLITests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
        #expect(try cli.run(["ingest", "--store", store, try Fixture.articlePath]).status == 0)
    }

    /// The two-hop shape, on what the example article states.
    static let twoHops = """
        MATCH (p:person)-[r:holds_position]->(o)-[:located_in]->(:place {name: "An Giang"})
        RETURN p.name, r.title AS title, o.name
        """

    @Test("table, json and csv give the same answer, each in its own shape")
    func formats() throws {
        defer { scratch.remove() }
        let table = try cli.run(["query", "--store", store, Self.twoHops])
        #expect(table.status == 0, "\(table.error)")
        #expect(table.output == """
            p.name       title                   o.name
            -----------  ----------------------  ----------------
            Lê Văn Nưng  Phó Bí thư Thường trực  Tỉnh ủy An Giang

            """)
        let json = try cli.run(["query", "--store", store, "--format", "json", Self.twoHops])
        #expect(json.output == """
            [
              {"p.name": "Lê Văn Nưng", "title": "Phó Bí thư Thường trực", "o.name": "Tỉnh ủy An Giang"}
            ]

            """)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: String]]
        #expect(decoded == [["p.name": "Lê Văn Nưng", "title": "Phó Bí thư Thường trực", "o.name": "Tỉnh ủy An Giang"]])
        let csv = try cli.run(["query", "--store", store, "--format", "csv", Self.twoHops])
        #expect(csv.output == "p.name,title,o.name\r\nLê Văn Nưng,Phó Bí thư Thường trực,Tỉnh ủy An Giang\r\n")
        // A field with a comma or a quote is quoted, the quote doubled; a count is a number in JSON.
        let quoted = try cli.run(["query", "--store", store, "--format", "csv",
                                  "MATCH (p:person {name: 'Lê Văn Nưng'}) RETURN 'a, \"b\"' AS text, count(*) AS n"])
        #expect(quoted.output == "text,n\r\n\"a, \"\"b\"\"\",1\r\n")
        let counted = try cli.run(["query", "--store", store, "--format", "json", "MATCH (p:person) RETURN count(*) AS people"])
        #expect(counted.output.contains("{\"people\": 2}"), "\(counted.output)")
    }

    @Test("fold() matches without case or diacritics, đ included; = matches exactly")
    func folding() throws {
        defer { scratch.remove() }
        let body = try cli.run(["query", "--store", store, "--format", "csv",
                                "MATCH (p:person)-[:holds_position]->(o) WHERE fold(o.name) = fold('Tinh Uy AN GIANG') RETURN p.name"])
        #expect(body.output == "p.name\r\nLê Văn Nưng\r\n")
        let document = try cli.run(["query", "--store", store, "--format", "csv",
                                    "MATCH (d:document) WHERE fold(d.name) = '04-da/tu' RETURN d.name"])
        #expect(document.output == "d.name\r\n04-ĐA/TU\r\n")
        let exact = try cli.run(["query", "--store", store, "--format", "csv",
                                 "MATCH (p:person)-[:holds_position]->(o) WHERE o.name = 'Tinh uy An Giang' RETURN p.name"])
        #expect(exact.output == "p.name\r\n")
    }

    @Test("a bad query exits 64 with line, column and the query's line with a caret")
    func errors() throws {
        defer { scratch.remove() }
        let label = try cli.run(["query", "--store", store, "MATCH (p:persn)-->(o)\nRETURN p.name"])
        #expect(label.status == 64)
        #expect(label.output.isEmpty)
        #expect(label.error.hasPrefix("Error: line 1, column 10: Unknown label 'persn'. Labels: organization, person,"))
        #expect(label.error.hasSuffix("\nMATCH (p:persn)-->(o)\n         ^\n"), "\(label.error)")
        let syntax = try cli.run(["query", "--store", store, "MATCH (p:person)\nWHERE p.name STARTS 'Lê'\nRETURN p.name"])
        #expect(syntax.status == 64)
        #expect(syntax.error == "Error: line 2, column 21: Expected WITH, found the string \"Lê\".\nWHERE p.name STARTS 'Lê'\n                    ^\n")
        let missing = try cli.run(["query", "--store", scratch.path("none.sqlite"), "MATCH (p) RETURN p"])
        #expect(missing.status == 1 && missing.error.contains("No store at"))
    }

    @Test("--explain prints the SQL with numbered parameters and the plan's indexes")
    func explain() throws {
        defer { scratch.remove() }
        let run = try cli.run(["query", "--store", store, "--explain", Self.twoHops])
        #expect(run.status == 0)
        #expect(run.output.contains("?1 = holds_position"))
        #expect(run.output.contains("USING INDEX relations_by_object"))
        #expect(!run.output.contains("'An Giang'"))
    }
}
