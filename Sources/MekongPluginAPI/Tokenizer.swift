import Foundation

/// Splits text into words, numbers and punctuation, with spans in Unicode scalars.
///
/// - A word starts with a letter and runs over letters, combining marks and digits ("UBND", "Quốc", "H5N1").
/// - A number starts with a digit and runs over digits and over `.`, `,`, `/`, `-` that have a digit right
///   after them: "19/5/2021", "76,78", "2.000", "2015-2020" are one token each; "11-QĐ/TW" is "11", "-",
///   "QĐ", "/", "TW".
/// - Every other scalar except whitespace is a punctuation token of its own ("TP.HCM" is "TP", ".", "HCM").
///
/// This is the one tokenizer of Mekong: ingest splits articles with it, and rule packs, lexicons and plugins
/// split their phrases with ``words(of:)`` so that a phrase's tokens and a document's tokens compare one to one.
public struct Tokenizer: Sendable {
    /// A tokenizer; it has no configuration.
    public init() {}

    /// The token texts of a phrase (a gazetteer name, a title, a pattern literal), split exactly as article
    /// text is: "Nghị định 24/2014/NĐ-CP" is "Nghị", "định", "24/2014", "/", "NĐ", "-", "CP". The phrase is
    /// put in NFC first, as article text is before it is tokenized.
    public func words(of phrase: String) -> [String] {
        // Most phrases (lexicon names, canonical names) are composed already: Foundation's NFC only when a scalar
        // could change under it (a combining mark, or a character outside the composed Latin blocks).
        let composed = phrase.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }
        return tokens(in: composed ? phrase : phrase.precomposedStringWithCanonicalMapping).map(\.text)
    }

    /// The tokens of `text`; spans count Unicode scalars of `text`.
    public func tokens(in text: String) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(tokens(inUTF8:)) ?? tokens(in: Array(text.unicodeScalars))
    }

    /// The same scan over valid UTF-8, tracking byte and scalar offsets together, so that a token's text is a
    /// copy of its bytes.
    private func tokens(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var offset = 0
        let end = bytes.count
        while index < end {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
            let startByte = index
            let startOffset = offset
            index += length
            offset += 1
            let kind: Token.Kind
            if scalar.isLetter {
                while index < end {
                    let (next, nextLength) = UTF8Scalars.decode(bytes, at: index)
                    guard next.isLetter || next.isDigit || next.isCombiningMark else { break }
                    index += nextLength
                    offset += 1
                }
                kind = .word
            } else if scalar.isDigit {
                while index < end {
                    let next = bytes[index]
                    if next >= 0x30 && next <= 0x39 {
                        index += 1
                        offset += 1
                    } else if (next == 0x2E || next == 0x2C || next == 0x2F || next == 0x2D) && index + 1 < end
                        && bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39
                    {
                        index += 2
                        offset += 2
                    } else {
                        break
                    }
                }
                kind = .number
            } else if scalar == " " || scalar == "\n" || (scalar.value >= 0x80 && scalar.properties.isWhitespace) {
                continue
            } else {
                kind = .punctuation
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<index]), as: UTF8.self)
            tokens.append(Token(span: TextSpan(start: startOffset, end: offset), text: text, kind: kind))
        }
        return tokens
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
            let text = String(encoding: scalars[start..<index])
            tokens.append(Token(span: TextSpan(start: start, end: index), text: text, kind: kind))
        }
        return tokens
    }
}
