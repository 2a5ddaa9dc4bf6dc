// Character classes used by normalization, tokenization and splitting. Vietnamese text lives in ASCII,
// Latin-1, Latin Extended-A/B and Latin Extended Additional: those are answered from the code point, since
// Unicode property lookups are several times slower and these run once per scalar of every article.
extension Unicode.Scalar {
    /// A letter of any script (Vietnamese letters are precomposed after NFC).
    package var isLetter: Bool {
        let value = value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value < 0x250 {
            if value >= 0xC0 { return value != 0xD7 && value != 0xF7 }
            return value == 0xAA || value == 0xB5 || value == 0xBA
        }
        if value >= 0x1E00 && value <= 0x1EFF { return true }
        return properties.isAlphabetic
    }

    /// A combining mark, which continues the word it follows.
    package var isCombiningMark: Bool {
        let value = value
        if value < 0x300 || (value >= 0x1E00 && value <= 0x1EFF) { return false }
        if value <= 0x36F { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    package var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    package var isUppercaseLetter: Bool {
        let value = value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value >= 0xC0 && value <= 0xFF { return value <= 0xDE && value != 0xD7 }
        if (value >= 0x100 && value <= 0x137) || (value >= 0x1EA0 && value <= 0x1EF9) { return value & 1 == 0 }
        return properties.isUppercase
    }

    package var isLowercaseLetter: Bool {
        let value = value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        if value >= 0xC0 && value <= 0xFF { return value >= 0xDF && value != 0xF7 }
        if (value >= 0x100 && value <= 0x137) || (value >= 0x1EA0 && value <= 0x1EF9) { return value & 1 == 1 }
        return properties.isLowercase
    }

    package var isSpaceOrNewline: Bool { value == 0x20 || value == 0x0A }
}
