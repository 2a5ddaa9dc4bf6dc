import Foundation
import Testing

@Suite("mekong relations")
struct RelationsCLITests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
        let run = try cli.run(["ingest", "--store", store, try Fixture.articlePath])
        #expect(run.status == 0, "stderr: \(run.error)")
    }

    @Test("by predicate and object: names resolved, the post's title, and each sentence with its article's outlet")
    func byObject() throws {
        defer { scratch.remove() }
        let run = try cli.run(["relations", "--store", store, "--predicate", "holds_position", "--object", "tinh uy an giang"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.contains("Lê Văn Nưng —holds_position (Phó Bí thư Thường trực)→ Tỉnh ủy An Giang\n"), "\(run.output)")
        #expect(run.output.contains("    (no date)   TTXVN  “"), "\(run.output)")
        let relationLines = run.output.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(relationLines.allSatisfy { $0.contains("—holds_position") && $0.hasSuffix("→ Tỉnh ủy An Giang") }, "\(run.output)")
    }

    @Test("--subject keeps the entity's own relations; a date range leaves out what undated articles state")
    func bySubjectAndDate() throws {
        defer { scratch.remove() }
        let run = try cli.run(["relations", "--store", store, "--subject", "Lê Văn Nưng"])
        #expect(run.output.split(separator: "\n").first?.hasPrefix("Lê Văn Nưng —") == true, "\(run.output)")
        let dated = try cli.run(["relations", "--store", store, "--subject", "Lê Văn Nưng", "--since", "2000-01-01"])
        #expect(dated.status == 0)
        #expect(dated.output == "No relations match.\n", "\(dated.output)")
    }

    @Test("--current keeps the posts held now (undated articles: every holder, since none is later); bad --at is a usage error")
    func currentAndAt() throws {
        defer { scratch.remove() }
        let all = try cli.run(["relations", "--store", store, "--predicate", "holds_position", "--object", "Tỉnh ủy An Giang"])
        let now = try cli.run(["relations", "--store", store, "--predicate", "holds_position", "--object", "Tỉnh ủy An Giang", "--current"])
        #expect(now.status == 0, "stderr: \(now.error)")
        #expect(now.output == all.output, "\(now.output)")
        let bad = try cli.run(["relations", "--store", store, "--at", "2021-13-01"])
        #expect(bad.status == 64 && bad.error.contains("YYYY-MM-DD"), "\(bad.error)")
        let both = try cli.run(["relations", "--store", store, "--at", "2021-01-01", "--current"])
        #expect(both.status == 64 && both.error.contains("exclude each other"), "\(both.error)")
        // neighbors takes the same options; an undated report cannot be placed before or after a day, so it stays.
        let early = try cli.run(["neighbors", "--store", store, "Lê Văn Nưng", "--predicate", "holds_position", "--at", "1990-01-01"])
        #expect(early.status == 0, "stderr: \(early.error)")
        #expect(early.output.contains("—holds_position (Phó Bí thư Thường trực)→ Tỉnh ủy An Giang"), "\(early.output)")
        let neighborsNow = try cli.run(["neighbors", "--store", store, "Lê Văn Nưng", "--current"])
        #expect(neighborsNow.output.contains("Lê Văn Nưng —holds_position (Phó Bí thư Thường trực)→ Tỉnh ủy An Giang"),
                "\(neighborsNow.output)")
        // A post reported as left is listed, but not as held now, by relations and by neighbors.
        let left = try scratch.write(Array("Kỷ luật\n\nÔng Đỗ Văn Dũng, nguyên Giám đốc Sở Y tế tỉnh Hà Tĩnh, bị kỷ luật.\n".utf8),
                                     to: "left.txt")
        let leftStore = scratch.path("left.sqlite")
        #expect(try cli.run(["ingest", "--store", leftStore, left]).status == 0)
        let listed = try cli.run(["relations", "--store", leftStore, "--predicate", "holds_position"])
        #expect(listed.output.contains("Đỗ Văn Dũng —holds_position (Giám đốc)→ Sở Y tế tỉnh Hà Tĩnh"), "\(listed.output)")
        let heldNow = try cli.run(["relations", "--store", leftStore, "--predicate", "holds_position", "--current"])
        #expect(heldNow.output == "No relations match.\n", "\(heldNow.output)")
        let neighborsLeft = try cli.run(["neighbors", "--store", leftStore, "Đỗ Văn Dũng", "--current"])
        #expect(!neighborsLeft.output.contains("—holds_position"), "\(neighborsLeft.output)")
    }

    @Test("--limit says how many more there are; a misspelt predicate is a usage error")
    func limitAndErrors() throws {
        defer { scratch.remove() }
        let run = try cli.run(["relations", "--store", store, "--limit", "1"])
        #expect(run.output.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count == 2, "\(run.output)")
        #expect(run.output.contains("more (raise --limit)."))
        let bad = try cli.run(["relations", "--store", store, "--predicate", "hold_position"])
        #expect(bad.status == 64)
        #expect(bad.error.contains("Unknown predicate 'hold_position'"))
    }

    @Test("--json: each relation's ends with id and name, its title, and evidence with article id and sentence")
    func json() throws {
        defer { scratch.remove() }
        let run = try cli.run(["relations", "--store", store, "--json", "--subject", "Lê Văn Nưng"])
        #expect(run.status == 0, "stderr: \(run.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let relations = try #require(object["relations"] as? [[String: Any]])
        let post = try #require(relations.first { $0["predicate"] as? String == "holds_position" })
        #expect((post["subject"] as? [String: Any])?["name"] as? String == "Lê Văn Nưng")
        #expect(((post["subject"] as? [String: Any])?["id"] as? String)?.hasPrefix("person:") == true)
        #expect((post["object"] as? [String: Any])?["name"] as? String == "Tỉnh ủy An Giang")
        #expect(post["title"] as? String == "Phó Bí thư Thường trực")
        let evidence = try #require((post["evidence"] as? [[String: Any]])?.first)
        #expect((evidence["sentence"] as? String)?.contains("Lê Văn Nưng") == true)
        #expect(evidence["article_id"] is String)
        #expect(evidence["published"] is NSNull)
        #expect(evidence["source"] as? String == "TTXVN")
    }
}
