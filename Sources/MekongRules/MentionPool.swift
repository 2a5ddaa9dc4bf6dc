import MekongPluginAPI

/// The mentions a rule pack's patterns can match in one document: those of earlier extractors and those the
/// pack has produced so far, indexed by the token they start at and by their span.
struct MentionPool {
    struct Entry {
        let type: EntityType
        let span: TextSpan
        /// The token after the mention's last one.
        let endToken: Int
        /// How a relation refers to it.
        let reference: MentionReference
        let canonicalName: String
    }

    private(set) var entries: [Entry] = []
    private var byStartToken: [Int: [Int]] = [:]
    private var bySpan: [TextSpan: [Int]] = [:]
    private let document: Document

    init(_ document: Document) {
        self.document = document
        for (index, mention) in document.mentions.enumerated() {
            add(mention, reference: .existing(index))
        }
    }

    /// The indexes of the entries that start at token `index`, longest first.
    func starting(at index: Int) -> [Int] { byStartToken[index] ?? [] }

    /// The first entry with exactly this span.
    func entry(spanning span: TextSpan) -> Int? { bySpan[span]?.first }

    /// The entry of that type and span, if the pool has one.
    func entry(_ type: EntityType, spanning span: TextSpan) -> Int? {
        bySpan[span]?.first { entries[$0].type == type }
    }

    /// Adds a mention; it can be matched by `{TYPE}` only when it starts and ends at token boundaries.
    @discardableResult
    mutating func add(_ mention: EntityMention, reference: MentionReference) -> Int {
        let startToken = document.tokenIndex(atOrAfter: mention.span.start)
        let endToken = document.tokenIndex(atOrAfter: mention.span.end)
        let index = entries.count
        entries.append(
            Entry(
                type: mention.type, span: mention.span, endToken: endToken, reference: reference,
                canonicalName: mention.canonicalName))
        bySpan[mention.span, default: []].append(index)
        let tokens = document.tokens
        let aligned = startToken < tokens.count && tokens[startToken].span.start == mention.span.start
            && endToken > startToken && tokens[endToken - 1].span.end == mention.span.end
        if aligned {
            var list = byStartToken[startToken, default: []]
            list.append(index)
            list.sort { entries[$0].endToken > entries[$1].endToken }
            byStartToken[startToken] = list
        }
        return index
    }
}
