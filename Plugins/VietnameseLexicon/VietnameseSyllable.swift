import Foundation

/// The shape of a Vietnamese syllable: an onset, a vowel nucleus and one of the few codas the language
/// allows. A capitalized word that is no such syllable ("Thongloun", "Castro", "Fidel") is a foreign word.
public enum VietnameseSyllable {
    static let onsets = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m",
        "n", "p", "r", "s", "t", "v", "x",
    ]
    static let codas = ["ng", "nh", "ch", "c", "m", "n", "p", "t"]
    static let vowels: Set<Character> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    /// The combining tone marks; the other marks (breve, circumflex, horn) make letters of their own.
    static let toneMarks: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]

    /// Whether `word` (one token, any case) has the shape of a Vietnamese syllable.
    public static func isVietnamese(_ word: String) -> Bool {
        let toneless = String(String.UnicodeScalarView(
            word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter { !toneMarks.contains($0) }))
            .precomposedStringWithCanonicalMapping
        var rest = Substring(toneless)
        if let onset = onsets.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(onset.count) }
        var nucleus = 0
        while let first = rest.first, vowels.contains(first) {
            rest = rest.dropFirst()
            nucleus += 1
        }
        guard (1...3).contains(nucleus) else { return false }
        return rest.isEmpty || codas.contains(String(rest))
    }
}
