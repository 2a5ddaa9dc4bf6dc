import MekongPluginAPI
import VietnameseLexicon

/// A foreign city the gazetteer does not hold, named where the text says which country it is in: "ở thành phố
/// Strasbourg (Pháp)", "ở Maastricht - Hà Lan", "hai thành phố Milan (Italy) và Kosice (Slovakia)".
struct ForeignCity {
    /// The city's first token.
    let start: Int
    /// The token after the city's name.
    let end: Int
    /// The token after its country (and after the parenthesis that closes it).
    let after: Int

    /// Words right before a city's name that call it a city: "thành phố", "TP".
    static let cityWords: Set<String> = ["phố", "tp"]

    /// The foreign city that starts at `index`, if one does: one or two capitalized words, at least one of them no
    /// Vietnamese syllable, and then its country in parentheses, after a dash or after a comma. Before it, "thành phố"
    /// or "TP"; or "ở"/"tại" when a dash or a comma joins the country, as an address does ("ở Maastricht - Hà Lan";
    /// not "làm việc tại Toyota (Nhật Bản)"); or another such city and "và" or a comma.
    static func at(_ index: Int, in document: Document, lexicon: VietnameseLexicon, previous: ForeignCity?) -> ForeignCity? {
        let keys = document.tokenKeys
        let tokens = document.tokens
        guard index > 0, tokens[index].kind == .word, tokens[index].isCapitalized, !tokens[index].isAllCaps,
            !document.startsSentence[index]
        else { return nil }
        let cityWord = cityWords.contains(keys[index - 1])
        let locative = VietnamesePlaceExtractor.locativeWords.contains(keys[index - 1])
        let listed = previous?.after == index - 1 && ["và", ","].contains(keys[index - 1])
        guard cityWord || locative || listed else { return nil }
        var end = index
        while end < tokens.count, end - index < 2, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAllCaps,
            lexicon.places.longestMatch(in: keys, at: end) == nil
        {
            end += 1
        }
        guard end > index, end + 1 < tokens.count,
            (index..<end).contains(where: { !VietnameseSyllable.isVietnamese(tokens[$0].text) })
        else { return nil }
        guard ["(", "-", "–", ","].contains(keys[end]), !locative || cityWord || keys[end] != "(",
            let after = countryEnd(after: end, in: document, lexicon: lexicon)
        else { return nil }
        return ForeignCity(start: index, end: end, after: after)
    }

    /// The token after the country named right after the opener at `opener` (a parenthesis, a dash or a comma), and
    /// after the parenthesis that closes it; nil if no country of the gazetteer follows, or a parenthesis holds more
    /// than the country ("Strasbourg (Pháp)", not "Strasbourg (Pháp và Đức)").
    static func countryEnd(after opener: Int, in document: Document, lexicon: VietnameseLexicon) -> Int? {
        let keys = document.tokenKeys
        guard opener + 1 < keys.count, let country = lexicon.places.longestMatch(in: keys, at: opener + 1),
            country.payload.kind == "country"
        else { return nil }
        let end = opener + 1 + country.length
        guard keys[opener] == "(" else { return end }
        return end < keys.count && keys[end] == ")" ? end + 1 : nil
    }
}
