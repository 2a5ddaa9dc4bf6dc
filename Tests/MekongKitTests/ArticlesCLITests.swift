import Foundation
import Testing

@Suite("mekong articles, and the articles show lists")
struct ArticlesCLITests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String

    static let url = "https://dantri.com.vn/xa-hoi/an-giang-dao-tao-can-bo-20210429115108027.htm"

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
    }

    /// Ingests the example article as it is (TTXVN, no date) and a dated copy in the headered layout (a
    /// dantri.com.vn URL, 2021-04-29; its byline still credits TTXVN).
    private func ingestTwoArticles() throws {
        let text = try String(contentsOfFile: try Fixture.articlePath, encoding: .utf8)
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        let dated = try scratch.write(Array("# url = \(Self.url)\n# date = 20210429\n\(body)".utf8), to: "dated.txt")
        let run = try cli.run(["ingest", "--store", store, try Fixture.articlePath, dated])
        #expect(run.status == 0, "stderr: \(run.error)")
    }

    @Test("lists every article, dated first, with its date, outlet, URL and counts")
    func listing() throws {
        defer { scratch.remove() }
        try ingestTwoArticles()
        let run = try cli.run(["articles", "--store", store])
        #expect(run.status == 0, "stderr: \(run.error)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2, "\(run.output)")
        #expect(lines.first?.hasPrefix("2021-04-29  TTXVN  ") == true, "\(run.output)")
        #expect(lines.first?.hasSuffix(Self.url) == true, "\(run.output)")
        #expect(lines.last?.hasPrefix("(no date)   TTXVN  An Giang: Nâng cao chất lượng") == true, "\(run.output)")
        #expect(lines.last?.contains(" relations]") == true, "\(run.output)")
    }

    @Test("--mentions resolves the name as show does; a date range says how many undated articles it left out")
    func filters() throws {
        defer { scratch.remove() }
        try ingestTwoArticles()
        let run = try cli.run(["articles", "--store", store, "--mentions", "le van nung", "--since", "2021-04-01"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.split(separator: "\n").count == 1, "\(run.output)")
        #expect(run.output.contains(Self.url))
        #expect(run.error.contains("1 article(s) without a known date were left out"), "\(run.error)")
        let outlet = try cli.run(["articles", "--store", store, "--outlet", "DanTri"])
        #expect(outlet.output.split(separator: "\n").count == 1, "\(outlet.output)")
        #expect(outlet.output.contains(Self.url), "the URL names the outlet: \(outlet.output)")
        let one = try cli.run(["articles", "--store", store, "--limit", "1"])
        #expect(one.output.hasSuffix("\(Self.url)\n… and more (raise --limit).\n"), "\(one.output)")
        let none = try cli.run(["articles", "--store", store, "--until", "2020-12-31"])
        #expect(none.output == "No articles match.\n")
    }

    @Test("a date that is not YYYY-MM-DD, or a name nothing resembles, is an error that says what to write")
    func errors() throws {
        defer { scratch.remove() }
        try ingestTwoArticles()
        let date = try cli.run(["articles", "--store", store, "--since", "29/4/2021"])
        #expect(date.status == 64)
        #expect(date.error.contains("Write it as YYYY-MM-DD"), "\(date.error)")
        let name = try cli.run(["articles", "--store", store, "--mentions", "Zzyzx Qwv"])
        #expect(name.status != 0)
        #expect(name.error.contains("No entity named"), "\(name.error)")
    }

    @Test("--json prints the documented article shape, with snake_case keys and a version")
    func json() throws {
        defer { scratch.remove() }
        try ingestTwoArticles()
        let run = try cli.run(["articles", "--store", store, "--json", "--since", "2021-01-01"])
        #expect(run.status == 0, "stderr: \(run.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["undated_left_out"] as? Int == 1)
        #expect(object["more"] as? Bool == false)
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.count == 1)
        #expect(articles.first?["published"] as? String == "2021-04-29")
        #expect(articles.first?["url"] as? String == Self.url)
        #expect((articles.first?["relation_count"] as? Int ?? 0) > 5)
        #expect(articles.first?.keys.contains("author") == true, "unknown values are null, not missing")
    }

    @Test("show lists the articles that name the entity and, under each relation, the article behind each sentence")
    func show() throws {
        defer { scratch.remove() }
        try ingestTwoArticles()
        let run = try cli.run(["show", "--store", store, "le van nung"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.contains("mentioned"), "\(run.output)")
        #expect(run.output.contains("in 2 article(s)\n    2021-04-29  TTXVN"), "\(run.output)")
        #expect(run.output.contains("      — 2021-04-29  TTXVN  "), "\(run.output)")
        #expect(run.output.contains("      — (no date)   TTXVN  An Giang"), "\(run.output)")
    }
}
