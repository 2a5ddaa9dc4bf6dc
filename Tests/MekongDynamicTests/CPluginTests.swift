import Foundation
import MekongDynamic
import MekongPluginAPI
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Plugins written in C, the ABI's own language: what the loader makes of their answers.
@Suite struct CPluginTests {
    static let document: Document = {
        let text = "Bồi dưỡng 510 cán bộ."
        let article = Article(id: "art-c", title: "Tin", path: "c.txt", sha256: "", text: text)
        let scalars = text.unicodeScalars.count
        return Document(
            article: article, paragraphs: [Paragraph(span: TextSpan(start: 0, end: scalars), role: .body)],
            sentences: [Sentence(span: TextSpan(start: 0, end: scalars), tokens: 0..<0, paragraph: 0)], tokens: [])
    }()

    /// How many results the C plugin at `path` has been asked to free, read through its test-only export.
    private func freedResults(_ path: String) throws -> Int32 {
        let handle = try #require(dlopen(path, RTLD_NOW | RTLD_NOLOAD))
        defer { dlclose(handle) }
        let symbol = try #require(dlsym(handle, "mekong_test_freed_results"))
        return unsafeBitCast(symbol, to: (@convention(c) () -> Int32).self)()
    }

    @Test func aDescriptorAndAnswerInCAreDecoded() throws {
        let path = try PluginLibraries.cPlugin(
            name: "Answers",
            response: #""{\"mentions\": [{\"type\": \"quantity\", \"start\": 10, \"end\": 20, "#
                + #"\"attributes\": {\"value\": \"510\"}}]}""#)
        defer { PluginLibraries.remove(path) }
        let extractor = try DynamicPluginLoader.load(path: path)
        #expect(extractor.descriptor.id == "c.test")
        #expect(extractor.descriptor.kind == .dynamic)
        #expect(extractor.path == path)
        let result = try Pipeline(extractors: [extractor]).run(Self.document)
        #expect(result.failures.isEmpty)
        let mention = try #require(result.mentions.first)
        // The text was left out of the answer, so it is read from the document at the scalar span.
        #expect(mention.text == "510 cán bộ")
        #expect(mention.canonicalName == "510 cán bộ")
        #expect(mention.attributes == ["value": "510"])
        #expect(mention.extractor == "c.test")
        #expect(try freedResults(path) == 1)
    }

    @Test(arguments: [
        (#""{\"error\": \"model not loaded\"}""#, "the plugin reported: model not loaded"),
        (#""this is not JSON""#, "invalid response"),
        (#""{\"mentions\": 3}""#, "invalid response"),
        ("NULL", "returned no result"),
    ])
    func aBadAnswerFailsTheDocumentNotTheRun(response: String, reason: String) throws {
        let path = try PluginLibraries.cPlugin(name: "BadAnswer", response: response)
        defer { PluginLibraries.remove(path) }
        let extractor = try DynamicPluginLoader.load(path: path)
        let result = try Pipeline(extractors: [extractor]).run(Self.document)
        #expect(result.mentions.isEmpty)
        guard case .failed(let id, let article, let found)? = result.failures.first, result.failures.count == 1 else {
            Issue.record("expected one failure, got \(result.failures)")
            return
        }
        #expect(id == "c.test")
        #expect(article == "art-c")
        #expect(found.contains(reason), "\(found)")
        // Even an answer that is rejected is released by the plugin's own free_result.
        #expect(try freedResults(path) == (response == "NULL" ? 0 : 1))
    }

    @Test func aSpanOutsideTheTextIsInvalidOutput() throws {
        let path = try PluginLibraries.cPlugin(
            name: "OutOfRange", response: #""{\"mentions\": [{\"type\": \"quantity\", \"start\": 5, \"end\": 500}]}""#)
        defer { PluginLibraries.remove(path) }
        let result = try Pipeline(extractors: [DynamicPluginLoader.load(path: path)]).run(Self.document)
        guard case .invalidOutput(let id, _, _)? = result.failures.first else {
            Issue.record("expected invalid output, got \(result.failures)")
            return
        }
        #expect(id == "c.test")
    }
}
