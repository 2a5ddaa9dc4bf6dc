import MekongPluginAPI

/// Gives a bare short form ("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy") the one full name of the article that it
/// can stand for, or drops it when there is none or more than one.
enum ShortFormResolver {
    /// The one full name that starts with `short` followed by more words; `names` pairs names with their keys.
    static func uniqueCompletion(of short: String, among names: [(name: String, key: String)]) -> String? {
        let prefix = NameNormalizer.key(short) + " "
        let candidates = Set(names.filter { $0.key.hasPrefix(prefix) }.map(\.name))
        return candidates.count == 1 ? candidates.first : nil
    }

    /// "Sở Tài nguyên và Môi trường" where the article also names "Sở Tài nguyên và Môi trường tỉnh Bình
    /// Định": the name without its place stands for the one full name that adds a place to it.
    static func completeWithPlace(_ mentions: [EntityMention], parser: OrganizationGrammar) -> [EntityMention] {
        let names = Array(Set(mentions.map(\.canonicalName)))
        let keyed = names.map { (name: $0, key: NameNormalizer.key($0)) }
        return mentions.map { mention in
            let prefix = NameNormalizer.key(mention.canonicalName) + " "
            let shortWords = mention.canonicalName.split(separator: " ").count
            let completions = keyed.filter {
                $0.key.hasPrefix(prefix)
                    && parser.isPlacePhrase($0.name.split(separator: " ").dropFirst(shortWords).joined(separator: " "))
            }
            guard completions.count == 1, let full = completions.first else { return mention }
            var completed = mention
            completed.aliases.append(mention.canonicalName)
            completed.canonicalName = full.name
            return completed
        }
    }

    /// Where several full names fit ("Học viện" in an article naming two academies), the one named last
    /// before the short form in the same paragraph: "Đoàn công tác Học viện Báo chí và Tuyên truyền do
    /// PGS.TS Lưu Văn An, Quyền Giám đốc Học viện làm Trưởng đoàn".
    static func nearestCompletion(of short: EntityMention, among full: [EntityMention], document: Document) -> String? {
        let prefix = NameNormalizer.key(short.canonicalName) + " "
        guard let sentence = document.sentenceIndex(containing: short.span.start) else { return nil }
        let paragraph = document.paragraphs[document.sentences[sentence].paragraph].span
        return full.filter {
            $0.span.end <= short.span.start && $0.span.start >= paragraph.start
                && NameNormalizer.key($0.canonicalName).hasPrefix(prefix)
        }.max { $0.span.start < $1.span.start }?.canonicalName
    }

    static func resolve(_ mentions: [EntityMention], document: Document) -> [EntityMention] {
        let full = mentions.filter { $0.attributes["short_form"] == nil }
        let fullNames = Set(full.map(\.canonicalName)).map { (name: $0, key: NameNormalizer.key($0)) }
        // The places the article's territorial bodies belong to: "HĐND tỉnh" is the one of them.
        let places = Set(full.compactMap { $0.attributes["place"] })
        return mentions.compactMap { mention in
            guard mention.attributes["short_form"] != nil else { return mention }
            var resolved = mention
            resolved.attributes["short_form"] = nil
            if let name = uniqueCompletion(of: mention.canonicalName, among: fullNames)
                ?? nearestCompletion(of: mention, among: full, document: document)
            {
                resolved.canonicalName = name
                return resolved
            }
            // "Ban Thường vụ Thành ủy": complete the owner ("Thành ủy" → "Thành ủy Đà Nẵng"), or keep the
            // sub-body under its short name — it is still a body of its own.
            let words = mention.canonicalName.split(separator: " ").map(String.init)
            if let last = words.last?.lowercased(), ["tỉnh", "phố", "huyện", "quận"].contains(last) {
                guard places.count == 1, let place = places.first else { return nil }
                resolved.canonicalName = mention.canonicalName + " " + place
                resolved.attributes["place"] = place
                return resolved
            }
            for split in stride(from: words.count - 2, through: 1, by: -1)
            where words[split].first?.isUppercase == true {
                let owner = words[split...].joined(separator: " ")
                if let full = uniqueCompletion(of: owner, among: fullNames) {
                    resolved.canonicalName = words[..<split].joined(separator: " ") + " " + full
                    return resolved
                }
            }
            // A sub-body of a committee named without its place ("Ban Thường vụ Thành ủy") is a body of its
            // own; a bare head ("Ban Chấp hành", "Ủy ban nhân dân") is not.
            let hasOwner = words.count >= 4 && words.dropFirst(2).contains { $0.lowercased() == "ủy" }
            return hasOwner ? resolved : nil
        }
    }
}
