import Foundation
import MekongKit
import Testing

/// `relations --at/--current`: who holds a post at a date, from the reports' dates and the posts' time attributes.
@Suite("Posts held at a date")
struct PostHoldingTests {
    /// A relation of `person` to `body` as the CLI's JSON has it, reported by articles of these dates.
    private func post(
        _ person: String, _ title: String, _ body: String = "Thành ủy Hà Nội", reported dates: [String?],
        attributes: [String: String] = [:]
    ) throws -> RelationJSON {
        var all = attributes
        all["title"] = title
        let evidence: [[String: Any]] = dates.enumerated().map { index, date in
            ["sentence": "…", "article_id": "\(person)-\(index)", "article_title": NSNull(), "published": date ?? NSNull(),
             "source": NSNull(), "url": NSNull(), "start": 0, "end": 1, "extractor": "vi.officials", "rule": NSNull(),
             "confidence": 0.85]
        }
        let object: [String: Any] = [
            "id": "rel-\(person)-\(title)", "predicate": "holds_position", "subject": ["id": person, "name": person],
            "object": ["id": body, "name": body], "title": title, "attributes": all, "evidence": evidence,
        ]
        return try JSONDecoder().decode(RelationJSON.self, from: JSONSerialization.data(withJSONObject: object))
    }

    @Test("of three secretaries of one committee, now is the one reported latest; deputies are all kept")
    func latestHolder() throws {
        let relations = [
            try post("Phạm Quang Nghị", "Bí thư", reported: ["2015-01-10"]),
            try post("Hoàng Trung Hải", "Bí thư", reported: ["2016-03-01", "2017-06-01"]),
            try post("Vương Đình Huệ", "Bí thư", reported: ["2020-02-07"]),
            try post("Ngô Thị Thanh Hằng", "Phó Bí thư", reported: ["2015-06-26"]),
            try post("Nguyễn Văn Phong", "Phó Bí thư", reported: ["2020-02-07"]),
        ]
        #expect(Set(PostHolding.held(relations, at: nil).map(\.subject.name))
            == ["Vương Đình Huệ", "Ngô Thị Thanh Hằng", "Nguyễn Văn Phong"])
        // On a day of 2018 the reports of 2020 are not yet written.
        #expect(Set(PostHolding.held(relations, at: "2018-01-01").map(\.subject.name))
            == ["Hoàng Trung Hải", "Ngô Thị Thanh Hằng"])
    }

    @Test("a post reported as left, or whose period excludes the day, is out")
    func leftAndPeriods() throws {
        let relations = [
            try post("Đinh La Thăng", "Bí thư", "Thành ủy TP.HCM", reported: ["2017-05-10"], attributes: ["status": "former"]),
            try post("Nguyễn Văn Bình", "Giám đốc", "Sở Nội vụ", reported: ["2019-01-01"],
                     attributes: ["since": "2000-06", "until": "2005"]),
        ]
        #expect(PostHolding.held(relations, at: nil).isEmpty)
        #expect(PostHolding.held(relations, at: "2003-01-01").map(\.subject.name) == ["Nguyễn Văn Bình"])
        #expect(PostHolding.held(relations, at: "2005-07-01").map(\.subject.name) == ["Nguyễn Văn Bình"])
        #expect(PostHolding.held(relations, at: "2006-01-01").isEmpty)
        // A post reported only as left is never shown as held: the report says nothing of when it was.
        #expect(PostHolding.held(relations, at: "2016-01-01").isEmpty)
    }
}
