/// Finds the longest phrase of a fixed list that starts at a token, in time independent of the list's size.
///
/// Phrases and document tokens compare by their lower-cased text (``TokenKeys``), so "Quốc gia" and
/// "quốc gia" match alike; callers check capitalization where it matters.
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    private var byFirstToken: [String: [(keys: [String], payload: Payload)]] = [:]

    public init() {}

    /// Adds a phrase. A phrase added twice keeps the first payload.
    public mutating func add(_ phrase: String, _ payload: Payload) {
        let keys = TokenKeys.split(phrase)
        guard let first = keys.first else { return }
        var list = byFirstToken[first, default: []]
        if list.contains(where: { $0.keys == keys }) { return }
        list.append((keys, payload))
        list.sort { $0.keys.count > $1.keys.count }
        byFirstToken[first] = list
    }

    /// The longest phrase that starts at `index` of `keys` (lower-cased token texts), if any.
    public func longestMatch(in keys: [String], at index: Int) -> (length: Int, payload: Payload)? {
        guard index < keys.count, let candidates = byFirstToken[keys[index]] else { return nil }
        for candidate in candidates where index + candidate.keys.count <= keys.count {
            var matches = true
            for offset in 1..<candidate.keys.count where keys[index + offset] != candidate.keys[offset] {
                matches = false
                break
            }
            if matches { return (candidate.keys.count, candidate.payload) }
        }
        return nil
    }

    /// Every phrase that starts at `index`, longest first.
    public func allMatches(in keys: [String], at index: Int) -> [(length: Int, payload: Payload)] {
        guard index < keys.count, let candidates = byFirstToken[keys[index]] else { return [] }
        return candidates.compactMap { candidate in
            guard index + candidate.keys.count <= keys.count else { return nil }
            for offset in 1..<candidate.keys.count where keys[index + offset] != candidate.keys[offset] { return nil }
            return (candidate.keys.count, candidate.payload)
        }
    }
}
