import Foundation

/// Normalizes article text to the one form Mekong stores, so that offsets and names compare reliably.
///
/// In order: Unicode NFC; CRLF, CR and Unicode line separators → `\n`; non-breaking and other Unicode
/// spaces and tabs → space; zero-width characters, soft hyphens and other control characters removed;
/// typographic quotes `“ ” „ « »` → `"` and `‘ ’ ‚` → `'`; dashes `‐ ‒ – — ― −` → `-`; runs of spaces →
/// one space; spaces at the start and end of a line removed. Tone marks follow one convention, the
/// "new style" of the 1980s orthography: in a syllable ending in `oa`, `oe` or `uy` (not `quy`) the mark
/// sits on the first vowel — `hoà` → `hòa`, `Hoá` → `Hóa`, `thuỷ` → `thủy`, `uỷ` → `ủy`, `khoẻ` → `khỏe`.
/// Syllables with a final consonant (`hoàng`, `quyết`) are the same in both styles and are untouched.
///
/// The function is pure and allocation-light: one pass over the scalars, and Foundation's NFC only when
/// the text contains something NFC could change (decomposed Vietnamese is common in crawled text).
public enum TextNormalizer {
    /// The normalized form of `text`.
    public static func normalize(_ text: String) -> String {
        let composed = needsComposition(text) ? text.precomposedStringWithCanonicalMapping : text
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(composed.unicodeScalars.count)
        var pendingSpace = false
        var lineHasContent = false
        var previousWasCR = false

        for scalar in composed.unicodeScalars {
            let value = scalar.value
            if previousWasCR {
                previousWasCR = false
                if value == 0x0A { continue }
            }
            switch value {
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
                ToneMarks.moveToneAtWordEnd(&output)
                output.append("\n")
                pendingSpace = false
                lineHasContent = false
                previousWasCR = value == 0x0D
            case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                ToneMarks.moveToneAtWordEnd(&output)
                pendingSpace = lineHasContent
            case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF, 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F:
                // Invisible: dropping them keeps words whole ("Tỉnh\u{200B}ủy" would split otherwise).
                continue
            default:
                let mapped = replacement(for: scalar)
                if !(mapped.isLetter || mapped.isCombiningMark) { ToneMarks.moveToneAtWordEnd(&output) }
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                lineHasContent = true
                output.append(mapped)
            }
        }
        ToneMarks.moveToneAtWordEnd(&output)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: output)
        return String(view)
    }

    /// Whether NFC could change the text: true when it holds a scalar outside the blocks whose characters
    /// are all already composed (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional, punctuation).
    static func needsComposition(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2002...0x206F).contains(value)
                || (0x20A0...0x20CF).contains(value) || value == 0xFEFF || value == 0x3000
            {
                continue
            }
            return true
        }
        return false
    }

    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: "-"
        default: scalar
        }
    }
}
