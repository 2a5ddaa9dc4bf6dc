import Foundation
import MekongCore
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The formats of `mekong export` other than JSON, on a graph whose strings hold everything that must be
/// escaped: quotes, markup, separators, line breaks, control characters and Vietnamese letters.
@Suite("The GraphML, GEXF, Neo4j CSV and RDF exports")
struct ExportWriterTests {
    static let name = "Công ty \"Sông & Biển\" <TNHH>, chi nhánh; Cần Thơ"
    static let sentence = "Ông A,\r\n\"Giám đốc\"\t\\ <kế toán>\u{1}."

    static let export: GraphExport = {
        let company = Entity(
            id: "org:sông biển", type: .organization, name: name, aliases: ["Sông\nBiển", "S&B\u{1B}"],
            attributes: ["note": "x,y"], mentions: [Mention(article: "a1", start: 0, end: 4, text: "Sông")])
        let person = Entity(id: "person:a", type: .person, name: "Nguyễn Văn A", mentions: [])
        let holds = Relation(
            id: "r:1", subject: person.id, predicate: .holdsPosition, object: company.id,
            attributes: ["title": "Giám đốc \"điều hành\""],
            evidence: [
                Evidence(article: "a1", start: 0, end: 20, text: sentence, extractor: "vi.officials", confidence: 0.85),
                Evidence(article: "a1", start: 30, end: 40, text: "Câu hai.", extractor: "pack", rule: "r-1", confidence: 1),
            ])
        let article = Article(
            id: "a1", title: "Tin <nóng>", path: "a.txt", url: "https://example.vn/a?b=1&c=2", source: "TTXVN",
            sha256: "00", text: "")
        return GraphExport(graph: KnowledgeGraph(articles: [article], entities: [person, company], relations: [holds]))
    }()

    private func written(_ make: (@escaping (Data) throws -> Void) -> some GraphStreamWriter) throws -> String {
        var data = Data()
        var writer = make { data.append($0) }
        try writer.write(Self.export)
        return String(decoding: data, as: UTF8.self)
    }

    /// The document's elements and attributes as an XML parser reads them, or a parse error.
    private func parsedXML(_ text: String) throws -> [(element: String, attributes: [String: String], text: String)] {
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [(element: String, attributes: [String: String], text: String)] = []
            var open = false
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                elements.append((name, attributes, ""))
                open = true
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                open = false
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if open { elements[elements.count - 1].text += string }
            }
        }
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "")")
        return collector.elements
    }

    @Test("GraphML is well-formed and gives back every string, without the control characters XML cannot carry")
    func graphML() throws {
        let xml = try parsedXML(written { GraphMLWriter(write: $0) })
        let nodes = xml.filter { $0.element == "node" }.map { $0.attributes["id"] }
        #expect(nodes == ["org:sông biển", "person:a"])
        let data = xml.filter { $0.element == "data" }
        #expect(data.contains { $0.attributes["key"] == "n_name" && $0.text == Self.name })
        #expect(data.contains { $0.attributes["key"] == "n_aliases" && $0.text == #"["Sông\nBiển","S&B\u001b"]"# })
        #expect(data.contains { $0.attributes["key"] == "e_evidence" && $0.text == "Ông A,\r\n\"Giám đốc\"\t\\ <kế toán>." })
        #expect(data.contains { $0.attributes["key"] == "e_title" && $0.text == "Giám đốc \"điều hành\"" })
        #expect(data.contains { $0.attributes["key"] == "e_evidence_count" && $0.text == "2" })
        let edge = try #require(xml.first { $0.element == "edge" })
        #expect(edge.attributes == ["id": "r:1", "source": "person:a", "target": "org:sông biển"])
    }

    @Test("GEXF is well-formed; labels are names and predicates; attribute values keep line breaks")
    func gexf() throws {
        let xml = try parsedXML(written { GEXFWriter(write: $0) })
        #expect(xml.contains { $0.element == "node" && $0.attributes["label"] == Self.name })
        #expect(xml.contains { $0.element == "edge" && $0.attributes["label"] == "holds_position" })
        #expect(xml.contains {
            $0.element == "attvalue" && $0.attributes["for"] == "evidence"
                && $0.attributes["value"] == "Ông A,\r\n\"Giám đốc\"\t\\ <kế toán>."
        })
        #expect(xml.filter { $0.element == "attribute" }.count == 14)
    }

    @Test("Neo4j CSV: headers for neo4j-admin import, every string quoted with quotes doubled, null left empty")
    func neo4jCSV() throws {
        var nodes = Data()
        var relationships = Data()
        var writer = Neo4jCSVWriter(nodes: { nodes.append($0) }, relationships: { relationships.append($0) })
        try writer.write(Self.export)
        let nodeLines = String(decoding: nodes, as: UTF8.self)
        #expect(nodeLines.hasPrefix("id:ID,:LABEL,type,name,aliases,attributes,mentions:long\n"))
        #expect(nodeLines.contains(#""org:sông biển","Entity;organization","organization","Công ty ""Sông & Biển"" <TNHH>, chi nhánh; Cần Thơ","#))
        let relationshipLines = String(decoding: relationships, as: UTF8.self)
        #expect(relationshipLines.hasPrefix(":START_ID,:END_ID,:TYPE,id,predicate,title,"))
        #expect(relationshipLines.contains(
            "\"person:a\",\"org:sông biển\",\"holds_position\",\"r:1\",\"holds_position\",\"Giám đốc \"\"điều hành\"\"\","))
        #expect(relationshipLines.contains("\"Ông A,\r\n\"\"Giám đốc\"\"\t\\ <kế toán>\u{1}.\",\"a1\",\"vi.officials\",1.0,2,"))
        // What each report says of the post's time, in the order of the evidence.
        #expect(relationshipLines.hasSuffix(#",1.0,2,"[{},{}]""# + "\n"), "\(relationshipLines)")
    }

    @Test("N-Triples: one triple a line, strings escaped (quotes, backslash, line breaks, control characters), IRIs percent-encoded")
    func nTriples() throws {
        let text = try written { RDFWriter(syntax: .nTriples, write: $0) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.hasPrefix("<") && $0.hasSuffix(" .") })
        #expect(text.contains(#"<urn:mekong:entity:org:s%C3%B4ng%20bi%E1%BB%83n> <https://schema.org/name> "Công ty \"Sông & Biển\" <TNHH>, chi nhánh; Cần Thơ" ."#))
        #expect(text.contains(#"<http://www.w3.org/ns/prov#value> "Ông A,\r\n\"Giám đốc\"\t\\ <kế toán>\u0001." ."#))
        #expect(text.contains(#"<urn:mekong:entity:person:a> <urn:mekong:vocab#holds_position> <urn:mekong:entity:org:s%C3%B4ng%20bi%E1%BB%83n> ."#))
        #expect(text.contains(#"<urn:mekong:vocab#confidence> "0.85"^^<http://www.w3.org/2001/XMLSchema#double> ."#))
        #expect(text.contains(#"<https://schema.org/url> "https://example.vn/a?b=1&c=2"^^<http://www.w3.org/2001/XMLSchema#anyURI> ."#))
    }

    @Test("Turtle: the same statements as N-Triples, grouped by subject under prefixes")
    func turtle() throws {
        let text = try written { RDFWriter(syntax: .turtle, write: $0) }
        #expect(text.hasPrefix("@prefix mekong: <urn:mekong:vocab#> .\n"))
        #expect(text.contains("<urn:mekong:entity:person:a> a mekong:Entity ;\n    a schema:Person ;\n"))
        #expect(text.contains(#"<urn:mekong:evidence:r:1:2> a mekong:Evidence ;"#))
        #expect(text.contains(#"    mekong:rule "r-1" ;"#))
        #expect(text.contains(#"prov:value "Ông A,\r\n\"Giám đốc\"\t\\ <kế toán>\u0001." ;"#))
        // One statement per subject line of N-Triples: every predicate-object pair is written once.
        let nTriples = try written { RDFWriter(syntax: .nTriples, write: $0) }
        let pairs = text.components(separatedBy: " ;\n").count + text.components(separatedBy: " .\n").count - 7
        #expect(pairs == nTriples.split(separator: "\n").count)
    }
}
