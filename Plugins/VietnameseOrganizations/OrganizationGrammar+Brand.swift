import MekongPluginAPI
import VietnameseLexicon

/// Foreign companies and outlets named alone: "đăng trên Facebook", "theo Reuters", "gặp lãnh đạo Exxon Mobil".
extension OrganizationGrammar {
    /// The brand of the lexicon whose name starts at `index` and stands alone, or nil. Alone: no capitalized word right
    /// before it ("Tập đoàn Boeing", "Công ty TNHH Uber" are the grammar's), and none right after it ("Hilton
    /// Worldwide", "Google Maps" are longer names).
    func standaloneBrand(at index: Int) -> ParsedOrganization? {
        let tokens = document.tokens
        guard tokens[index].isCapitalized, let match = lexicon.brands.longestMatch(in: keys, at: index) else { return nil }
        let end = index + match.length
        // A lower-case head before it is the kind of body, not a word of its name: "lãnh đạo tập đoàn Exxon Mobil"; a
        // capitalized word that opens the sentence is no name's either: "Theo Reuters, …", "Trên Facebook, …".
        if index > 0, !document.startsSentence[index], tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
            !document.startsSentence[index - 1]
        {
            return nil
        }
        guard end >= keys.count || document.startsSentence[end] || tokens[end].kind != .word || !tokens[end].isCapitalized
        else { return nil }
        return ParsedOrganization(
            start: index, end: end, canonicalName: match.payload, aliases: [text(index, end)], isShortForm: false,
            nested: [], rule: "brand")
    }

    /// "Honda Việt Nam (HVN)", "Deloitte Việt Nam", "NashTech Việt Nam": a foreign company's Vietnamese arm, named by one
    /// word that is no Vietnamese syllable, no acronym in capitals ("GDP Việt Nam" is a figure) and no place, then "Việt
    /// Nam". Not after a capitalized word (the grammar reads "Công ty TNHH Grab Việt Nam") nor before one.
    func foreignCompanyInVietnam(at index: Int) -> ParsedOrganization? {
        let tokens = document.tokens
        let end = index + 3
        guard end <= keys.count, keys[index + 1] == "việt", keys[index + 2] == "nam", tokens[index].kind == .word,
            tokens[index].isCapitalized, !tokens[index].isAllCaps, tokens[index].text.count >= 3,
            !VietnameseSyllable.isVietnamese(tokens[index].text), !document.startsSentence[index + 1],
            lexicon.places.longestMatch(in: keys, at: index) == nil, lexicon.brands.longestMatch(in: keys, at: index) == nil,
            !Self.notCompanies.contains(keys[index])
        else { return nil }
        // "Theo Nielsen Việt Nam": a word that opens the sentence before it may be any word but a head.
        if index > 0, !document.startsSentence[index], tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
            !document.startsSentence[index - 1] || lexicon.heads.longestMatch(in: keys, at: index - 1) != nil
        {
            return nil
        }
        if end < keys.count, !document.startsSentence[end], tokens[end].kind == .word, tokens[end].isCapitalized { return nil }
        let name = text(index, end)
        return ParsedOrganization(
            start: index, end: end, canonicalName: name, aliases: [], isShortForm: false, nested: [], rule: "foreign-company-in-vietnam")
    }

    /// Foreign words written before "Việt Nam" that name no company: an epidemic, a contest, a fair.
    static let notCompanies: Set<String> = ["covid", "sars", "miss", "expo", "top", "made", "startup"]
}
