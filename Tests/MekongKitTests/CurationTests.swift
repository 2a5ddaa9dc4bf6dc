import Foundation
import MekongKit
import Testing

/// A store's graph as names, for comparing two stores (ids of merged or split entities may differ by design).
private struct GraphPicture: Equatable {
    var entities: Set<String>
    var relations: Set<String>

    init(_ store: GraphStore) throws {
        let graph = try store.loadGraph()
        var names: [String: String] = [:]
        entities = []
        for entity in graph.entities {
            names[entity.id] = "\(entity.type) \(entity.name)"
            let mentions = entity.mentions.map { "\($0.article)@\($0.start)" }.sorted()
            entities.insert("\(entity.type) \(entity.name) | \(entity.aliases.sorted()) | \(mentions)")
        }
        relations = []
        for relation in graph.relations {
            let evidence = relation.evidence.map { "\($0.article)@\($0.start)-\($0.end)/\($0.extractor)" }.sorted()
            relations.insert("\(names[relation.subject] ?? "?") -\(relation.predicate)-> \(names[relation.object] ?? "?") \(relation.attributes.sorted { $0.key < $1.key }) \(evidence)")
        }
    }
}

@Suite("Curation: merge, alias, rename, delete, split-off, articles delete, undo, and the curation file")
struct CurationTests {
    let scratch: ScratchDirectory

    init() throws { scratch = try ScratchDirectory() }

    /// The example article, and a second article: its first half, so that they share entities.
    private func articles() throws -> [String] {
        let text = try String(contentsOfFile: try Fixture.articlePath, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let half = lines.prefix(lines.count / 2).joined(separator: "\n") + "\n"
        return [try Fixture.articlePath, try scratch.write(Array(half.utf8), to: "half.txt")]
    }

    /// A store in its own folder holding both articles, with the curations of that folder applied.
    private func ingested(folder: String = "a") throws -> GraphStore {
        let directory = scratch.path(folder)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let store = try GraphStore(path: directory + "/graph.sqlite")
        let curations = try CurationFile.read(at: CurationFile.path(forStore: store.path)!).map(\.curation)
        _ = try Fixture.ingestor().ingest(try articles(), into: store, jobs: 1, curations: curations)
        return store
    }

    private func entity(_ store: GraphStore, _ name: String) throws -> Entity { try store.resolve(name) }

    private func evidence(of id: String, in graph: KnowledgeGraph) -> Set<String> {
        Set(graph.relations.filter { $0.subject == id || $0.object == id }
            .flatMap { $0.evidence.map { "\($0.article)@\($0.start)-\($0.end)/\($0.extractor)/\($0.rule ?? "")" } })
    }

    @Test("a merge keeps every alias, mention and piece of evidence of both entities")
    func mergeKeepsEverything() throws {
        defer { scratch.remove() }
        let store = try ingested()
        let kept = try entity(store, "Tỉnh ủy An Giang")
        let merged = try entity(store, "Ban Thường vụ Tỉnh ủy An Giang")
        let before = try store.loadGraph()
        let between = Set(before.relations.filter { Set([$0.subject, $0.object]) == Set([kept.id, merged.id]) }
            .flatMap { $0.evidence.map { "\($0.article)@\($0.start)-\($0.end)/\($0.extractor)/\($0.rule ?? "")" } })
        let expectedEvidence = evidence(of: kept.id, in: before).union(evidence(of: merged.id, in: before)).subtracting(between)
        #expect(!evidence(of: merged.id, in: before).subtracting(between).isEmpty, "the merged entity has relations of its own")

        let outcome = try Curator(store: store).merge(keep: "Tỉnh ủy An Giang", other: "Ban Thường vụ Tỉnh ủy An Giang")
        #expect(outcome.changed)

        let after = try store.loadGraph()
        #expect(after.entities.contains { $0.id == merged.id } == false)
        let survivor = try #require(after.entities.first { $0.id == kept.id })
        #expect(survivor.name == "Tỉnh ủy An Giang")
        #expect(Set(survivor.aliases).isSuperset(of: Set(kept.aliases + merged.allNames)), "\(survivor.aliases)")
        let mentions = Set((kept.mentions + merged.mentions).map { "\($0.article)@\($0.start)-\($0.end)" })
        #expect(Set(survivor.mentions.map { "\($0.article)@\($0.start)-\($0.end)" }) == mentions)
        #expect(evidence(of: kept.id, in: after) == expectedEvidence)
        // The name finds the survivor, as later articles will.
        #expect(try store.resolve("Ban Thường vụ Tỉnh ủy An Giang").id == kept.id)
        // Applying it again changes nothing.
        #expect(try store.apply(CurationFile.read(at: Curator(store: store).place).map(\.curation)) == [false])
    }

    @Test("the curated graph comes back whole from a fresh ingest with the same curation file")
    func survivesFreshIngest() throws {
        defer { scratch.remove() }
        let store = try ingested()
        let curator = try Curator(store: store)
        _ = try curator.merge(keep: "Tỉnh ủy An Giang", other: "Ban Thường vụ Tỉnh ủy An Giang")
        _ = try curator.rename("Lê Văn Nưng", to: "Lê Văn Nưng (An Giang)")
        _ = try curator.alias("Học viện Chính trị quốc gia Hồ Chí Minh", alias: "HVCTQG")
        _ = try curator.delete("Hoàng Phúc Lâm")
        let curated = try GraphPicture(store)
        #expect(try store.entities(search: "Hoàng Phúc Lâm").isEmpty)
        #expect(try store.resolve("HVCTQG").name == "Học viện Chính trị quốc gia Hồ Chí Minh")

        let folder = scratch.path("b")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: curator.place, toPath: folder + "/" + CurationFile.fileName)
        let fresh = try ingested(folder: "b")
        #expect(try GraphPicture(fresh) == curated)
        // Ingesting the same articles again into the curated store changes nothing either.
        _ = try Fixture.ingestor().ingest(try articles(), into: store, jobs: 1, curations: curator.entries().map(\.curation))
        #expect(try GraphPicture(store) == curated)
    }

    @Test("articles ingested after a curation do not bring back what it merged or deleted")
    func laterIngest() throws {
        defer { scratch.remove() }
        let directory = scratch.path("a")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let store = try GraphStore(path: directory + "/graph.sqlite")
        let paths = try articles()
        _ = try Fixture.ingestor().ingest([paths[0]], into: store, jobs: 1)
        let curator = try Curator(store: store)
        _ = try curator.merge(keep: "Tỉnh ủy An Giang", other: "Ban Thường vụ Tỉnh ủy An Giang")
        _ = try curator.delete("Hoàng Phúc Lâm")
        let survivor = try store.resolve("Tỉnh ủy An Giang").id

        let summary = try Fixture.ingestor().ingest([paths[1]], into: store, jobs: 1, curations: curator.entries().map(\.curation))
        #expect(summary.added == 1)
        let graph = try store.loadGraph()
        #expect(!graph.entities.contains { $0.name == "Ban Thường vụ Tỉnh ủy An Giang" || $0.name == "Hoàng Phúc Lâm" })
        let merged = try #require(graph.entities.first { $0.id == survivor })
        #expect(merged.name == "Tỉnh ủy An Giang")
        #expect(Set(merged.mentions.map(\.article)).count == 2, "the new article's mentions of both names join the survivor")
    }

    @Test("split-off moves an alias's mentions and evidence to an entity of its own; nothing is lost")
    func splitOff() throws {
        defer { scratch.remove() }
        let store = try ingested()
        let whole = try entity(store, "Tỉnh ủy An Giang")
        let alias = try #require(whole.aliases.first { NameNormalizer.key($0) == NameNormalizer.key("Tỉnh ủy") })
        let before = try store.statistics()
        let outcome = try Curator(store: store).splitOff("Tỉnh ủy An Giang", alias: "tinh uy")
        #expect(outcome.entities.count == 2)
        let split = try #require(outcome.entities.first { $0.name == alias })
        #expect(split.mentions.allSatisfy { NameNormalizer.key($0.text) == NameNormalizer.key(alias) })
        #expect(!split.mentions.isEmpty)
        let rest = try #require(try store.entity(id: whole.id))
        #expect(!rest.aliases.contains(alias))
        #expect(rest.mentions.count + split.mentions.count == whole.mentions.count)
        let after = try store.statistics()
        #expect(after.mentions == before.mentions)
        #expect(after.evidence == before.evidence)
    }

    @Test("undo derives the graph again without the curation: the last one, or number N")
    func undoRestores() throws {
        defer { scratch.remove() }
        let store = try ingested()
        let original = try GraphPicture(store)
        let curator = try Curator(store: store)
        _ = try curator.merge(keep: "Tỉnh ủy An Giang", other: "Ban Thường vụ Tỉnh ủy An Giang")
        let merged = try GraphPicture(store)
        _ = try curator.delete("Hoàng Phúc Lâm")
        #expect(try GraphPicture(store) != merged)

        let undone = try curator.undo(ingestor: Fixture.ingestor())
        #expect(undone.entry.curation.operation == "delete")
        #expect(try GraphPicture(store) == merged)
        #expect(try curator.entries().count == 1)

        _ = try curator.delete("Hoàng Phúc Lâm")
        _ = try curator.undo(1, ingestor: Fixture.ingestor())
        #expect(try curator.entries().map(\.curation.operation) == ["delete"])
        _ = try curator.undo(ingestor: Fixture.ingestor())
        #expect(try GraphPicture(store) == original)
        #expect(throws: CurationError.nothingToUndo(path: curator.place)) { try curator.undo(ingestor: Fixture.ingestor()) }
    }

    @Test("articles delete removes what only that article states, and ingest leaves the article out afterwards")
    func articlesDelete() throws {
        defer { scratch.remove() }
        let store = try ingested()
        let paths = try articles()
        let half = try #require(try store.articleListing().articles.first { $0.path == paths[1] })
        let full = try #require(try store.articleListing().articles.first { $0.path == paths[0] })
        let before = try store.loadGraph()
        let sha256 = try #require(try store.article(id: half.id)).sha256
        let outcome = try Curator(store: store).deleteArticle(paths[1])
        #expect(outcome.entry.curation == .deleteArticle(id: half.id, sha256: sha256, path: paths[1]))
        let after = try store.loadGraph()
        #expect(after.articles.map(\.id) == [full.id])
        #expect(after.entities.allSatisfy { entity in entity.mentions.allSatisfy { $0.article == full.id } })
        #expect(after.relations.allSatisfy { relation in !relation.evidence.isEmpty && relation.evidence.allSatisfy { $0.article == full.id } })
        #expect(after.entities.count <= before.entities.count)

        let summary = try Fixture.ingestor().ingest(
            paths, into: store, jobs: 1, curations: Curator(store: store).entries().map(\.curation))
        #expect(summary.deletedByCuration == 1)
        #expect(try store.statistics().articles == 1)
    }

    @Test("a name several entities share is refused with the candidates; --type picks one")
    func ambiguousName() throws {
        defer { scratch.remove() }
        let store = try GraphStore(path: scratch.path("graph.sqlite"))
        let article = Article(id: "a1", title: "t", path: "a1.txt", sha256: "s", text: "Hà Nội và Hà Nội.")
        func entity(_ type: EntityType, _ start: Int) -> Entity {
            Entity(id: StableID.entity(type: type, name: "Hà Nội"), type: type, name: "Hà Nội",
                   mentions: [Mention(article: "a1", start: start, end: start + 6, text: "Hà Nội")])
        }
        try store.ingest(ArticleContribution(article: article, entities: [entity(.place, 0), entity(.organization, 10)], relations: []))
        let curator = try Curator(store: store)
        #expect {
            try curator.delete("Ha Noi")
        } throws: { error in
            guard case CurationError.ambiguousEntity(_, let candidates) = error else { return false }
            return candidates.count == 2 && error.localizedDescription.contains("--type")
        }
        #expect(try curator.entries().isEmpty, "nothing is recorded")
        _ = try curator.delete("Ha Noi", type: .organization)
        #expect(try store.entities().map(\.type) == [.place])
    }

    @Test("a mistake in the curation file is reported with its file and line", arguments: [
        ("- {date: 2024-01-31, op: delete, type: organization, entity: \"A\"}\n- {date: 2024-01-31, op: delete, typ: organization, entity: \"B\"}\n", 2, "unknown key 'typ'"),
        ("# note\n\n- {date: 2024-01-31, op: merge, type: document, into: \"A\"}\n", 3, "no 'from'"),
        ("- {date: 2024-01-31, op: delete, type: organization, entity: \"A\"}\n- {date: 2024-01-31, op: remove, type: organization, entity: \"A\"}\n", 2, "'remove' is not an operation"),
        ("- {date: 31/1/2024, op: delete, type: organization, entity: \"A\"}\n", 1, "YYYY-MM-DD"),
        ("- {date: 2024-01-31, op: delete, type: organization, entity: \"A\"\n- {date: 2024-01-31}\n", 2, "flow mapping"),
    ])
    func fileErrors(text: String, line: Int, message: String) throws {
        defer { scratch.remove() }
        let path = try scratch.write(Array(text.utf8), to: "curation.yaml")
        do {
            _ = try CurationFile.read(at: path)
            Issue.record("no error for \(text)")
        } catch {
            let description = error.localizedDescription
            #expect(description.hasPrefix("\(path):\(line): "), "\(description)")
            #expect(description.contains(message), "\(description)")
        }
    }

    @Test("the file is written one entry a line, and read back the same")
    func roundTrip() throws {
        let entries = [
            CurationEntry(date: "2024-01-31", curation: .merge(
                into: CuratedEntity(type: .document, name: "Luật Sĩ quan Quân đội nhân dân Việt Nam"),
                from: CuratedEntity(type: .document, name: "Luật Sĩ quan"))),
            CurationEntry(date: "2024-01-31", curation: .merge(
                into: CuratedEntity(type: .organization, name: "A"), from: CuratedEntity(type: .place, name: "B: \"x\" # y"))),
            CurationEntry(date: "2024-02-01", curation: .alias(CuratedEntity(type: .organization, name: "Bộ Quốc phòng"), alias: "BQP")),
            CurationEntry(date: "2024-02-01", curation: .rename(CuratedEntity(type: .person, name: "Nguyễn Văn"), to: "Nguyễn Văn An")),
            CurationEntry(date: "2024-02-02", curation: .delete(CuratedEntity(type: .organization, name: "Đại học Luật"))),
            CurationEntry(date: "2024-02-02", curation: .splitOff(CuratedEntity(type: .organization, name: "X"), alias: "Y")),
            CurationEntry(date: "2024-02-03", curation: .deleteArticle(id: "ea02926613c2", sha256: "ab12", path: "a b/c.txt")),
        ]
        let text = CurationFile.format(entries)
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("- {") }.count == entries.count)
        #expect(text.contains(#"- {date: 2024-02-02, op: delete, type: organization, entity: "Đại học Luật"}"#), "\(text)")
        #expect(try CurationFile.parse(text, path: "curation.yaml") == entries)
    }
}
