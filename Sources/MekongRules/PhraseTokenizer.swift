import Foundation

/// Splits a phrase of a rule pack (a gazetteer name, a literal of a token pattern) into token texts the way
/// ingest's tokenizer splits article text, so that phrase tokens and document tokens compare one to one.
///
/// Words start with a letter and run over letters, digits and combining marks; numbers start with a digit
/// and run over digits and over `.`, `,`, `/`, `-` followed by a digit; any other non-space scalar is a token
/// of its own. The phrase is put in NFC first, as stored article text is.
enum PhraseTokenizer {
    static func tokens(_ phrase: String) -> [String] {
        let scalars = Array(phrase.precomposedStringWithCanonicalMapping.unicodeScalars)
        var tokens: [String] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            index += 1
            if isLetter(scalar) {
                while index < scalars.count, isLetter(scalars[index]) || isDigit(scalars[index]) || isMark(scalars[index]) {
                    index += 1
                }
            } else if isDigit(scalar) {
                while index < scalars.count {
                    if isDigit(scalars[index]) {
                        index += 1
                    } else if ".,/-".unicodeScalars.contains(scalars[index]), index + 1 < scalars.count,
                        isDigit(scalars[index + 1])
                    {
                        index += 2
                    } else {
                        break
                    }
                }
            } else if scalar.properties.isWhitespace {
                continue
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<index])
            tokens.append(String(view))
        }
        return tokens
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && !isMark(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
