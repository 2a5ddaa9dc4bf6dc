import MekongPluginAPI

/// Splits text into words, numbers and punctuation, with spans in Unicode scalars.
///
/// - A word starts with a letter and runs over letters, combining marks and digits ("UBND", "Quốc", "H5N1").
/// - A number starts with a digit and runs over digits and over `.`, `,`, `/`, `-` that have a digit right
///   after them: "19/5/2021", "76,78", "2.000", "2015-2020" are one token each; "11-QĐ/TW" is "11", "-",
///   "QĐ", "/", "TW".
/// - Every other scalar except whitespace is a punctuation token of its own ("TP.HCM" is "TP", ".", "HCM").
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`.
    public func tokens(in text: String) -> [Token] {
        tokens(in: Array(text.unicodeScalars), range: nil)
    }

    /// The tokens of `scalars[range]` (all of them when `range` is nil); spans index into `scalars`.
    public func tokens(in scalars: [Unicode.Scalar], range: Range<Int>? = nil) -> [Token] {
        let range = range ?? scalars.indices
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 4)
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = scalars[index]
            let start = index
            let kind: Token.Kind
            if scalar.isLetter {
                index += 1
                while index < end && (scalars[index].isLetter || scalars[index].isDigit || scalars[index].isCombiningMark) {
                    index += 1
                }
                kind = .word
            } else if scalar.isDigit {
                index += 1
                while index < end {
                    let next = scalars[index]
                    if next.isDigit {
                        index += 1
                    } else if (next == "." || next == "," || next == "/" || next == "-") && index + 1 < end
                        && scalars[index + 1].isDigit
                    {
                        index += 2
                    } else {
                        break
                    }
                }
                kind = .number
            } else if scalar == " " || scalar == "\n" || scalar.properties.isWhitespace {
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
}
