import Foundation
import MekongCore
import MekongExternal
import MekongIngest
import MekongPluginAPI

/// Paths of the plugins the tests run, and documents built the way ingest builds them.
enum PluginFixtures {
    /// `Tests/MekongExternalTests/Fixtures` as copied into the test bundle.
    static let directory: String = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures folder is missing from the test bundle")
        }
        return url.path
    }()

    /// The worked example, `Plugins/ExternalExample`, run from the source tree.
    static let exampleManifest = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plugins/ExternalExample/mekong-plugin.json").path

    /// A manifest of the deliberately unreliable plugin, `Fixtures/faulty/faulty.py`.
    static func faulty(_ manifest: String = "mekong-plugin.json") -> String {
        directory + "/faulty/" + manifest
    }

    /// The document ingest builds for `text`.
    static func document(_ text: String, path: String = "articles/test.txt") throws -> Document {
        let parsed = try ArticleReader().read(text: text, path: path)
        return DocumentBuilder().document(for: parsed, path: path)
    }

    /// The span of the first occurrence of `needle` in the document's text, in Unicode scalars.
    static func span(of needle: String, in document: Document) -> TextSpan? {
        let pattern = Array(needle.unicodeScalars)
        let scalars = document.scalars
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - pattern.count) where Array(scalars[start..<(start + pattern.count)]) == pattern {
            return TextSpan(start: start, end: start + pattern.count)
        }
        return nil
    }
}

/// A Swift extractor that marks every occurrence of fixed names as organizations: what the example plugin
/// consumes, and a second extractor whose results must survive a plugin's failure.
struct FixedOrganizations: Extractor {
    let names: [String]

    var descriptor: ExtractorDescriptor {
        ExtractorDescriptor(
            id: "test.organizations", version: "1", summary: "Fixed organization names", produces: [.entity(.organization)])
    }

    func extract(from document: Document) throws -> Extraction {
        var mentions: [EntityMention] = []
        for name in names {
            let pattern = Array(name.unicodeScalars)
            let scalars = document.scalars
            guard pattern.count <= scalars.count else { continue }
            for start in 0...(scalars.count - pattern.count)
            where Array(scalars[start..<(start + pattern.count)]) == pattern {
                mentions.append(
                    EntityMention(type: .organization, span: TextSpan(start: start, end: start + pattern.count), text: name))
            }
        }
        return Extraction(mentions: mentions.sorted { $0.span < $1.span })
    }
}

extension ExtractorError {
    /// The reason of a `failed` or `invalidOutput` error, empty for the others.
    var reason: String {
        switch self {
        case .failed(_, _, let reason), .invalidOutput(_, _, let reason): reason
        default: ""
        }
    }

    /// The extractor and article of a `failed` or `invalidOutput` error.
    var origin: (extractor: String, article: String)? {
        switch self {
        case .failed(let extractor, let article, _), .invalidOutput(let extractor, let article, _): (extractor, article)
        default: nil
        }
    }

    var isFailed: Bool {
        if case .failed = self { return true }
        return false
    }

    var isInvalidOutput: Bool {
        if case .invalidOutput = self { return true }
        return false
    }
}
