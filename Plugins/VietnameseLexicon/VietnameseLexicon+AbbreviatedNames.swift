import MekongPluginAPI

/// Known bodies are written with the abbreviations of their words as often as in full: "Ban Chấp hành TƯ", "Quân ủy
/// TƯ", "Ủy ban MTTQ Việt Nam tỉnh …". The lexicon keeps one spelling per body and derives these from the
/// abbreviations it knows.
extension VietnameseLexicon {
    /// The abbreviations ``abbreviatedVariants(of:replacing:)`` writes names with: those whose expansion has two or
    /// more words and starts with a capital ("Trung ương", "Mặt trận Tổ quốc", "Việt Nam"), in the order of the
    /// abbreviations; the city's short forms ("TP") are the gazetteer's.
    static func replaceableAbbreviations(_ abbreviations: [String: String]) -> [(abbreviation: String, expansion: [Substring])] {
        abbreviations.sorted(by: { $0.key < $1.key }).filter { abbreviation, expansion in
            expansion.contains(" ") && expansion.first?.isUppercase == true && !abbreviation.hasPrefix("TP")
        }.map { ($0.key, $0.value.split(separator: " ", omittingEmptySubsequences: false)) }
    }

    /// The spellings of `name` with runs of its words written as the abbreviations of `replaceable` (from
    /// ``replaceableAbbreviations(_:)``), one run or several ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" is also
    /// "UBTƯ MTTQ VN"): each expansion replaced wherever it stands as whole words in the name, left to right, a
    /// replaced run and the next one at least a word apart.
    static func abbreviatedVariants(
        of name: String, replacing replaceable: [(abbreviation: String, expansion: [Substring])]
    ) -> [String] {
        var variants: [String] = []
        var pending = [name]
        while let current = pending.popLast() {
            let words = current.split(separator: " ", omittingEmptySubsequences: false)
            for (abbreviation, expansion) in replaceable {
                var replaced: [Substring] = []
                var index = 0
                var found = false
                while index < words.count {
                    if index + expansion.count <= words.count, words[index..<(index + expansion.count)].elementsEqual(expansion) {
                        replaced.append(Substring(abbreviation))
                        index += expansion.count
                        found = true
                        // The space after a replaced run is spent: the next run starts a word later.
                        if index < words.count { replaced.append(words[index]); index += 1 }
                    } else {
                        replaced.append(words[index])
                        index += 1
                    }
                }
                guard found else { continue }
                let variant = replaced.joined(separator: " ")
                guard variant != name, !variants.contains(variant) else { continue }
                variants.append(variant)
                pending.append(variant)
            }
        }
        return variants
    }

    /// The text of `tokens` (a run of a document's tokens) with each abbreviation of the lexicon written out
    /// ("UBND tỉnh Hòa Bình" → "Ủy ban nhân dân tỉnh Hòa Bình", "QĐND" → "Quân đội nhân dân"), single spaces where the
    /// text has any.
    public func expandingAbbreviations(_ tokens: ArraySlice<Token>) -> String {
        var out = ""
        var previousEnd: Int?
        for token in tokens {
            if let previousEnd, token.span.start > previousEnd { out += " " }
            out += abbreviations[token.text] ?? token.text
            previousEnd = token.span.end
        }
        return out
    }
}
