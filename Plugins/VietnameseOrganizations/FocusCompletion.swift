import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// The completion ``ProvinceInFocus`` and ``LocalUnitInFocus`` share: a bare body ("Tỉnh ủy", "UBND huyện") that no
/// full name of the article completes takes the name of the territory in focus, and lies in it.
enum FocusCompletion {
    /// `mentions` with each short form completed by `place`, which is given the mention and the words of its name
    /// (token keys) and returns the territory's name, or nil to leave it as it is.
    static func complete(_ mentions: [EntityMention], place: (EntityMention, [String]) -> String?) -> [EntityMention] {
        let fullKeys = mentions.filter { !$0.hints.isShortForm }.map { NameNormalizer.key($0.canonicalName) }
        return mentions.map { mention in
            guard mention.hints.isShortForm else { return mention }
            let key = NameNormalizer.key(mention.canonicalName)
            guard !fullKeys.contains(where: { $0.hasPrefix(key + " ") }),
                let name = place(mention, TokenKeys.split(mention.canonicalName))
            else { return mention }
            var completed = mention
            completed.canonicalName = mention.canonicalName + " " + name
            // "Thanh tra tỉnh" of Hà Tĩnh is the "Thanh tra Hà Tĩnh" of another sentence, as a body named in full with
            // "tỉnh" is (OrganizationGrammar's territorial aliases).
            let words = mention.canonicalName.split(separator: " ")
            if words.count > 1, words.last?.lowercased() == "tỉnh" {
                completed.aliases.append(words.dropLast().joined(separator: " ") + " " + name)
            }
            // "UBND huyện", "Ban Pháp chế HĐND huyện": the other forms ending in the same unit word are completed too.
            if let unit = words.last?.lowercased() {
                for alias in mention.aliases where alias.split(separator: " ").last?.lowercased() == unit {
                    completed.aliases.append(alias + " " + name)
                }
            }
            completed.hints.isShortForm = false
            // A unit named with its owner lies in the territory through that owner ("Ban Pháp chế HĐND huyện").
            if mention.hints.parent == nil { completed.hints.place = name }
            return completed
        }
    }
}
