import MekongPluginAPI
import VietnameseLexicon

/// A brand named alone in an article that also names the body it stands for: "Grab" and "Công ty TNHH Grab Việt Nam",
/// "Boeing" and "Tập đoàn Boeing".
enum BrandOfNamedBody {
    /// `mentions` with each brand named alone ("brand" rule) taking the canonical name of the one other body of the
    /// article whose name holds the brand's words (nested owners, read inside another body's name, do not count).
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
