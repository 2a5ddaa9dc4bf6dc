import Foundation

/// Turns names into the comparison keys Mekong uses everywhere.
///
/// - ``key(_:)`` is the identity of a name (decomposed; compare keys only with keys): lower-cased, white space folded, surrounding punctuation
///   dropped and the tone mark's position inside a syllable ignored ("hòa" = "hoà"). The gold scoring
///   compares names the same way.
/// - ``fold(_:)`` is for searching: it also drops every diacritic and maps `đ` to `d`, so "duc thang"
///   finds "Đức Thắng".
public enum NameNormalizer {
    /// The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below).
    static let toneMarks: Set<Unicode.Scalar> = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]

    /// The identity key of a name; see the type's documentation.
    public static func key(_ name: String) -> String {
        let collapsed = collapseWhitespace(trimPunctuation(name)).lowercased()
        // Decompose, then move each syllable's tone mark to the syllable's end, so that the mark's
        // position (on "o" or on "a" in "hoà") does not change the key.
        var out = String.UnicodeScalarView()
        var pendingTones: [Unicode.Scalar] = []
        for scalar in collapsed.decomposedStringWithCanonicalMapping.unicodeScalars {
            if toneMarks.contains(scalar) {
                pendingTones.append(scalar)
            } else if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
                || ("0"..."9").contains(scalar)
            {
                out.append(scalar)
            } else {
                out.append(contentsOf: pendingTones)
                pendingTones.removeAll()
                out.append(scalar)
            }
        }
        out.append(contentsOf: pendingTones)
        return String(out)
    }

    /// The search form of a text: lower-cased, without diacritics, `đ` as `d`, white space folded.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "đ" { out.append("d") } else { out.append(scalar) }
        }
        return collapseWhitespace(String(out))
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

    /// Drops punctuation and white space at both ends ("«Tỉnh ủy»," → "Tỉnh ủy").
    public static func trimPunctuation(_ text: String) -> String {
        text.trimmingCharacters(in: trimmed)
    }

    /// Built once: a CharacterSet union per call costs more than the trimming itself.
    private static let trimmed = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters).union(.symbols)
}
