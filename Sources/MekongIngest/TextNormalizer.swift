import Foundation
import MekongPluginAPI

/// Normalizes article text to the one form Mekong stores, so that offsets and names compare reliably.
///
/// In order: Unicode NFC; CRLF, CR and Unicode line separators → `\n`; non-breaking and other Unicode
/// spaces and tabs → space; zero-width characters, soft hyphens and other control characters removed;
/// typographic quotes `“ ” „ « »` → `"` and `‘ ’ ‚` → `'`; dashes `‐ ‒ – — ― −` → `-`; runs of spaces →
/// one space; spaces at the start and end of a line removed. With the Vietnamese profile (the default), tone
/// marks follow one convention, the "new style" of the 1980s orthography: in a syllable ending in `oa`, `oe` or `uy` (not `quy`) the mark
/// sits on the first vowel — `hoà` → `hòa`, `Hoá` → `Hóa`, `thuỷ` → `thủy`, `uỷ` → `ủy`, `khoẻ` → `khỏe`.
/// Syllables with a final consonant (`hoàng`, `quyết`) are the same in both styles and are untouched.
///
/// The function is pure and fast: one pass over the UTF-8 bytes, and Foundation's NFC only when the text
/// holds something NFC could change (decomposed Vietnamese does occur in crawled text).
public enum TextNormalizer {
    /// The normalized form of `text`; `respellingToneMarks` (the Vietnamese profile's choice) moves old-style
    /// tone marks to the new style, and is off for text in other languages ("Chloé" stays as written).
    public static func normalize(_ text: String, respellingToneMarks: Bool = true) -> String {
        if let normalized = normalize(text, isComposed: false, respelling: respellingToneMarks) { return normalized }
        // The text holds something NFC may change: compose first, then run the same pass.
        return normalize(text.precomposedStringWithCanonicalMapping, isComposed: true, respelling: respellingToneMarks) ?? ""
    }

    /// One pass over `text`; nil when `isComposed` is false and a scalar shows NFC is needed.
    private static func normalize(_ text: String, isComposed: Bool, respelling: Bool) -> String? {
        var text = text
        text.makeContiguousUTF8()
        let bytes: [UInt8]? = text.utf8.withContiguousStorageIfAvailable { input in
            var output = NormalizedOutput(capacity: input.count, respelling: respelling)
            var pendingSpace = false
            var lineHasContent = false
            var previousWasCR = false
            var index = 0
            while index < input.count {
                let (scalar, length) = UTF8Scalars.decode(input, at: index)
                index += length
                let value = scalar.value
                if previousWasCR {
                    previousWasCR = false
                    if value == 0x0A { continue }
                }
                switch value {
                case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
                    output.fixToneAtWordEnd()
                    output.append("\n")
                    pendingSpace = false
                    lineHasContent = false
                    previousWasCR = value == 0x0D
                case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                    output.fixToneAtWordEnd()
                    pendingSpace = lineHasContent
                case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF, 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F:
                    // Invisible: dropping them keeps words whole ("Tỉnh\u{200B}ủy" would split otherwise).
                    continue
                default:
                    if !isComposed && value >= 0x300 && mayChangeUnderNFC(value) { return nil }
                    let mapped = replacement(for: scalar)
                    if !(mapped.isLetter || mapped.isCombiningMark) { output.fixToneAtWordEnd() }
                    if pendingSpace { output.append(" ") }
                    pendingSpace = false
                    lineHasContent = true
                    output.append(mapped)
                }
            }
            output.fixToneAtWordEnd()
            return output.bytes
        } ?? nil
        return bytes.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether NFC could change a text holding this scalar: false inside the blocks whose characters are
    /// all already composed (ASCII to Latin Extended-B, Latin Extended Additional, punctuation, currency).
    private static func mayChangeUnderNFC(_ value: UInt32) -> Bool {
        !(value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2002...0x206F).contains(value)
            || (0x20A0...0x20CF).contains(value) || value == 0xFEFF || value == 0x3000)
    }

    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        if NameNormalizer.apostrophes.contains(scalar.value) { return "'" }
        return switch scalar.value {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: "-"
        default: scalar
        }
    }
}
