import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// The features the name tagger reads at a token, one definition for training and tagging alike: the word and its
/// lexical classes at the token and the three before and after it, the two words ending at it, the two starting at it
/// and the three ending at it.
///
/// A feature is a template number and up to three words. Training data writes it as text ("4=ủy", "114=ủy ban",
/// "12"); the tagger packs it into an integer from the words' numbers in the model's vocabulary, so that tagging
/// hashes one string per token, not one per feature.
public struct NameFeatures: Sendable {
    /// The lexical classes of a token, one bit each.
    public struct Classes: OptionSet, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// An upper-case first letter.
        public static let capitalized = Classes(rawValue: 1 << 0)
        /// At least two letters, all upper case ("UBND").
        public static let allCaps = Classes(rawValue: 1 << 1)
        /// A digit anywhere.
        public static let digit = Classes(rawValue: 1 << 2)
        /// The first word of an organization head of the lexicon ("ủy" of "Ủy ban").
        public static let headStart = Classes(rawValue: 1 << 3)
        /// The first word of a title of the lexicon.
        public static let titleStart = Classes(rawValue: 1 << 4)
        /// A family name.
        public static let surname = Classes(rawValue: 1 << 5)
        /// A word of a place of the lexicon.
        public static let placeWord = Classes(rawValue: 1 << 6)
        /// Punctuation.
        public static let punctuation = Classes(rawValue: 1 << 7)
        /// A slash inside ("15/2024/NĐ-CP").
        public static let slash = Classes(rawValue: 1 << 8)
        /// Inside a place of the lexicon ("Hà Nội", "Thừa Thiên Huế").
        public static let inPlace = Classes(rawValue: 1 << 9)
        /// Inside a body the lexicon knows by name.
        public static let inKnownBody = Classes(rawValue: 1 << 10)
        /// Inside a title of the lexicon ("Phó Chủ tịch").
        public static let inTitle = Classes(rawValue: 1 << 11)
        /// Inside an organization head of the lexicon ("Ủy ban nhân dân").
        public static let inHead = Classes(rawValue: 1 << 12)
        /// Right after a title of the lexicon: where a body or a person's name begins.
        public static let afterTitle = Classes(rawValue: 1 << 13)
        /// How many classes there are.
        static let count = 14
    }

    /// How far the window reaches on each side.
    static let reach = 3
    /// Template numbers: the bias, the word at each offset, each class at each offset, the padding past each end of
    /// the sentence, and the three n-grams.
    static let biasTemplate = 0
    static func wordTemplate(_ offset: Int) -> Int { 1 + offset + reach }
    static func classTemplate(_ offset: Int, _ bit: Int) -> Int { 2 * reach + 2 + (offset + reach) * Classes.count + bit }
    static func padTemplate(_ offset: Int) -> Int { 2 * reach + 2 + (2 * reach + 1) * Classes.count + offset + reach }
    static let bigramBeforeTemplate = padTemplate(reach) + 1
    static let bigramAfterTemplate = bigramBeforeTemplate + 1
    static let trigramBeforeTemplate = bigramBeforeTemplate + 2
    /// The number of templates; each fits in the eight bits ``NameTaggerModel`` packs it into.
    static let templateCount = trigramBeforeTemplate + 1

    private let lexicon: VietnameseLexicon
    /// What the lexicon says of a word, looked up once per token: its classes, and which lists of phrases it opens.
    private struct Entry {
        var classes: Classes = []
        var opens: Opens = []
    }
    /// The lists of phrases a word opens, so that only those are matched at a token.
    private struct Opens: OptionSet {
        let rawValue: UInt8
        static let place = Opens(rawValue: 1 << 0)
        static let knownBody = Opens(rawValue: 1 << 1)
        static let head = Opens(rawValue: 1 << 2)
        static let title = Opens(rawValue: 1 << 3)
    }
    private let entries: [UTF8Key: Entry]

    /// The classes `lexicon` defines.
    public init(lexicon: VietnameseLexicon) {
        self.lexicon = lexicon
        var entries: [UTF8Key: Entry] = [:]
        for word in lexicon.heads.firstWords {
            entries[UTF8Key(word), default: Entry()].classes.insert(.headStart)
            entries[UTF8Key(word), default: Entry()].opens.insert(.head)
        }
        for word in lexicon.titles.firstWords {
            entries[UTF8Key(word), default: Entry()].classes.insert(.titleStart)
            entries[UTF8Key(word), default: Entry()].opens.insert(.title)
        }
        for word in lexicon.surnames { entries[UTF8Key(word), default: Entry()].classes.insert(.surname) }
        for word in lexicon.places.words { entries[UTF8Key(word), default: Entry()].classes.insert(.placeWord) }
        for word in lexicon.places.firstWords { entries[UTF8Key(word), default: Entry()].opens.insert(.place) }
        for word in lexicon.organizations.firstWords { entries[UTF8Key(word), default: Entry()].opens.insert(.knownBody) }
        self.entries = entries
    }

    /// The classes of the tokens `range` of `document` (a sentence), in order.
    public func classes(of document: Document, range: Range<Int>) -> [Classes] {
        let keys = document.tokenKeys
        let found = range.map { entries[UTF8Key(keys[$0])] }
        var classes = range.map { Self.shape(of: document.tokens[$0]) }
        // Phrases of the lexicon, matched within the sentence at the words that open one: the longest at each token.
        func mark(_ length: Int?, from at: Int, _ inside: Classes) {
            guard let length else { return }
            for covered in at..<min(at + length, range.count) { classes[covered].insert(inside) }
        }
        var sentenceKeys: [String]?
        for at in 0..<range.count {
            guard let entry = found[at] else { continue }
            classes[at].formUnion(entry.classes)
            guard !entry.opens.isEmpty else { continue }
            let local = sentenceKeys ?? Array(keys[range])
            sentenceKeys = local
            if entry.opens.contains(.place) { mark(lexicon.places.longestMatch(in: local, at: at)?.length, from: at, .inPlace) }
            if entry.opens.contains(.knownBody) {
                mark(lexicon.organizations.longestMatch(in: local, at: at)?.length, from: at, .inKnownBody)
            }
            if entry.opens.contains(.head) { mark(lexicon.heads.longestMatch(in: local, at: at)?.length, from: at, .inHead) }
            if entry.opens.contains(.title), let title = lexicon.titles.longestMatch(in: local, at: at)?.length {
                mark(title, from: at, .inTitle)
                if at + title < range.count { classes[at + title].insert(.afterTitle) }
            }
        }
        return classes
    }

    /// The classes of a token that its letters say: case, digits, a slash, punctuation.
    private static func shape(of token: Token) -> Classes {
        var classes: Classes = []
        if token.isCapitalized { classes.insert(.capitalized) }
        if token.isAllCaps { classes.insert(.allCaps) }
        switch token.kind {
        case .punctuation: classes.insert(.punctuation)
        case .number: classes.insert(.digit)
        case .word: break
        }
        if token.kind != .word, token.text.utf8.contains(UInt8(ascii: "/")) { classes.insert(.slash) }
        if token.kind == .word, token.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { classes.insert(.digit) }
        return classes
    }

    /// Calls `emit(template, first, second, third)` with each feature of the token at `position` of a sentence of
    /// `count` tokens. `word` gives the word at a position (nil when it is not known: the features that need it are
    /// skipped), `classes` its classes.
    public static func forEach<Word>(
        at position: Int, count: Int, word: (Int) -> Word?, classes: (Int) -> Classes,
        _ emit: (_ template: Int, _ first: Word?, _ second: Word?, _ third: Word?) -> Void
    ) {
        emit(biasTemplate, nil, nil, nil)
        for offset in -reach...reach {
            let at = position + offset
            guard at >= 0, at < count else {
                emit(padTemplate(offset), nil, nil, nil)
                continue
            }
            if let word = word(at) { emit(wordTemplate(offset), word, nil, nil) }
            // Only the classes the word has, lowest bit first.
            var bits = classes(at).rawValue
            while bits != 0 {
                emit(classTemplate(offset, bits.trailingZeroBitCount), nil, nil, nil)
                bits &= bits - 1
            }
        }
        if position > 0, let before = word(position - 1), let here = word(position) {
            emit(bigramBeforeTemplate, before, here, nil)
            if position > 1, let first = word(position - 2) { emit(trigramBeforeTemplate, first, before, here) }
        }
        if position + 1 < count, let here = word(position), let after = word(position + 1) {
            emit(bigramAfterTemplate, here, after, nil)
        }
    }
}
