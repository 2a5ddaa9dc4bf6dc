import Foundation

/// The shape of a Vietnamese syllable: an onset, a vowel nucleus and one of the few codas the language
/// allows. A capitalized word that is no such syllable ("Thongloun", "Castro", "Fidel") is a foreign word.
public enum VietnameseSyllable {
    /// Onsets, longest first, as lower-case scalars without tone marks.
    static let onsets: [[Unicode.Scalar]] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m",
        "n", "p", "r", "s", "t", "v", "x",
    ].map { Array($0.unicodeScalars) }
    static let codas: [[Unicode.Scalar]] = ["ng", "nh", "ch", "c", "m", "n", "p", "t"].map { Array($0.unicodeScalars) }
    static let vowels: Set<Unicode.Scalar> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    /// The vowel clusters of two or three letters Vietnamese spelling writes ("ươ" in "Trương", "uyê" in "Nguyễn"):
    /// "Ye", "Yong", "Byung" have the letters of Vietnamese syllables but no such cluster, so they are foreign.
    static let clusters: Set<[Unicode.Scalar]> = Set([
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi", "ua",
        "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi",
        "ươi", "ươu", "uya", "uyê", "uyu", "yêu",
        // Ê Đê place names the gazetteer writes in Vietnamese letters: "Ea Súp", "Ea Kar", "Ea H'leo".
        "ea",
    ].map { Array($0.unicodeScalars) })

    /// Every precomposed letter (either case) → its lower-case form without tone mark ("Ấ" → "â", "Đ" → "đ").
    static let baseLetters: [Unicode.Scalar: Unicode.Scalar] = {
        let toneMarks: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        let letters = "aăâeêioôơuưyđbcdghklmnpqrstvxfjwz"
        for base in letters.unicodeScalars {
            for tone in [nil] + toneMarks.map(Optional.some) {
                let decomposed = String(base) + (tone.map { String($0) } ?? "")
                for form in [decomposed, decomposed.uppercased()] {
                    let composed = form.precomposedStringWithCanonicalMapping.unicodeScalars
                    if composed.count == 1, let scalar = composed.first { table[scalar] = base }
                }
            }
        }
        return table
    }()

    /// Whether `word` (one token, any case) has the shape of a Vietnamese syllable.
    public static func isVietnamese(_ word: String) -> Bool {
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(8)
        for scalar in word.unicodeScalars {
            guard let base = baseLetters[scalar] else { return false }
            letters.append(base)
        }
        var index = 0
        if let onset = onsets.first(where: { letters.starts(with: $0) }) { index = onset.count }
        // "gìn", "gì": the "i" of "gi" is the vowel when no other follows.
        if index == 2, letters[0] == "g", letters[1] == "i", letters.count == 2 || !vowels.contains(letters[2]) { index = 1 }
        let nucleusStart = index
        while index < letters.count, vowels.contains(letters[index]) { index += 1 }
        let nucleus = index - nucleusStart
        guard nucleus == 1 || ((2...3).contains(nucleus) && clusters.contains(Array(letters[nucleusStart..<index]))) else {
            return false
        }
        let coda = letters[index...]
        return coda.isEmpty || codas.contains { $0.elementsEqual(coda) }
    }
}
