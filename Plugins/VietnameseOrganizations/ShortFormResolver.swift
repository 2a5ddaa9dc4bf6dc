import MekongPluginAPI

/// Gives a bare short form ("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy") the one full name of the article that it
/// can stand for, or drops it when there is none or more than one.
enum ShortFormResolver {
    /// The one full name that starts with `short` followed by more words.
    static func uniqueCompletion(of short: String, among names: [String]) -> String? {
        let prefix = NameNormalizer.key(short) + " "
        let candidates = Set(names.filter { NameNormalizer.key($0).hasPrefix(prefix) })
        return candidates.count == 1 ? candidates.first : nil
    }

    static func resolve(_ mentions: [EntityMention], parser: OrganizationGrammar, document: Document) -> [EntityMention] {
        let full = mentions.filter { $0.attributes["short_form"] == nil }
        let fullNames = Array(Set(full.map(\.canonicalName)))
        return mentions.compactMap { mention in
            guard mention.attributes["short_form"] != nil else { return mention }
            var resolved = mention
            resolved.attributes["short_form"] = nil
            if let name = uniqueCompletion(of: mention.canonicalName, among: fullNames) {
                resolved.canonicalName = name
                return resolved
            }
            // "Ban Thường vụ Thành ủy": complete the owner ("Thành ủy" → "Thành ủy Đà Nẵng"), or keep the
            // sub-body under its short name — it is still a body of its own.
            let words = mention.canonicalName.split(separator: " ").map(String.init)
            for split in stride(from: words.count - 1, through: 1, by: -1) {
                let owner = words[split...].joined(separator: " ")
                if let full = uniqueCompletion(of: owner, among: fullNames) {
                    resolved.canonicalName = words[..<split].joined(separator: " ") + " " + full
                    return resolved
                }
            }
            return words.count >= 3 ? resolved : nil
        }
    }
}
