import MekongPluginAPI

/// Two bodies that will do, or did, one thing together: "Bộ Công Thương sẽ cùng Bộ Giao thông giám sát Uber", "Bộ
/// Thương mại Hoa Kỳ sẽ cùng Bộ Công Thương trao đổi các vấn đề".
extension RelationRules {
    /// "A (sẽ/đã) cùng B <verb>": A and B cooperate, where both are bodies, only a tense word (and before it a
    /// headline's colon) stands between A and "cùng", and a lower-case verb follows B (not "và", a comma or a list: "A cùng các đơn vị, B …" names no pair).
    mutating func together(at index: Int, in range: Range<Int>) {
        var before = index
        while before > range.lowerBound, index - before < 2, Self.tenseWords.contains(keys[before - 1]) { before -= 1 }
        // "Bộ Công Thương: Sẽ cùng Bộ Giao thông giám sát Uber": a headline's body speaking before a colon.
        if before < index, before > range.lowerBound, keys[before - 1] == ":" { before -= 1 }
        guard let subject = layout.ending(at: before, types: [.organization]),
            let partner = layout.starting(at: index + 1, types: [.organization]),
            partner.end < range.upperBound, document.tokens[partner.end].kind == .word,
            !document.tokens[partner.end].isCapitalized, !Self.notVerbsAfterPartner.contains(keys[partner.end]),
            subject.mention.canonicalName != partner.mention.canonicalName
        else { return }
        add(subject.index, .cooperatesWith, partner.index, at: index, rule: "together", confidence: 0.7)
    }

    /// Tense words between a subject and "cùng": "sẽ cùng", "đã cùng".
    static let tenseWords: Set<String> = ["sẽ", "đã", "đang", "cũng"]

    /// Words after the partner that make "cùng" a list's "and", not a shared act.
    static let notVerbsAfterPartner: Set<String> = ["và", "với", "các", "những", "của", "tại", "ở", "là", "cùng"]
}
