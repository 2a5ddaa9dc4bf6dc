import Foundation
import Testing

/// The same articles reached through another spelling of their folder are stored once.
@Suite("Article identity from the canonical path")
struct PathIdentityTests {
    @Test("ingest arts, then ./arts, then the absolute path, then a link: all unchanged after the first")
    func samePathsOnce() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path("arts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try Fixture.articlePath, toPath: scratch.path("arts/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link"), withDestinationPath: scratch.path("arts"))
        let first = try cli.run(["ingest", "--store", "s.sqlite", "arts"], in: scratch.url)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("1 articles (1 new, 0 replaced, 0 unchanged)"), "\(first.output)")
        for spelling in ["./arts", scratch.path("arts"), "arts/../arts/", "link", "arts/a.txt"] {
            let again = try cli.run(["ingest", "--store", "s.sqlite", spelling], in: scratch.url)
            #expect(again.status == 0, "\(spelling): \(again.error)")
            #expect(again.output.contains("1 articles (0 new, 0 replaced, 1 unchanged)"), "\(spelling): \(again.output)")
        }
    }
}
