import Foundation

/// Turns names into the comparison keys Mekong uses everywhere.
///
/// - ``key(_:)`` is the identity of a name: lower-cased, white space folded, surrounding punctuation dropped,
///   apostrophes of any shape one, and the tone mark's position inside a syllable ignored ("hòa" = "hoà"); the
///   tone mark is written after its syllable, so compare keys only with keys. The gold scoring compares names the
///   same way.
/// - ``fold(_:)`` is for searching: it also drops every diacritic and maps `đ` to `d`, so "duc thang"
///   finds "Đức Thắng".
public enum NameNormalizer {
    /// The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below).
    static let toneMarks: Set<Unicode.Scalar> = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]

    /// Whether a name is another cut short, by their keys (``key(_:)``): its words are the other's first words
    /// ("Sở Y tế" of "Sở Y tế tỉnh Đồng Tháp", "Chính phủ" of "Chính phủ Haiti"). Such an alias stood for the full
    /// name in the article that gave it, where the rest was clear from the text; in another article the same
    /// words name another body, so both stores let it join no entity across articles. (Before, every "Chính phủ"
    /// of the development set became "Chính phủ Haiti", because one article about Haiti gave that alias.)
    public static func isCutShort(_ aliasKey: String, of key: String) -> Bool {
        key.hasPrefix(aliasKey + " ")
    }

    /// The identity key of a name; see the type's documentation.
    ///
    /// One pass over the scalars with a table built once (the key is computed for every name of every
    /// article, so it must be cheap): each letter becomes its lower-case base letter (ê, ơ, ă kept), and
    /// the syllable's tone mark is written after the syllable.
    public static func key(_ name: String) -> String {
        var scalars = Array(name.unicodeScalars)
        if scalars.contains(where: { (0x300...0x36F).contains($0.value) }) {
            scalars = Array(name.precomposedStringWithCanonicalMapping.unicodeScalars)
        }
        var start = 0
        var end = scalars.count
        while start < end, isTrimmed(scalars[start]) { start += 1 }
        while end > start, isTrimmed(scalars[end - 1]) { end -= 1 }
        // Written as UTF-8 bytes: appending scalars to a string view costs more than the rest of the pass.
        var out: [UInt8] = []
        out.reserveCapacity((end - start) * 3)
        var pendingTone: Unicode.Scalar?
        var pendingSpace = false
        for scalar in scalars[start..<end] {
            let value = scalar.value
            // ASCII answered without the Unicode property tables: nearly every scalar of a name is a letter or a space.
            if value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            let folded = value < UInt32(letters.count) ? letters[Int(value)] : nil
            let isLetter = folded != nil || (0x30...0x39).contains(value) || (value >= 0x80 && scalar.properties.isAlphabetic)
            if !isLetter || pendingSpace {
                // The syllable ended: its tone goes after it.
                if let tone = pendingTone { appendUTF8(tone, to: &out) }
                pendingTone = nil
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if let folded {
                appendUTF8(folded.base, to: &out)
                if let tone = folded.tone { pendingTone = tone }
            } else if Self.apostrophes.contains(value) {
                // "Đắk R’lấp" = "Đắk R'lấp": ingest writes every apostrophe as the ASCII one, a gold file or a
                // curation may keep the typographic one.
                out.append(0x27)
            } else if isLetter && value >= 0x80 {
                out.append(contentsOf: String(scalar).lowercased().utf8)
            } else {
                appendUTF8(scalar, to: &out)
            }
        }
        if let tone = pendingTone { appendUTF8(tone, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Typographic apostrophes and single quotes (‘ ’ ‚ ‛ ′), by scalar value: one apostrophe in keys, and the ASCII
    /// one in the text ingest stores.
    public static let apostrophes: Set<UInt32> = [0x2018, 0x2019, 0x201A, 0x201B, 0x2032]

    /// Appends the UTF-8 encoding of `scalar`.
    private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(scalar.value))
        } else {
            bytes.append(contentsOf: scalar.utf8)
        }
    }

    /// ``letterTable`` as an array indexed by scalar value, up to the last Latin letter: read once per scalar of
    /// every name, where hashing the value would cost more than the rest.
    private static let letters: [(base: Unicode.Scalar, tone: Unicode.Scalar?)?] = {
        var array = [(base: Unicode.Scalar, tone: Unicode.Scalar?)?](repeating: nil, count: 0x1F00)
        for (value, letter) in letterTable where value < 0x1F00 { array[Int(value)] = letter }
        return array
    }()

    /// For every Latin letter: its lower-case form without tone mark, and the tone mark it carries.
    static let letterTable: [UInt32: (base: Unicode.Scalar, tone: Unicode.Scalar?)] = {
        var table: [UInt32: (base: Unicode.Scalar, tone: Unicode.Scalar?)] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
                var tone: Unicode.Scalar?
                var rest = String.UnicodeScalarView()
                for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                    if toneMarks.contains(part) { tone = part } else { rest.append(part) }
                }
                let base = String(rest).precomposedStringWithCanonicalMapping.unicodeScalars
                guard base.count == 1, let single = base.first else { continue }
                table[value] = (single, tone)
            }
        }
        return table
    }()

    /// For every Latin letter: its lower-case ASCII base letter, every diacritic dropped (`đ` as `d`).
    static let plainLetterTable: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        for (value, letter) in letterTable {
            let plain = String(letter.base).decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { $0.properties.generalCategory != .nonspacingMark }
            if letter.base == "đ" {
                table[value] = "d"
            } else if plain.count == 1, let single = plain.first {
                table[value] = single
            }
        }
        return table
    }()

    /// One letter as ``fold(_:)`` writes it (lower case, no diacritic, `đ` as `d`), from a table built once:
    /// for scanning long texts word by word, where calling ``fold(_:)`` on every word costs a Unicode
    /// decomposition each. Nil for a scalar that is not a Latin letter.
    public static func foldedLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        plainLetterTable[scalar.value]
    }

    /// Punctuation, symbols and white space dropped from both ends of a name.
    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII without the property tables: white space and every printable character but letters and digits is
        // punctuation or a symbol; the other control characters are not trimmed.
        if scalar.value < 0x80 {
            let value = scalar.value
            if value == 0x20 || (0x09...0x0D).contains(value) { return true }
            guard (0x21...0x7E).contains(value) else { return false }
            return !((0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value))
        }
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// The search form of a text: lower-cased, without diacritics, `đ` as `d`, white space folded.
    public static func fold(_ text: String) -> String {
        if let folded = foldByTable(text) { return folded }
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "đ" { out.append("d") } else { out.append(scalar) }
        }
        return collapseWhitespace(String(out))
    }

    /// ``fold(_:)`` letter by letter from the table, for a text of ASCII and Latin letters only (nearly every name):
    /// the same result without lower-casing and decomposing the whole text. Nil for any other scalar, which takes the
    /// general path.
    private static func foldByTable(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            var byte: UInt8
            if value < 0x80 {
                if value == 0x20 || (0x09...0x0D).contains(value) {
                    pendingSpace = true
                    continue
                }
                byte = UInt8(value)
                if (0x41...0x5A).contains(byte) { byte += 0x20 }
            } else if let plain = plainLetterTable[value], plain.value < 0x80 {
                byte = UInt8(plain.value)
            } else {
                return nil
            }
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A URL- and file-safe slug: the folded text with every run of other characters as one `-`.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in fold(text).unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// Runs of white space (including non-breaking spaces) become one space; the ends are trimmed.
    public static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
