import MekongStore
import Testing

/// The three ways `mekong query` writes an answer, on values that need care.
@Suite("Query output formats")
struct QueryOutputFormatTests {
    let result = QueryResult(
        columns: ["name", "n"],
        rows: [[.text("Hà Nội"), .integer(12)], [.text("line\nbreak, \"quoted\"\t\u{1B}"), .null]])

    @Test("table: aligned by characters, a line break inside a value becomes a space, no value is null")
    func table() {
        #expect(QueryOutputFormat.table.render(result) == """
            name                    n
            ----------------------  ----
            Hà Nội                  12
            line break, "quoted"\t\u{1B}  null

            """)
    }

    @Test("json: objects keyed in column order, escapes, numbers and null")
    func json() {
        #expect(QueryOutputFormat.json.render(result) == """
            [
              {"name": "Hà Nội", "n": 12},
              {"name": "line\\nbreak, \\"quoted\\"\\t\\u001B", "n": null}
            ]

            """)
        #expect(QueryOutputFormat.json.render(QueryResult(columns: ["a"], rows: [])) == "[]\n")
    }

    @Test("csv: RFC 4180 quoting and CRLF, no value is an empty field")
    func csv() {
        #expect(QueryOutputFormat.csv.render(result) == "name,n\r\nHà Nội,12\r\n\"line\nbreak, \"\"quoted\"\"\t\u{1B}\",\r\n")
    }
}
