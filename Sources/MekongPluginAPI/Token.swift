/// A word, number or punctuation mark of a document, as ingest splits the text.
///
/// Vietnamese writes one syllable per word; multi-syllable names are runs of tokens.
public struct Token: Hashable, Sendable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters (a syllable or an abbreviation such as "UBND").
        case word
        /// Digits, possibly with inner `.`, `,`, `/` or `-` ("19/5/2021", "76,78", "11-QĐ/TW" starts as one).
        case number
        /// Any other single character.
        case punctuation
    }

    /// Where the token lies in the document's text.
    public var span: TextSpan
    /// The token's text as it stands in the document (not lower-cased).
    public var text: String {
        didSet { (isCapitalized, isAllCaps) = Self.caseShape(of: text) }
    }
    /// Whether it is a word, a number or punctuation.
    public var kind: Kind
    /// Whether the first character is an upper-case letter. Computed once from `text`: extractors ask it of
    /// every token many times.
    public private(set) var isCapitalized: Bool
    /// Whether every letter is upper case and there are at least two ("UBND", "TW").
    public private(set) var isAllCaps: Bool

    /// A token of `kind` whose `text` stands at `span`.
    public init(span: TextSpan, text: String, kind: Kind) {
        self.span = span
        self.text = text
        self.kind = kind
        (isCapitalized, isAllCaps) = Self.caseShape(of: text)
    }

    private static func caseShape(of text: String) -> (capitalized: Bool, allCaps: Bool) {
        let capitalized = text.unicodeScalars.first.map {
            $0.value < 0x80 ? (0x41...0x5A).contains($0.value) : $0.properties.isUppercase
        } ?? false
        var letters = 0
        for scalar in text.unicodeScalars {
            // ASCII answered without the Unicode property tables; every token's shape is computed at ingest.
            if scalar.value < 0x80 {
                switch scalar.value {
                case 0x41...0x5A: letters += 1
                case 0x61...0x7A: return (capitalized, false)
                default: break
                }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            if !scalar.properties.isUppercase { return (capitalized, false) }
            letters += 1
        }
        return (capitalized, letters >= 2)
    }
}
