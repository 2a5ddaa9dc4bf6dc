import Foundation
import GRDB
import MekongCore
import MekongStore
import Testing

/// Migration v6 packs the mentions of an entity in an article into one row: every read gives back the very
/// mentions that were ingested (offsets, texts and order), in a store migrated from v5 as in a new one.
@Suite("Migration v6: the mentions of an entity in an article as one row")
struct MentionSpansMigrationTests {
    typealias F = ContributionFixtures
    typealias Parts = EvidenceOffsetsMigrationTests.Parts

    /// An article whose entities are mentioned several times, out of order, twice at the same offsets, with
    /// texts that differ only in how their diacritics are encoded, with JSON's special characters, and by two
    /// incoming entities that the store takes for one.
    static func article(_ index: Int) -> ArticleContribution {
        let id = "art-\(index)"
        let text = "Tin \(index): Tỉnh ủy An Giang, Tra\u{0300}n \"Bình\" \\ \(index); Trần \"Bình\" \\ \(index)."
        var committee = F.entity(.organization, "Tỉnh ủy An Giang", article: id, at: 40)
        committee.mentions += [
            Mention(article: id, start: 20, end: 36, text: "Tỉnh ủy An Giang"),
            Mention(article: id, start: 40, end: 56, text: "duplicate offsets: the first text is kept"),
            Mention(article: id, start: 20, end: 30, text: "Tỉnh ủy An"),
        ]
        let name = "Trần \"Bình\" \\ \(index)"
        var person = F.entity(.person, name, article: id, at: 70)
        person.mentions.append(Mention(article: id, start: 60, end: 68, text: "Tra\u{0300}n \"Bình\" \\ \(index)"))
        // The same person again under an alias: resolved to the entity above, its mentions join the same row.
        var again = F.entity(.person, "Trần Bình \(index)", aliases: [name], article: id, at: 90)
        again.mentions.append(Mention(article: id, start: 95, end: 99, text: "Bình\n\t"))
        let relation = F.relation(person, .holdsPosition, committee, article: id, attributes: ["title": "Bí thư"])
        return ArticleContribution(
            article: F.article(id, text: text), entities: [committee, person, again], relations: [relation])
    }

    static func rows(_ path: String) throws -> (packed: Int, mentions: Int) {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_mentions")!,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions")!)
        }
    }

    @Test("mentions read back as they were given: offsets, texts byte for byte, order, duplicates dropped")
    func readBack() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try GraphStore(path: path)
        let articles = (0..<3).map(Self.article)
        for article in articles { try store.ingest(article) }
        let committee = try #require(try store.loadGraph().entities.first { $0.type == .organization })
        #expect(committee.mentions.filter { $0.article == "art-1" }.map { [$0.start, $0.end] }
                == [[20, 30], [20, 36], [40, 56]])
        #expect(!committee.mentions.contains { $0.text.hasPrefix("duplicate") })
        let person = try store.resolve("Trần Bình 2")
        let mentions = try #require(try store.loadGraph().entities.first { $0.id == person.id }).mentions
        #expect(mentions.map(\.start) == [60, 70, 90, 95])
        #expect(mentions[0].text.unicodeScalars.elementsEqual("Tra\u{0300}n \"Bình\" \\ 2".unicodeScalars))
        #expect(mentions[1].text.unicodeScalars.elementsEqual("Trần \"Bình\" \\ 2".unicodeScalars))
        #expect(mentions[3].text == "Bình\n\t")
        // One row per entity and article (three entities, two of them one), one view row per mention.
        #expect(try Self.rows(path) == (6, 21))
        // The view, the neighbourhood and the whole graph agree.
        #expect(try store.neighborhood(of: person.id, depth: 1).entities.first { $0.id == person.id }?.mentions == mentions)
        let queue = try DatabaseQueue(path: path)
        let viewed = try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT article_id, start, "end", text FROM mentions WHERE entity_id = ? ORDER BY article_id, start, "end"
                """, arguments: [person.id]).map { Mention(article: $0[0], start: $0[1], end: $0[2], text: $0[3]) }
        }
        try queue.close()
        #expect(viewed == mentions)
        #expect(viewed.map(\.text.unicodeScalars).map(Array.init) == mentions.map(\.text.unicodeScalars).map(Array.init))
    }

    @Test("a v5 store reads the same read-only, then migrates with the same graph and the same export")
    func oldStoreMigrates() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("old.sqlite")
        let expected: Parts
        let expectedExport: Data
        do {
            let store = try GraphStore(path: path)
            for index in 0..<4 { try store.ingest(Self.article(index)) }
            expected = EvidenceOffsetsMigrationTests.parts(try store.loadGraph())
            expectedExport = try EvidenceOffsetsMigrationTests.export(store)
        }
        try GraphStore.removeMentionSpans(at: path)
        let queue = try DatabaseQueue(path: path)
        let (applied, tables) = try queue.read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%mentions%'"))
        }
        try queue.close()
        #expect(!applied.contains("v6-mention-spans"))
        #expect(applied.contains("v5-listing-indexes"))
        #expect(tables == ["mentions"])

        let reader = try GraphStore(readingAt: path)
        #expect(EvidenceOffsetsMigrationTests.parts(try reader.loadGraph()) == expected)
        #expect(try EvidenceOffsetsMigrationTests.export(reader) == expectedExport)

        let upgraded = try GraphStore(path: path)
        #expect(EvidenceOffsetsMigrationTests.parts(try upgraded.loadGraph()) == expected)
        #expect(try EvidenceOffsetsMigrationTests.export(upgraded) == expectedExport)
        // And keeps working: an article replaced and one removed leave what ingesting the rest alone leaves.
        try upgraded.ingest(Self.article(4))
        #expect(try upgraded.removeArticle(id: "art-0"))
        let fresh = try GraphStore.inMemory()
        for index in 1...4 { try fresh.ingest(Self.article(index)) }
        #expect(try upgraded.articleSummaries(["art-1"])["art-1"]?.entities == 2)
        let left = EvidenceOffsetsMigrationTests.parts(try upgraded.loadGraph())
        let alone = EvidenceOffsetsMigrationTests.parts(try fresh.loadGraph())
        #expect(left.entities == alone.entities)
        #expect(left.relations == alone.relations)
    }
}
