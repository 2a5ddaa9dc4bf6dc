import Foundation
import MekongPluginAPI
import Testing

@Suite("The extraction pipeline")
struct PipelineTests {
    static let text = "Phó Bí thư Thường trực Tỉnh ủy An Giang Lê Văn Nưng khẳng định. Ông Nưng làm việc tại Cần Thơ."
    let document = DocumentFixtures.document(Self.text)

    /// person ← (entity:person) ← official-posts ← (relation:holds_position) ← summary: a chain of three.
    static let persons = StubExtractor("test.persons", produces: [.entity(.person)])
    static let posts = StubExtractor("test.posts", consumes: [.entity(.person)], produces: [.relation(.holdsPosition)])
    static let summary = StubExtractor("test.summary", consumes: [.relation(.holdsPosition)], produces: [.entity(.event)])

    static var chainRegistrations: [[String]] {
        let ids = ["test.persons", "test.posts", "test.summary"]
        return ids.flatMap { a in ids.flatMap { b in ids.compactMap { c in Set([a, b, c]).count == 3 ? [a, b, c] : nil } } }
    }

    private func extractors(_ ids: [String]) -> [any Extractor] {
        ids.map { id in [Self.persons, Self.posts, Self.summary].first { $0.descriptor.id == id }! }
    }

    // MARK: Ordering

    @Test("producers run before their consumers whatever the registration order", arguments: chainRegistrations)
    func orderFollowsCapabilities(registration: [String]) throws {
        let pipeline = try Pipeline(extractors: extractors(registration))
        #expect(pipeline.ordered.map(\.descriptor.id) == ["test.persons", "test.posts", "test.summary"])
    }

    @Test("a consumer of a capability with two producers runs after both; independent extractors keep registration order")
    func severalProducers() throws {
        let relations = StubExtractor(
            "vi.relations", consumes: [.entity(.person), .entity(.organization)], produces: [.relation(.holdsPosition)])
        let places = StubExtractor("vi.places", produces: [.entity(.place)])
        let people = StubExtractor("vi.officials", produces: [.entity(.person)])
        let moreOrgs = StubExtractor("rules.orgs", produces: [.entity(.organization)])
        let orgs = StubExtractor("vi.organizations", produces: [.entity(.organization)])
        let pipeline = try Pipeline(extractors: [relations, places, people, moreOrgs, orgs])
        #expect(pipeline.ordered.map(\.descriptor.id) == ["vi.places", "vi.officials", "rules.orgs", "vi.organizations", "vi.relations"])
    }

    @Test("an extractor that refines what it produces runs after the other producers, and is not a cycle")
    func refinerIsNotACycle() throws {
        let refiner = StubExtractor("test.merge-persons", consumes: [.entity(.person)], produces: [.entity(.person)])
        let pipeline = try Pipeline(extractors: [refiner, Self.persons])
        #expect(pipeline.ordered.map(\.descriptor.id) == ["test.persons", "test.merge-persons"])
        // Alone, it consumes only itself: allowed.
        #expect(try Pipeline(extractors: [refiner]).ordered.count == 1)
    }

    @Test("a consumed capability without a producer is refused when the pipeline is built")
    func missingProducer() {
        #expect(throws: ExtractorError.missingProducer(extractor: "test.posts", capability: "entity:person")) {
            try Pipeline(extractors: [Self.summary, Self.posts])
        }
        let message = ExtractorError.missingProducer(extractor: "test.posts", capability: "entity:person").errorDescription ?? ""
        #expect(message.contains("\"test.posts\"") && message.contains("entity:person"))
    }

    @Test("a circle through a capability with another producer is broken there, not refused")
    func cycleWithAnotherProducer() throws {
        // c.b reads persons from c.a, which waits for c.b's places; Self.persons also produces persons, so
        // c.b runs after it and before c.a, and the circle is gone.
        let a = StubExtractor("c.a", consumes: [.entity(.place)], produces: [.entity(.person)])
        let b = StubExtractor("c.b", consumes: [.entity(.person)], produces: [.entity(.place)])
        let pipeline = try Pipeline(extractors: [a, b, Self.persons])
        let order = pipeline.ordered.map(\.descriptor.id)
        let persons = try #require(order.firstIndex(of: Self.persons.descriptor.id))
        let placeConsumer = try #require(order.firstIndex(of: "c.a"))
        let placeProducer = try #require(order.firstIndex(of: "c.b"))
        #expect(persons < placeProducer && placeProducer < placeConsumer)
    }

    @Test("extractors that consume each other's output in a circle are refused, naming the circle")
    func cycle() throws {
        let a = StubExtractor("c.a", consumes: [.entity(.event)], produces: [.entity(.person)])
        let b = StubExtractor("c.b", consumes: [.entity(.person)], produces: [.entity(.place)])
        let c = StubExtractor("c.c", consumes: [.entity(.place)], produces: [.entity(.event)])
        // Downstream of the circle, but not part of it.
        let d = StubExtractor("c.d", consumes: [.entity(.place)], produces: [.entity(.date)])
        let all: [any Extractor] = [d, a, b, c]
        do {
            _ = try Pipeline(extractors: all)
            Issue.record("expected a cycle error")
        } catch {
            guard case .cycle(let ids) = error else {
                Issue.record("expected .cycle, got \(error)")
                return
            }
            #expect(ids.count == 4)
            #expect(ids.first == ids.last)
            #expect(Set(ids) == ["c.a", "c.b", "c.c"])
            // Each step goes from a producer to a consumer of what it produces.
            let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.descriptor.id, $0.descriptor) })
            for (producer, consumer) in zip(ids, ids.dropFirst()) {
                let from = try #require(byID[producer])
                let to = try #require(byID[consumer])
                #expect(!from.produces.isDisjoint(with: to.consumes), "\(producer) → \(consumer)")
            }
            #expect(error.errorDescription?.contains(" → ") == true)
        }
    }

    @Test("two extractors that need each other are a cycle")
    func twoCycle() {
        let a = StubExtractor("c.a", consumes: [.entity(.place)], produces: [.entity(.person)])
        let b = StubExtractor("c.b", consumes: [.entity(.person)], produces: [.entity(.place)])
        #expect(throws: ExtractorError.cycle(["c.a", "c.b", "c.a"])) { try Pipeline(extractors: [a, b]) }
    }

    // MARK: Running

    @Test("later extractors see earlier mentions, and the pipeline stamps each result with its extractor")
    func laterExtractorsSeeEarlierMentions() throws {
        let people = gazetteer("test.people", .person, names: ["Lê Văn Nưng"])
        let orgs = gazetteer("test.orgs", .organization, names: ["Tỉnh ủy An Giang"])
        // Links every person to every organization found before it ran.
        let posts = StubExtractor(
            "test.posts", consumes: [.entity(.person), .entity(.organization)], produces: [.relation(.holdsPosition)]
        ) { document in
            let sentence = document.sentences[0].span
            var relations: [RelationCandidate] = []
            for person in document.mentions(ofType: .person) {
                for org in document.mentions(ofType: .organization) {
                    relations.append(
                        RelationCandidate(
                            subject: .existing(person.index), predicate: .holdsPosition, object: .existing(org.index),
                            attributes: ["title": "Phó Bí thư Thường trực"], evidence: sentence))
                }
            }
            return Extraction(relations: relations)
        }
        let result = try Pipeline(extractors: [posts, orgs, people]).run(document)
        #expect(result.failures.isEmpty)
        #expect(result.mentions.map(\.text) == ["Tỉnh ủy An Giang", "Lê Văn Nưng"])
        #expect(result.mentions.map(\.extractor) == ["test.orgs", "test.people"])
        let relation = try #require(result.relations.first)
        #expect(result.relations.count == 1)
        #expect(relation.subject == .existing(1))
        #expect(relation.object == .existing(0))
        #expect(relation.extractor == "test.posts")
        #expect(document.text(relation.evidence) == "Phó Bí thư Thường trực Tỉnh ủy An Giang Lê Văn Nưng khẳng định.")
    }

    @Test("references to an extraction's own mentions become indexes into the document's mentions")
    func newReferencesAreRewritten() throws {
        let places = gazetteer("test.places", .place, names: ["An Giang", "Cần Thơ"])
        let officials = StubExtractor(
            "test.officials", consumes: [.entity(.place)],
            produces: [.entity(.person), .entity(.organization), .relation(.holdsPosition), .relation(.locatedIn)]
        ) { document in
            Extraction(
                mentions: [
                    EntityMention(type: .person, span: DocumentFixtures.span(of: "Nưng", in: document.text)!, text: "Nưng",
                                  canonicalName: "Lê Văn Nưng"),
                    EntityMention(type: .organization, span: DocumentFixtures.span(of: "Tỉnh ủy An Giang", in: document.text)!,
                                  text: "Tỉnh ủy An Giang"),
                ],
                relations: [
                    RelationCandidate(subject: .new(0), predicate: .holdsPosition, object: .new(1), evidence: document.sentences[0].span),
                    RelationCandidate(subject: .new(1), predicate: .locatedIn, object: .existing(0), evidence: document.sentences[0].span),
                ])
        }
        let result = try Pipeline(extractors: [officials, places]).run(document)
        #expect(result.failures.isEmpty)
        #expect(result.mentions.map(\.text) == ["An Giang", "Cần Thơ", "Nưng", "Tỉnh ủy An Giang"])
        #expect(result.relations.map(\.subject) == [.existing(2), .existing(3)])
        #expect(result.relations.map(\.object) == [.existing(3), .existing(0)])
        #expect(result.mentions.dropFirst(2).first?.canonicalName == "Lê Văn Nưng")
    }

    @Test("an extractor that throws is reported and the others' results are kept")
    func throwingExtractor() throws {
        struct GazetteerMissing: LocalizedError {
            var errorDescription: String? { "the gazetteer file is missing" }
        }
        let broken = StubExtractor("test.broken", produces: [.entity(.organization)]) { _ in throw GazetteerMissing() }
        let people = gazetteer("test.people", .person, names: ["Lê Văn Nưng"])
        let result = try Pipeline(extractors: [broken, people]).run(document)
        #expect(result.failures == [.failed(extractor: "test.broken", article: "art-1", reason: "the gazetteer file is missing")])
        #expect(result.mentions.map(\.text) == ["Lê Văn Nưng"])
    }

    @Test("an ExtractorError thrown by an extractor is reported as it is")
    func extractorErrorPassesThrough() throws {
        let error = ExtractorError.failed(extractor: "test.broken", article: "art-1", reason: "model not loaded")
        let broken = StubExtractor("test.broken", produces: [.entity(.organization)]) { _ in throw error }
        let result = try Pipeline(extractors: [broken]).run(document)
        #expect(result.failures == [error])
    }

    @Test(
        "a mention span outside the text, empty or reversed drops that extractor's whole output",
        arguments: [(-1, 3), (90, 200), (5, 5), (8, 6)])
    func invalidMentionSpan(start: Int, end: Int) throws {
        let careless = StubExtractor("test.careless", produces: [.entity(.place)]) { document in
            Extraction(mentions: [
                EntityMention(type: .place, span: DocumentFixtures.span(of: "Cần Thơ", in: document.text)!, text: "Cần Thơ"),
                EntityMention(type: .place, span: TextSpan(start: start, end: end), text: "?"),
            ])
        }
        // Runs after the careless one and must not see its mentions.
        let people = StubExtractor("test.people", consumes: [.entity(.place)], produces: [.entity(.person)]) { document in
            #expect(document.mentions.isEmpty)
            return Extraction(mentions: [EntityMention(type: .person, span: TextSpan(start: 0, end: 3), text: "Phó")])
        }
        let result = try Pipeline(extractors: [careless, people]).run(document)
        #expect(result.mentions.map(\.extractor) == ["test.people"])
        try #require(result.failures.count == 1)
        guard case .invalidOutput(let extractor, let article, _) = result.failures[0] else {
            Issue.record("expected .invalidOutput, got \(result.failures[0])")
            return
        }
        #expect(extractor == "test.careless")
        #expect(article == "art-1")
    }

    @Test("a span may end exactly at the end of the text, not one scalar later")
    func spanAtEnd() throws {
        let count = Self.text.unicodeScalars.count
        let last = StubExtractor("test.last", produces: [.entity(.place)]) { _ in
            Extraction(mentions: [EntityMention(type: .place, span: TextSpan(start: count - 8, end: count), text: "Cần Thơ.")])
        }
        let beyond = StubExtractor("test.beyond", produces: [.entity(.place)]) { _ in
            Extraction(mentions: [EntityMention(type: .place, span: TextSpan(start: count - 7, end: count + 1), text: "ần Thơ.?")])
        }
        let result = try Pipeline(extractors: [last, beyond]).run(document)
        #expect(result.mentions.map(\.extractor) == ["test.last"])
        #expect(document.text(try #require(result.mentions.first).span) == "Cần Thơ.")
        try #require(result.failures.count == 1)
        guard case .invalidOutput(extractor: "test.beyond", _, _) = result.failures[0] else {
            Issue.record("expected .invalidOutput from test.beyond, got \(result.failures[0])")
            return
        }
    }

    @Test(
        "a relation pointing at a mention that does not exist, or with evidence outside the text, is invalid",
        arguments: [
            RelationCandidate(subject: .new(0), predicate: .locatedIn, object: .new(1), evidence: TextSpan(start: 0, end: 10)),
            RelationCandidate(subject: .new(0), predicate: .locatedIn, object: .existing(1), evidence: TextSpan(start: 0, end: 10)),
            RelationCandidate(subject: .existing(-1), predicate: .locatedIn, object: .new(0), evidence: TextSpan(start: 0, end: 10)),
            RelationCandidate(subject: .new(0), predicate: .locatedIn, object: .existing(0), evidence: TextSpan(start: 0, end: 500)),
            RelationCandidate(subject: .new(0), predicate: .locatedIn, object: .existing(0), evidence: TextSpan(start: 10, end: 2)),
        ])
    func invalidRelation(candidate: RelationCandidate) throws {
        let places = gazetteer("test.places", .place, names: ["An Giang"])
        let sloppy = StubExtractor("test.sloppy", consumes: [.entity(.place)], produces: [.entity(.organization)]) { document in
            Extraction(
                mentions: [EntityMention(type: .organization, span: DocumentFixtures.span(of: "Tỉnh ủy", in: document.text)!, text: "Tỉnh ủy")],
                relations: [candidate])
        }
        let result = try Pipeline(extractors: [sloppy, places]).run(document)
        #expect(result.mentions.map(\.text) == ["An Giang"])
        #expect(result.relations.isEmpty)
        try #require(result.failures.count == 1)
        guard case .invalidOutput(extractor: "test.sloppy", article: "art-1", _) = result.failures[0] else {
            Issue.record("expected .invalidOutput from test.sloppy, got \(result.failures[0])")
            return
        }
    }

    @Test("a pipeline runs the same way from many tasks at once")
    func concurrentRuns() async throws {
        let pipeline = try Pipeline(extractors: [
            gazetteer("test.places", .place, names: ["An Giang", "Cần Thơ"]),
            gazetteer("test.people", .person, names: ["Lê Văn Nưng"]),
        ])
        let documents = (0..<16).map { DocumentFixtures.document(Self.text, id: "art-\($0)") }
        let counts = await withTaskGroup(of: Int.self) { group in
            for document in documents { group.addTask { pipeline.run(document).mentions.count } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 3, count: 16))
    }
}
