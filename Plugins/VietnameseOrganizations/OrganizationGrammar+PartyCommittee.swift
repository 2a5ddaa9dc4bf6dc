import MekongPluginAPI
import VietnameseLexicon

/// A body's party committee named together with its leadership: "Đảng ủy, Lãnh đạo Đài Tiếng nói Việt Nam", "liên
/// tịch Đảng ủy và lãnh đạo Cục Xúc tiến thương mại", "Đảng ủy, Ban Giám đốc Bệnh viện X": the bare "Đảng ủy" is the
/// committee of the body that closes the phrase.
extension OrganizationGrammar {
    /// Words that name a body's leadership after its party committee.
    static let leadershipWords: [[String]] = [["lãnh", "đạo"], ["ban", "lãnh", "đạo"], ["ban", "giám", "đốc"]]

    /// The party committee at `index`, named in full with the body after "Đảng ủy, lãnh đạo …", and that body's name;
    /// nil unless a body with a name of its own follows the leadership's words.
    func partyCommitteeOfLeadership(at index: Int) -> (unit: ParsedOrganization, owner: String)? {
        let tokens = document.tokens
        guard index + 4 < keys.count, tokens[index].isCapitalized, keys[index] == "đảng", keys[index + 1] == "ủy",
            keys[index + 2] == "," || keys[index + 2] == "và"
        else { return nil }
        var cursor = index + 3
        guard let words = Self.leadershipWords.first(where: { words in
            cursor + words.count < keys.count && keys[cursor..<cursor + words.count].elementsEqual(words)
        }) else { return nil }
        cursor += words.count
        guard tokens[cursor].isCapitalized, !document.startsSentence[cursor],
            let owner = parse(at: cursor, allowSubHeadAfterTitle: true), !owner.isShortForm
        else { return nil }
        let unit = ParsedOrganization(
            start: index, end: index + 2, canonicalName: "Đảng ủy " + owner.canonicalName, aliases: [], isShortForm: false,
            nested: [], rule: "committee-of-leadership")
        return (unit, owner.canonicalName)
    }
}
