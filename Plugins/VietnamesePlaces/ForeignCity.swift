import MekongPluginAPI
import VietnameseLexicon

/// A foreign city the gazetteer does not hold, named where the text says which country it is in: "ở thành phố
/// Strasbourg (Pháp)", "tại Maastricht - Hà Lan", "hai thành phố Milan (Italy) và Kosice (Slovakia)".
struct ForeignCity {
    /// The city's first token, the token after its name, the token after its country (and the parenthesis that closes
    /// it), and the country's canonical name.
    let start: Int
    let end: Int
    let after: Int
    let country: String

    /// Words right before a city's name that say a place follows: "ở", "tại", "thành phố", "TP", "từ", "đến".
    static let cues: Set<String> = ["ở", "tại", "phố", "tp", "từ", "đến"]

    /// The foreign city that starts at `index`, if one does: one or two capitalized words, at least one of them no
    /// Vietnamese syllable, after a word of place (or after another such city and "và" or a comma), and then its
    /// country in parentheses, after a dash or after a comma.
    static func at(_ index: Int, in document: Document, lexicon: VietnameseLexicon, previous: ForeignCity?) -> ForeignCity? {
        let keys = document.tokenKeys
        let tokens = document.tokens
        guard index > 0, tokens[index].kind == .word, tokens[index].isCapitalized, !tokens[index].isAllCaps,
            !document.startsSentence[index],
            cues.contains(keys[index - 1])
                || (previous?.after == index - 1 && ["và", ","].contains(keys[index - 1]))
        else { return nil }
        var end = index
        while end < tokens.count, end - index < 2, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAllCaps,
            lexicon.places.longestMatch(in: keys, at: end) == nil
        {
            end += 1
        }
        guard end > index, end + 1 < tokens.count,
            (index..<end).contains(where: { !VietnameseSyllable.isVietnamese(tokens[$0].text) })
        else { return nil }
        let opener = keys[end]
        guard ["(", "-", "–", ","].contains(opener), let country = lexicon.places.longestMatch(in: keys, at: end + 1),
            country.payload.kind == "country"
        else { return nil }
        let countryEnd = end + 1 + country.length
        // In parentheses the country closes them: "Strasbourg (Pháp)", not "Strasbourg (Pháp và Đức)".
        if opener == "(", countryEnd >= tokens.count || keys[countryEnd] != ")" { return nil }
        return ForeignCity(start: index, end: end, after: opener == "(" ? countryEnd + 1 : countryEnd, country: country.payload.name)
    }
}
