import Foundation
import Testing

/// A post reported by two articles of different dates, once as held and once as left ("nguyên"): each report
/// keeps its own status, and `--current` / `--at` judge the post from the latest report dated by then.
@Suite("A post's status per report")
struct PostReportsCLITests {
    let cli: MekongCLI
    let scratch: ScratchDirectory

    static let held = "Ông Đỗ Văn Dũng, Giám đốc Sở Y tế tỉnh Hà Tĩnh, chủ trì hội nghị tổng kết công tác y tế."
    static let left = "Ông Đỗ Văn Dũng, nguyên Giám đốc Sở Y tế tỉnh Hà Tĩnh, bị kỷ luật."
    static let post = "Đỗ Văn Dũng —holds_position (Giám đốc)→ Sở Y tế tỉnh Hà Tĩnh"

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
    }

    /// A store of the given articles (name, `YYYYMMDD` date or nil, body), ingested one at a time in this order.
    private func store(_ name: String, _ articles: [(String, String?, String)]) throws -> String {
        let store = scratch.path("\(name).sqlite")
        for (article, date, body) in articles {
            let header = "# doc_id = \(article)\n# url = https://example.vn/\(article)\n" + (date.map { "# date = \($0)\n" } ?? "")
            let file = try scratch.write(Array((header + body + "\n").utf8), to: "\(name)-\(article).txt")
            let run = try cli.run(["ingest", "--store", store, file])
            #expect(run.status == 0, "stderr: \(run.error)")
        }
        return store
    }

    private func posts(_ store: String, _ options: [String]) throws -> String {
        let run = try cli.run(["relations", "--store", store, "--predicate", "holds_position"] + options)
        #expect(run.status == 0, "stderr: \(run.error)")
        return run.output
    }

    @Test("held in 2019, left in 2021 (the later article ingested first): held on a day of 2020, not now")
    func leftLater() throws {
        defer { scratch.remove() }
        let store = try store("left-later", [("b", "20210601", Self.left), ("a", "20190301", Self.held)])
        let all = try posts(store, [])
        #expect(all.contains(Self.post + "\n"), "\(all)")
        // Each report with its own status under the one relation.
        #expect(all.contains("    2019-03-01  example.vn  “Ông Đỗ Văn Dũng, Giám đốc"), "\(all)")
        #expect(all.contains("    2021-06-01  example.vn  [status=former]  “Ông Đỗ Văn Dũng, nguyên"), "\(all)")
        #expect(try posts(store, ["--current"]) == "No relations match.\n")
        #expect(try posts(store, ["--at", "2020-01-01"]).contains(Self.post))
        #expect(try posts(store, ["--at", "2021-06-01"]) == "No relations match.\n")
        // Before any report, nothing says the post is held.
        #expect(try posts(store, ["--at", "2018-01-01"]) == "No relations match.\n")
        let neighbors = try cli.run(["neighbors", "--store", store, "Đỗ Văn Dũng", "--at", "2020-01-01"])
        #expect(neighbors.output.contains(Self.post), "\(neighbors.output)")
        let neighborsNow = try cli.run(["neighbors", "--store", store, "Đỗ Văn Dũng", "--current"])
        #expect(!neighborsNow.output.contains("—holds_position"), "\(neighborsNow.output)")
    }

    @Test("left in 2019, held again in 2021 (ingested in date order): held now, not on a day of 2020")
    func heldLater() throws {
        defer { scratch.remove() }
        let store = try store("held-later", [("a", "20190301", Self.left), ("b", "20210601", Self.held)])
        #expect(try posts(store, ["--current"]).contains(Self.post))
        #expect(try posts(store, ["--at", "2020-01-01"]) == "No relations match.\n")
        #expect(try posts(store, ["--at", "2021-07-01"]).contains(Self.post))
        let neighbors = try cli.run(["neighbors", "--store", store, "Đỗ Văn Dũng", "--current"])
        #expect(neighbors.output.contains(Self.post), "\(neighbors.output)")
    }

    @Test("an undated report counts only when no dated one speaks for the day")
    func undatedReports() throws {
        defer { scratch.remove() }
        let store = try store("undated", [("a", nil, Self.left), ("b", "20210601", Self.held)])
        // The dated report of 2021 decides now; before it, only the undated report (left) is there.
        #expect(try posts(store, ["--current"]).contains(Self.post))
        #expect(try posts(store, ["--at", "2020-01-01"]) == "No relations match.\n")
        let alone = try self.store("undated-alone", [("a", nil, Self.held)])
        #expect(try posts(alone, ["--at", "2020-01-01"]).contains(Self.post))
    }

    @Test("show and --json give each report's status; the export carries it and where each date was read")
    func showJSONAndExport() throws {
        defer { scratch.remove() }
        let store = try store("shapes", [("a", "20190301", Self.held), ("b", "20210601", Self.left)])
        let show = try cli.run(["show", "--store", store, "Đỗ Văn Dũng"])
        #expect(show.output.contains("    [status=former] “Ông Đỗ Văn Dũng, nguyên"), "\(show.output)")
        let json = try cli.run(["relations", "--store", store, "--predicate", "holds_position", "--json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let relations = try #require(document["relations"] as? [[String: Any]])
        let evidence = try #require(relations.first?["evidence"] as? [[String: Any]])
        let byDate = Dictionary(uniqueKeysWithValues: evidence.compactMap { piece in
            (piece["published"] as? String).map { ($0, piece["attributes"] as? [String: String]) }
        })
        #expect(byDate == ["2019-03-01": [:], "2021-06-01": ["status": "former"]])
        #expect((relations.first?["attributes"] as? [String: String]) == ["title": "Giám đốc"])
        let export = try cli.run(["export", "--store", store, "--format", "json"])
        #expect(export.output.contains(#""status" : "former""#), "\(export.output)")
        #expect(export.output.contains(#""published_from" : "metadata""#), "\(export.output)")
    }
}
