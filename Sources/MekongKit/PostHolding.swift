import MekongCore

/// Who holds a post at a date, from what the articles say (docs/cli.md, `relations --at/--current`).
///
/// Only `holds_position` relations are judged; the others pass unchanged. A post relation is **out** when its
/// `since` (docs/export-format.md) is after the date, its `until` before it, its `status` is `former`, or no
/// report on or before the date says it is held. Of the posts that stay, a post that
/// one person holds at a time (a head's title: "Bí thư", "Chủ tịch", "Giám đốc", not "Phó …", "Ủy viên …",
/// "Thành viên", "Đại biểu") keeps, in each body, only the holders reported latest: three "Bí thư" of one Thành ủy
/// reported in 2015, 2016 and 2020 leave the one of 2020. The date of a report is its article's date, or the post's
/// `since`; undated reports count only when no holder of that post has a dated one.
public enum PostHolding {
    /// First words of titles that several people hold at once.
    static let sharedTitleStarts: Set<String> = Set([
        "phó", "ủy", "uỷ", "thành", "đại", "chuyên", "cán", "giảng", "thư", "trợ", "đảng", "cố", "nguyên",
    ].map(NameNormalizer.key))

    /// The relations of `relations` that hold at `date` (`YYYY-MM-DD`), or now when `date` is nil.
    public static func held(_ relations: [RelationJSON], at date: String?) -> [RelationJSON] {
        var kept: [RelationJSON] = []
        var reported: [String: String] = [:]  // relation id → the latest date it is reported held ("" undated)
        for relation in relations {
            guard relation.predicate == Predicate.holdsPosition.rawValue else {
                kept.append(relation)
                continue
            }
            let attributes = relation.attributes
            if let date {
                if let since = attributes["since"], since > date { continue }
                if let until = attributes["until"], !date.hasPrefix(until), until < date { continue }
            } else if attributes["until"] != nil {
                continue
            }
            // Reported as left: its reports say nothing of when it was held (a period would have been read as
            // since/until, and those were judged above only for posts not reported as left).
            if attributes["status"] == "former" { continue }
            let dates = relation.evidence.compactMap(\.published).filter { date == nil || $0 <= date! }
            let latest = (dates + [attributes["since"]].compactMap { $0 }).filter { date == nil || $0 <= date! }.max()
            if date != nil, latest == nil, !relation.evidence.contains(where: { $0.published == nil }) { continue }
            reported[relation.id] = latest ?? ""
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
}
