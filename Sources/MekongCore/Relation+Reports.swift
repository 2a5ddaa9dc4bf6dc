extension Evidence {
    /// The attributes that belong to one report of a fact rather than to the fact: whether the post is held
    /// (`status`), its `term`, and when it began and ended (`since`, `until`). Two articles may report the same
    /// post differently ("Bí thư" in 2015, "nguyên Bí thư" in 2020), so each piece of evidence keeps its own
    /// (docs/export-format.md); ``MekongKit`` judges a post from its latest report.
    public static let reportAttributes: Set<String> = ["status", "term", "since", "until"]
}

extension Relation {
    /// This relation with its ``Evidence/reportAttributes`` moved from ``attributes`` to each piece of
    /// evidence (a piece's own value of a key wins), which is how the store keeps them.
    ///
    /// Extractors and older stores and exports (version 2 and before) give them on the relation; the store
    /// keeps them on each report. A relation without evidence keeps them, having no report to carry them.
    public func reportAttributesOnEvidence() -> Relation {
        let reported = attributes.filter { Evidence.reportAttributes.contains($0.key) }
        guard !reported.isEmpty, !evidence.isEmpty else { return self }
        var moved = self
        moved.attributes = attributes.filter { !Evidence.reportAttributes.contains($0.key) }
        for index in moved.evidence.indices {
            moved.evidence[index].attributes.merge(reported) { own, _ in own }
        }
        return moved
    }
}
