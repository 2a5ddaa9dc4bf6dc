import MekongPluginAPI

extension VietnameseLexicon {
    /// The end of a place the gazetteer does not know, named right after an explicit unit word at `start` ("xã
    /// Đồng Tâm", "phường Mai Dịch", "huyện Từ Liêm"): up to three capitalized syllables, ended before a
    /// holder's name that follows it ("Chủ tịch UBND xã Đồng Tâm Lê Đình Hoành"). A run that is itself a person's
    /// name ("Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn") is no place, except a two-syllable name ("xã Đồng Tâm",
    /// "tỉnh Hà Tây cũ"), which a family name may start.
    ///
    /// The organization grammar and the place extractor both ask this, so that a body's territory and the place
    /// found on its own end at the same token.
    ///
    /// A commune of the gazetteer (``communes``) is taken whole, even where a family name starts it.
    ///
    /// In an address (`address`: after "P." or "Q."), a run that a family name starts is the place's name too
    /// ("P.Phạm Ngũ Lão"): streets and wards are named after people, and no title comes before an address.
    public func unknownPlaceEnd(in document: Document, at start: Int, address: Bool = false) -> Int? {
        let keys = document.tokenKeys
        let tokens = document.tokens
        var end = start
        while end < tokens.count, end - start < 7, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAllCaps,
            end == start || !document.startsSentence[end]
        {
            end += 1
        }
        let run = end - start
        guard run > 0 else { return nil }
        if address { return start + min(run, 4) }
        // A commune, ward or township of the gazetteer ends where its name does: "phường Nguyễn Thái Học" (wards are
        // named after people, so no family name below refuses it), "xã Châu Hưng A", and before the holder of a post
        // ("xã Hòa Thạch Đỗ Văn Dương").
        if let known = communes.longestMatch(in: keys, at: start) {
            let knownEnd = start + known.length
            // Past the capitalized run only over a letter or a number ("Châu Hưng A", "Mỹ Đình 1"), and over a number only
            // where no word follows it ("xã Tân Lập 2 ngày" counts days).
            if knownEnd >= end, (end..<knownEnd).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind == .number }),
                !(end..<knownEnd).contains(where: { tokens[$0].kind == .number }) || knownEnd >= tokens.count
                    || tokens[knownEnd].kind != .word
            {
                return knownEnd
            }
            if known.length >= 2, isSurname(keys[knownEnd]), (2...4).contains(end - knownEnd) { return knownEnd }
        }
        // "phường Phong khê", "Thành ủy Sắp tới", "sông Ngũ huyện Khê và …": one Vietnamese syllable the gazetteer does
        // not hold, a lower-case word right after it, is a name written on in lower case or no place at all (the
        // gazetteer's communes and districts of one syllable, "huyện Lắk", are known; "Watford" is no Vietnamese word).
        if run == 1, end < tokens.count, tokens[end].kind == .word, !document.startsSentence[end],
            VietnameseSyllable.isVietnamese(tokens[start].text)
        {
            return nil
        }
        // "toàn tỉnh Tại khu vực …": a caption glued to the next sentence; a word that opens a clause is no
        // place's first syllable (except those that start many places: "xã Đồng Tâm", "Tuy Phước", "Bà Rịa").
        if clauseOpeners.contains(keys[start]) && !Self.placeInitialOpeners.contains(keys[start]) { return nil }
        // A run that a family name starts is a name by itself ("thành phố Nguyễn Doãn Toản"), unless it is two
        // syllables long ("xã Đồng Tâm") or too long to be one name ("xã Đồng Tâm Lê Đình Hoành").
        if isSurname(keys[start]) {
            if run == 2 { return start + 2 }
            if run <= 4 { return nil }
        }
        // A family name after the place's first syllable that leaves a two- to four-syllable name: the first, unless a
        // later one leaves a name of three whose middle is "Văn" or "Thị" ("xã Hòa Thạch Đỗ Văn Dương": "Thạch" is a
        // family name too; but "phường Ông Lê Huỳnh Minh Tú" is "Lê Huỳnh Minh Tú").
        let splits = (1..<min(run, 4)).filter { isSurname(keys[start + $0]) && (2...4).contains(run - $0) }
        let middleNamed = splits.first { run - $0 == 3 && ["văn", "thị"].contains(keys[start + $0 + 1]) }
        if let split = middleNamed ?? splits.first {
            return start + split
        }
        // "xã Vĩnh Lộc A": one capital letter closes the name of a commune split in two.
        let named = start + min(run, 3)
        if run >= 2, run <= 3, named < tokens.count, tokens[named].text.count == 1, tokens[named].isAllCaps,
            tokens[named].span.start == tokens[named - 1].span.end + 1, named + 1 >= tokens.count || tokens[named + 1].kind != .word
        {
            return named + 1
        }
        return named
    }
}

extension VietnameseLexicon {
    /// Whether the two capitalized syllables at `nameStart`, right after the province-level unit word at `unitStart`,
    /// name the holder of a post rather than a province: "Phó Chủ tịch UBND tỉnh Trần Châu khẳng định". The gazetteer
    /// holds every province, so an unknown name that a family name starts, after a title and its body and before the
    /// sentence's verb, is the person's; a former province ends its clause or is called old ("tỉnh Hà Tây cũ", "tỉnh
    /// Hà Tây, …"). The organization grammar and the place extractor both ask this.
    public func namesHolderAfterUnit(in document: Document, unitStart: Int, nameStart: Int) -> Bool {
        let keys = document.tokenKeys
        let tokens = document.tokens
        let end = nameStart + 2
        guard end < tokens.count,
            (nameStart..<end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !document.startsSentence[$0] }),
            isSurname(keys[nameStart]), places.longestMatch(in: keys, at: nameStart) == nil,
            tokens[end].kind == .word, !tokens[end].isCapitalized, keys[end] != "cũ", !wordBoundaries.contains(keys[end])
        else { return false }
        // "Phó Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh": the title, then the body's head.
        return titleEnds(before: unitStart, in: keys, gap: 4)
    }

    /// Whether the token at `index` spreads the unit word after it over a list of places: a count or "các"
    /// ("các tỉnh A, B", "hai phường A, B", "3 xã A, B, C"). The organization grammar and the place extractor
    /// both ask this.
    public func spreadsOverPlaces(_ document: Document, at index: Int) -> Bool {
        Self.pluralMarkers.contains(document.tokenKeys[index]) || document.tokens[index].kind == .number
    }

    /// Words that put the noun after them in the plural: "các tỉnh", "những xã", "hai phường", "các thứ trưởng".
    public static let pluralMarkers: Set<String> = ["các", "những", "hai", "ba", "bốn", "năm"]

    /// Clause openers that also start place names ("Đồng Tháp", "Tuy Hòa", "Năm Căn", "Từ Liêm", "Bà Rịa", "Ông
    /// Tố"): those that start a place of the gazetteer, and a few that start communes and wards ("xã Nhân Cơ", "phường
    /// Nhân Chính").
    static let placeInitialOpeners: Set<String> = [
        "đồng", "tuy", "năm", "từ", "ông", "bà", "phát", "thực", "cụ", "tin", "dưới", "kết", "nhân",
    ]

    /// The unit words abbreviated to their initials in addresses and names ("Q.1", "P.Phạm Ngũ Lão", "H.Mỹ Đức",
    /// "TX.Dĩ An"), by their keys, with the word each stands for.
    public static let abbreviatedUnits: [String: String] = [
        "q": "quận", "p": "phường", "h": "huyện", "tx": "thị xã",
        // "UBND X.Điền Hải": a commune, its letter glued to the name (see `abbreviatedUnitEnd(in:at:)`).
        "x": "xã",
        // "TT Sịa": a township, only before one the gazetteer knows.
        "tt": "thị trấn",
    ]

    /// The unit words written before a place's name, as keys, with the kind of unit each names; a longer form before a
    /// shorter one it starts with ("huyện đảo Phú Quý" before "huyện"), as the first that matches is taken. The
    /// letters of ``abbreviatedUnits`` come last, with the kind of the word each stands for.
    public static let unitWords: [(keys: [String], kind: String)] = {
        let words: [(keys: [String], kind: String)] = [
            (["thành", "phố"], "city"), (["thị", "xã"], "town"), (["tỉnh"], "province"), (["huyện", "đảo"], "district"),
            (["huyện"], "district"), (["quận"], "district"), (["tp"], "city"), (["thị", "trấn"], "commune"),
            (["phường"], "commune"), (["xã"], "commune"), (["thôn"], "village"), (["ấp"], "village"),
        ]
        let letters = abbreviatedUnits.sorted { $0.key < $1.key }.compactMap { letter, word in
            words.first { $0.keys == TokenKeys.split(word) }.map { (keys: [letter], kind: $0.kind) }
        }
        return words + letters
    }()

    /// The unit words of territories that bodies are named after, spelt out ("UBND huyện đảo X", "Công an thị xã Y",
    /// "UBND TP Z"): ``unitWords`` without villages and the one-letter abbreviations.
    public static let territoryUnitWords: [[String]] = unitWords.filter { unit in
        unit.kind != "village" && abbreviatedUnits[unit.keys.joined(separator: " ")] == nil
    }.map(\.keys)

    /// The token after one of ``territoryUnitWords`` that starts at `index` of `keys` and ends by `limit`, or nil.
    public static func territoryUnitEnd(in keys: [String], at index: Int, limit: Int) -> Int? {
        territoryUnitWords.first { unit in
            index + unit.count <= min(limit, keys.count) && keys[index..<(index + unit.count)].elementsEqual(unit)
        }.map { index + $0.count }
    }

    /// The token after "Q.", "P.", "H." or "TX." (quận, phường, huyện, thị xã) abbreviated in an address and glued to
    /// the name after it ("Q.1", "Q.Ba Đình", "P.Phạm Ngũ Lão", "H.Mỹ Đức", "TX.Dĩ An"), or nil. "P.V" (phóng viên) is a byline, not a ward: one letter after the
    /// full stop is no name. The organization grammar and the place extractor both ask this.
    ///
    /// "TX" (thị xã) written in capitals needs no full stop before a town or district the gazetteer knows: "Cty TNHH A
    /// (TX Sông Cầu)", "UBND TX Sông Cầu".
    public func abbreviatedUnitEnd(in document: Document, at index: Int) -> Int? {
        let tokens = document.tokens
        let keys = document.tokenKeys
        // "UBND TX Sông Cầu": "TX" with no full stop, before a district or town of the gazetteer.
        if index + 1 < tokens.count, keys[index] == "tx", tokens[index].text == "TX", tokens[index + 1].isCapitalized,
            tokens[index + 1].span.start > tokens[index].span.end,
            let town = places.longestMatch(in: keys, at: index + 1), ["district", "town"].contains(town.payload.kind)
        {
            return index + 1
        }
        // "TT Sịa", "TT. Đại Nghĩa" (thị trấn): "TT" abbreviates much else ("TT-Huế", "Bộ TT&TT"), so only before a
        // township of the gazetteer.
        if keys[index] == "tt" {
            guard tokens[index].text == "TT" else { return nil }
            var name = index + 1
            if name < tokens.count, keys[name] == ".", tokens[name].span.start == tokens[index].span.end { name += 1 }
            guard name < tokens.count, tokens[name].isCapitalized, tokens[name].span.start > tokens[name - 1].span.end
                || name > index + 1,
                let township = communes.longestMatch(in: keys, at: name), township.payload.contains("township")
            else { return nil }
            return name
        }
        guard index + 2 < tokens.count, Self.abbreviatedUnits[keys[index]] != nil,
            tokens[index].text == tokens[index].text.uppercased(), keys[index + 1] == ".",
            tokens[index + 1].span.start == tokens[index].span.end,
            tokens[index + 2].kind == .number || tokens[index + 2].text.count > 1
        else { return nil }
        // "Q.Bình Thạnh", "Q. Bình Thạnh", "P. 5", "TX. Dĩ An" — but "P. Thảo" is a reporter's initial.
        let gap = tokens[index + 2].span.start - tokens[index + 1].span.end
        // "H. Hòa Vang" too: "H." is read only before a district of the gazetteer (below).
        guard gap == 0 || (gap == 1 && (["q", "tx", "h"].contains(keys[index]) || tokens[index + 2].kind == .number))
        else { return nil }
        // "H.Mỹ Đức" (huyện) only before a district the gazetteer knows: "H.Thảo" is a byline.
        if keys[index] == "h" {
            guard let district = places.longestMatch(in: keys, at: index + 2), district.payload.kind == "district" else { return nil }
        }
        return index + 2
    }
}
