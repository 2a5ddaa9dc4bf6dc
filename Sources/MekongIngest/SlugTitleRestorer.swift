import MekongCore

/// Gives a URL slug's words back the diacritics the article itself writes them with: the title of an article
/// whose layout has no headline ("loat-mat-hang-bo-truong-cong-thuong-…" → "[Loat] mặt hàng Bộ trưởng Công
/// Thương …").
///
/// The slug's words are matched, without case or diacritics, against the words of the text, longest runs
/// first: a run of two words or more that the text writes, in the slug's order, takes the spelling the text
/// uses most often for it. A run does not reach across punctuation in the text. A word alone is not restored,
/// even when the text writes it one way only: "mang" in a text that writes only "cách mạng" is not "mạng" in
/// "mang tên"; only a word that cannot be a Vietnamese syllable ("karaoke", "bar"), written by the text as the
/// slug spells it, is taken alone. A word keeps the case the text writes it with where it does not open a
/// sentence, and the title is then put in sentence case. The slug's word order is kept; punctuation, which
/// the slug has lost, is not put back. Digits need no diacritics: a number of one or two digits, or a year
/// (1900–2099), is kept as the slug writes it when no run restores it; other digits are often a date whose
/// slash the slug dropped ("72021" for "7/2021") and are marked.
///
/// Words that cannot be restored with confidence are shown between square brackets as the slug spells them,
/// so that a word without diacritics is never shown as if the article wrote it: "[Loat] mặt hàng …"; a slug of
/// which nothing can be restored is shown whole between brackets.
///
/// The work is bounded whatever the input: only the first ``maximumSlugWords`` words of a slug are restored
/// (the rest stay in brackets), and only the first ``maximumOccurrences`` places of each word in the text are
/// compared.
struct SlugTitleRestorer {
    /// The most slug words restored; real slugs have fewer than twenty.
    static let maximumSlugWords = 32
    /// The most places of one word in the text that are compared with a run.
    static let maximumOccurrences = 64

    /// One word of the text: as written, folded, whether it opens a sentence, and whether punctuation
    /// separates it from the word before (a run does not reach across: "cách mạng, tên" is no "mạng tên").
    private struct Word {
        var written: String
        var folded: String
        var opensSentence: Bool
        var opensClause: Bool
    }

    /// The text's words, paragraph by paragraph (a run never spans two paragraphs).
    private let paragraphs: [[Word]]
    /// Where each folded word occurs: paragraph and word index.
    private let occurrences: [String: [(paragraph: Int, word: Int)]]

    /// A restorer that reads the words of `paragraphs`.
    init(paragraphs: [String]) {
        let words = paragraphs.map(Self.words(of:))
        var occurrences: [String: [(paragraph: Int, word: Int)]] = [:]
        for (paragraph, list) in words.enumerated() {
            for (index, word) in list.enumerated() where occurrences[word.folded, default: []].count < Self.maximumOccurrences {
                occurrences[word.folded, default: []].append((paragraph, index))
            }
        }
        self.paragraphs = words
        self.occurrences = occurrences
    }

    /// The title for `slugWords` (lower-case ASCII words, as ``URLSlug/title(fromURL:)`` splits them), in
    /// sentence case, with unrestored words between brackets; nil when there are no words.
    func title(slugWords: [String]) -> String? {
        let slug = slugWords.map { $0.lowercased() }.filter { !$0.isEmpty }
        guard !slug.isEmpty else { return nil }
        var restored = [String?](repeating: nil, count: slug.count)
        restore(slug, range: 0..<min(slug.count, Self.maximumSlugWords), into: &restored)
        var pieces: [String] = []
        var pending: [String] = []
        for (index, word) in slug.enumerated() {
            if let written = restored[index] {
                if !pending.isEmpty { pieces.append("[" + pending.joined(separator: " ") + "]") }
                pending = []
                pieces.append(written)
            } else if Self.isPlainNumber(word) {
                if !pending.isEmpty { pieces.append("[" + pending.joined(separator: " ") + "]") }
                pending = []
                pieces.append(word)
            } else {
                pending.append(word)
            }
        }
        if !pending.isEmpty { pieces.append("[" + pending.joined(separator: " ") + "]") }
        return Self.sentenceCase(pieces.joined(separator: " "))
    }

    // MARK: - Matching

    /// Restores the longest run in `range` the text writes, then what lies on either side of it.
    private func restore(_ slug: [String], range: Range<Int>, into restored: inout [String?]) {
        guard !range.isEmpty else { return }
        // Runs of two words or more, and a word alone only when it cannot be a Vietnamese syllable
        // ("karaoke") and the text writes it as the slug does: a word alone is too often another word that
        // folds the same.
        if range.count == 1 {
            let word = slug[range.lowerBound]
            if Self.isForeign(word), let written = spelling(of: [word]), written[0].lowercased() == word {
                restored[range.lowerBound] = written[0]
            }
            return
        }
        for length in stride(from: range.count, through: 1, by: -1) {
            for start in range.lowerBound...(range.upperBound - length) {
                let run = Array(slug[start..<(start + length)])
                if length == 1 && !Self.isForeign(run[0]) { continue }
                guard let words = spelling(of: run), length > 1 || words[0].lowercased() == run[0] else { continue }
                for (offset, word) in words.enumerated() { restored[start + offset] = word }
                restore(slug, range: range.lowerBound..<start, into: &restored)
                restore(slug, range: (start + length)..<range.upperBound, into: &restored)
                return
            }
        }
    }

    /// How the text writes `run` (folded words), word by word, when it does so with confidence; nil otherwise.
    private func spelling(of run: [String]) -> [String]? {
        guard let first = run.first, let starts = occurrences[first] else { return nil }
        // Every place the text writes the run, grouped by spelling (without case).
        var byForm: [String: [(paragraph: Int, word: Int)]] = [:]
        var formOrder: [String] = []
        for start in starts {
            let words = paragraphs[start.paragraph]
            guard start.word + run.count <= words.count else { continue }
            let slice = words[start.word..<(start.word + run.count)]
            guard zip(slice, run).allSatisfy({ $0.folded == $1 }), !slice.dropFirst().contains(where: \.opensClause)
            else { continue }
            let form = slice.map { $0.written.lowercased() }.joined(separator: " ")
            if byForm[form] == nil { formOrder.append(form) }
            byForm[form, default: []].append(start)
        }
        guard !formOrder.isEmpty else { return nil }
        let best = formOrder.max { byForm[$0]!.count < byForm[$1]!.count }!
        let places = byForm[best]!
        // Where the run does not open a sentence, its first word is written in its own case.
        let place = places.first { !paragraphs[$0.paragraph][$0.word].opensSentence } ?? places[0]
        let slice = paragraphs[place.paragraph][place.word..<(place.word + run.count)]
        return slice.map { word in word.opensSentence ? caseOfWord(word) : word.written }
    }

    /// The case the text writes `word` with where it does not open a sentence; lower case if it always does.
    private func caseOfWord(_ word: Word) -> String {
        let lower = word.written.lowercased()
        var capitalized = 0
        var uncapitalized = 0
        for place in occurrences[word.folded] ?? [] {
            let other = paragraphs[place.paragraph][place.word]
            guard !other.opensSentence, other.written.lowercased() == lower else { continue }
            if other.written == lower { uncapitalized += 1 } else { capitalized += 1 }
        }
        return capitalized > uncapitalized ? word.written : lower
    }

    // MARK: - Words

    /// The words of `text`: runs of letters, or of digits (digit groups joined by `/`, `.`, `,` or `-` count
    /// as one word, "30/4", folded "304"); a letter run and a digit run touching are two words ("0h").
    ///
    /// The text is read scalar by scalar and each word folded letter by letter from
    /// ``NameNormalizer/foldedLetter(_:)``'s table: every word of every article with a slug title passes here,
    /// and grapheme breaking plus a Unicode decomposition per word cost more than the rest of the restorer.
    private static func words(of text: String) -> [Word] {
        var words: [Word] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var opensSentence = true
        var opensClause = true
        while index < scalars.count {
            let scalar = scalars[index]
            let digits = isDigit(scalar)
            if digits || isLetter(scalar) {
                var end = index + 1
                while end < scalars.count {
                    let next = scalars[end]
                    if digits {
                        if isDigit(next) {
                            end += 1
                        } else if "/.,-".unicodeScalars.contains(next), end + 1 < scalars.count, isDigit(scalars[end + 1]) {
                            end += 2
                        } else {
                            break
                        }
                    } else if isLetter(next) || next.properties.generalCategory == .nonspacingMark {
                        end += 1
                    } else {
                        break
                    }
                }
                var written = String.UnicodeScalarView()
                var folded = String.UnicodeScalarView()
                for part in scalars[index..<end] {
                    written.append(part)
                    if let plain = NameNormalizer.foldedLetter(part) {
                        folded.append(plain)
                    } else if isDigit(part) {
                        folded.append(part)
                    } else if isLetter(part) {
                        folded.append(contentsOf: String(part).lowercased().unicodeScalars)
                    }
                }
                words.append(
                    Word(
                        written: String(written), folded: String(folded), opensSentence: opensSentence,
                        opensClause: opensClause))
                opensSentence = false
                opensClause = false
                index = end
            } else {
                if ".!?:…".unicodeScalars.contains(scalar) { opensSentence = true }
                if scalar != " " && scalar != "-" && scalar != "/" { opensClause = true }
                index += 1
            }
        }
        return words
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType == .decimal
    }

    /// Whether a slug word cannot be one Vietnamese syllable, so has no diacritics to lose: it has f, j, w or
    /// z, more than one group of vowels ("karaoke"), or ends in consonants no syllable ends in ("bar").
    static func isForeign(_ word: String) -> Bool {
        let letters = Array(word)
        guard !letters.isEmpty, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        if letters.contains(where: { "fjwz".contains($0) }) { return true }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var groups = 0
        var previousIsVowel = false
        for letter in letters {
            let isVowel = vowels.contains(letter)
            if isVowel && !previousIsVowel { groups += 1 }
            previousIsVowel = isVowel
        }
        guard groups == 1 else { return true }
        let final = String(letters.reversed().prefix { !vowels.contains($0) }.reversed())
        return !["", "c", "ch", "m", "n", "ng", "nh", "p", "t"].contains(final)
    }

    /// Whether a slug word is a number that reads the same with or without the text: one or two digits, or
    /// a year from 1900 to 2099.
    private static func isPlainNumber(_ word: String) -> Bool {
        guard !word.isEmpty, word.allSatisfy(\.isASCII), word.allSatisfy(\.isNumber) else { return false }
        if word.count <= 2 { return true }
        return word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20"))
    }

    /// `text` with its first letter in upper case when it opens the text or its bracket ("101 ứng viên" stays).
    private static func sentenceCase(_ text: String) -> String {
        var first = text.startIndex
        if text.first == "[" { first = text.index(after: first) }
        guard first < text.endIndex, text[first].isLetter else { return text }
        return text[..<first] + text[first].uppercased() + text[text.index(after: first)...]
    }
}
