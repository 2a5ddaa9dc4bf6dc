import MekongCore
import MekongPluginAPI

/// A unit named once with its owner and again without it is one body: "Ban Kinh tế-Xã hội HĐND huyện Phong Điền",
/// later "Ban Kinh tế-Xã hội" (annotation guide: every surface form of one thing is an alias). The bare name takes
/// the full one as an alias when exactly one name of the article is the bare name followed by another body's name.
enum UnitNamedWithoutOwner {
    /// `mentions` with each bare unit joined to the one full name that adds an owner to it.
    static func join(_ mentions: [EntityMention]) -> [EntityMention] {
        let organizations = mentions.filter { $0.type == .organization && !$0.hints.isShortForm }
        guard organizations.count > 2 else { return mentions }
        // Each distinct name keyed once: keying normalizes Unicode, and an article repeats its names. Keys are compared
        // by bytes (``UTF8Key``): their tone marks are combining characters, which `String` would normalize again.
        var keyOf: [UTF8Key: String] = [:]
        for mention in organizations where keyOf[UTF8Key(mention.canonicalName)] == nil {
            keyOf[UTF8Key(mention.canonicalName)] = NameNormalizer.key(mention.canonicalName)
        }
        let keys = Set(keyOf.values.map(UTF8Key.init))
        // Full names by their key, each split after every word that leaves a body's name as the rest.
        var owned: [UTF8Key: Set<String>] = [:]
        for (name, key) in keyOf {
            let words = key.split(separator: " ")
            for cut in 1..<words.count where keys.contains(UTF8Key(words[cut...].joined(separator: " "))) {
                owned[UTF8Key(words[..<cut].joined(separator: " ")), default: []].insert(name.text)
            }
        }
        guard !owned.isEmpty else { return mentions }
        return mentions.map { mention in
            guard mention.type == .organization, !mention.hints.isShortForm, !mention.hints.isNested,
                let key = keyOf[UTF8Key(mention.canonicalName)], let full = owned[UTF8Key(key)], full.count == 1,
                let name = full.first,
                !mention.aliases.contains(name)
            else { return mention }
            var joined = mention
            joined.aliases.append(name)
            return joined
        }
    }
}
