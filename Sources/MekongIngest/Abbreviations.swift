/// Words that take a period without ending a sentence ("TP. Hồ Chí Minh", "ThS. Nguyễn Văn A"); the words
/// themselves come from the ``LanguageProfile``.
enum Abbreviations {
    /// Whether `word`, written before a period, abbreviates rather than ends a sentence: a word of `set` (matched
    /// exactly: "Tp" and "TP" are listed apart) or a single upper-case letter (a name initial, "Nguyễn V. A").
    static func isAbbreviation(_ word: String, in set: Set<String>) -> Bool {
        var iterator = word.unicodeScalars.makeIterator()
        if let first = iterator.next(), iterator.next() == nil, first.isUppercaseLetter { return true }
        return set.contains(word)
    }
}
