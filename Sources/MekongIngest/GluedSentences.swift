/// Repairs sentence boundaries a crawler lost: "…và bếp.Lực lượng" → "…và bếp. Lực lượng".
enum GluedSentences {
    /// Inserts a space after `.`, `!`, `?` or `…` that has a lower-case letter, digit, closing quote,
    /// `)` or `%` before it and an upper-case letter right after it.
    ///
    /// Abbreviations ("TP.HCM", "Th.S", "PGS.TS"), domain names ("baochinhphu.vn") and numbers ("1.000")
    /// are left alone: either the scalar before the period is upper case, the one after is not an upper-case
    /// letter, or the word before is a known abbreviation or a capitalized word of one or two letters.
    static func repair(_ text: String, abbreviations: Set<String>) -> String {
        let scalars = text.scalarArray
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count + 64)
        for index in scalars.indices {
            output.append(scalars[index])
            guard index > 0, index + 1 < scalars.count, isGlued(scalars, at: index, abbreviations: abbreviations) else { continue }
            output.append(" ")
        }
        return String(encoding: output)
    }

    private static func isGlued(_ scalars: [Unicode.Scalar], at index: Int, abbreviations: Set<String>) -> Bool {
        let mark = scalars[index]
        guard mark == "." || mark == "!" || mark == "?" || mark == "…", scalars[index + 1].isUppercaseLetter else {
            return false
        }
        let before = scalars[index - 1]
        guard before.isLowercaseLetter || before.isDigit || before == "\"" || before == "'" || before == ")"
            || before == "%"
        else { return false }
        guard mark == "." && before.isLetter else { return true }
        var start = index - 1
        while start > 0 && scalars[start - 1].isLetter { start -= 1 }
        // A dotted run like "v.v.Sau" or "Th.S.Nguyễn": the word is part of an abbreviation.
        if start > 0 && scalars[start - 1] == "." { return false }
        let word = String(encoding: scalars[start..<index])
        if Abbreviations.isAbbreviation(word, in: abbreviations) { return false }
        let length = index - start
        if length <= 2 && scalars[start].isUppercaseLetter { return false }
        return true
    }
}
