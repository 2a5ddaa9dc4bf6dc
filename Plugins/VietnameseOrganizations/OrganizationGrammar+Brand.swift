import MekongPluginAPI
import VietnameseLexicon

/// Foreign companies, outlets and agencies named alone: "đăng trên Facebook", "theo Reuters", "gặp lãnh đạo Exxon Mobil".
extension OrganizationGrammar {
    /// The brand of the lexicon whose name starts at `index` and stands alone, or nil. Alone: no capitalized word right
    /// before it ("Tập đoàn Boeing", "Công ty TNHH Uber" are the grammar's), and none right after it ("Hilton
    /// Worldwide", "Google Maps" are longer names).
    func standaloneBrand(at index: Int) -> ParsedOrganization? {
        let tokens = document.tokens
        guard tokens[index].isCapitalized, let match = lexicon.brands.longestMatch(in: keys, at: index) else { return nil }
        let end = index + match.length
        // A lower-case head before it is the kind of body, not a word of its name: "lãnh đạo tập đoàn Exxon Mobil".
        if index > 0, !document.startsSentence[index], tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized {
            return nil
        }
        guard end >= keys.count || document.startsSentence[end] || tokens[end].kind != .word || !tokens[end].isCapitalized
        else { return nil }
        return ParsedOrganization(
            start: index, end: end, canonicalName: match.payload, aliases: [text(index, end)], isShortForm: false,
            nested: [], rule: "brand")
    }
}

/// A brand named alone in an article that also names the body it stands for: "Grab" and "Công ty TNHH Grab Việt Nam",
/// "Boeing" and "Tập đoàn Boeing".
enum BrandOfNamedBody {
    /// `mentions` with each brand named alone ("brand" rule) taking the canonical name of the one other body of the
    /// article whose name holds the brand's words (not counting a body that holds them as a unit's owner, as every
    /// body of the list does).
    static func join(_ mentions: [EntityMention]) -> [EntityMention] {
        let bodies = mentions.filter { $0.type == .organization && $0.rule != "brand" && !$0.hints.isNested }
        return mentions.map { mention in
            guard mention.rule == "brand" else { return mention }
            let words = TokenKeys.split(mention.text)
            let holders = Set(bodies.map(\.canonicalName).filter { name in
                let nameWords = TokenKeys.split(name)
                guard nameWords.count > words.count else { return false }
                return (0...(nameWords.count - words.count)).contains { nameWords[$0..<$0 + words.count].elementsEqual(words) }
            })
            guard holders.count == 1, let holder = holders.first else { return mention }
            var joined = mention
            joined.aliases.append(mention.canonicalName)
            joined.canonicalName = holder
            return joined
        }
    }
}
