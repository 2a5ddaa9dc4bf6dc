/// The names of a pack's gazetteers, looked up by their first token (lower-cased), longest first.
///
/// Built once when the pack is compiled; finding the names at one token costs the number of names that
/// start with that token's text, independent of the gazetteers' size.
struct GazetteerIndex: Sendable {
    struct Name: Sendable {
        let phrase: TokenPattern.Phrase
        let caseSensitive: Bool
        let gazetteer: Int
        let entry: Int
    }

    private var byFirstToken: [String: [Name]] = [:]

    init(_ gazetteers: [RulePack.Gazetteer]) {
        var order = 0
        var orderOf: [String: [Int]] = [:]
        for (gazetteerIndex, gazetteer) in gazetteers.enumerated() {
            for (entryIndex, entry) in gazetteer.entries.enumerated() {
                for text in [entry.name] + entry.aliases {
                    let phrase = TokenPattern.Phrase(text)
                    guard let first = phrase.lowered.first else { continue }
                    let name = Name(
                        phrase: phrase, caseSensitive: gazetteer.caseSensitive, gazetteer: gazetteerIndex, entry: entryIndex)
                    byFirstToken[first, default: []].append(name)
                    orderOf[first, default: []].append(order)
                    order += 1
                }
            }
        }
        // Longest first; among equally long names, the one declared first.
        for (key, names) in byFirstToken {
            let orders = orderOf[key] ?? []
            byFirstToken[key] = zip(names, orders).sorted {
                ($0.0.phrase.exact.count, -$0.1) > ($1.0.phrase.exact.count, -$1.1)
            }.map(\.0)
        }
    }

    /// The longest name at token `index` that `accept` takes, and how many lookups it cost.
    func longestName(at index: Int, in tokens: TokenTexts, steps: inout Int, where accept: (Name) -> Bool) -> Name? {
        guard let candidates = byFirstToken[tokens.lowered[index]] else { return nil }
        for name in candidates {
            steps += 1
            if tokens.matches(name.phrase, at: index, limit: tokens.lowered.count, caseSensitive: name.caseSensitive),
                accept(name)
            {
                return name
            }
        }
        return nil
    }
}
