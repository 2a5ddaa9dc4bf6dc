import Foundation
import MekongIngest
import MekongPluginAPI
import Testing
import VietnameseDocuments
@testable import VietnameseLexicon
import VietnameseNames
import VietnameseOfficials
import VietnameseOrganizations
import VietnamesePlaces
import VietnameseRelations

/// The grammar looks a word or two ahead of a head, a title or a unit word, and a word back from a body or a title; an
/// article may end right after one ("… N.LIÊM - X.TRƯỜNG", a byline whose "TRƯỜNG" is the head "trường") or open with
/// one ("Thủ tướng Chính phủ ban hành …" as its headline): both crashed an ingest of the 36,800 articles of the news
/// pools. Every word of the lexicon's lists that opens a rule is put at the very end and at the very start of a text, in
/// the forms news writes it, and the whole pipeline (with the name tagger) must read each text and keep every span
/// inside it.
struct TextEdgeTests {
    static let pipeline: Pipeline = {
        do {
            return try Pipeline(extractors: [
                VietnameseOrganizationExtractor(), VietnamesePlaceExtractor(), VietnameseDocumentExtractor(),
                VietnameseDateExtractor(), VietnameseNameExtractor(model: NameTaggerTests.model),
                VietnameseOfficialExtractor(), VietnameseRelationExtractor(),
            ])
        } catch {
            preconditionFailure("the built-in extractors do not form a pipeline: \(error)")
        }
    }()

    /// The words of the lexicon's lists that a rule looks past: heads, titles, descriptors, abbreviations, company kinds,
    /// documents known by name (the first column of each file, as the lexicon reads it).
    static func lexiconWords() throws -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Plugins/VietnameseLexicon/Resources")
        return try ["organization-heads.txt", "titles.txt", "person-descriptors.txt", "abbreviations.tsv", "company-kinds.txt",
                "documents.tsv"]
            .flatMap { file in
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                return VietnameseLexicon.rows(of: text.precomposedStringWithCanonicalMapping).map { $0[0] }
            }
    }

    /// Runs the whole pipeline on an article and expects no extractor to fail and every span inside the text.
    static func expectRead(_ article: String) throws {
        let parsed = try ArticleReader().read(text: article, path: "edge.txt")
        let document = DocumentBuilder().document(for: parsed, path: "edge.txt")
        let result = pipeline.run(document)
        let length = document.text.unicodeScalars.count
        #expect(result.failures.isEmpty, "\(result.failures) in \(article)")
        for mention in result.mentions {
            #expect(mention.span.start >= 0 && mention.span.end <= length, "\(mention.canonicalName) in \(article)")
        }
    }

    /// The texts that end at `word`: alone after a sentence, after a title, after a plural marker, as a byline writes it
    /// (capitals glued to an initial), before a closing dash, and as the party of a meeting.
    static func endings(of word: String) -> [String] {
        let lower = word.lowercased(), upper = word.uppercased()
        return [
            "Ông Nguyễn Văn An phát biểu. \(word)", "Ông Nguyễn Văn An, Giám đốc \(lower)", "Lãnh đạo các \(lower)",
            "Hội nghị diễn ra sáng nay. N.LIÊM - X.\(upper)", "Bà Trần Thị Hoa, Chủ tịch \(word) -", "\(word) \(word)",
            // A meeting's party named by a title that ends the text ("Lãnh đạo Tập đoàn BRG tiếp kiến Thủ tướng" as a
            // headline crashed the development set's eval: the rule looked for the holder past the sentence's end).
            "Lãnh đạo Tập đoàn BRG tiếp \(word)", "Bộ Ngoại giao hội đàm với \(word)",
        ]
    }

    @Test("a text may end right after any head, title, unit word or descriptor of the lexicon: every one is read, spans inside it")
    func textsEndingAtLexiconWords() throws {
        // With the words the grammar looks past by hand: levels of schools, unit words, connectors.
        let words = try Self.lexiconWords()
            + ["trường", "ĐH", "CĐ", "THPT", "tỉnh", "thành phố", "TP", "huyện", "quận", "xã", "phường", "Bộ", "số", "và", "của"]
        #expect(words.count > 400)
        for word in words {
            for text in Self.endings(of: word) { try Self.expectRead("Tin tức\n\n" + text) }
        }
    }

    /// The headlines that open with `word` and go on as news opens a story: a body and an issuing verb, a verb alone, a
    /// person, a meeting, a passive with its signer. A rule that looks a word back from the first token of the document
    /// must find nothing there ("Thủ tướng Chính phủ ban hành …" as a headline crashed an ingest of the news pools).
    static func openings(of word: String) -> [String] {
        [
            "\(word) Bộ Y tế ký quyết định số 12/QĐ-BYT", "\(word) ban hành Chỉ thị số 12/CT-TTg", "\(word) Nguyễn Văn An được bổ nhiệm",
            "\(word) tiếp Đại sứ Nhật Bản", "\(word) UBND tỉnh An Giang do ông Nguyễn Văn An ký",
        ]
    }

    @Test("an article may open with any head, title, unit word or descriptor of the lexicon: every one is read, spans inside it")
    func articlesOpeningWithLexiconWords() throws {
        let words = try Self.lexiconWords()
        #expect(words.count > 400)
        for word in words {
            for headline in Self.openings(of: word) { try Self.expectRead(headline + "\n\nNội dung bài viết.") }
        }
    }

    @Test("a byline ending in the head 'TRƯỜNG' after an article about a union: the article's bodies are still found")
    func bylineEndingInTruong() throws {
        let text = "Công đoàn Giáo dục huyện Chợ Đồn tổ chức hàng trăm hoạt động… N.LIÊM - X.TRƯỜNG"
        let parsed = try ArticleReader().read(text: "Tin tức\n\n" + text, path: "edge.txt")
        let result = Self.pipeline.run(DocumentBuilder().document(for: parsed, path: "edge.txt"))
        #expect(result.mentions.contains { $0.type == .organization && $0.canonicalName.hasPrefix("Công đoàn Giáo dục") })
    }
}
