import Foundation
import MekongIngest
import MekongKit
import Testing

@Suite("Errors through the library name what went wrong")
struct ErrorPathTests {
    @Test("a missing file is reported with its path")
    func missingFile() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.path("khong-co.txt")
        let ingestor = try Fixture.ingestor()
        #expect(throws: IngestError.fileNotFound(path: path)) { try ingestor.contribution(path: path) }
        let error = #expect(throws: IngestError.self) { try ingestor.ingest([path], into: try GraphStore.inMemory()) }
        #expect(error?.localizedDescription.contains(path) == true)
    }

    @Test("an empty or blank file is reported with its path", arguments: [
        ("empty.txt", [UInt8]()),
        ("blank.txt", Array(" \n\n\t \n".utf8)),
        ("title-only.txt", Array("Chỉ có tiêu đề\n".utf8)),
    ])
    func emptyFile(name: String, bytes: [UInt8]) throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = try scratch.write(bytes, to: name)
        let error = #expect(throws: IngestError.self) { try Fixture.ingestor().contribution(path: path) }
        #expect(error == .emptyArticle(path: path))
        #expect(error?.localizedDescription.contains(path) == true)
    }

    @Test("non-UTF-8 bytes are reported with the path and the offset of the first bad byte")
    func notUTF8() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        // "Tiên" in Windows-1258: ê is the single byte 0xEA, which is not valid UTF-8 before "n".
        var bytes = Array("Tiêu đề\n\nTi".utf8)
        let offset = bytes.count
        bytes += [0xEA, 0x6E, 0x0A]
        let path = try scratch.write(bytes, to: "cp1258.txt")
        let error = #expect(throws: IngestError.self) { try Fixture.ingestor().contribution(path: path) }
        #expect(error == .notUTF8(path: path, byteOffset: offset))
        let message = error?.localizedDescription ?? ""
        #expect(message.contains(path))
        #expect(message.contains("UTF-8"))
    }

    @Test("an unreadable file in a directory is skipped and reported; the others are stored")
    func badFileInDirectoryIsSkipped() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let article = try String(contentsOfFile: try Fixture.articlePath, encoding: .utf8)
        _ = try scratch.write(Array(article.utf8), to: "a-good.txt")
        let bad = try scratch.write([0x41, 0xFF, 0x42], to: "b-bad.txt")
        let store = try GraphStore.inMemory()
        let summary = try Fixture.ingestor().ingest([scratch.url.path], into: store)
        #expect(summary.added == 1)
        #expect(summary.failedFiles.count == 1)
        #expect(summary.failedFiles.first?.contains(bad) == true)
        #expect(try store.statistics().articles == 1)
    }

    @Test("an unknown entity is a GraphQueryError that suggests the closest names")
    func unknownEntitySuggests() throws {
        let graph = try Fixture.ingestedStore().store.loadGraph()
        let error = #expect(throws: GraphQueryError.self) { try graph.resolve("Tỉnh ủy An Giag") }
        guard case .unknownEntity(let name, let suggestions) = error else {
            Issue.record("expected unknownEntity, got \(String(describing: error))")
            return
        }
        #expect(name == "Tỉnh ủy An Giag")
        #expect(suggestions.first == "Tỉnh ủy An Giang")
        let message = error?.localizedDescription ?? ""
        #expect(message.contains("Did you mean"))
        #expect(message.contains("\"Tỉnh ủy An Giang\""))
    }

    @Test("names resolve ignoring case and diacritics")
    func resolveByFoldedName() throws {
        let graph = try Fixture.ingestedStore().store.loadGraph()
        #expect(try graph.resolve("tinh uy an giang").name == "Tỉnh ủy An Giang")
        #expect(try graph.resolve("LÊ VĂN NƯNG").name == "Lê Văn Nưng")
        #expect(graph.entities(search: "hoc vien chinh tri khu vuc iv").map(\.name) == ["Học viện Chính trị khu vực IV"])
    }
}
