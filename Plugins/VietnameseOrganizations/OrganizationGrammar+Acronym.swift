import MekongPluginAPI
import VietnameseLexicon

/// Bodies named only by an acronym, right after a title ("Tổng Giám đốc VOV") or in a list of counted bodies.
extension OrganizationGrammar {
    /// Acronyms of kinds of bodies or of legal forms, which name no body by themselves.
    static let genericAcronyms: Set<String> = [
        "TP", "HĐQT", "HĐTV", "BCH", "BTV", "TW", "TƯ", "CP", "QH", "UB", "BCĐ", "MTV", "TNHH", "CTCP", "BQL", "BGĐ", "GS",
        "PGS", "TS", "ThS", "CN", "KS", "BS", "NXB",
    ]

    /// An acronym that names a body right after a title ("Tổng Giám đốc VOV", "nguyên Kế toán trưởng PVC"): all
    /// capitals, two to eight letters, not an abbreviation the lexicon expands, a place, a known head or a title
    /// ("Phó TGĐ Tập đoàn X": the title goes on); with up to two more such words after it ("Tổng giám đốc PV GAS") and
    /// a province after them ("Giám đốc CDC tỉnh Sóc Trăng").
    func acronymAfterTitle(at index: Int) -> ParsedOrganization? {
        // The title is looked up last: this runs at every word the other rules leave, and the acronym's shape rules out
        // nearly all of them at once.
        guard index > 0, var acronym = bodyAcronym(at: index, rule: "acronym-after-title"), titleEnds(before: index) else { return nil }
        // "Tổng giám đốc PV GAS", "Giám đốc EVN HANOI": more words in capitals after a space are the same name.
        var end = acronym.end
        while end < keys.count, end - acronym.end < 2, !document.startsSentence[end],
            document.tokens[end].span.start > document.tokens[end - 1].span.end, bodyAcronym(at: end, rule: acronym.rule, glued: true) != nil
        {
            end += 1
        }
        // "Giám đốc CDC tỉnh Sóc Trăng", "Giám đốc CDC Hà Nội": a province after the acronym is the body's.
        let unitEnd = unitWordEnd(at: end) ?? end
        if unitEnd < keys.count, !document.startsSentence[unitEnd], let match = lexicon.places.longestMatch(in: keys, at: unitEnd),
            match.payload.kind == "province"
        {
            end = unitEnd + match.length
        }
        if end > acronym.end {
            acronym.end = end
            acronym.canonicalName = text(index, end)
        }
        return acronym
    }

    /// "18 cơ quan Liên Hợp Quốc: FAO, ILO, IOM và WHO", "3 tổ chức quốc tế: ADB, WB và JICA": acronyms listed after
    /// a colon that closes a count of bodies ("N cơ quan", "N đơn vị", "N tổ chức") name one body each. The list runs
    /// from the colon to `index` over acronyms, names and commas only, and the count stands within eight words before
    /// the colon.
    func acronymInCountedListOfBodies(at index: Int) -> ParsedOrganization? {
        // "UN-Habitat", "UN Women": an acronym and one word may make the name of a list's item.
        let afterAcronym = index + 1
        var end = afterAcronym
        if end + 1 < keys.count, keys[end] == "-", document.tokens[end].span.start == document.tokens[index].span.end,
            document.tokens[end + 1].span.start == document.tokens[end].span.end, document.tokens[end + 1].isCapitalized
        {
            end += 2
        } else if end + 1 < keys.count, document.tokens[end].kind == .word, document.tokens[end].isCapitalized,
            !document.tokens[end].isAllCaps, [",", "và", ".", ";"].contains(keys[end + 1])
        {
            end += 1
        }
        guard var acronym = bodyAcronym(at: index, rule: "acronym-in-list-of-bodies", glued: end > afterAcronym) else { return nil }
        acronym.end = end
        acronym.canonicalName = text(index, end)
        var colon = index - 1
        while colon > 0, index - colon <= 80, keys[colon] != ":" {
            guard keys[colon] == "," || keys[colon] == "và" || keys[colon] == "-"
                || (document.tokens[colon].kind == .word && document.tokens[colon].isCapitalized)
            else { return nil }
            colon -= 1
        }
        guard colon > 0, keys[colon] == ":" else { return nil }
        let counted = (max(0, colon - 9)..<colon).contains { start in
            start + 2 < colon && document.tokens[start].kind == .number
                && [["cơ", "quan"], ["đơn", "vị"], ["tổ", "chức"]].contains([keys[start + 1], keys[start + 2]])
        }
        return counted ? acronym : nil
    }

    /// An acronym that may name a body at `index`: all capitals, two to eight letters, not an abbreviation the lexicon
    /// expands, a place, a known head or a title, nor the part of a longer name ("UBND", "TP.HCM", "VH-TT&DL") unless
    /// the caller reads that name (`glued`).
    private func bodyAcronym(at index: Int, rule: String, glued: Bool = false) -> ParsedOrganization? {
        let token = document.tokens[index]
        guard token.kind == .word, token.isAllCaps, (2...8).contains(token.text.count),
            lexicon.abbreviations[token.text] == nil, !Self.genericAcronyms.contains(token.text),
            lexicon.titles.longestMatch(in: keys, at: index) == nil,
            lexicon.heads.longestMatch(in: keys, at: index) == nil, unitWordEnd(at: index) == nil,
            lexicon.organizations.longestMatch(in: keys, at: index) == nil,
            lexicon.places.longestMatch(in: keys, at: index) == nil,
            glued || index + 1 >= keys.count || ![".", "-", "&", "/"].contains(keys[index + 1])
                || document.tokens[index + 1].span.start > token.span.end
        else { return nil }
        return ParsedOrganization(
            start: index, end: index + 1, canonicalName: token.text, aliases: [], isShortForm: false, nested: [], rule: rule)
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
        guard token.isCapitalized, VietnameseLexicon.isPoliceDepartmentCode(code),
            end >= keys.count || document.tokens[end].span.start > document.tokens[end - 1].span.end
                || document.tokens[end].kind == .punctuation
        else { return nil }
        return ParsedOrganization(
            start: index, end: end, canonicalName: code, aliases: [], isShortForm: false, nested: [], rule: "police-department")
    }
}

extension OrganizationGrammar {
    /// Whether the known acronym at `index` opens another body's name: another word in capitals follows it in the
    /// same sentence ("EVN HANOI", "EVN NPT" are the group's subsidiaries, not "EVN"), one that is no place ("ĐHQG
    /// TPHCM") and no acronym the lexicon knows by itself.
    func acronymOpensOtherName(at index: Int, length: Int) -> Bool {
        let next = index + length
        return length == 1 && document.tokens[index].isAllCaps && next < keys.count && !document.startsSentence[next]
            && document.tokens[next].kind == .word && document.tokens[next].isAllCaps && document.tokens[next].text.count >= 3
            && lexicon.places.longestMatch(in: keys, at: next) == nil && lexicon.organizations.longestMatch(in: keys, at: next) == nil
            && lexicon.abbreviations[document.tokens[next].text] == nil
    }
}
