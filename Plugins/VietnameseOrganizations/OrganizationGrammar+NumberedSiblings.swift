import MekongPluginAPI
import VietnameseLexicon

/// Bodies told apart by their number, listed after the first one named in full: "các Tổng công ty Phát điện 1, 2, 3",
/// "Quân khu 7 và 9".
extension OrganizationGrammar {
    /// The bodies that the numbers listed right after `parsed` name, when `parsed` ends with its number: one per number,
    /// with the same name before it. Empty otherwise.
    func numberedSiblings(of parsed: ParsedOrganization) -> [ParsedOrganization] {
        let tokens = document.tokens
        guard parsed.end < tokens.count, Self.isNumberOfBody(tokens[parsed.end - 1]),
            parsed.canonicalName.hasSuffix(" " + tokens[parsed.end - 1].text)
        else { return [] }
        let stem = String(parsed.canonicalName.dropLast(tokens[parsed.end - 1].text.count))
        var siblings: [ParsedOrganization] = []
        var cursor = parsed.end
        while cursor + 1 < tokens.count, [",", "và"].contains(keys[cursor]), !document.startsSentence[cursor + 1],
            Self.isNumberOfBody(tokens[cursor + 1]),
            cursor + 2 >= tokens.count || tokens[cursor + 2].kind == .punctuation || keys[cursor + 2] == "và"
                // "… 5 và 6 trong năm tới": the last number may run into the clause through an adverb or a preposition,
                // but a noun after it makes it a count ("và 12 nhà máy", "và 6 năm").
                || (keys[cursor] == "và" && Self.wordsAfterLastSibling.contains(keys[cursor + 2]))
        {
            siblings.append(ParsedOrganization(
                start: cursor + 1, end: cursor + 2, canonicalName: stem + tokens[cursor + 1].text, aliases: [], isShortForm: false,
                nested: [], rule: "numbered-sibling"))
            cursor += 2
        }
        return siblings
    }

    /// The adverbs and prepositions that may follow the last number of a list closed by "và" ("Quân khu 7 và 9 đã …",
    /// "… 5 và 6 trong năm tới"); any other word after it makes the number a count of that word.
    static let wordsAfterLastSibling: Set<String> = [
        "trong", "tại", "ở", "từ", "đến", "tới", "của", "với", "cho", "về", "theo", "thuộc", "là", "được", "bị", "có",
        "đã", "sẽ", "đang", "vừa", "mới", "cũng", "đều", "vẫn", "còn", "phải", "cần", "nay", "hiện",
    ]
}
