import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// One business written with and without its legal form or its trade: "Công ty TNHH MTV Nam Triệu", "công ty TNHH
/// Nam Triệu" and "Công ty đóng tàu Nam Triệu" name one company, and so does "Công ty Điện Quang" the "Công ty CP
/// Bóng đèn Điện Quang" of the same article (annotation guide: one entity per real-world thing, `name` its fullest
/// form). Each such mention takes the fullest of the names as an alias, which joins it to that name's entity. A group
/// is a company too: "Tập đoàn Thai Group" is the "Công ty CP Tập đoàn Thai Group" of another sentence — but only with
/// the same own name, since a group's subsidiaries share its name's tail ("Công ty Điện Quang" of "Tập đoàn Điện Quang").
enum CompanyNameVariants {
    /// Heads whose names vary this way, as their words' keys.
    static let heads: Set<String> = ["công ty", "tổng công ty"]
    /// The first words of ``heads`` and of "Tập đoàn", as name keys (``NameNormalizer/key(_:)`` writes a syllable's tone
    /// after it: "tổng" is no key).
    static let headFirstWords = Set((heads.compactMap { $0.split(separator: " ").first.map(String.init) } + ["tập"]).map { NameNormalizer.key($0) })
    /// "Tập đoàn" as name keys.
    static let groupWords = ["tập", "đoàn"].map { NameNormalizer.key($0) }
    /// Each of ``heads`` with its words as name keys, computed once.
    private static let headKeys = heads.map { head in (head: head, keys: head.split(separator: " ").map { NameNormalizer.key(String($0)) }) }

    /// `mentions` with every company's variants named by the fullest name of the article that ends in the same own
    /// name. A short name that more than one company's name ends with is left as it is.
    static func merge(_ mentions: [EntityMention], lexicon: VietnameseLexicon) -> [EntityMention] {
        var cores: [String: Parts] = [:]
        for mention in mentions where mention.type == .organization && cores[mention.canonicalName] == nil {
            guard let parts = parts(of: mention.canonicalName) else { continue }
            // "Công ty xây lắp Việt Nam": a place alone is no company's own name.
            if let place = lexicon.places.longestMatch(in: parts.core, at: 0), place.length == parts.core.count { continue }
            cores[mention.canonicalName] = parts
        }
        guard cores.count > 1 else { return mentions }
        var fullest: [String: String] = [:]
        for (name, parts) in cores {
            let longer = cores.filter { other in
                guard other.key != name, other.value.head == parts.head else { return false }
                if parts.isGroup || other.value.isGroup { return other.value.core == parts.core }
                if other.value.core == parts.core {
                    // "Công ty đóng tàu X" and "Công ty xây lắp X": two trades, two companies.
                    return parts.trade.isEmpty || other.value.trade.isEmpty || parts.trade == other.value.trade
                }
                // "Công ty Điện Quang" for "Công ty CP Bóng đèn Điện Quang"; but "Công ty nước sạch Vinaconex" names
                // a trade of its own.
                // Nor is "Tổng công ty Hàng không Việt Nam" the "Tổng Công ty Cảng hàng không Việt Nam": the shorter name
                // starts at a capitalized word of the longer one.
                return parts.trade.isEmpty && parts.core.count >= 2 && other.value.core.count > parts.core.count
                    && Array(other.value.core.suffix(parts.core.count)) == parts.core
                    && other.value.capitalized[other.value.core.count - parts.core.count]
            }
            guard let target = longer.max(by: { rank($0) < rank($1) }) else { continue }
            // "Công ty Sông Đà" and both "Công ty Xây dựng Sông Đà" and "Công ty Thủy điện Sông Đà": no one company.
            guard longer.allSatisfy({ Array(target.value.core.suffix($0.value.core.count)) == $0.value.core }) else { continue }
            // Same own name written two ways ("TNHH MTV" and "TNHH"): one of them stands for both.
            if target.value.core == parts.core, rank((name, parts)) >= rank(target) { continue }
            fullest[name] = target.key
        }
        guard !fullest.isEmpty else { return mentions }
        return mentions.map { mention in
            guard mention.type == .organization, let target = fullest[mention.canonicalName] else { return mention }
            // The fullest name as an alias joins the mention to that company's entity; its own canonical name stays, so
            // that a body named after it ("Đảng ủy Công ty Điện Quang") still reads as part of it.
            var merged = mention
            if !merged.aliases.contains(target) { merged.aliases.append(target) }
            return merged
        }
    }

    /// How full a name is: its own name's length, then its words, then (for a stable choice) the name itself.
    private static func rank(_ entry: (key: String, value: Parts)) -> (Int, Int, String) {
        (entry.value.core.count, entry.key.split(separator: " ").count, entry.key)
    }

    /// A company's name in parts, as word keys: its head, its lower-case trade ("đóng tàu") and its own name.
    struct Parts: Equatable {
        var head: String
        var trade: [String]
        var core: [String]
        /// Whether each word of `core` is capitalized as the name writes it.
        var capitalized: [Bool]
        /// Whether the name is a group's own ("Tập đoàn X"), read as a company whose own name is the whole name.
        var isGroup = false
    }

    /// The head of a company's name, its trade and its own name: the words from the first capitalized one after the
    /// head that is no legal form ("TNHH", "CP", "Cổ phần") to the end; nil for other names.
    static func parts(of name: String) -> Parts? {
        // Most names are no company's: tell from the first word alone before keying every word.
        guard let first = name.split(separator: " ", maxSplits: 1).first,
            headFirstWords.contains(NameNormalizer.key(String(first)))
        else { return nil }
        let words = name.split(separator: " ").map(String.init)
        let keys = words.map { NameNormalizer.key($0) }
        // "Tập đoàn Thai Group": a group registered as a company ("Công ty CP Tập đoàn Thai Group") under its whole name.
        if keys.count > 2, Array(keys.prefix(2)) == groupWords {
            return Parts(head: "công ty", trade: [], core: keys, capitalized: words.map { $0.first?.isUppercase ?? false }, isGroup: true)
        }
        for (head, headKeys) in headKeys {
            guard keys.count > headKeys.count, Array(keys.prefix(headKeys.count)) == headKeys else { continue }
            var index = headKeys.count
            var trade: [String] = []
            while index < words.count {
                let lower = words[index].lowercased()
                let pair = index + 1 < words.count ? lower + " " + words[index + 1].lowercased() : ""
                if OrganizationGrammar.legalForms.contains(pair) {
                    index += 2
                } else if OrganizationGrammar.legalForms.contains(lower) {
                    index += 1
                } else if !(words[index].first?.isUppercase ?? false) {
                    trade.append(keys[index])
                    index += 1
                } else {
                    break
                }
            }
            guard index < words.count else { return nil }
            return Parts(head: head, trade: trade, core: Array(keys[index...]), capitalized: words[index...].map { $0.first?.isUppercase ?? false })
        }
        return nil
    }
}
