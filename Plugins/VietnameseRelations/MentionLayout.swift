import MekongPluginAPI

/// The document's mentions laid over its tokens, for rules that read "mention, cue words, mention".
struct MentionLayout {
    struct Placed {
        var index: Int
        var mention: EntityMention
        var start: Int
        var end: Int
    }

    let placed: [Placed]
    private var startingAt: [Int: [Int]] = [:]
    private var endingAt: [Int: [Int]] = [:]
    /// Every mention, nested ones too, by the token it ends before.
    private var allEndingAt: [Int: [Int]] = [:]

    init(_ document: Document) {
        var placed: [Placed] = []
        for (index, mention) in document.mentions.enumerated() {
            let start = document.tokenIndex(atOrAfter: mention.span.start)
            let end = document.tokenIndex(atOrAfter: mention.span.end)
            placed.append(Placed(index: index, mention: mention, start: start, end: end))
        }
        self.placed = placed
        for (position, item) in placed.enumerated() {
            allEndingAt[item.end, default: []].append(position)
            guard !item.mention.hints.isNested else { continue }
            startingAt[item.start, default: []].append(position)
            endingAt[item.end, default: []].append(position)
        }
    }

    /// The longest top-level mention of one of `types` that starts at token `index`.
    func starting(at index: Int, types: Set<EntityType>) -> Placed? {
        (startingAt[index] ?? []).map { placed[$0] }.filter { types.contains($0.mention.type) }
            .max { $0.end < $1.end }
    }

    /// The longest top-level mention of one of `types` that ends right before token `index`.
    func ending(at index: Int, types: Set<EntityType>) -> Placed? {
        (endingAt[index] ?? []).map { placed[$0] }.filter { types.contains($0.mention.type) }
            .min { $0.start < $1.start }
    }

    /// Every mention of one of `types`, top-level or nested, that ends right before token `index`, in document order.
    func allEnding(at index: Int, types: Set<EntityType>) -> [Placed] {
        (allEndingAt[index] ?? []).map { placed[$0] }.filter { types.contains($0.mention.type) }
    }
}
