import Foundation
import MekongIngest
import MekongPluginAPI
import Testing

@testable import MekongIngest

@Suite("DocumentBuilder")
struct DocumentBuilderTests {
    static func document(_ file: String) throws -> Document {
        let path = Fixture.path(file)
        return DocumentBuilder().document(for: try ArticleReader().read(path: path), path: path)
    }

    @Test(arguments: Fixture.articles)
    func tokenSpansGiveTheTokenText(file: String) throws {
        let document = try Self.document(file)
        #expect(!document.tokens.isEmpty)
        for token in document.tokens {
            #expect(document.text(token.span) == token.text)
            #expect(!token.text.unicodeScalars.contains { $0 == " " || $0 == "\n" })
        }
        #expect(zip(document.tokens, document.tokens.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
    }

    @Test(arguments: Fixture.articles)
    func sentenceSpansAreTrimmedAndInsideTheirParagraph(file: String) throws {
        let document = try Self.document(file)
        #expect(!document.sentences.isEmpty)
        for sentence in document.sentences {
            let text = document.text(sentence.span)
            #expect(text.unicodeScalars.first?.properties.isWhitespace == false)
            #expect(text.unicodeScalars.last?.properties.isWhitespace == false)
            #expect(!text.contains("\n"))
            #expect(document.paragraphs[sentence.paragraph].span.contains(sentence.span))
            #expect(document.tokens[sentence.tokens.lowerBound].span.start == sentence.span.start)
            #expect(document.tokens[sentence.tokens.upperBound - 1].span.end == sentence.span.end)
        }
    }

    @Test(arguments: Fixture.articles)
    func paragraphSpansTileTheText(file: String) throws {
        let document = try Self.document(file)
        let pieces = document.paragraphs.map { document.text($0.span) }
        #expect(pieces.joined(separator: "\n") == document.text)
        #expect(pieces.allSatisfy { !$0.isEmpty && !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
    }

    @Test func articleCarriesMetadataHashAndPathID() throws {
        let path = Fixture.path("an-giang-dao-tao-can-bo.txt")
        let parsed = try ArticleReader().read(path: path)
        let article = DocumentBuilder().document(for: parsed, path: path).article
        #expect(article.id == StableID.article(URL(fileURLWithPath: path).resolvingSymlinksInPath().path))
        #expect(article.path == path)
        #expect(article.title == parsed.title)
        #expect(article.author == "Thanh Sang")
        #expect(article.source == "TTXVN")
        #expect(article.text == parsed.text)
        #expect(article.sha256 == SHA256.hex(Array(parsed.text.utf8)))
        #expect(article.sha256.count == 64)
    }

    @Test("the same file through a relative, a dotted, an absolute and a linked path is one article")
    func identityIgnoresHowThePathIsTyped() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mekong-identity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("arts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("arts/a.txt").path
        try Data("Tiêu đề\n\nNội dung bài báo.".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link").path, withDestinationPath: directory.appendingPathComponent("arts").path)
        // Relative spellings are covered by the CLI tests, which run mekong in a folder: changing this
        // process's directory would disturb the tests running beside this one.
        let base = directory.path
        let spellings = [file, base + "/./arts/a.txt", base + "/arts/../arts/a.txt", base + "//arts/a.txt", base + "/link/a.txt"]
        let ids = try spellings.map { path in
            DocumentBuilder().document(for: try ArticleReader().read(path: path), path: path).article.id
        }
        #expect(Set(ids).count == 1, "\(ids)")
    }

    @Test func standardInputIsIdentifiedByContent() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixture.path("plain-teaser-no-byline.txt")))
        let parsed = try ArticleReader().read(data: data, path: "-")
        let article = DocumentBuilder().document(for: parsed, path: "-").article
        #expect(article.id == StableID.article(article.sha256))
        let other = try ArticleReader().read(text: "Tiêu đề khác\nNội dung khác.", path: "-")
        #expect(DocumentBuilder().document(for: other, path: "-").article.id != article.id)
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "The quick brown fox jumps over the lazy dog",
            "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
        ),
    ])
    func sha256MatchesKnownVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func sha256OfAMillionAs() {
        let input = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hex(input) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
