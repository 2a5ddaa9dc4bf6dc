/// Words that take a period without ending a sentence ("TP. Hồ Chí Minh", "ThS. Nguyễn Văn A").
enum Abbreviations {
    /// The default set; matching is exact (case matters: "Tp" and "TP" are both listed).
    static let standard: Set<String> = [
        "TP", "Tp", "tp", "TX", "Tx", "ThS", "Ths", "TS", "Ts", "TSKH", "PGS", "Pgs", "GS", "Gs", "BS", "KS", "Th",
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Q", "P", "NXB", "Nxb", "tr", "ThS.BS", "Bs",
    ]

    /// Whether `word`, written before a period, abbreviates rather than ends a sentence: a listed word or a
    /// single upper-case letter (a name initial, "Nguyễn V. A").
    static func isAbbreviation(_ word: String, in set: Set<String> = standard) -> Bool {
        var iterator = word.unicodeScalars.makeIterator()
        if let first = iterator.next(), iterator.next() == nil, first.isUppercaseLetter { return true }
        return set.contains(word)
    }
}
