import MekongPluginAPI

/// Splits a request's text into tokens by the rules of Mekong's ingest tokenizer (`MekongIngest.Tokenizer`),
/// because a ``MekongPluginAPI/WireMessages/Request`` carries no tokens.
///
/// The rules, which must stay identical to ingest's so that a plugin sees the tokens a built-in extractor sees:
/// - A word starts with a letter and runs over letters, combining marks and digits ("UBND", "Quốc", "H5N1").
/// - A number starts with an ASCII digit and runs over digits and over `.`, `,`, `/`, `-` that have a digit
///   right after them ("19/5/2021", "76,78", "2.000" are one token each).
/// - Whitespace separates tokens; every other scalar is a punctuation token of its own.
struct RequestTokenizer {
    /// The tokens of `scalars`; spans count Unicode scalars.
    func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        let end = scalars.count
        while index < end {
            let scalar = scalars[index]
            let start = index
            let kind: Token.Kind
            if Self.isLetter(scalar) {
                index += 1
                while index < end && Self.continuesWord(scalars[index]) { index += 1 }
                kind = .word
            } else if Self.isDigit(scalar) {
                index += 1
                while index < end {
                    let next = scalars[index]
                    if Self.isDigit(next) {
                        index += 1
                    } else if (next == "." || next == "," || next == "/" || next == "-") && index + 1 < end
                        && Self.isDigit(scalars[index + 1])
                    {
                        index += 2
                    } else {
                        break
                    }
                }
                kind = .number
            } else if scalar.properties.isWhitespace {
                index += 1
                continue
            } else {
                index += 1
                kind = .punctuation
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<index])
            tokens.append(Token(span: TextSpan(start: start, end: index), text: String(text), kind: kind))
        }
        return tokens
    }

    // The classes below answer Vietnamese's blocks from the code point exactly as ingest does, and ask
    // Unicode properties for the rest, so both tokenizers agree scalar by scalar.

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value < 0x250 {
            if value >= 0xC0 { return value != 0xD7 && value != 0xF7 }
            return value == 0xAA || value == 0xB5 || value == 0xBA
        }
        if value >= 0x1E00 && value <= 0x1EFF { return true }
        return scalar.properties.isAlphabetic
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 || (value >= 0x1E00 && value <= 0x1EFF) { return false }
        if value <= 0x36F { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar) || isCombiningMark(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
