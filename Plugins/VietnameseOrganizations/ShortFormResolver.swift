import MekongPluginAPI

/// Gives a bare short form ("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy") the one full name of the article that it
/// can stand for, or drops it when there is none or more than one.
enum ShortFormResolver {
    static func resolve(_ mentions: [EntityMention], parser: OrganizationGrammar, document: Document) -> [EntityMention] {
        let full = mentions.filter { $0.attributes["short_form"] == nil }
        let fullNames = Array(Set(full.map(\.canonicalName)))
        return mentions.compactMap { mention in
            guard mention.attributes["short_form"] != nil else { return mention }
            let prefix = NameNormalizer.key(mention.canonicalName) + " "
            let candidates = Set(fullNames.filter { NameNormalizer.key($0).hasPrefix(prefix) })
            guard candidates.count == 1, let name = candidates.first else { return nil }
            var resolved = mention
            resolved.canonicalName = name
            resolved.attributes["short_form"] = nil
            return resolved
        }
    }
}
