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

    /// "quỹ đầu tư KKR Global", "hãng hàng không Qatar Airways", "hãng tin AP", "tập đoàn Lockheed Martin": a foreign
    /// company or outlet named right after a lower-case word of its kind (`VietnameseLexicon.companyKinds`). The name is
    /// one to four capitalized words written in Latin letters without Vietnamese ones ("đ", "ơ", tones …), one of them
    /// no Vietnamese syllable or an acronym ("Say Media" is a name, "Sao Mai" is not), none of them a company's legal form
    /// ("công ty TNHH X" is the grammar's); it is no place of the gazetteer ("hãng Hong Kong", "công ty Long An"; "Qatar
    /// Airways" only opens with one), and no capitalized word follows it (a longer name). Nil otherwise.
    func companyAfterKindWord(at index: Int) -> ParsedOrganization? {
        let tokens = document.tokens
        // The kind's words are lower-case ("Hãng" may open the sentence).
        guard index > 0, !document.startsSentence[index], tokens[index].kind == .word, tokens[index].isCapitalized,
            let kindStart = (max(0, index - lexicon.companyKinds.longestPhrase)..<index).first(where: { start in
                lexicon.companyKinds.allMatches(in: keys, at: start).contains { $0.length == index - start }
                    && (start..<index).allSatisfy { !tokens[$0].isCapitalized || ($0 == start && document.startsSentence[$0]) }
            })
        else { return nil }
        /// A word of a foreign name: capitalized, two or more Latin letters or digits, no letter of Vietnamese.
        func isForeignWord(_ position: Int) -> Bool {
            let token = tokens[position]
            guard token.kind == .word, token.isCapitalized, !document.startsSentence[position], token.text.count >= 2,
                !OrganizationGrammar.companyForms.contains(keys[position]), !Self.notCompanies.contains(keys[position])
            else { return false }
            return token.text.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            }
        }
        guard isForeignWord(index) else { return nil }
        var end = index + 1
        while end < tokens.count, end - index < 6, tokens[end].span.start == tokens[end - 1].span.end + 1, isForeignWord(end) {
            end += 1
        }
        // After a title, a foreign given name followed by a capitalized word opens the holder's name ("Tổng giám đốc hãng
        // Lockheed Martin Jim Taiclet": the last such given name, "Martin" being one too). Without a title it is a word of
        // the company's name ("công ty Booz Allen Hamilton").
        let afterTitle = titleEnds(before: kindStart)
        func opensPerson(_ position: Int) -> Bool {
            afterTitle && lexicon.foreignGivenNames.contains(keys[position]) && position + 1 < tokens.count
                && isForeignWord(position + 1)
        }
        if let person = (index + 1..<end).last(where: opensPerson) { end = person }
        guard end - index <= 4 else { return nil }
        if end < tokens.count, !document.startsSentence[end], tokens[end].kind == .word, tokens[end].isCapitalized,
            !opensPerson(end)
        {
            return nil
        }
        guard (index..<end).contains(where: { tokens[$0].isAllCaps || !VietnameseSyllable.isVietnamese(tokens[$0].text) }),
            lexicon.places.longestMatch(in: keys, at: index).map({ index + $0.length >= end }) != true
        else { return nil }
        // The mention spans the kind's words, as a body's lower-case head is spanned ("Giám đốc điều hành hãng truyền
        // thông Say Media": the post is the company's); the name is the company's own.
        let name = text(index, end)
        return ParsedOrganization(
            start: kindStart, end: end, canonicalName: name, aliases: [], isShortForm: false, nested: [],
            rule: "company-after-kind")
    }

    /// Foreign words written before "Việt Nam" or after a company's kind that name no company: an epidemic, a contest,
    /// a fair; a kind of investment, trade or technology ("các công ty FDI", "ngân hàng TMCP", "startup AI").
    static let notCompanies: Set<String> = [
        "covid", "sars", "miss", "expo", "top", "made", "startup", "fdi", "bot", "bt", "ppp", "oda", "tmcp", "xnk", "tm", "dv",
        "sx", "xd", "ck", "ai", "it", "ict", "etf", "ipo", "ev", "gdp", "cntt", "ceo", "cfo", "cto",
    ]
}
