import MekongCore

/// Finds the longest phrase of a fixed list that starts at a token, in time independent of the list's size: the
/// phrases form a trie of tokens, so a match costs one look-up per token of the phrase, however many phrases share
/// its first words (the organizations' lexicon holds thousands, with their abbreviated spellings).
///
/// Phrases and document tokens compare by their lower-cased text (``TokenKeys``), so "Quốc gia" and
/// "quốc gia" match alike; callers check capitalization where it matters.
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// One token of the trie: where each next token leads (indexes into ``nodes``), and the payload of the phrase
    /// that ends here, if one does.
    @usableFromInline
    struct Node: Sendable {
        @usableFromInline var next: [UTF8Key: Int] = [:]
        @usableFromInline var payload: Payload?

        @usableFromInline init() {}
    }

    /// The root is node 0. Inlinable, with the look-ups below, so that each caller's module specializes them for its
    /// payload: unspecialized, every look-up fetched the generic metadata of its result at run time. Only ``add(_:_:)``
    /// writes it (`@usableFromInline` cannot be `private(set)`).
    @usableFromInline var nodes = [Node()]

    /// The most tokens a phrase of the list has: how far back a caller must look for a phrase that ends at a token.
    public private(set) var longestPhrase = 0

    public init() {}

    /// Adds a phrase. A phrase added twice keeps the first payload.
    public mutating func add(_ phrase: String, _ payload: Payload) {
        let keys = TokenKeys.split(phrase)
        guard !keys.isEmpty else { return }
        longestPhrase = max(longestPhrase, keys.count)
        var node = 0
        for key in keys {
            if let next = nodes[node].next[UTF8Key(key)] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].next[UTF8Key(key)] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if nodes[node].payload == nil { nodes[node].payload = payload }
    }

    /// The longest phrase that starts at `index` of `keys` (lower-cased token texts), if any.
    @inlinable
    public func longestMatch(in keys: [String], at index: Int) -> (length: Int, payload: Payload)? {
        var node = 0
        var found: (length: Int, payload: Payload)?
        var position = index
        while position < keys.count, let next = nodes[node].next[UTF8Key(keys[position])] {
            node = next
            position += 1
            if let payload = nodes[node].payload { found = (position - index, payload) }
        }
        return found
    }

    /// Every phrase that starts at `index`, longest first.
    @inlinable
    public func allMatches(in keys: [String], at index: Int) -> [(length: Int, payload: Payload)] {
        var node = 0
        var found: [(length: Int, payload: Payload)] = []
        var position = index
        while position < keys.count, let next = nodes[node].next[UTF8Key(keys[position])] {
            node = next
            position += 1
            if let payload = nodes[node].payload { found.append((position - index, payload)) }
        }
        return found.reversed()
    }

    /// The first words of the phrases, as token keys: whether a word can open one.
    public var firstWords: Set<String> { Set(nodes[0].next.keys.map(\.text)) }

    /// Every word of every phrase, as token keys.
    public var words: Set<String> { nodes.reduce(into: Set<String>()) { $0.formUnion($1.next.keys.map(\.text)) } }
}
