import Foundation
import MekongCore
import MekongExternal
import MekongPluginAPI
import Testing

/// The worked example, `Plugins/ExternalExample/events.py`, run through a real pipeline.
@Suite("The example events plugin")
struct ExampleEventsPluginTests {
    static let article = """
        An Giang sơ kết công tác 6 tháng

        Chiều 23/6, Tỉnh ủy An Giang tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2021 tại thành phố Long Xuyên. \
        Đại hội đại biểu toàn quốc lần thứ XIII của Đảng do Ban Chấp hành Trung ương tổ chức đã thành công tốt đẹp.
        """
    static let organizations = ["Tỉnh ủy An Giang", "Ban Chấp hành Trung ương"]

    @Test("finds the events and their organizers, with spans into the text")
    func eventsAndOrganizers() throws {
        let example = try ExternalProcessExtractor(manifestPath: PluginFixtures.exampleManifest)
        defer { example.shutDown() }
        #expect(example.descriptor.kind == .external)
        // Registered first, run second: the pipeline orders by what the plugin consumes.
        let pipeline = try Pipeline(extractors: [example, FixedOrganizations(names: Self.organizations)])
        let document = try PluginFixtures.document(Self.article)

        let result = pipeline.run(document)

        #expect(result.failures.isEmpty)
        let events = result.mentions.filter { $0.type == .event }
        let conference = "Hội nghị sơ kết công tác 6 tháng đầu năm 2021"
        let congress = "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
        #expect(events.map(\.text) == [conference, congress])
        #expect(events.map(\.span) == [conference, congress].map { PluginFixtures.span(of: $0, in: document) })
        #expect(events.map { document.text($0.span) } == [conference, congress])
        #expect(events.allSatisfy { $0.extractor == "example.events" })
        #expect(events.map { $0.attributes["kind"] } == ["hội nghị", "đại hội"])

        let organizes = result.relations.filter { $0.predicate == Predicate("example.organizes") }
        let pairs = organizes.map { relation in [relation.subject, relation.object].map { text(of: $0, in: result) } }
        #expect(pairs == [["Tỉnh ủy An Giang", conference], ["Ban Chấp hành Trung ương", congress]])
        #expect(organizes.map(\.rule) == ["organizer-active", "organizer-passive"])
        // Evidence is the sentence of each relation.
        for relation in organizes {
            let sentence = document.sentences.first { $0.span.contains(relation.evidence) }
            #expect(sentence?.span == relation.evidence)
        }
    }

    @Test("one process serves many articles")
    func oneProcessServesManyArticles() throws {
        let example = try ExternalProcessExtractor(manifestPath: PluginFixtures.exampleManifest)
        defer { example.shutDown() }
        let pipeline = try Pipeline(extractors: [FixedOrganizations(names: Self.organizations), example])
        for index in 0..<4 {
            let document = try PluginFixtures.document(Self.article, path: "articles/\(index).txt")
            let result = pipeline.run(document)
            #expect(result.failures.isEmpty)
            #expect(result.mentions.filter { $0.type == .event }.count == 2)
        }
        #expect(example.launchCount == 1)
    }

    @Test("an article without events gives nothing, and no failure")
    func nothingFound() throws {
        let example = try ExternalProcessExtractor(manifestPath: PluginFixtures.exampleManifest)
        defer { example.shutDown() }
        let pipeline = try Pipeline(extractors: [FixedOrganizations(names: Self.organizations), example])
        let document = try PluginFixtures.document("Tin ngắn\n\nHội nghị đã kết thúc. Tỉnh ủy An Giang họp thường kỳ.")

        let result = pipeline.run(document)

        #expect(result.failures.isEmpty)
        #expect(result.mentions.filter { $0.type == .event }.isEmpty)
        #expect(result.relations.isEmpty)
    }

    private func text(of reference: MentionReference, in result: Pipeline.Result) -> String? {
        guard case .existing(let index) = reference, result.mentions.indices.contains(index) else { return nil }
        return result.mentions[index].text
    }
}
