import Foundation
import MekongIngest
import MekongPluginAPI
@testable import MekongRules

/// Paths of the test fixtures and the shipped packs, and documents built the way ingest builds them.
enum RuleFixtures {
    /// `Tests/MekongRulesTests/Fixtures` as copied into the test bundle.
    static var directory: String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
    }

    /// `Plugins/RulePacks` of the repository.
    static var shippedPacks: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Plugins/RulePacks").path
    }

    /// The example pack that ships with Mekong.
    static func examplePack() throws -> RulePackExtractor {
        try RulePackLoader.load(path: shippedPacks + "/example-cooperation.yaml")
    }

    /// The document ingest builds for an article file of the fixtures.
    static func article(_ name: String) throws -> Document {
        let path = directory + "/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try document(text, path: path)
    }

    /// The document ingest builds for `text` (a headline line, a blank line, paragraphs).
    static func document(_ text: String, path: String = "test.txt", mentions: [EntityMention] = []) throws -> Document {
        let parsed = try ArticleReader().read(text: text, path: path)
        var document = DocumentBuilder().document(for: parsed, path: path)
        document.mentions = mentions
        return document
    }

    /// A mention of earlier extractors over the first occurrence of `text` in `document`.
    static func mention(_ type: EntityType, _ text: String, in document: Document) -> EntityMention {
        let span = span(of: text, in: document)!
        return EntityMention(type: type, span: span, text: text, extractor: "test.earlier")
    }

    /// The scalar span of the `occurrence`-th (0-based) appearance of `text` in the document's text.
    static func span(of text: String, in document: Document, occurrence: Int = 0) -> TextSpan? {
        let needle = Array(text.unicodeScalars)
        let haystack = document.scalars
        var found = 0
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            if found == occurrence { return TextSpan(start: start, end: start + needle.count) }
            found += 1
        }
        return nil
    }

    /// A pack given inline.
    static func pack(_ yaml: String) throws -> RulePackExtractor {
        try RulePackLoader.parse(yaml: yaml, path: "inline.yaml")
    }
}
