import MekongPluginAPI

/// Two bodies that will do, or did, one thing together: "Bộ Công Thương sẽ cùng Bộ Giao thông giám sát Uber", "Bộ
/// Thương mại Hoa Kỳ sẽ cùng Bộ Công Thương trao đổi các vấn đề".
extension RelationRules {
    /// "A (sẽ/đã) cùng B <verb>": A and B cooperate, where both are bodies, only a verb's modifier (and before it a
    /// headline's colon) stands between A and "cùng", and the word after B opens a shared act: in lower case, and none
    /// of ``wordsOfPresence`` ("A cùng B đã dự lễ" lists those present).
    mutating func together(at index: Int, in range: Range<Int>) {
        var before = index
        while before > range.lowerBound, index - before < 2, Self.verbModifiers.contains(keys[before - 1]) { before -= 1 }
        // "Bộ Công Thương: Sẽ cùng Bộ Giao thông giám sát Uber": a headline's body speaking before a colon.
        if before < index, before > range.lowerBound, keys[before - 1] == ":" { before -= 1 }
        guard let subject = layout.ending(at: before, types: [.organization]),
            let partner = layout.starting(at: index + 1, types: [.organization]),
            partner.end < range.upperBound, document.tokens[partner.end].kind == .word,
            !document.tokens[partner.end].isCapitalized, !Self.wordsOfPresence.contains(keys[partner.end]),
            subject.mention.canonicalName != partner.mention.canonicalName
        else { return }
        add(subject.index, .cooperatesWith, partner.index, at: index, rule: "together", confidence: 0.7)
    }

    /// Words after B that make "A cùng B" a list of those present, not a shared act: auxiliaries ("A cùng B đã dự"),
    /// function words ("A cùng B và C", "A cùng B của …"), verbs of attending ("dự", "chứng kiến", "đón").
    static let wordsOfPresence: Set<String> = [
        "đã", "đang", "sẽ", "vừa", "mới", "cũng", "đều", "và", "với", "của", "các", "những", "tại", "ở", "trong", "là", "có",
        "được", "cùng", "dự", "chứng", "đón", "tham",
    ]
}
