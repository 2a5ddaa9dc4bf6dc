import MekongPluginAPI
import VietnameseLexicon

/// Bodies named only by an acronym, right after a title ("Tổng Giám đốc VOV").
extension OrganizationGrammar {
    /// Acronyms of kinds of bodies or of legal forms, which name no body by themselves.
    static let genericAcronyms: Set<String> = [
        "TP", "HĐQT", "HĐTV", "BCH", "BTV", "TW", "TƯ", "CP", "QH", "UB", "BCĐ", "MTV", "TNHH", "CTCP", "BQL", "BGĐ", "GS",
        "PGS", "TS", "ThS", "CN", "KS", "BS", "NXB",
    ]

    /// An acronym that names a body right after a title ("Tổng Giám đốc VOV", "nguyên Kế toán trưởng PVC"): all
    /// capitals, two to eight letters, not an abbreviation the lexicon expands, a place, a known head or a title
    /// ("Phó TGĐ Tập đoàn X": the title goes on).
    func acronymAfterTitle(at index: Int) -> ParsedOrganization? {
        let token = document.tokens[index]
        guard token.kind == .word, token.isAllCaps, (2...8).contains(token.text.count), index > 0,
            lexicon.abbreviations[token.text] == nil, !Self.genericAcronyms.contains(token.text),
            lexicon.titles.longestMatch(in: keys, at: index) == nil,
            lexicon.heads.longestMatch(in: keys, at: index) == nil, unitWordEnd(at: index) == nil,
            lexicon.organizations.longestMatch(in: keys, at: index) == nil,
            lexicon.places.longestMatch(in: keys, at: index) == nil, titleEnds(before: index),
            // "UBND", "TP.HCM", "VH-TT&DL" are parts of longer names the grammar reads.
            index + 1 >= keys.count || ![".", "-", "&", "/"].contains(keys[index + 1])
                || document.tokens[index + 1].span.start > token.span.end
        else { return nil }
        return ParsedOrganization(
            start: index, end: index + 1, canonicalName: token.text, aliases: [], isShortForm: false, nested: [],
            rule: "acronym-after-title")
    }

    /// The police's departments by their codes ("PC47", "PA71", "PK20E", "PC54"): "P", the branch's letter, two
    /// digits and sometimes a letter, glued.
    func policeDepartment(at index: Int) -> ParsedOrganization? {
        let token = document.tokens[index]
        var end = index
        var code = ""
        // One token ("PC47") or the letters and the number glued ("PC" + "47" + "E").
        while end < keys.count, end == index || document.tokens[end].span.start == document.tokens[end - 1].span.end,
            code.count < 6, document.tokens[end].kind == .word || document.tokens[end].kind == .number
        {
            code += document.tokens[end].text
            end += 1
        }
        let scalars = Array(code.unicodeScalars)
        guard token.isCapitalized, scalars.count >= 4, scalars.count <= 5, scalars[0] == "P",
            "ACKXVH".unicodeScalars.contains(scalars[1]),
            ("0"..."9").contains(scalars[2]), ("0"..."9").contains(scalars[3]),
            scalars.count == 4 || ("A"..."Z").contains(scalars[4]),
            end >= keys.count || document.tokens[end].span.start > document.tokens[end - 1].span.end
                || document.tokens[end].kind == .punctuation
        else { return nil }
        return ParsedOrganization(
            start: index, end: end, canonicalName: code, aliases: [], isShortForm: false, nested: [], rule: "police-department")
    }
}
