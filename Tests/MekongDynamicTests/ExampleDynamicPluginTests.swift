import Foundation
import MekongDynamic
import MekongIngest
import MekongPluginAPI
import Testing

/// The example plugin, built by the package as a shared library, loaded at run time and run in a pipeline.
@Suite struct ExampleDynamicPluginTests {
    /// A short article in which counts with units stand after multi-byte text and an emoji, so that an
    /// offset in bytes, UTF-16 units or Characters would land elsewhere than one in Unicode scalars.
    static let article = """
        Học viện đào tạo cán bộ khu vực II

        Năm 2021, Học viện 👍🏽 đã đào tạo 2.000 học viên và bồi dưỡng 510 cán bộ cho các tỉnh phía Nam. \
        Ngày 19/5/2021, tỷ lệ học viên đạt loại giỏi là 76,78%. Kinh phí là 12 tỷ đồng.
        """

    static func document() throws -> Document {
        let parsed = try ArticleReader().read(text: article, path: "hoc-vien.txt")
        return DocumentBuilder().document(for: parsed, path: "hoc-vien.txt")
    }

    /// The scalar span of the first occurrence of `needle` in `document`'s text.
    static func scalarSpan(of needle: String, in document: Document) -> TextSpan? {
        let target = Array(needle.unicodeScalars)
        guard target.count <= document.scalars.count else { return nil }
        for start in 0...(document.scalars.count - target.count)
        where document.scalars[start..<(start + target.count)].elementsEqual(target) {
            return TextSpan(start: start, end: start + target.count)
        }
        return nil
    }

    @Test func descriptorComesFromTheLibrary() throws {
        let extractor = try DynamicPluginLoader.load(path: PluginLibraries.exampleDynamicPlugin())
        #expect(extractor.descriptor.id == "example.quantities")
        #expect(extractor.descriptor.version == "1.0.0")
        #expect(extractor.descriptor.kind == .dynamic)
        #expect(extractor.descriptor.produces == [.entity(.quantity)])
        #expect(extractor.descriptor.consumes.isEmpty)
        #expect(extractor.descriptor.summary.contains("510 cán bộ"))
    }

    @Test func findsQuantitiesWithScalarSpans() throws {
        let document = try Self.document()
        let extractor = try DynamicPluginLoader.load(path: PluginLibraries.exampleDynamicPlugin())
        let result = try Pipeline(extractors: [extractor]).run(document)
        #expect(result.failures.isEmpty)

        let expected: [(text: String, value: String, unit: String)] = [
            ("2.000 học viên", "2000", "học viên"), ("510 cán bộ", "510", "cán bộ"), ("76,78%", "76.78", "%"),
            ("12 tỷ đồng", "12", "tỷ đồng"),
        ]
        #expect(result.mentions.map(\.text) == expected.map(\.text))
        for (mention, want) in zip(result.mentions, expected) {
            #expect(mention.type == .quantity)
            #expect(mention.extractor == "example.quantities")
            #expect(mention.rule == "number+unit")
            #expect(mention.attributes == ["value": want.value, "unit": want.unit])
            #expect(mention.span == Self.scalarSpan(of: want.text, in: document))
            #expect(document.text(mention.span) == want.text)
        }
        // The emoji is two scalars and one Character: "2.000 học viên" starts one Character earlier than
        // its scalar offset, and many more bytes later.
        let first = try #require(result.mentions.first)
        let characterOffset = try #require(document.text.range(of: "2.000 học viên")).lowerBound
        #expect(document.text.distance(from: document.text.startIndex, to: characterOffset) == first.span.start - 1)
        #expect(document.text.utf8.distance(from: document.text.startIndex, to: characterOffset) > first.span.start)
    }

    @Test func runsAfterAndBesideOtherExtractors() throws {
        let document = try Self.document()
        let dynamic = try DynamicPluginLoader.load(path: PluginLibraries.exampleDynamicPlugin())
        let result = try Pipeline(extractors: [YearMarker(), dynamic]).run(document)
        #expect(result.failures.isEmpty)
        // The earlier mention crossed the ABI in the request and came back untouched in the document.
        #expect(result.mentions.first?.type == EntityType("test.year"))
        #expect(result.mentions.filter { $0.type == .quantity }.count == 4)
    }

    @Test func loadingTwiceGivesTheSameExtractor() throws {
        let path = try PluginLibraries.exampleDynamicPlugin()
        let first = try DynamicPluginLoader.load(path: path)
        let second = try DynamicPluginLoader.load(path: path)
        #expect(first.descriptor == second.descriptor)
        let document = try Self.document()
        #expect(try first.extract(from: document).mentions == second.extract(from: document).mentions)
    }

    @Test func isSafeToCallFromManyTasks() async throws {
        let document = try Self.document()
        let extractor = try DynamicPluginLoader.load(path: PluginLibraries.exampleDynamicPlugin())
        let pipeline = try Pipeline(extractors: [extractor])
        let expected = pipeline.run(document).mentions
        let results = await withTaskGroup(of: [EntityMention].self) { group in
            for _ in 0..<16 { group.addTask { pipeline.run(document).mentions } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func anEmptyDocumentGivesNoMentions() throws {
        let article = Article(id: "empty", title: "", path: "-", sha256: "", text: "")
        let document = Document(article: article, paragraphs: [], sentences: [], tokens: [])
        let extractor = try DynamicPluginLoader.load(path: PluginLibraries.exampleDynamicPlugin())
        #expect(try extractor.extract(from: document).mentions.isEmpty)
    }
}

/// A Swift extractor that runs before the plugin: marks the first number, so the request carries a mention.
private struct YearMarker: Extractor {
    let descriptor = ExtractorDescriptor(
        id: "test.year", version: "1", summary: "Marks 2021.", produces: [.entity(EntityType("test.year"))])

    func extract(from document: Document) throws -> Extraction {
        guard let token = document.tokens.first(where: { $0.text == "2021" }) else { return Extraction() }
        return Extraction(mentions: [EntityMention(type: EntityType("test.year"), span: token.span, text: token.text)])
    }
}
