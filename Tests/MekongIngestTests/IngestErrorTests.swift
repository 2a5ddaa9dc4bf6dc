import Foundation
import MekongIngest
import Testing

@Suite("ArticleReader: errors name the file and say what to do")
struct IngestErrorTests {
    @Test func missingFile() {
        let path = "/nonexistent/mekong/article.txt"
        #expect(throws: IngestError.fileNotFound(path: path)) { try ArticleReader().read(path: path) }
        #expect(IngestError.fileNotFound(path: path).errorDescription?.contains(path) == true)
    }

    @Test func blankFileIsEmpty() {
        let path = Fixture.path("blank.txt")
        #expect(throws: IngestError.emptyArticle(path: path)) { try ArticleReader().read(path: path) }
        #expect(IngestError.emptyArticle(path: path).errorDescription?.contains(path) == true)
    }

    @Test func notUTF8NamesPathAndOffset() {
        let path = Fixture.path("not-utf8.txt")
        // "Tiêu đề\nNội dung " is 23 bytes; the 0xFF byte follows.
        #expect(throws: IngestError.notUTF8(path: path, byteOffset: 23)) { try ArticleReader().read(path: path) }
        let message = IngestError.notUTF8(path: path, byteOffset: 23).errorDescription ?? ""
        #expect(message.contains(path) && message.contains("23") && message.contains("iconv"))
    }

    @Test(arguments: [
        ([0x41, 0x0A, 0xC3] as [UInt8], 2),  // truncated two-byte sequence
        ([0x41, 0xED, 0xA0, 0x80], 1),  // UTF-16 surrogate encoded in UTF-8
        ([0xC0, 0xAF], 0),  // overlong encoding
        ([0x61, 0x62, 0xE1, 0xBB, 0x41], 2),  // bad continuation byte
    ])
    func invalidBytesAreLocated(bytes: [UInt8], offset: Int) {
        #expect(throws: IngestError.notUTF8(path: "-", byteOffset: offset)) {
            try ArticleReader().read(data: bytes, path: "-")
        }
    }

    @Test func directoryIsNotAnArticle() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: IngestError.isDirectory(path: directory)) { try ArticleReader().read(path: directory) }
    }

    @Test func directoryWithoutTextFiles() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/notes.md"))
        #expect(throws: IngestError.noArticles(directory: directory)) { try ArticleReader().articlePaths(at: directory) }
        #expect(IngestError.noArticles(directory: directory).errorDescription?.contains(".txt") == true)
    }

    @Test func directoryListsTextFilesSorted() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for name in ["b.txt", "a.txt", ".hidden.txt", "c.md"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
        }
        #expect(try ArticleReader().articlePaths(at: directory) == [directory + "/a.txt", directory + "/b.txt"])
    }

    @Test func crawlerFileWithoutContentIsEmpty() {
        let text = "Title: Tiêu đề\nSource: VnExpress\nContent: \n"
        #expect(throws: IngestError.emptyArticle(path: "x.txt")) { try ArticleReader().read(text: text, path: "x.txt") }
    }

    private func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mekong-ingest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
