import MekongPluginAPI

/// Splits paragraphs into sentences over their tokens.
///
/// A sentence ends after `.`, `!`, `?` or `…` (with any closing quotes or brackets stuck to it) when
/// whitespace follows and the next token starts with an upper-case letter, a digit, or an opening quote or
/// bracket. It does not end after an abbreviation ("TP.", "ThS.", "PGS.TS.", "v.v.") or a single upper-case
/// letter (a name initial), nor inside a number ("19/5/2021", "76,78%", "2.000" are single tokens), nor at
/// "…" followed by a lower-case word. Where the space after a period was lost between a word or number and a capitalized
/// word ("Lenin.Năm 1989"), the sentence ends there too. Sentences never cross paragraphs; a title paragraph is one sentence.
public struct SentenceSplitter: Sendable {
    /// Words that take a period without ending the sentence; see ``init(abbreviations:)``.
    public static let defaultAbbreviations: Set<String> = LanguageProfile.vietnamese.abbreviations

    /// The abbreviations this splitter knows.
    public let abbreviations: Set<String>

    /// - Parameter abbreviations: words written with a period that does not end a sentence, matched
    ///   exactly; single upper-case letters always count.
    public init(abbreviations: Set<String> = SentenceSplitter.defaultAbbreviations) {
        self.abbreviations = abbreviations
    }

    /// The sentences of `paragraphs`; `tokens` must be the tokens of the same text, in order.
    ///
    /// Each sentence's span runs from its first token's start to its last token's end, so it has no
    /// surrounding whitespace; paragraphs without tokens have no sentence.
    public func sentences(paragraphs: [Paragraph], tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var cursor = 0
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            while cursor < tokens.count && tokens[cursor].span.start < paragraph.span.start { cursor += 1 }
            let first = cursor
            while cursor < tokens.count && tokens[cursor].span.end <= paragraph.span.end { cursor += 1 }
            let range = first..<cursor
            guard !range.isEmpty else { continue }
            if paragraph.role == .title {
                sentences.append(sentence(tokens, range, paragraph: paragraphIndex))
                continue
            }
            var start = range.lowerBound
            var index = range.lowerBound
            while index < range.upperBound {
                guard Self.isTerminator(tokens[index].text) else {
                    index += 1
                    continue
                }
                var end = index + 1
                // Closing quotes, brackets and further marks stuck to the terminator belong to the sentence.
                while end < range.upperBound && tokens[end].span.start == tokens[end - 1].span.end
                    && Self.isClosing(tokens[end].text)
                {
                    end += 1
                }
                if end < range.upperBound && isBoundary(tokens, terminator: index, next: end, range: range) {
                    sentences.append(sentence(tokens, start..<end, paragraph: paragraphIndex))
                    start = end
                }
                index = end
            }
            if start < range.upperBound {
                sentences.append(sentence(tokens, start..<range.upperBound, paragraph: paragraphIndex))
            }
        }
        return sentences
    }

    private func sentence(_ tokens: [Token], _ range: Range<Int>, paragraph: Int) -> Sentence {
        Sentence(
            span: TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end),
            tokens: range, paragraph: paragraph)
    }

    private func isBoundary(_ tokens: [Token], terminator: Int, next: Int, range: Range<Int>) -> Bool {
        // "TP.HCM", "Th.S", "baochinhphu.vn": no space, no boundary — unless the space was lost between a sentence's
        // last word or number and the next one's first word ("Huân chương Lenin.Năm 1989 là …", "ngày 31/7/1980.Ông
        // được …"): see ``isGluedBoundary(_:terminator:next:range:)``.
        guard tokens[next].span.start > tokens[next - 1].span.end else {
            return isGluedBoundary(tokens, terminator: terminator, next: next, range: range)
        }
        guard startsSentence(tokens, at: next, range: range) else { return false }
        guard tokens[terminator].text == ".", terminator > range.lowerBound else { return true }
        let before = tokens[terminator - 1]
        guard before.kind == .word, before.span.end == tokens[terminator].span.start else { return true }
        if Abbreviations.isAbbreviation(before.text, in: abbreviations) { return false }
        // "v.v." — the second "v" follows "v.".
        if before.text == "v" && terminator - 3 >= range.lowerBound && tokens[terminator - 2].text == "."
            && tokens[terminator - 3].text == "v"
        {
            return false
        }
        return true
    }

    /// Whether a period with no space after it ends a sentence all the same: it follows a word of two letters or more
    /// ending in a lower-case letter (not an abbreviation: "Ths.", "St.") or a number, and a word follows it whose
    /// first letter is upper-case and second lower-case ("Năm", "Ông"). Abbreviations joined to a name ("TP.HCM",
    /// "PGS.TS", "Th.S"), web addresses ("baochinhphu.vn") and initials ("J.Smith" after one letter) stay whole.
    private func isGluedBoundary(_ tokens: [Token], terminator: Int, next: Int, range: Range<Int>) -> Bool {
        guard next == terminator + 1, tokens[terminator].text == ".", terminator > range.lowerBound,
            tokens[next].kind == .word
        else { return false }
        let after = Array(tokens[next].text.unicodeScalars.prefix(2))
        guard after.count == 2, after[0].properties.isUppercase, after[1].properties.isLowercase else { return false }
        let before = tokens[terminator - 1]
        guard before.span.end == tokens[terminator].span.start else { return false }
        if before.kind == .number { return true }
        guard before.kind == .word, !Abbreviations.isAbbreviation(before.text, in: abbreviations) else { return false }
        let letters = before.text.unicodeScalars
        return letters.count >= 2 && letters.last?.properties.isLowercase == true
    }

    private func startsSentence(_ tokens: [Token], at index: Int, range: Range<Int>) -> Bool {
        let token = tokens[index]
        guard let first = token.text.unicodeScalars.first else { return false }
        if first.isUppercaseLetter || first.isDigit { return true }
        if first == "\"" || first == "'" || first == "(" || first == "[" {
            guard index + 1 < range.upperBound, let next = tokens[index + 1].text.unicodeScalars.first else {
                return false
            }
            return next.isUppercaseLetter || next.isDigit
        }
        return false
    }

    private static func isTerminator(_ text: String) -> Bool {
        text == "." || text == "!" || text == "?" || text == "…"
    }

    private static func isClosing(_ text: String) -> Bool {
        text == "\"" || text == "'" || text == ")" || text == "]" || isTerminator(text)
    }
}
