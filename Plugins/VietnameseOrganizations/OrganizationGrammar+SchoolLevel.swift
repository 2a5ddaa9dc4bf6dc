import MekongPluginAPI
import VietnameseLexicon

/// Schools named after persons without their head noun: the name is the school's, never a person's.
extension OrganizationGrammar {
    /// Levels of school written as an abbreviation that may stand for the whole head: "THPT Nguyễn Hữu Huân" is
    /// "Trường THPT Nguyễn Hữu Huân".
    static let schoolLevelAbbreviations: Set<String> = ["thpt", "thcs", "ptth", "ptcs"]
    /// The abbreviated levels after which a lower-case "trường" is followed by the school's own name: the above, and
    /// universities and colleges ("trường ĐH Bách khoa", "trường CĐ Y tế").
    static let levelsBeforeOwnName: Set<String> = schoolLevelAbbreviations.union(["đh", "cđ"])

    /// A school named by its level and the person it is named after, without "Trường": "điểm thi THPT Nguyễn Hữu
    /// Huân", "học sinh THCS Lê Quý Đôn". Named "Trường" + the surface, with the surface as an alias, so that it is the
    /// school that "Trường THPT Nguyễn Hữu Huân" names elsewhere in the article.
    func schoolNamedByLevel(at index: Int) -> ParsedOrganization? {
        guard index + 2 < keys.count, Self.schoolLevelAbbreviations.contains(keys[index]), document.tokens[index].isAllCaps,
            index == 0 || keys[index - 1] != "trường", !document.startsSentence[index + 1], startsPerson(at: index + 1)
        else { return nil }
        // The person's name: up to four capitalized syllables.
        var end = index + 1
        while end < keys.count, end - index <= 4, document.tokens[end].kind == .word, document.tokens[end].isCapitalized,
            !document.tokens[end].isAllCaps, end == index + 1 || !document.startsSentence[end]
        {
            end += 1
        }
        guard end - index >= 3 else { return nil }
        let surface = text(index, end)
        return ParsedOrganization(
            start: index, end: end, canonicalName: "Trường " + surface, aliases: [surface], isShortForm: false, nested: [],
            rule: "school-by-level")
    }
}
