import Foundation
import MekongKit
import Testing

/// Extraction on several threads, one writer storing in batches: the store and the summary are those of one
/// job, article for article.
@Suite("Ingest: parallel extraction, one writer")
struct IngestPipelineTests {
    /// `count` distinct articles (the example with one sentence that differs) and an unreadable file among them.
    static func articles(_ count: Int, in scratch: ScratchDirectory) throws -> (directory: String, files: [String]) {
        let base = try String(contentsOfFile: try Fixture.articlePath, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: scratch.path("arts"), withIntermediateDirectories: true)
        var files: [String] = []
        for index in 0..<count {
            let name = "arts/\(String(format: "%03d", index)).txt"
            if index == count / 3 {
                files.append(try scratch.write([0x41, 0xFF, 0x42], to: name))
            } else {
                files.append(try scratch.write(Array((base + "\nBài số \(index) của Tỉnh ủy An Giang.\n").utf8), to: name))
            }
        }
        return (scratch.path("arts"), files)
    }

    static func export(_ store: GraphStore) throws -> Data {
        var data = Data()
        try store.writeExport { data.append($0) }
        return data
    }

    @Test("several jobs store what one job stores, in the order given, with progress after each file", arguments: [2, 5])
    func jobsGiveTheSameStore(jobs: Int) throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        // Batches of 4 and three of them and a part, so that batches, the last short batch and the bounded queue
        // (as long as a batch) all come into play; the default batch of 500 made this test extract 2,000 articles.
        let ingestor = try Fixture.ingestor(storeBatchSize: 4)
        let (directory, files) = try Self.articles(3 * ingestor.storeBatchSize + 2, in: scratch)

        let single = try GraphStore.inMemory()
        let expected = try ingestor.ingest([directory], into: single, jobs: 1)
        let parallel = try GraphStore.inMemory()
        var reported: [(done: Int, total: Int, path: String)] = []
        var storedWhenReported: [Int] = []
        let summary = try ingestor.ingest([directory], into: parallel, jobs: jobs) {
            reported.append(($0, $1, $2))
            storedWhenReported.append((try? parallel.statistics().articles) ?? -1)
        }

        #expect(summary.added == files.count - 1)
        #expect(summary.added == expected.added)
        #expect(summary.failedFiles == expected.failedFiles)
        #expect(summary.failedFiles.count == 1)
        #expect((summary.entities, summary.relations) == (expected.entities, expected.relations))
        #expect(try Self.export(parallel) == Self.export(single))
        #expect(reported.map(\.done) == Array(1...files.count))
        #expect(reported.allSatisfy { $0.total == files.count })
        // A file is reported once its whole batch is committed: every article of the batch is in the store then.
        let readable = files.indices.map { $0 != files.count / 3 }
        let batch = ingestor.storeBatchSize
        #expect(storedWhenReported == (1...files.count).map { done in
            readable.prefix(min((done + batch - 1) / batch * batch, files.count)).filter { $0 }.count
        })
        #expect(reported.map { URL(fileURLWithPath: $0.path).lastPathComponent } == files.map { URL(fileURLWithPath: $0).lastPathComponent })
    }
}

extension IngestPipelineTests {
    @Test("an article the store refuses is reported, leaves nothing behind, and the rest of its batch is stored",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func refusedArticleIsReported() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let (directory, files) = try Self.articles(7, in: scratch)
        let refused = files[4]
        let path = scratch.path("store.sqlite")
        let ingestor = try Fixture.ingestor()
        _ = try ingestor.ingest([files[0]], into: try GraphStore(path: path), jobs: 1)
        // A failure late in the article's writes, after its entities, names and mentions, as a damaged page
        // or a full disk would fail one statement.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [path, """
            CREATE TRIGGER refuse BEFORE INSERT ON evidence_rows
            WHEN new.article IN (SELECT k.rid FROM article_keys k JOIN articles a ON a.id = k.id
                WHERE a.path LIKE '%/\(URL(fileURLWithPath: refused).lastPathComponent)')
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
            """]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)

        let store = try GraphStore(path: path)
        let summary = try ingestor.ingest([directory], into: store, jobs: 2)
        #expect(summary.unchanged == 1)
        #expect(summary.added == 4)
        #expect(summary.failedFiles.count == 2)
        let report = try #require(summary.failedFiles.first { $0.contains(refused) })
        #expect(report.contains("was not stored") && report.contains("refused by the test"))
        #expect(try store.findArticle(URL(fileURLWithPath: refused).lastPathComponent) == nil)
        #expect(try store.statistics().articles == 5)
    }
}
