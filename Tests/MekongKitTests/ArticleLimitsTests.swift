import Foundation
import MekongKit
import Testing

/// Every article is held to documented limits: its size, and the mentions and relations kept from it.
@Suite("Article limits")
struct ArticleLimitsTests {
    @Test("mentions and relations past the caps are cut, and the summary says so for that article")
    func caps() throws {
        let limits = ArticleIngestor.Limits(mentions: 3, relations: 1)
        let ingestor = try ArticleIngestor(extractors: BuiltInExtractors.registry().extractors, limits: limits)
        let store = try GraphStore.inMemory()
        let summary = try ingestor.ingest([try Fixture.articlePath], into: store)
        #expect(summary.added == 1)
        #expect(summary.cappedArticles.contains { $0.contains("mentions") && $0.contains("only the first 3 are kept") },
                "\(summary.cappedArticles)")
        #expect(summary.entities <= 3)
        #expect(summary.relations <= 1)
    }

    @Test("ingest refuses an article over --max-article-bytes with the limit, and stores the others")
    func maximumArticleBytes() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let big = try scratch.write(Array(("Tiêu đề\n\n" + String(repeating: "Tỉnh ủy An Giang họp. ", count: 2_000)).utf8), to: "big.txt")
        let run = try cli.run(["ingest", "--store", scratch.path("s.sqlite"), "--max-article-bytes", "20000", big, try Fixture.articlePath])
        #expect(run.status == 1)
        #expect(run.error.contains("more than the 20000 bytes an article may have"), "\(run.error)")
        #expect(run.output.contains("1 articles (1 new"), "\(run.output)")
    }
}
