import MekongCore

/// Who holds a post at a date, from what the articles say (docs/cli.md, `relations --at/--current`).
///
/// Only `holds_position` relations are judged; the others pass unchanged. Each report of a post (a piece of
/// evidence, with its article's date and its own `status`, `since`, `until`: docs/export-format.md) speaks for a
/// day when its article is dated on or before it, or else when its `since` is; the post is judged from the
/// latest report that speaks for the day. It is **out** when that report says it was left (`status` `former`,
/// which wins over another report of the same date), when the report's `since` is after the day or its `until`
/// before it (for now: when it has an `until`), or when no report speaks for the day. Undated reports (an
/// article without a date and no `since`) count only when no dated report speaks for the day: then the post
/// is judged from them alone. So a post reported held in 2015 and left ("nguyên Bí thư") in 2020 is held on a
/// day of 2016 and out now.
///
/// Of the posts that stay, a post that one person holds at a time (a head's title: "Bí thư", "Chủ tịch",
/// "Giám đốc", not "Phó …", "Ủy viên …", "Thành viên", "Đại biểu") keeps, in each body, only the holders
/// reported latest: three "Bí thư" of one Thành ủy reported in 2015, 2016 and 2020 leave the one of 2020
/// (undated reports sort before any date).
public enum PostHolding {
    /// First words of titles that several people hold at once.
    static let sharedTitleStarts: Set<String> = Set([
        "phó", "ủy", "uỷ", "thành", "đại", "chuyên", "cán", "giảng", "thư", "trợ", "đảng", "cố", "nguyên",
    ].map(NameNormalizer.key))

    /// One report of a post: the date it speaks from (nil when undated) and what it says of the post's time.
    private struct Report {
        var date: String?
        var attributes: [String: String]
    }

    /// The relations of `relations` that hold at `date` (`YYYY-MM-DD`), or now when `date` is nil.
    public static func held(_ relations: [RelationJSON], at date: String?) -> [RelationJSON] {
        var kept: [RelationJSON] = []
        var reported: [String: String] = [:]  // relation id → the date of the report it is held by ("" undated)
        for relation in relations {
            guard relation.predicate == Predicate.holdsPosition.rawValue else {
                kept.append(relation)
                continue
            }
            guard let latest = latestReports(of: relation, at: date), latest.allSatisfy({ holds($0, at: date) })
            else { continue }
            reported[relation.id] = latest[0].date ?? ""
            kept.append(relation)
        }
        // One holder at a time: keep, per body and title, the holders reported latest ("" sorts before any date).
        func postKey(_ relation: RelationJSON) -> String? {
            guard relation.predicate == Predicate.holdsPosition.rawValue, let title = relation.title else { return nil }
            let key = NameNormalizer.key(title)
            guard let first = key.split(separator: " ").first, !sharedTitleStarts.contains(String(first)) else { return nil }
            return relation.object.id + "\u{1F}" + key
        }
        var latestOfPost: [String: String] = [:]
        for relation in kept {
            guard let post = postKey(relation), let when = reported[relation.id] else { continue }
            latestOfPost[post] = max(latestOfPost[post] ?? "", when)
        }
        return kept.filter { relation in
            guard let post = postKey(relation), let when = reported[relation.id] else { return true }
            return when == latestOfPost[post]
        }
    }

    /// The reports the post is judged from at `date` (now when nil): those of the latest date that speaks for
    /// it, or the undated ones when no dated report does; nil when none.
    private static func latestReports(of relation: RelationJSON, at date: String?) -> [Report]? {
        // A report's own attributes win over the relation's (a store or export written before reports had them).
        let inherited = relation.attributes.filter { Evidence.reportAttributes.contains($0.key) }
        var dated: [Report] = []
        var undated: [Report] = []
        for evidence in relation.evidence {
            let attributes = evidence.attributes.merging(inherited) { own, _ in own }
            let since = attributes["since"]
            if let published = evidence.published, date == nil || published <= date! {
                dated.append(Report(date: published, attributes: attributes))
            } else if let since, date == nil || since <= date! {
                // An article written later (or undated) that says when the post began speaks from that day.
                dated.append(Report(date: since, attributes: attributes))
            } else if evidence.published == nil {
                undated.append(Report(date: nil, attributes: attributes))
            }
        }
        if let latest = dated.compactMap(\.date).max() { return dated.filter { $0.date == latest } }
        return undated.isEmpty ? nil : undated
    }

    /// Whether `report` says the post is held at `date` (now when nil).
    private static func holds(_ report: Report, at date: String?) -> Bool {
        let attributes = report.attributes
        if attributes["status"] == "former" { return false }
        guard let date else { return attributes["until"] == nil }
        if let since = attributes["since"], since > date { return false }
        if let until = attributes["until"], !date.hasPrefix(until), until < date { return false }
        return true
    }
}
