import Foundation
import MekongIngest
import Testing

/// Inputs from the issue-8 probe: oversized articles, UTF-16 files, a story on one line, a symbolic link to
/// a folder of articles.
@Suite("ArticleReader: hostile and unusual input")
struct HostileInputTests {
    private func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mekong-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("an article over the size limit is refused before it is read, with the limit and the option to raise it")
    func tooLarge() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/big.txt"
        try Data(("Tiêu đề\n\n" + String(repeating: "Câu văn dài. ", count: 100)).utf8).write(to: URL(fileURLWithPath: path))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let reader = ArticleReader(maximumBytes: 1_000)
        #expect(throws: IngestError.tooLarge(path: path, bytes: size, limit: 1_000)) { try reader.read(path: path) }
        #expect(throws: IngestError.tooLarge(path: "-", bytes: 1_001, limit: 1_000)) {
            try reader.read(data: [UInt8](repeating: 0x41, count: 1_001), path: "-")
        }
        let message = IngestError.tooLarge(path: path, bytes: size, limit: 1_000).errorDescription ?? ""
        #expect(message.contains("--max-article-bytes") && message.contains("1000"))
        #expect(ArticleReader().maximumBytes == 10 * 1024 * 1024)
        #expect(try ArticleReader(maximumBytes: size).read(path: path).title == "Tiêu đề")
    }

    @Test("UTF-16 input, with or without a byte-order mark, gets a UTF-16 hint", arguments: [true, false])
    func utf16(withMark: Bool) throws {
        let text = "Tỉnh ủy An Giang\n\nTỉnh ủy An Giang tổ chức hội nghị.\n"
        var bytes: [UInt8] = withMark ? [0xFF, 0xFE] : []
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(throws: IngestError.utf16(path: "x.txt")) { try ArticleReader().read(data: bytes, path: "x.txt") }
        #expect(IngestError.utf16(path: "x.txt").errorDescription?.contains("iconv -f UTF-16") == true)
    }

    @Test("a whole article on one line is its own body, not a title with nothing under it")
    func oneLineArticle() throws {
        let line = "Ngày 23/6/2021, Tỉnh ủy An Giang tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2021. "
            + "Học viện Chính trị quốc gia Hồ Chí Minh phối hợp chặt chẽ với Tỉnh ủy An Giang."
        let parsed = try ArticleReader().read(text: line + "\n", path: "one.txt")
        #expect(parsed.text == line)
        #expect(parsed.paragraphs.map(\.role) == [.body])
        #expect(parsed.title == "Ngày 23/6/2021, Tỉnh ủy An Giang tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2021")
        // A lone headline is still not an article.
        #expect(throws: IngestError.emptyArticle(path: "t.txt")) { try ArticleReader().read(text: "Chỉ có tiêu đề\n", path: "t.txt") }
        let long = try ArticleReader().read(text: String(repeating: "chữ ", count: 100), path: "long.txt")
        #expect(long.title.count <= 160 && long.title.hasSuffix("…"))
    }

    @Test("a slug of hundreds of words over a text that repeats them is restored in bounded time")
    func hugeSlugOverRepetitiveText() throws {
        let slug = Array(repeating: "a-b", count: 400).joined(separator: "-")
        let body = Array(repeating: "A b", count: 100_000).joined(separator: " ")
        let text = "# doc_id = x\n# url = https://x.vn/t/\(slug)-20210101123456.htm\n# date = 20210101\n\(body)\n"
        let clock = ContinuousClock()
        let started = clock.now
        let parsed = try ArticleReader().read(text: text, path: "x.txt")
        #expect(clock.now - started < .seconds(20))
        // The first words take the text's spelling; the rest stay in brackets as the slug spells them.
        #expect(parsed.title.hasPrefix("A b A b"))
        #expect(parsed.title.hasSuffix("a b]"))
    }

    @Test("a symbolic link to a folder of articles is followed")
    func symlinkedDirectory() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/real", withIntermediateDirectories: true)
        try Data("Tiêu đề\n\nNội dung.".utf8).write(to: URL(fileURLWithPath: directory + "/real/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: directory + "/link", withDestinationPath: directory + "/real")
        #expect(try ArticleReader().articlePaths(at: directory + "/link") == [directory + "/link/a.txt"])
    }
}
