import MekongCore

/// What an extractor sees: one article's text, its structure, and what earlier extractors found.
public struct Document: Sendable {
    /// The article's metadata and stored (NFC) text.
    public var article: Article {
        didSet {
            // By bytes: an equivalent text in other bytes must still renew the scalars and offsets spans index into.
            if !article.text.utf8.elementsEqual(oldValue.text.utf8) {
                scalars = Array(article.text.unicodeScalars)
                slicer = ArticleText(article.text)
            }
        }
    }
    /// The text as Unicode scalars; spans index into it. Follows ``article``'s text.
    public private(set) var scalars: [Unicode.Scalar]
    /// Slices the text by spans; follows ``article``'s text.
    private var slicer: ArticleText
    /// The paragraphs of the text, in order, each with its role.
    public var paragraphs: [Paragraph]
    /// The sentences; ``startsSentence`` follows them.
    public var sentences: [Sentence] { didSet { startsSentence = Self.sentenceStarts(sentences, tokenCount: tokens.count) } }
    /// The tokens; ``tokenKeys`` and ``startsSentence`` follow them.
    public var tokens: [Token] {
        didSet {
            tokenKeys = tokens.map { $0.text.lowercased() }
            startsSentence = Self.sentenceStarts(sentences, tokenCount: tokens.count)
        }
    }
    /// The lower-cased text of each token, computed once for every extractor that compares words.
    public private(set) var tokenKeys: [String]
    /// For each token, whether it begins a sentence (or a paragraph): names never run across one.
    public private(set) var startsSentence: [Bool]
    /// Mentions found by the extractors that ran before (in pipeline order).
    public var mentions: [EntityMention]
    /// Relations found by the extractors that ran before.
    public var relations: [RelationCandidate]

    /// A document of `article` and its structure; spans and token ranges should fit the article's text.
    public init(
        article: Article, paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token],
        mentions: [EntityMention] = [], relations: [RelationCandidate] = []
    ) {
        self.article = article
        self.scalars = Array(article.text.unicodeScalars)
        self.slicer = ArticleText(article.text)
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.tokenKeys = tokens.map { $0.text.lowercased() }
        self.startsSentence = Self.sentenceStarts(sentences, tokenCount: tokens.count)
        self.mentions = mentions
        self.relations = relations
    }

    private static func sentenceStarts(_ sentences: [Sentence], tokenCount: Int) -> [Bool] {
        var starts = [Bool](repeating: false, count: tokenCount)
        for sentence in sentences where sentence.tokens.lowerBound < tokenCount { starts[sentence.tokens.lowerBound] = true }
        return starts
    }

    /// The article's stored text.
    public var text: String { article.text }

    /// The text of a span.
    public func text(_ span: TextSpan) -> String { slicer.slice(span) }

    /// The index of the sentence that contains the offset, by binary search.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = sentences[mid].span
            if offset < span.start {
                high = mid - 1
            } else if offset >= span.end {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }

    /// The index of the first token that starts at or after `offset`, by binary search.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The mentions of one type, with their indexes in ``mentions``.
    public func mentions(ofType type: EntityType) -> [(index: Int, mention: EntityMention)] {
        mentions.enumerated().filter { $0.element.type == type }.map { ($0.offset, $0.element) }
    }
}
