import MekongPluginAPI
import VietnameseLexicon

/// A body that grants a numbered licence ("cấp giấy phép số D") or has a numbered document ("có Công văn số D"): the
/// readers of the document after the verb and of the body before it.
extension RelationRules {
    /// The words that may stand between "cấp" and the licence it grants: "cấp phép số D", "cấp giấy phép số D".
    static let grantWords: Set<String> = ["phép", "giấy", "số"]

    /// "Công trình được Sở Xây dựng cấp phép số 235/GP-SXD ngày …", "UBND tỉnh đã cấp giấy phép số D": the body right
    /// before "cấp" granted the numbered licence right after it (only "phép", "giấy" and "số" between, so that "cấp" as
    /// a level, "cấp tỉnh", reads nothing).
    mutating func grantedDocument(verbAt index: Int, in range: Range<Int>) {
        guard let licence = documentAfter(verbAt: index, past: Self.grantWords, in: range), licence.start > index + 1,
            let issuer = bodyBefore(verbAt: index, pastPresentName: false, in: range)
        else { return }
        add(issuer.index, .issued, licence.index, at: index, rule: "granted-licence", attributes: dateAttribute(licence.mention))
    }

    /// The document that starts right after the verb at `index` or past up to three words of `fillers` ("có Công văn
    /// số D", "cấp giấy phép số D"); nil when another word comes first.
    func documentAfter(verbAt index: Int, past fillers: Set<String>, in range: Range<Int>) -> MentionLayout.Placed? {
        var after = index + 1
        while after < range.upperBound, after - index <= 3, layout.starting(at: after, types: [.document]) == nil,
            fillers.contains(keys[after])
        {
            after += 1
        }
        guard after < range.upperBound else { return nil }
        return layout.starting(at: after, types: [.document])
    }

    /// The body that ends right before the verb at `index`, past the verb's modifiers ("đã", "vừa" …) and, when
    /// `pastPresentName`, past the body's present name in parentheses ("Sở A (nay là Sở B) có …").
    func bodyBefore(verbAt index: Int, pastPresentName: Bool, in range: Range<Int>) -> MentionLayout.Placed? {
        var before = index
        while before > range.lowerBound, Self.verbModifiers.contains(keys[before - 1]) { before -= 1 }
        if pastPresentName { before = self.pastPresentName(before: before, in: range) }
        return layout.ending(at: before, types: [.organization])
    }
}
