import Foundation
import GRDB
import MekongCore
import MekongStore
import Testing

/// After a run that grew the name index, its b-trees are merged into one (searches then read one list per
/// trigram instead of one per transaction); a run that added little leaves it alone.
@Suite("Name index upkeep")
struct NameIndexUpkeepTests {
    typealias F = ContributionFixtures

    /// The rows of the FTS5 index's own table: every b-tree of it has at least a leaf row.
    static func indexRows(_ path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM name_folds_search_data") ?? 0 }
    }

    /// Officials of one committee, one article (and one transaction) each.
    static func article(_ index: Int) -> ArticleContribution {
        let committee = F.entity(.organization, "Tỉnh ủy An Giang", article: "a\(index)", at: 30)
        let person = F.entity(.person, "Nguyễn Văn Số \(index)", article: "a\(index)", at: 0)
        return ArticleContribution(article: F.article("a\(index)"), entities: [committee, person], relations: [])
    }

    @Test("a run that grew the index merges it, and every search answers as before")
    func mergesAfterGrowth() throws {
        let directory = try GraphStoreFileTests.TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try GraphStore(path: path)
        let mark = try store.nameIndexMark()
        #expect(mark == 0)
        for index in 0..<40 { try store.ingest(Self.article(index)) }
        let searches = ["nguyen van so 1", "so 3", "tinh uy", "an giang"]
        let before = try searches.map { try store.entities(search: $0).map(\.id) }
        let rowsBefore = try Self.indexRows(path)

        #expect(try store.tidyNameIndex(grownSince: mark))
        #expect(try Self.indexRows(path) < rowsBefore)
        #expect(try searches.map { try store.entities(search: $0).map(\.id) } == before)
        #expect(before[1].count == 11, "Số 3 and Số 30 to Số 39")

        // One more official in a store of 41 names is not an eighth of it.
        let grown = try store.nameIndexMark()
        try store.ingest(Self.article(40))
        #expect(try !store.tidyNameIndex(grownSince: grown))
        #expect(try store.entities(search: "so 40").count == 1)
    }
}
