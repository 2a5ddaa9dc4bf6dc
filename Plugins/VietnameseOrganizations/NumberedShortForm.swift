import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// "Đội 14" in an article that names "Đội Quản lý thị trường số 14": a body's head word and its number stand for the
/// one full name of the article that has the same head and ends with "số" and that number (annotation guide: every
/// surface form of one thing is an alias). With no such name the short name stays as it is; with several it names
/// none of them, and is dropped (the guide: abstain rather than guess).
enum NumberedShortForm {
    /// `mentions` with each head-and-number name given the one full name it stands for, or dropped where it could stand
    /// for several.
    static func join(_ mentions: [EntityMention]) -> [EntityMention] {
        let numbered = mentions.indices.filter { index in
            let words = TokenKeys.split(mentions[index].canonicalName)
            return mentions[index].type == .organization && words.count == 2 && words[1].allSatisfy(\.isNumber)
        }
        guard !numbered.isEmpty else { return mentions }
        // The full names by head and number, each distinct key once: the same body spelt in another case is one, but an
        // abbreviated spelling ("Đội QLTT số 14") counts as another body.
        // (head, number) → the full names' keys → the first spelling of each.
        var fullNames: [[String]: [UTF8Key: String]] = [:]
        for mention in mentions where mention.type == .organization {
            let words = TokenKeys.split(mention.canonicalName)
            guard words.count > 3, words[words.count - 2] == "số", let number = words.last, number.allSatisfy(\.isNumber)
            else { continue }
            let key = UTF8Key(NameNormalizer.key(mention.canonicalName))
            fullNames[[words[0], number], default: [:]][key] = fullNames[[words[0], number]]?[key] ?? mention.canonicalName
        }
        var result = mentions
        var ambiguous: Set<Int> = []
        for index in numbered {
            let short = mentions[index].canonicalName
            guard let names = fullNames[TokenKeys.split(short)] else { continue }
            guard names.count == 1, let full = names.values.first else {
                ambiguous.insert(index)
                continue
            }
            result[index].canonicalName = full
            if !result[index].aliases.contains(short) { result[index].aliases.append(short) }
        }
        return result.enumerated().filter { !ambiguous.contains($0.offset) }.map(\.element)
    }
}
