import MekongPluginAPI

/// Known bodies are written with the abbreviations of their words as often as in full: "Ban Chấp hành TƯ", "Quân ủy
/// TƯ", "Ủy ban MTTQ Việt Nam tỉnh …". The lexicon keeps one spelling per body and derives these from the
/// abbreviations it knows.
extension VietnameseLexicon {
    /// The spellings of `name` with runs of its words written as abbreviations of `abbreviations` (abbreviation →
    /// expansion), one run or several ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" is also "UBTƯ MTTQ VN"): only
    /// expansions of two or more words that start with a capital ("Trung ương", "Mặt trận Tổ quốc", "Việt Nam"), each
    /// replaced wherever it stands as whole words in the name; the city's short forms are the gazetteer's.
    static func abbreviatedVariants(of name: String, abbreviations: [String: String]) -> [String] {
        let replaceable = abbreviations.sorted(by: { $0.key < $1.key }).filter { abbreviation, expansion in
            expansion.contains(" ") && expansion.first?.isUppercase == true && !abbreviation.hasPrefix("TP")
        }
        var variants: [String] = []
        var pending = [name]
        while let current = pending.popLast() {
            for (abbreviation, expansion) in replaceable {
                let padded = " " + current + " "
                guard padded.contains(" " + expansion + " ") else { continue }
                let variant = String(padded.replacingOccurrences(of: " " + expansion + " ", with: " " + abbreviation + " ")
                    .dropFirst().dropLast())
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
