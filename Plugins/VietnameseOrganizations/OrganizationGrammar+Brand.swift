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
}
