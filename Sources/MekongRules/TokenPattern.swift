import MekongPluginAPI

/// A compiled token pattern: a sequence of elements matched against one sentence's tokens.
///
/// Syntax (elements separated by white space where they would otherwise run together):
/// - `{TYPE}` / `{TYPE:name}`: a mention of that type that starts at the current token (a mention found by
///   an earlier extractor, by the pack's gazetteers or by a pattern above this one); it consumes the
///   mention's tokens. With a name, the mention is a capture.
/// - a literal word or phrase (`phối hợp`, `TP.HCM`, `,`): tokens compared by lower-cased text (or exactly
///   when the pattern is case-sensitive). A phrase is split the way ingest splits text.
/// - `[a|b c]`: one of the alternatives; an empty alternative (`[rất|]`) makes it optional. `[…]:name`
///   captures the tokens matched.
/// - `…` or `...`: up to the pattern's `gap` tokens (default 6), the fewest that let the rest match;
///   `…3` / `...3` sets the limit; `…:name` / `…3:name` captures the skipped tokens.
///
/// The whole match lies inside one sentence; one match is reported per start token (the one with the
/// shortest gaps), so matches may overlap. Matching a sentence of n tokens costs O(n) for a fixed pattern:
/// the backtracking is bounded by the gaps' limits and the mentions starting at each token.
struct TokenPattern: Sendable {
    /// Token texts to compare: lower-cased for case-insensitive matching and as written.
    struct Phrase: Sendable, Hashable {
        let lowered: [String]
        let exact: [String]

        init(_ text: String) {
            exact = Tokenizer().words(of: text)
            lowered = exact.map { $0.lowercased() }
        }
    }

    enum Element: Sendable, Hashable {
        case literal(Phrase)
        case choice([Phrase], capture: Int?)
        case mention(EntityType, capture: Int?)
        case gap(max: Int, capture: Int?)
    }

    /// Why a pattern does not parse.
    enum ParseError: Error, Equatable {
        case syntax(String)
        case invalidType(String)
    }

    let elements: [Element]
    /// Capture names by slot.
    let captureNames: [String]
    /// The slots of `{TYPE:name}` captures.
    let mentionCaptureSlots: Set<Int>
    let caseSensitive: Bool

    /// The types of all `{TYPE}` elements.
    var mentionTypes: [EntityType] {
        elements.compactMap {
            if case .mention(let type, _) = $0 { type } else { nil }
        }
    }

    /// Whether the capture is a `{TYPE:name}` (a mention rather than text).
    func isMentionCapture(_ name: String) -> Bool {
        guard let slot = captureNames.firstIndex(of: name) else { return false }
        return mentionCaptureSlots.contains(slot)
    }

    // MARK: Parsing

    static func parse(_ source: String, gap defaultGap: Int, caseSensitive: Bool) -> Result<TokenPattern, ParseError> {
        do {
            return .success(try parseOrThrow(source, gap: defaultGap, caseSensitive: caseSensitive))
        } catch {
            return .failure(error)
        }
    }

    private static func parseOrThrow(_ source: String, gap defaultGap: Int, caseSensitive: Bool) throws(ParseError)
        -> TokenPattern
    {
        var scalars = Substring(source.precomposedStringWithCanonicalMapping).unicodeScalars[...]
        var elements: [Element] = []
        var names: [String] = []
        var mentionSlots = Set<Int>()

        func captureSlot(_ name: String) throws(ParseError) -> Int {
            guard Vocabulary.isValidCaptureName(name) else {
                throw .syntax("\"\(name)\" is not a capture name (an ASCII letter, then ASCII letters and digits)")
            }
            guard !names.contains(name) else { throw .syntax("the capture \"\(name)\" is named twice") }
            names.append(name)
            return names.count - 1
        }
        /// `:name` right after an element, if present.
        func optionalCapture() throws(ParseError) -> Int? {
            guard scalars.first == ":" else { return nil }
            scalars.removeFirst()
            var name = ""
            while let next = scalars.first, next.isASCII, next.properties.isAlphabetic || ("0"..."9").contains(next) {
                name.unicodeScalars.append(next)
                scalars.removeFirst()
            }
            return try captureSlot(name)
        }
        func read(until close: Unicode.Scalar, opening: Unicode.Scalar) throws(ParseError) -> String {
            var content = ""
            while let next = scalars.popFirst() {
                if next == close { return content }
                if next == opening { throw .syntax("\"\(opening)\" inside \"\(opening)…\(close)\"") }
                content.unicodeScalars.append(next)
            }
            throw .syntax("\"\(opening)\" is not closed by \"\(close)\"")
        }
        func startsGap() -> Bool {
            scalars.first == "…" || scalars.starts(with: "...".unicodeScalars)
        }

        while let first = scalars.first {
            if first.properties.isWhitespace {
                scalars.removeFirst()
            } else if first == "{" {
                scalars.removeFirst()
                let content = try read(until: "}", opening: "{")
                let parts = content.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                let typeName = String(parts[0]).trimmingWhitespace()
                guard Vocabulary.isValidType(typeName) else { throw .invalidType(typeName) }
                var slot: Int?
                if parts.count == 2 {
                    slot = try captureSlot(String(parts[1]).trimmingWhitespace())
                    if let slot { mentionSlots.insert(slot) }
                }
                elements.append(.mention(EntityType(typeName), capture: slot))
            } else if first == "[" {
                scalars.removeFirst()
                let content = try read(until: "]", opening: "[")
                let alternatives = content.split(separator: "|", omittingEmptySubsequences: false).map {
                    Phrase(String($0))
                }
                guard alternatives.contains(where: { !$0.exact.isEmpty }) else {
                    throw .syntax("\"[\(content)]\" has no alternative with words")
                }
                // Longest alternatives first, so that "[hợp tác|hợp]" prefers the longer reading; empty last.
                let ordered = alternatives.enumerated().sorted {
                    ($0.element.exact.count, -$0.offset) > ($1.element.exact.count, -$1.offset)
                }.map(\.element)
                elements.append(.choice(ordered, capture: try optionalCapture()))
            } else if startsGap() {
                scalars.removeFirst(first == "…" ? 1 : 3)
                var digits = ""
                while let next = scalars.first, ("0"..."9").contains(next) {
                    digits.unicodeScalars.append(next)
                    scalars.removeFirst()
                }
                var limit = defaultGap
                if !digits.isEmpty {
                    guard let value = Int(digits), (1...50).contains(value) else {
                        throw .syntax("a gap's limit \"\(digits)\" is not in 1…50")
                    }
                    limit = value
                }
                if case .gap = elements.last { throw .syntax("two gaps in a row") }
                elements.append(.gap(max: limit, capture: try optionalCapture()))
            } else if first == "}" || first == "]" {
                throw .syntax("\"\(first)\" without its opening bracket")
            } else {
                var literal = ""
                while let next = scalars.first, !next.properties.isWhitespace, next != "{", next != "[", next != "}",
                    next != "]", !startsGap()
                {
                    literal.unicodeScalars.append(next)
                    scalars.removeFirst()
                }
                elements.append(.literal(Phrase(literal)))
            }
        }
        guard let head = elements.first, let tail = elements.last else { throw .syntax("the pattern is empty") }
        for element in [head, tail] {
            switch element {
            case .gap: throw .syntax("a pattern cannot start or end with a gap (… or ...)")
            case .choice(let alternatives, _) where alternatives.contains(where: { $0.exact.isEmpty }):
                throw .syntax("a pattern cannot start or end with an optional choice")
            default: break
            }
        }
        return TokenPattern(
            elements: elements, captureNames: names, mentionCaptureSlots: mentionSlots, caseSensitive: caseSensitive)
    }

    // MARK: Matching

    /// What a capture matched: a range of tokens, and the mention when it is a `{TYPE:name}`.
    struct Capture: Sendable {
        var tokens: Range<Int>
        var mention: Int?
    }

    /// One match: its tokens and its captures by slot.
    struct Match {
        var tokens: Range<Int>
        var captures: [Capture?]
    }

    /// The matches in `sentence` (a range of token indexes), one per start token at most.
    func matches(in sentence: Range<Int>, tokens: TokenTexts, pool: MentionPool, steps: inout Int) -> [Match] {
        var results: [Match] = []
        var captures = [Capture?](repeating: nil, count: captureNames.count)
        for start in sentence {
            if let end = match(0, at: start, limit: sentence.upperBound, tokens, pool, &captures, &steps) {
                results.append(Match(tokens: start..<end, captures: captures))
            }
            for slot in captures.indices { captures[slot] = nil }
        }
        return results
    }

    /// Matches `elements[element...]` from token `index`; the end token of the match, or nil.
    private func match(
        _ element: Int, at index: Int, limit: Int, _ tokens: TokenTexts, _ pool: MentionPool,
        _ captures: inout [Capture?], _ steps: inout Int
    ) -> Int? {
        guard element < elements.count else { return index }
        steps += 1
        switch elements[element] {
        case .literal(let phrase):
            guard tokens.matches(phrase, at: index, limit: limit, caseSensitive: caseSensitive) else { return nil }
            return match(element + 1, at: index + phrase.exact.count, limit: limit, tokens, pool, &captures, &steps)
        case .choice(let alternatives, let slot):
            for phrase in alternatives where tokens.matches(phrase, at: index, limit: limit, caseSensitive: caseSensitive) {
                let end = index + phrase.exact.count
                if let slot { captures[slot] = Capture(tokens: index..<end, mention: nil) }
                if let found = match(element + 1, at: end, limit: limit, tokens, pool, &captures, &steps) { return found }
            }
            if let slot { captures[slot] = nil }
            return nil
        case .mention(let type, let slot):
            for candidate in pool.starting(at: index) where pool.entries[candidate].type == type {
                let end = pool.entries[candidate].endToken
                guard end <= limit else { continue }
                if let slot { captures[slot] = Capture(tokens: index..<end, mention: candidate) }
                if let found = match(element + 1, at: end, limit: limit, tokens, pool, &captures, &steps) { return found }
            }
            if let slot { captures[slot] = nil }
            return nil
        case .gap(let max, let slot):
            for length in 0...max where index + length <= limit {
                if let slot { captures[slot] = Capture(tokens: index..<(index + length), mention: nil) }
                if let found = match(element + 1, at: index + length, limit: limit, tokens, pool, &captures, &steps) {
                    return found
                }
            }
            if let slot { captures[slot] = nil }
            return nil
        }
    }
}

/// A document's token texts, as written and lower-cased, computed once per document.
struct TokenTexts {
    let exact: [String]
    let lowered: [String]

    init(_ document: Document) {
        exact = document.tokens.map(\.text)
        lowered = exact.map { $0.lowercased() }
    }

    /// Whether `phrase` is at `index`, ending at or before `limit`.
    func matches(_ phrase: TokenPattern.Phrase, at index: Int, limit: Int, caseSensitive: Bool) -> Bool {
        guard index + phrase.exact.count <= limit else { return false }
        let texts = caseSensitive ? exact : lowered
        let wanted = caseSensitive ? phrase.exact : phrase.lowered
        for offset in wanted.indices where texts[index + offset] != wanted[offset] { return false }
        return true
    }
}
