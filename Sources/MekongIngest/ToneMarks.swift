/// Moves tone marks from the old-style to the new-style position in syllables ending in `oa`, `oe`, `uy`.
enum ToneMarks {
    /// Tone marks in the order grave, acute, tilde, hook above, dot below.
    private static let tonedA: [Unicode.Scalar] = ["à", "á", "ã", "ả", "ạ"]
    private static let tonedUpperA: [Unicode.Scalar] = ["À", "Á", "Ã", "Ả", "Ạ"]
    private static let tonedE: [Unicode.Scalar] = ["è", "é", "ẽ", "ẻ", "ẹ"]
    private static let tonedUpperE: [Unicode.Scalar] = ["È", "É", "Ẽ", "Ẻ", "Ẹ"]
    private static let tonedY: [Unicode.Scalar] = ["ỳ", "ý", "ỹ", "ỷ", "ỵ"]
    private static let tonedUpperY: [Unicode.Scalar] = ["Ỳ", "Ý", "Ỹ", "Ỷ", "Ỵ"]
    private static let tonedO: [Unicode.Scalar] = ["ò", "ó", "õ", "ỏ", "ọ"]
    private static let tonedUpperO: [Unicode.Scalar] = ["Ò", "Ó", "Õ", "Ỏ", "Ọ"]
    private static let tonedU: [Unicode.Scalar] = ["ù", "ú", "ũ", "ủ", "ụ"]
    private static let tonedUpperU: [Unicode.Scalar] = ["Ù", "Ú", "Ũ", "Ủ", "Ụ"]

    /// For a toned a/e/y: the bare vowel, the tone index, and which first vowel (o or u) it pairs with.
    private static let secondVowels: [Unicode.Scalar: (bare: Unicode.Scalar, tone: Int, first: Unicode.Scalar)] = {
        var table: [Unicode.Scalar: (bare: Unicode.Scalar, tone: Int, first: Unicode.Scalar)] = [:]
        for tone in 0..<5 {
            table[tonedA[tone]] = ("a", tone, "o")
            table[tonedUpperA[tone]] = ("A", tone, "o")
            table[tonedE[tone]] = ("e", tone, "o")
            table[tonedUpperE[tone]] = ("E", tone, "o")
            table[tonedY[tone]] = ("y", tone, "u")
            table[tonedUpperY[tone]] = ("Y", tone, "u")
        }
        return table
    }()

    /// The new-style spelling of a word ending in `first`, `second` (with `before` in front of them) when
    /// that ending is an old-style `oà`, `oé`, `uỷ`…: `(ò, a)`, `(ó, e)`, `(ủ, y)`; nil otherwise.
    ///
    /// Called at every word end, so it rejects most endings on the first comparison.
    @inline(__always)
    static func newStyle(
        _ first: Unicode.Scalar, _ second: Unicode.Scalar, before: Unicode.Scalar, onsetStart: Unicode.Scalar = " "
    ) -> (Unicode.Scalar, Unicode.Scalar)? {
        guard second.value >= 0xC0, first.value < 0x80, let vowel = secondVowels[second] else { return nil }
        let lowerFirst = Unicode.Scalar(UInt8(first.value | 0x20))
        guard lowerFirst == vowel.first else { return nil }
        // In "quý", "qu" is the consonant: the mark belongs on y in both styles.
        if lowerFirst == "u" && (before == "q" || before == "Q") { return nil }
        // "ngoài", "khuya" and the like are longer nuclei; only a bare oa/oe/uy is rewritten.
        if isVowel(before) { return nil }
        // "Chloé", "Zoé": a foreign word, whose onset no Vietnamese syllable has, keeps its spelling.
        if ["f", "j", "w", "z", "F", "J", "W", "Z"].contains(before) { return nil }
        if onsetStart.properties.isAlphabetic, !isVowel(onsetStart), before.properties.isAlphabetic {
            let pair = String(Character(onsetStart)).lowercased() + String(Character(before)).lowercased()
            if !Self.twoLetterOnsets.contains(pair) { return nil }
        }
        let isUpper = first.value < 0x61
        let toned: [Unicode.Scalar] =
            switch (lowerFirst, isUpper) {
            case ("o", false): tonedO
            case ("o", true): tonedUpperO
            case (_, false): tonedU
            case (_, true): tonedUpperU
            }
        return (toned[vowel.tone], vowel.bare)
    }

    /// The two-letter onsets of Vietnamese syllables.
    private static let twoLetterOnsets: Set<String> = ["ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"]

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a", "e", "i", "o", "u", "y", "A", "E", "I", "O", "U", "Y": true
        default: scalar.value >= 0xC0 && scalar.isLetter && !(scalar == "đ" || scalar == "Đ")
        }
    }
}
