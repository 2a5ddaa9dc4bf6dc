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

    /// If `output` ends in an old-style `oà`, `oé`, `uỷ`… that closes a word, rewrites it to `òa`, `óe`, `ủy`.
    ///
    /// Called at every word end, so only the last two or three scalars are looked at.
    static func moveToneAtWordEnd(_ output: inout [Unicode.Scalar]) {
        let count = output.count
        guard count >= 2, let second = secondVowels[output[count - 1]] else { return }
        let first = output[count - 2]
        let lowerFirst = Unicode.Scalar(first.value | 0x20) ?? first
        guard first.value < 0x80, lowerFirst == second.first else { return }
        if count >= 3 {
            let before = output[count - 3]
            // In "quý", "qu" is the consonant: the mark belongs on y in both styles.
            if lowerFirst == "u" && (before == "q" || before == "Q") { return }
            // "ngoài", "khuya" and the like are longer nuclei; only a bare oa/oe/uy is rewritten.
            if isVowel(before) { return }
        }
        let isUpper = first.value < 0x61
        let toned: [Unicode.Scalar] =
            switch (lowerFirst, isUpper) {
            case ("o", false): tonedO
            case ("o", true): tonedUpperO
            case (_, false): tonedU
            case (_, true): tonedUpperU
            }
        output[count - 2] = toned[second.tone]
        output[count - 1] = second.bare
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a", "e", "i", "o", "u", "y", "A", "E", "I", "O", "U", "Y": true
        default: scalar.value >= 0xC0 && scalar.isLetter && !(scalar == "đ" || scalar == "Đ")
        }
    }
}
