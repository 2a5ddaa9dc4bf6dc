import MekongPluginAPI
import VietnameseLexicon

/// A body listed among others set apart by semicolons: "… gồm: Vụ Truyền thông và Thi đua, khen thưởng; Vụ Sức khỏe Bà
/// mẹ - Trẻ em; …; Tạp chí Y Dược học." Each item of such a list is one name, so the few words the grammar left after
/// a name, up to the semicolon, are the name's too.
extension OrganizationGrammar {
    /// How many words after a parsed name an item of a semicolon list may still hold.
    static let maxListItemTail = 4

    /// `parsed` taken on to the semicolon (or the sentence's end) that closes its item, when it opens an item of a list
    /// set apart by semicolons (after ";" or ":"), another semicolon closes or opens an item next to it, and the words
    /// left are at most ``maxListItemTail`` words, commas and dashes, none a verb of the clause; otherwise `parsed`
    /// unchanged. "Sở A chủ trì thẩm định; Sở B hướng dẫn" is a list of duties: its verbs end the names.
    func extendedToListItem(_ parsed: ParsedOrganization) -> ParsedOrganization {
        let tokens = document.tokens
        // A place closes a name ("Sở Y tế tỉnh Nghệ An thường trực;"), and so does a name the lexicon knows whole.
        guard !parsed.isShortForm, parsed.place == nil, parsed.rule != "known", parsed.start > 0,
            [";", ":"].contains(keys[parsed.start - 1]), parsed.end < tokens.count, keys[parsed.end] != ";",
            provinceEnding(at: parsed.end, after: parsed.start) == nil
        else { return parsed }
        var end = parsed.end
        while end < tokens.count, end - parsed.end <= Self.maxListItemTail, ![";", "."].contains(keys[end]),
            !document.startsSentence[end]
        {
            let token = tokens[end]
            // "…; Thường trực Ban Bí thư Đinh Thế Huynh; …": a holder's name after the body is no word of it.
            guard token.kind == .word || [",", "-", "–"].contains(keys[end]), !lexicon.clauseVerbs.contains(keys[end]),
                !(token.isCapitalized && startsPerson(at: end)),
                end + 1 >= tokens.count || !lexicon.isClauseVerb(keys[end], keys[end + 1])
            else { return parsed }
            // A lower-case word is a syllable of a name compound, with the word before or after it ("khen thưởng",
            // "Dược học"); other lower-case words say something of the body ("Sở Y tế thành viên").
            if token.kind == .word, !token.isCapitalized {
                let withBefore = lexicon.nameCompounds.contains(keys[end - 1] + " " + keys[end])
                let withAfter = end + 1 < tokens.count && lexicon.nameCompounds.contains(keys[end] + " " + keys[end + 1])
                guard withBefore || withAfter else { return parsed }
            }
            end += 1
        }
        guard end < tokens.count, end > parsed.end, [";", "."].contains(keys[end]), tokens[end - 1].kind == .word else { return parsed }
        // A list of bodies set apart by semicolons: a body's head opens the next item, or this item closes the list
        // after a semicolon.
        if keys[end] == ";" {
            guard end + 1 < tokens.count, tokens[end + 1].isCapitalized, lexicon.heads.longestMatch(in: keys, at: end + 1) != nil
            else { return parsed }
        } else if keys[parsed.start - 1] != ";" {
            return parsed
        }
        // "…; Tạp chí Y Dược học.": the last item closes with the sentence, after a semicolon.
        if keys[end] == ".", !(end + 1 >= tokens.count || document.startsSentence[end + 1]) { return parsed }
        // The words as written, with the spaces (or none, before a comma) between them and the name.
        let tail = document.text(TextSpan(start: tokens[parsed.end - 1].span.end, end: tokens[end - 1].span.end))
        var named = parsed
        named.canonicalName = parsed.canonicalName + tail
        named.aliases = parsed.aliases.map { $0 + tail }
        named.end = end
        return named
    }
}
