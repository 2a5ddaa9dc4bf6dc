// Character classes used by normalization, tokenization and splitting, with ASCII fast paths.
extension Unicode.Scalar {
    /// A letter of any script (Vietnamese letters are precomposed after NFC).
    var isLetter: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }

    /// A combining mark, which continues the word it follows.
    var isCombiningMark: Bool {
        if value < 0x300 { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    var isSpaceOrNewline: Bool { value == 0x20 || value == 0x0A }
}
