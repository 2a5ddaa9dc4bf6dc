import Foundation
import MekongPluginAPI
import VietnameseLexicon

/// The grammar of Vietnamese organization names over a document's tokens.
struct OrganizationGrammar {
    let document: Document
    let lexicon: VietnameseLexicon
    let keys: [String]

    /// Words that name a territorial unit before a place ("tỉnh An Giang").
    static let unitWords = VietnameseLexicon.territoryUnitWords
    /// Compounds that stand in lower case inside names ("Học viện Chính trị quốc gia", "Vụ Tổ chức cán bộ").
    static let lowercaseNameCompounds: Set<String> = [
        "quốc gia", "nhân dân", "cán bộ", "nhân lực", "tối cao", "nội bộ", "chính trị", "công nghệ", "xã hội",
        "khu vực", "trung ương", "dân tộc", "sáng tạo", "đào tạo", "hàng không", "hàng hải", "bảo vệ", "y tế",
    ]
    /// Nouns that end a name whatever follows ("Vụ Tổ chức cán bộ đã …", "Phòng Bảo vệ chính trị nội bộ với …").
    static let nameFinalCompounds: Set<String> = [
        "quốc gia", "nhân dân", "cán bộ", "nhân lực", "tối cao", "nội bộ", "hàng không", "hàng hải",
    ]
    /// Heads of units named by the body they belong to, written right after them ("Văn phòng Bộ Nội vụ",
    /// "Hội đồng thành viên Tập đoàn X", "Cơ quan điều tra Bộ Công an").
    static let unitOfBodyHeads: Set<String> = [
        "văn phòng", "hội đồng quản trị", "hđqt", "hội đồng thành viên", "hđtv", "đảng đoàn", "ban chấp hành", "ban giám đốc",
        "công đoàn", "cơ quan điều tra", "cqđt", "cơ quan cảnh sát điều tra", "cơ quan an ninh điều tra",
    ]

    /// Heads of a territory's bodies named by the head and the territory alone ("Thanh tra tỉnh", "Kho bạc Nhà nước
    /// tỉnh"), so that a bare unit word right after the head closes a short form.
    static let unitOfTerritoryHeads: Set<String> = ["thanh tra", "kho bạc nhà nước"]

    /// First words of units that may name their owner with "của" ("Ủy ban Kinh tế của Quốc hội").
    static let ownedUnitHeads: Set<String> = ["ủy", "vụ", "cục", "ban", "văn", "viện", "trung", "hội", "phòng"]

    /// Words that make a number before them a count ("5 năm", "30 người"), not part of a name.
    static let measureWords: Set<String> = [
        "năm", "tháng", "ngày", "tuần", "giờ", "phút", "người", "lần", "tỷ", "triệu", "nghìn", "ngàn", "trăm", "đồng",
        "km", "ha", "m", "kg", "tấn", "%", "cán", "học", "bệnh", "đơn", "dự", "hộ", "xã", "huyện", "tỉnh", "đại", "thành",
        "cơ", "doanh", "trường", "ca", "vụ", "điểm", "giường", "chiếc", "căn", "lô", "hồ", "bộ", "ban", "công", "giải",
        "nước", "tuổi",
    ]
    /// Types of document, which a body's name never takes in after "và" ("Bộ GD&ĐT và Thông tư số 26") and which
    /// never start one ("Bộ luật Hình sự" is a code of law, not a ministry "Bộ").
    static let documentTypes: Set<String> = [
        "thông tư", "nghị định", "quyết định", "nghị quyết", "chỉ thị", "công văn", "kết luận", "quy định", "kế hoạch",
        "thông báo", "hướng dẫn", "chương trình", "đề án", "pháp lệnh", "tờ trình", "báo cáo", "bộ luật",
    ]
    /// The most tokens a name takes after its head: "Tổng Công ty Đầu tư phát triển và Quản lý dự án hạ tầng giao thông
    /// Cửu Long" needs fifteen, and a cap in the middle of a capitalized run cuts a place or an own name in two.
    static let maxModifierTokens = 18

    init(document: Document, lexicon: VietnameseLexicon) {
        self.document = document
        self.lexicon = lexicon
        self.keys = TokenKeys.of(document)
    }

    /// Parses the longest organization name that starts at token `index`.
    func parse(at index: Int, allowSubHeadAfterTitle: Bool) -> ParsedOrganization? {
        let tokens = document.tokens
        // "Trưởng ban Tuyên giáo …", "Trưởng phòng Bảo vệ …": after "trưởng"/"phó" the head is often in lower case.
        // "Chánh văn phòng Cục Chăn nuôi": the same after "chánh", whose unit is the body's office, inspectorate or
        // court division ("Chánh tòa Hình sự TAND tỉnh X").
        let afterLeaderWord = index > 0 && (keys[index - 1] == "trưởng" || keys[index - 1] == "phó")
            && (["ban", "phòng", "vụ", "cục", "khoa", "trạm"].contains(keys[index])
                // "Trưởng đoàn ĐBQH tỉnh X": only a delegation named by more than its head ("đoàn kiểm tra" is no name).
                || (keys[index] == "đoàn" && (lexicon.heads.longestMatch(in: keys, at: index)?.length ?? 0) > 1))
            || (index > 0 && keys[index - 1] == "chánh" && ["văn", "thanh", "tòa"].contains(keys[index]))
        // "Tổng kiểm toán Nhà nước": a known body whose first word a title took in lower case.
        let afterTotalWord = index > 0 && keys[index - 1] == "tổng" && index < tokens.count
            && lexicon.organizations.longestMatch(in: keys, at: index) != nil
        let afterTitle = lowercaseHeadAfterTitle(at: index)
        let lowercaseUnit = !afterLeaderWord && !afterTitle && lowercaseUnitHead(at: index) && !titleEnds(before: index)
        guard index < tokens.count, tokens[index].kind == .word,
            tokens[index].isCapitalized || afterLeaderWord || afterTotalWord || afterTitle || lowercaseBusinessHead(at: index)
                || lowercaseDelegation(at: index) || lowercaseUnit
        else {
            return nil
        }
        // "534/QĐ-HVCTQG": an issuer code inside a document symbol is not a name in the text.
        if index > 0, keys[index - 1] == "/" || keys[index - 1] == "-",
            tokens[index - 1].span.end == tokens[index].span.start, tokens[index].isAllCaps
        {
            return nil
        }
        // "Bộ Luật Hình sự", "Báo cáo": a document's type word whose first word is a head ("Bộ", "Báo") starts no body,
        // whatever the case of its second word, unless the lexicon knows the name ("Chương trình Phát triển Liên hợp quốc").
        if index + 1 < keys.count, Self.documentTypes.contains(keys[index] + " " + keys[index + 1]),
            lexicon.organizations.longestMatch(in: keys, at: index) == nil
        {
            return nil
        }
        if headIsSyllableOfPerson(at: index) || headIsSyllableOfPlace(at: index) || headIsFamilyName(at: index) { return nil }
        // "Trưởng phòng Phòng Thanh tra hành chính": the title's own "phòng" before the unit's head opens nothing.
        if afterLeaderWord, !tokens[index].isCapitalized, index + 1 < keys.count, keys[index + 1] == keys[index] { return nil }
        // "Trường hợp China Eximbank không đồng ý": "trường hợp" (the case) opens a clause, not a school.
        if VietnameseLexicon.opensHeadWordCompound(in: document, at: index) { return nil }
        // "Bộ Trưởng Bộ Khoa học và Công nghệ", "Cục Trưởng Cục Thuế": a head's title written in capitals is a post, not a
        // body named "Trưởng".
        if let title = lexicon.titles.longestMatch(in: keys, at: index), ["trưởng", "phó"].contains(keys[index + title.length - 1]),
            let head = lexicon.heads.longestMatch(in: keys, at: index), head.length < title.length
        {
            return nil
        }
        // "Phó Bí thư Thường trực Tỉnh ủy X": "Thường trực" belongs to the title, the body is "Tỉnh ủy X".
        if !allowSubHeadAfterTitle, keys[index] == "thường", titleEnds(before: index) { return nil }

        // "Đoàn Đảng Hành động nhân dân Singapore": a party's delegation is the party's visit, no body of its own.
        if keys[index] == "đoàn", index + 1 < keys.count, keys[index + 1] == "đảng", partyOfCountry(at: index + 1) { return nil }
        var best: ParsedOrganization? = knownThroughAbbreviation(at: index)
        if let known = lexicon.organizations.longestMatch(in: keys, at: index), capitalizedStart(index, known.length) || afterTotalWord,
            !acronymOpensOtherName(at: index, length: known.length)
        {
            best = ParsedOrganization(
                start: index, end: index + known.length, canonicalName: known.payload,
                aliases: [text(index, index + known.length)], isShortForm: false, nested: [], rule: "known")
        }
        if let head = lexicon.heads.longestMatch(in: keys, at: index), capitalizedStart(index, head.length),
            // "Đảng" heads a party's name only: "Đảng Cộng sản Trung Quốc", "Đảng Nhân dân Cách mạng Lào".
            head.length > 1 || keys[index] != "đảng"
                || (index + 2 < keys.count && Self.partyNameStarts.contains(keys[index + 1] + " " + keys[index + 2]))
                || partyOfCountry(at: index),
            // A bare "Ban" after a leader's word is part of the title ("Phó Trưởng Ban Thường trực Ban …") when another
            // "Ban" or "Thường trực" follows; otherwise the title took the body's head: "Trưởng Ban Tiếp công dân Trung ương".
            !(head.length == 1 && keys[index] == "ban" && (titleEnds(before: index) || (index > 0 && keys[index - 1] == "trưởng"))
                && banBelongsToTitle(at: index))
        {
            // "Đài Tiếng nói Việt Nam Nguyễn Thế Kỷ": a known name followed by a person's is the known name.
            let knownBeforePerson = best.map { startsPerson(at: $0.end) } ?? false
            if let parsed = parseHeaded(at: index, headLength: head.length, headClass: head.payload),
                parsed.end > (best?.end ?? index), !knownBeforePerson
            {
                best = parsed
            }
            // "Ủy ban nhân dân (UBND) tỉnh Nghệ An", "Hội đồng quản trị (HĐQT) Tập đoàn Hòa Phát": the head written out, its
            // acronym in parentheses, then the rest of the name, read as if the parenthesis were not there.
            // A body named after the parenthesis ("Tập đoàn Hòa Phát") is the owner of the head's unit, as it is without it.
            if let acronym = acronymOfHead(at: index, headLength: head.length) {
                let open = index + head.length
                var candidate = parseHeaded(at: index, headLength: head.length + 3, headClass: head.payload)
                    .flatMap { $0.end > open + 3 ? $0.withoutAcronym(acronym, openingAt: open, in: self) : nil }
                if lexicon.heads.longestMatch(in: keys, at: open + 3) != nil, let owner = parse(at: open + 3, allowSubHeadAfterTitle: true),
                    !owner.isShortForm, owner.end > (candidate?.end ?? open)
                {
                    candidate = ParsedOrganization(
                        start: index, end: owner.end, canonicalName: expand(index, open).trimmingSpaces() + " " + owner.canonicalName,
                        aliases: [acronym + " " + text(open + 3, owner.end).trimmingSpaces()], isShortForm: false,
                        nested: [owner] + owner.nested, rule: "head-acronym-body")
                }
                if let candidate, candidate.end > (best?.end ?? index) { best = candidate }
            }
        }
        // "Giám đốc bệnh viện còn hạn chế …": a lower-case head after a title names a body only with a capitalized
        // word of its own ("Giám đốc trung tâm … đô thị Hà Nội", "Hiệu trưởng trường THPT Chu Văn An").
        // A lower-case "trường" needs a name after the school's level: "trường Trung học cơ sở" is a kind of school.
        // (A text may end at "trường": a byline's "X.TRƯỜNG".)
        let levelFollows = index + 1 < keys.count && Self.levelsBeforeOwnName.contains(keys[index + 1])
        let ownNameStart = keys[index] == "trường" ? index + (levelFollows ? 2 : 3) : index + 1
        if afterTitle, !tokens[index].isCapitalized, let parsed = best,
            !(ownNameStart..<max(ownNameStart, parsed.end)).contains(where: { tokens[$0].isCapitalized })
        {
            return nil
        }
        // "ban Tổ chức Huyện ủy": a unit's head in lower case names a body only with a territorial or known owner.
        if lowercaseUnit, !tokens[index].isCapitalized, let parsed = best,
            !parsed.nested.contains(where: { owner in
                owner.rule == "known" || lexicon.heads.longestMatch(in: keys, at: owner.start)?.payload == .territorial
            })
        {
            return nil
        }
        // "Trường Chinh", "dãy Trường Sơn", the byline "Trường Hoàng": "Trường" and one more syllable is a pen name, a
        // mountain range or a person, not a school, whose name says its level or its namesake in full.
        if let parsed = best, parsed.rule != "known", keys[index] == "trường", parsed.end == index + 2,
            !tokens[index + 1].isAllCaps
        {
            return nil
        }
        if var parsed = best {
            addKnownSuffix(to: &parsed)
            return extendedToListItem(extendedToMissionSeat(extendedToPartners(extendedToRemit(extendedToBranch(parsed)))))
        }
        return nil
    }

    /// The heads of the bodies an inspectorate is named after ("Thanh tra Sở Xây dựng", "Thanh tra Bộ Công Thương").
    static let inspectedBodyHeads: Set<String> = ["sở", "bộ", "tổng cục", "cục"]

    /// The last word of a company's legal form ("TNHH", "Cổ phần", "CP", "MTV"), after which a person's name is the
    /// company's own.
    static let companyForms: Set<String> = ["tnhh", "phần", "cp", "mtv", "jsc"]

    /// Whether the head word at `index` is the middle syllable of a person's name: "Thượng tướng Phạm Trường Long", "ông
    /// Bùi Trường Thắng", "ông Lê Bộ Lĩnh". A family name opens the capitalized run right before it (no capitalized word
    /// but an honorific before the family name, which is no head itself: "Đoàn Đảng Hành động …" is a party's
    /// delegation, "… Sầm Sơn Bộ Xây dựng" a ministry, but a place may close a body before the name: "Quân ủy TƯ Trung
    /// Quốc Phạm Trường Long"), and a capitalized given name follows it.
    private func headIsSyllableOfPerson(at index: Int) -> Bool {
        let tokens = document.tokens
        guard index > 0, index + 1 < tokens.count, !document.startsSentence[index], !document.startsSentence[index + 1],
            tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized, !tokens[index - 1].isAllCaps,
            tokens[index - 1].span.end < tokens[index].span.start,
            tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized, !tokens[index + 1].isAllCaps,
            lexicon.heads.longestMatch(in: keys, at: index - 1) == nil
        else { return false }
        if !lexicon.isSurname(keys[index - 1]) {
            return headIsThirdSyllableOfPerson(at: index)
        }
        let familyStart = index - 1
        // "Tổng giám đốc Nguyễn Vũ Trường Sơn": a middle name that is a family name too ("Vũ").
        if headIsThirdSyllableOfPerson(at: index) { return true }
        // "Ông Bùi Trường Thắng": an honorific opening the sentence is no part of the name.
        // "Phó Chủ tịch LĐLĐ TPHCM Trần Đoàn Trung": an acronym closing a body may stand right before the name.
        return familyStart == 0 || document.startsSentence[familyStart] || tokens[familyStart - 1].kind != .word
            || !tokens[familyStart - 1].isCapitalized || tokens[familyStart - 1].isAllCaps
            || lexicon.opensClause(keys, at: familyStart - 1)
            // "Phó chủ tịch Quân ủy TƯ Trung Quốc Phạm Trường Long": a place closing a body may stand right before it.
            || (1...3).contains { length in
                familyStart - length >= 0
                    && lexicon.places.longestMatch(in: keys, at: familyStart - length).map { $0.length == length } == true
            }
    }

    /// Whether the head word at `index` is the third syllable of a person's name after a title or a pronoun: "Tổng giám
    /// đốc Nguyễn Vũ Trường Sơn", "ông Lê Minh Hội Anh". A family name and a middle syllable, neither of them a place's
    /// or a head's, stand between the title and the head; the head is one word ("Trường", not "Trường Đại học") and
    /// opens no known body, and a Vietnamese given name follows it.
    private func headIsThirdSyllableOfPerson(at index: Int) -> Bool {
        let tokens = document.tokens
        let familyStart = index - 2
        guard familyStart > 0, !document.startsSentence[index - 1], tokens[familyStart].kind == .word,
            tokens[familyStart].isCapitalized, !tokens[familyStart].isAllCaps, lexicon.isSurname(keys[familyStart]),
            (familyStart..<index).allSatisfy({ VietnameseSyllable.isVietnamese(tokens[$0].text) }),
            lexicon.heads.longestMatch(in: keys, at: familyStart) == nil,
            (familyStart..<index).allSatisfy({ lexicon.places.longestMatch(in: keys, at: $0) == nil }),
            lexicon.heads.longestMatch(in: keys, at: index)?.length == 1, lexicon.organizations.longestMatch(in: keys, at: index) == nil,
            VietnameseSyllable.isVietnamese(tokens[index + 1].text)
        else { return false }
        return titleEnds(before: familyStart) || VietnameseLexicon.personPronouns.contains(keys[familyStart - 1])
    }

    /// Whether the head word at `index` is the family name of a person: "Ông Đoàn Ngọc Hải", "Giám đốc Công an thành
    /// phố Hà Nội Đoàn Duy Khương chỉ đạo". The head is a family name too ("Đoàn"), two or three capitalized Vietnamese
    /// syllables follow that open no body or place and end before a lower-case word or punctuation (right after a
    /// pronoun, one is enough: "ông Đoàn Phương"), and a pronoun, a title, the capitalized end of another name or a
    /// person listed before it ("gồm Trần Minh Tâm, Đoàn Vũ Duy, …") stands right before it. "Đoàn Thanh niên" (also
    /// after a pronoun: "các anh chị Đoàn Thanh niên"), "Thành Đoàn Hà Nội" and "Đoàn Đại biểu Quốc hội" stay bodies.
    private func headIsFamilyName(at index: Int) -> Bool {
        let tokens = document.tokens
        guard lexicon.surnameHeads.contains(keys[index]), index > 0, !document.startsSentence[index],
            lexicon.organizations.longestMatch(in: keys, at: index) == nil
        else { return false }
        var end = index + 1
        while end < tokens.count, end - index <= 3, tokens[end].kind == .word, tokens[end].isCapitalized,
            !tokens[end].isAllCaps, !document.startsSentence[end], VietnameseSyllable.isVietnamese(tokens[end].text),
            lexicon.heads.longestMatch(in: keys, at: end) == nil, lexicon.places.longestMatch(in: keys, at: end) == nil
        {
            end += 1
        }
        // "ông Đoàn Phương", "ông Trường Sơn": right after a pronoun, one given name is enough; elsewhere two or three,
        // since "Trường Sơn" may as well be a school.
        let afterPronoun = VietnameseLexicon.personPronouns.contains(keys[index - 1])
        // The one syllable must not make a compound of a body's name with a word beside it ("Thanh niên").
        guard (2...3).contains(end - index - 1) || (afterPronoun && end - index - 1 == 1 && !joinsCompound(at: index + 1)),
            end == tokens.count || !(tokens[end].kind == .word && tokens[end].isCapitalized)
        else { return false }
        let before = tokens[index - 1]
        // "Giám đốc Công an thành phố Đoàn Duy Khương": a title, then a body named by its bare unit word, then the holder;
        // so after a known body's name ("Phó Phát ngôn viên Bộ Ngoại giao Đoàn Khắc Việt").
        let afterBareUnit = Self.bareUnitEnds.contains(keys[index - 1])
            && (max(0, index - 6)..<(index - 1)).contains { titleEnds(before: $0) }
        let afterKnownBody = (max(0, index - 8)..<index).contains { start in
            lexicon.organizations.longestMatch(in: keys, at: start).map { start + $0.length == index } == true
                && titleEnds(before: start)
        }
        return afterPronoun || titleEnds(before: index) || afterBareUnit || afterKnownBody
            || (before.kind == .word && before.isCapitalized && !lexicon.opensClause(keys, at: index - 1))
            || personListed(before: index)
    }

    /// The closing parenthesis of an acronym in parentheses that opens at `open`: one all-capitals word ("(KBNN)") or
    /// capitals glued by "-" or "&" ("(GD-ĐT)", "(TN&MT)"), or nil.
    func acronymParenthesisClose(at open: Int) -> Int? {
        let tokens = document.tokens
        var cursor = open + 1
        while cursor < tokens.count, cursor - open <= 5 {
            if keys[cursor] == ")" { return cursor > open + 1 && tokens[cursor - 1].isAllCaps ? cursor : nil }
            let glued = cursor == open + 1 || tokens[cursor].span.start == tokens[cursor - 1].span.end
            guard glued, tokens[cursor].isAllCaps || ((keys[cursor] == "-" || keys[cursor] == "&") && cursor > open + 1)
            else { return nil }
            cursor += 1
        }
        return nil
    }

    /// The last words of a territorial body named by its bare unit word ("Công an thành phố", "UBND tỉnh", "Huyện ủy …
    /// huyện"): a name after them is the holder's, not the territory's, when the unit is known from elsewhere.
    static let bareUnitEnds: Set<String> = ["tỉnh", "phố", "huyện", "quận", "xã", "phường"]

    /// Whether a person's name ends at the comma or "và" right before `index`: a family name and one to three
    /// capitalized Vietnamese syllables, none of them a head or a place, with no capitalized word before them ("…
    /// gồm Trần Minh Tâm, Đoàn Vũ Duy").
    private func personListed(before index: Int) -> Bool {
        let tokens = document.tokens
        guard index >= 3, [",", "và"].contains(keys[index - 1]) else { return false }
        let end = index - 1
        return (max(0, end - 4)...(end - 2)).contains { start in
            lexicon.isSurname(keys[start]) && (start == 0 || document.startsSentence[start] || !tokens[start - 1].isCapitalized)
                && (start..<end).allSatisfy { position in
                    tokens[position].kind == .word && tokens[position].isCapitalized && !tokens[position].isAllCaps
                        && (position == start || !document.startsSentence[position])
                        && VietnameseSyllable.isVietnamese(tokens[position].text)
                        && lexicon.heads.longestMatch(in: keys, at: position) == nil
                        && lexicon.places.longestMatch(in: keys, at: position) == nil
                }
        }
    }

    /// Whether the head word at `index` is a syllable of a place's name of the gazetteer: "Bí thư Hải Phòng Lê Văn Thành"
    /// (the place started before it), "Hội An", "Trường Sa" (the place starts with it and runs past the head), unless
    /// a known body starts there.
    private func headIsSyllableOfPlace(at index: Int) -> Bool {
        let tokens = document.tokens
        if index > 0, !document.startsSentence[index], tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
            let place = lexicon.places.longestMatch(in: keys, at: index - 1), place.length >= 2
        {
            return true
        }
        guard let place = lexicon.places.longestMatch(in: keys, at: index), place.length >= 2,
            let head = lexicon.heads.longestMatch(in: keys, at: index), head.length < place.length,
            lexicon.organizations.longestMatch(in: keys, at: index) == nil
        else { return false }
        return true
    }

    /// Whether the "Ban" at `index`, after a leader's word, is the title's own word: "Thường trực" or another
    /// "Ban" follows within four words ("Phó Trưởng Ban Thường trực Ban Tuyên giáo", "Phó Trưởng Ban phụ trách Ban …"),
    /// or no capitalized word does.
    private func banBelongsToTitle(at index: Int) -> Bool {
        guard index + 1 < keys.count, document.tokens[index + 1].isCapitalized, keys[index + 1] != "thường" else { return true }
        return (index + 2..<min(index + 5, keys.count)).contains { keys[$0] == "ban" }
    }

    /// Heads that news writes in lower case after a title: "Giám đốc trung tâm …", "Tổng giám đốc công ty CP …",
    /// "Hiệu trưởng trường THPT …", "Giám đốc sở Xây dựng", "Trưởng công an xã …", "Thủ trưởng cơ quan cảnh sát
    /// điều tra Công an huyện …", and the territorial Party committees: "Bí thư huyện ủy A Lưới", "Bí thư thành ủy Hà Nội".
    static let lowercaseHeadsAfterTitle: Set<String> = Set([
        "trung tâm", "công ty", "tổng công ty", "bệnh viện", "trường", "sở", "viện", "nhà máy", "học viện", "chi cục",
        "ngân hàng", "quỹ", "hợp tác xã", "công an", "cơ quan điều tra", "cơ quan cảnh sát điều tra", "tập đoàn",
    ]).union(committeeUnits.keys)

    /// The first words of ``lowercaseHeadsAfterTitle``.
    static let lowercaseHeadFirstWords: Set<String> = Set(lowercaseHeadsAfterTitle.map { String($0.split(separator: " ")[0]) })

    /// Levels of schools written capitalized after a lower-case "trường": "trường Đại học Đồng Tháp", "trường THPT
    /// chuyên Bạc Liêu" (twice as common in the news as "Trường Đại học …"), "trường ĐH Tôn Đức Thắng", "trường CĐ Y tế".
    static let schoolLevelStarts: Set<String> = ["đại", "cao", "trung", "thpt", "thcs", "tiểu", "mầm", "ptth", "ptcs", "đh", "cđ"]

    /// Whether a head of ``lowercaseHeadsAfterTitle`` starts in lower case at `index`, right after a title, or a
    /// lower-case "trường" opens a school's capitalized name.
    private func lowercaseHeadAfterTitle(at index: Int) -> Bool {
        // Called at every token: the first word decides most cases without a look-up.
        guard index < keys.count, Self.lowercaseHeadFirstWords.contains(keys[index]) else { return false }
        if index + 1 < keys.count, keys[index] == "trường", !document.tokens[index].isCapitalized,
            document.tokens[index + 1].isCapitalized, Self.schoolLevelStarts.contains(keys[index + 1]),
            !document.startsSentence[index + 1]
        {
            return true
        }
        guard index > 0, index < keys.count, !document.tokens[index].isCapitalized, document.tokens[index].kind == .word,
            let head = lexicon.heads.longestMatch(in: keys, at: index),
            Self.lowercaseHeadsAfterTitle.contains(keys[index..<index + head.length].joined(separator: " ")),
            titleEnds(before: index)
        else { return false }
        return true
    }

    /// Whether a unit's head starts at `index` with "ban" in lower case and its own word capitalized ("ban Tổ chức
    /// Huyện ủy", "ban Thường vụ Tỉnh ủy X"), as news often writes it; ``parse(at:allowSubHeadAfterTitle:)`` keeps it
    /// only with an owner.
    private func lowercaseUnitHead(at index: Int) -> Bool {
        // "văn phòng HĐND và UBND thành phố X", "văn phòng UBND tỉnh Y": an office in lower case before a territorial body.
        if index + 3 < keys.count, keys[index] == "văn", keys[index + 1] == "phòng", !document.tokens[index].isCapitalized,
            document.tokens[index].kind == .word, document.tokens[index + 2].isCapitalized, !document.startsSentence[index + 2],
            lexicon.heads.longestMatch(in: keys, at: index + 2)?.payload == .territorial
        {
            return true
        }
        guard index + 2 < keys.count, keys[index] == "ban", !document.tokens[index].isCapitalized,
            document.tokens[index].kind == .word, document.tokens[index + 1].isCapitalized, !document.startsSentence[index + 1],
            !document.tokens[index + 1].isAllCaps
        else { return false }
        return true
    }

    /// Whether a province's or city's National Assembly delegation starts at `index` with its first word in lower case:
    /// "đoàn ĐBQH TP Cần Thơ", "đoàn Đại biểu Quốc hội tỉnh Quảng Nam". The rest of the head is capitalized and a unit
    /// word and a place follow, so a visiting "đoàn đại biểu Quốc hội Việt Nam" stays a visit.
    private func lowercaseDelegation(at index: Int) -> Bool {
        guard index + 2 < keys.count, keys[index] == "đoàn", !document.tokens[index].isCapitalized,
            document.tokens[index + 1].isCapitalized, let head = lexicon.heads.longestMatch(in: keys, at: index), head.length > 1,
            head.payload == .territorial, let unitEnd = unitWordEnd(at: index + head.length), unitEnd > index + head.length
        else { return false }
        return placeEnd(at: index + head.length) != nil
    }

    /// A known body whose name starts with an abbreviation written with a full stop inside ("T.Ư Đảng" is
    /// "Trung ương Đảng"): the tokens of the abbreviation are glued, so the lexicon's phrases cannot match them.
    private func knownThroughAbbreviation(at index: Int) -> ParsedOrganization? {
        guard document.tokens[index].isCapitalized, index + 1 < keys.count, keys[index + 1] == ".",
            let (expansion, abbreviationEnd) = gluedAbbreviation(at: index)
        else { return nil }
        let expanded = TokenKeys.split(expansion)
        let window = expanded + keys[abbreviationEnd..<min(abbreviationEnd + 9, keys.count)]
        guard let known = lexicon.organizations.longestMatch(in: window, at: 0), known.length >= expanded.count else { return nil }
        let end = abbreviationEnd + known.length - expanded.count
        return ParsedOrganization(
            start: index, end: end, canonicalName: known.payload, aliases: [text(index, end)], isShortForm: false, nested: [],
            rule: "known")
    }

    /// A known body named at the end of a longer name is its parent: "Văn phòng Trung ương Đảng" ⊂
    /// "Trung ương Đảng" (Ban Chấp hành Trung ương Đảng).
    private func addKnownSuffix(to parsed: inout ParsedOrganization) {
        guard parsed.nested.isEmpty else { return }
        for inner in (parsed.start + 1)..<parsed.end where document.tokens[inner].isCapitalized {
            if let known = lexicon.organizations.longestMatch(in: keys, at: inner), inner + known.length == parsed.end,
                known.payload != parsed.canonicalName
            {
                parsed.nested = [ParsedOrganization(
                    start: inner, end: parsed.end, canonicalName: known.payload, aliases: [text(inner, parsed.end)],
                    isShortForm: false, nested: [], rule: "known", place: nil)]
                return
            }
        }
    }

    private func parseHeaded(at index: Int, headLength: Int, headClass: OrganizationHeadClass) -> ParsedOrganization? {
        let afterHead = index + headLength
        switch headClass {
        case .standalone:
            // "Quốc hội Cộng hòa Haiti", "Chính phủ Lào": a national body of a foreign country; "Nghị viện châu Âu": of a
            // continent's union, the continent written with "châu" in lower case.
            var countryStart = afterHead
            if countryStart + 1 < keys.count, keys[countryStart] == "cộng", keys[countryStart + 1] == "hòa" { countryStart += 2 }
            if countryStart < keys.count, !document.startsSentence[countryStart],
                document.tokens[countryStart].isCapitalized || keys[countryStart] == "châu",
                let country = lexicon.places.longestMatch(in: keys, at: countryStart), country.payload.kind == "country"
            {
                // "Quốc hội Việt Nam" is the "Quốc hội" of every other sentence: the same body, with its country written.
                guard country.payload.name != "Việt Nam" else {
                    var parsed = make(index, countryStart + country.length, rule: "national-body")
                    parsed.canonicalName = expand(index, afterHead).trimmingSpaces()
                    return parsed
                }
                return make(index, countryStart + country.length, rule: "national-body")
            }
            return make(index, afterHead, rule: "head")
        case .territorial:
            let districtLevel = keys[index..<afterHead].contains { ["quận", "huyện", "thị"].contains($0) }
            if let placeEnd = placeEnd(at: afterHead, allowBareDistrict: districtLevel),
                !holdsPostAfterBareProvince(headStart: index, unitStart: afterHead, end: placeEnd)
            {
                var parsed = make(index, placeEnd, rule: "territorial")
                parsed.place = placeName(from: afterHead, to: placeEnd)
                if let committee = committeeName(headStart: index, afterHead: afterHead, place: parsed.place) {
                    parsed.aliases.append(parsed.canonicalName)
                    parsed.canonicalName = committee
                } else if let place = parsed.place, place != VietnameseLexicon.hoChiMinhCity, unitWordEnd(at: afterHead) != nil,
                    Self.committeeUnits[keys[index..<afterHead].joined(separator: " ")] != nil,
                    place.unicodeScalars.first.map({ !CharacterSet.decimalDigits.contains($0) }) ?? true
                {
                    // (A numbered district keeps its unit word: "Quận ủy quận 5", never "Quận ủy 5".)
                    // "Thành ủy Thành phố Hà Nội" is usually written, and named, "Thành ủy Hà Nội".
                    parsed.aliases.append(parsed.canonicalName)
                    parsed.canonicalName = expand(index, afterHead) + " " + place
                } else if let place = parsed.place, place != VietnameseLexicon.hoChiMinhCity, unitWordEnd(at: afterHead) != nil,
                    keys[afterHead] == "tỉnh" || lexicon.isCentralCity(place)
                {
                    // "UBND TP Hà Nội" is the "UBND Hà Nội" of another sentence; but "Công an TP Yên Bái", of a province's
                    // city, is not "Công an Yên Bái".
                    parsed.aliases.append(expand(index, afterHead) + " " + place)
                }
                // "UBND TP. Sóc Trăng" is the city's committee: it lies in the city that bears the province's name
                // (the place "Thành phố Sóc Trăng"), not in the province.
                if let place = parsed.place, isCityUnit(at: afterHead), !lexicon.isCentralCity(place) {
                    let words = TokenKeys.split(place)
                    if let match = lexicon.places.longestMatch(in: words, at: 0), match.length == words.count,
                        match.payload.kind == "province"
                    {
                        parsed.place = "Thành phố " + place
                    }
                }
                return parsed
            }
            // "Tỉnh ủy Sơn Tây", "Tỉnh ủy Hà Tây": a committee's name holds the unit word of its territory, so a
            // two-syllable place the gazetteer lacks (a former province, a town) may follow it as it follows "tỉnh";
            // the place must end where the name does (a comma, a lower-case word, but not a dash that joins two
            // places), so that a holder's name after a bare committee stays a person.
            if Self.committeeUnits[keys[index..<afterHead].joined(separator: " ")] != nil, afterHead + 2 < keys.count,
                !document.startsSentence[afterHead], document.tokens[afterHead].isCapitalized,
                lexicon.titles.longestMatch(in: keys, at: afterHead) == nil,
                let end = lexicon.unknownPlaceEnd(in: document, at: afterHead), end == afterHead + 2,
                !document.tokens[end].isCapitalized, !["-", "–"].contains(keys[end])  // "Thành ủy Sài Gòn - Gia Định"
            {
                var parsed = make(index, end, rule: "territorial-unknown-place")
                parsed.place = placeName(from: afterHead, to: end)
                return parsed
            }
            // "Đảng bộ Thành phố" with no place after it: a short form the article's full name resolves.
            if let unitEnd = unitWordEnd(at: afterHead) { return shortForm(index, unitEnd) }
            // "Đảng ủy Công ty X", "Công đoàn Bộ Y": the committee of a body named after it.
            if afterHead < keys.count, !document.startsSentence[afterHead], document.tokens[afterHead].isCapitalized,
                let innerHead = lexicon.heads.longestMatch(in: keys, at: afterHead)
            {
                if let inner = parse(at: afterHead, allowSubHeadAfterTitle: true), inner.end > afterHead + innerHead.length - 1 {
                    var parsed = make(index, inner.end, rule: "committee-of-body", innerCanonical: inner)
                    parsed.isShortForm = inner.isShortForm
                    parsed.nested = [inner] + inner.nested
                    return parsed
                }
                return shortForm(index, afterHead + innerHead.length)
            }
            if afterHead < keys.count, document.tokens[afterHead].isCapitalized, !startsPerson(at: afterHead),
                !document.startsSentence[afterHead]
            {
                return parseBody(at: index, afterHead: afterHead, headClass: headClass)
            }
            // "Tòa án nhân dân cấp cao tại Hà Nội": a body of the high level, named by its seat
            // (``extendedToMissionSeat(_:)`` takes the seat on).
            if seatFollows(highLevelName: afterHead + Self.highLevelWords.count),
                Array(keys[afterHead..<(afterHead + Self.highLevelWords.count)]) == Self.highLevelWords
            {
                return make(index, afterHead + Self.highLevelWords.count, rule: "high-level")
            }
            // "UBND các quận, huyện", "Tỉnh ủy các tỉnh", "UBND cấp xã": the committees of many territories, no one body.
            if afterHead < keys.count, Self.pluralDeterminers.contains(keys[afterHead]) { return nil }
            // "lực lượng Công an", "ngành Công an", "bộ máy Công an": the force or the sector in general.
            if isGenericSector(before: index) { return nil }
            return shortForm(index, afterHead)
        case .sub:
            if afterHead < keys.count, !document.startsSentence[afterHead],
                let inner = parse(at: afterHead, allowSubHeadAfterTitle: true)
            {
                var parsed = make(index, inner.end, rule: "sub-body", innerCanonical: inner)
                parsed.isShortForm = inner.isShortForm
                parsed.nested = [inner] + inner.nested
                return parsed
            }
            // "Ban Thường vụ cấp ủy cấp huyện", "Ban Thường vụ các Huyện ủy": a kind of body, no one body.
            if afterHead < keys.count, Self.pluralDeterminers.contains(keys[afterHead]) { return nil }
            return shortForm(index, afterHead)
        case .body:
            return parseBody(at: index, afterHead: afterHead, headClass: headClass)
        }
    }

    private func parseBody(at index: Int, afterHead: Int, headClass: OrganizationHeadClass) -> ParsedOrganization? {
        let tokens = document.tokens
        // "Vụ Yên Bái đang được thanh tra": "Vụ" right before a bare place is a case, not a department, which is named
        // by its field ("Vụ Địa phương", "Vụ Tổ chức cán bộ").
        if keys[index] == "vụ", afterHead == index + 1, afterHead < tokens.count, tokens[afterHead].isCapitalized,
            let place = lexicon.places.longestMatch(in: keys, at: afterHead), place.payload.kind != "country",
            afterHead + place.length >= tokens.count || !tokens[afterHead + place.length].isCapitalized,
            afterHead + place.length >= tokens.count
                || !lexicon.nameCompounds.contains(keys[afterHead + place.length - 1] + " " + keys[afterHead + place.length])
        {
            return nil
        }
        // "Văn phòng HĐND và UBND thành phố Phan Thiết": one office of two territorial bodies that share their place,
        // part of the second (named in full, with the place).
        if keys[index..<afterHead].elementsEqual(["văn", "phòng"]), afterHead < tokens.count, tokens[afterHead].isCapitalized,
            !document.startsSentence[afterHead],
            let first = lexicon.heads.longestMatch(in: keys, at: afterHead), first.payload == .territorial,
            afterHead + first.length + 1 < tokens.count, keys[afterHead + first.length] == "và",
            tokens[afterHead + first.length + 1].isCapitalized,
            let second = lexicon.heads.longestMatch(in: keys, at: afterHead + first.length + 1), second.payload == .territorial,
            let inner = parse(at: afterHead + first.length + 1, allowSubHeadAfterTitle: true), !inner.isShortForm,
            inner.place != nil
        {
            var parsed = make(index, inner.end, rule: "office-of-two-bodies", innerCanonical: inner)
            parsed.nested = [inner] + inner.nested
            return parsed
        }
        // "Văn phòng Sở Y tế tỉnh X", "Hội đồng quản trị Công ty Y", "Chi bộ Phòng khám": a unit of the body named
        // right after its head.
        if Self.unitOfBodyHeads.contains(keys[index..<afterHead].joined(separator: " ")), afterHead < tokens.count,
            tokens[afterHead].isCapitalized, !document.startsSentence[afterHead],
            lexicon.heads.longestMatch(in: keys, at: afterHead) != nil || lexicon.organizations.longestMatch(in: keys, at: afterHead) != nil,
            var inner = parse(at: afterHead, allowSubHeadAfterTitle: true), !inner.isShortForm
        {
            // "Chủ tịch HĐQT Tập đoàn Điện lực Việt Nam Dương Quang Thành": the holder's name is no part of the body.
            let afterTitle = titleEnds(before: index) || (index > 0 && lexicon.titles.longestMatch(in: keys, at: index - 1) != nil)
            if afterTitle, inner.nested.isEmpty,
                let split = ((inner.start + 1)..<inner.end).first(where: { start in
                    (2...4).contains(inner.end - start) && startsPerson(at: start)
                        && (start..<inner.end).allSatisfy { tokens[$0].kind == .word && tokens[$0].isCapitalized }
                })
            {
                inner = make(inner.start, split, rule: inner.rule)
            }
            var parsed = make(index, inner.end, rule: "unit-of-body", innerCanonical: inner)
            parsed.nested = [inner] + inner.nested
            return parsed
        }
        // "Công đoàn Công ty đã lập danh sách": the unit of a bare owner of two or more words is a short form, which the
        // article's one full name of that owner completes ("Công đoàn Công ty TNHH X").
        if Self.unitOfBodyHeads.contains(keys[index..<afterHead].joined(separator: " ")), afterHead < tokens.count,
            tokens[afterHead].isCapitalized, !document.startsSentence[afterHead],
            let owner = lexicon.heads.longestMatch(in: keys, at: afterHead),
            Self.companyHeads.contains(keys[afterHead..<(afterHead + owner.length)].joined(separator: " ")),
            afterHead + owner.length < tokens.count, tokens[afterHead + owner.length].kind == .punctuation
                || !tokens[afterHead + owner.length].isCapitalized
        {
            return shortForm(index, afterHead + owner.length)
        }
        var cursor = afterHead
        // "Sở Kế hoạch và đầu tư tỉnh Yên Bái": a department is named after its ministry, whatever the case of its words.
        if keys[index] == "sở", afterHead == index + 1, afterHead < tokens.count, tokens[afterHead].isCapitalized,
            let end = ministryNameEnd(at: afterHead), end > afterHead + 1,
            !((afterHead + 1)..<end).contains(where: { document.startsSentence[$0] })
        {
            cursor = end
        }
        var nested: [ParsedOrganization] = []
        var capitalizedRun: [Int] = []
        var complementPlace: String?
        var bareUnitAlias: String?
        var ownerJoin: Int?  // "của" before the owner's name
        var acronymAlias: String?  // "COPAC" after "… - "
        var parenthesizedAcronym: Int?  // the "(" of "Ban Quản lý (BQL) Hoàng thành Thăng Long"
        var holderAfterAcademicTitle = false  // the name ends before "PGS.TS" and the holder's name after it
        var legalFormWords = 0  // the words of a legal form written out ("trách nhiệm hữu hạn")
        loop: while cursor < tokens.count && cursor - afterHead < Self.maxModifierTokens {
            let token = tokens[cursor]
            if document.startsSentence[cursor] { break loop }
            // "Đoàn khối các cơ quan Trung ương": the bloc's word in lower case right after the head.
            if cursor == afterHead, keys[cursor] == "khối", cursor + 3 < tokens.count, keys[cursor + 1] == "các",
                keys[cursor + 2] == "cơ", keys[cursor + 3] == "quan"
            {
                cursor += 1
                continue
            }
            // "Đảng bộ Khối các cơ quan tỉnh", "Đoàn Khối các cơ quan Trung ương"
            if cursor > 0, keys[cursor - 1] == "khối", cursor + 2 < tokens.count,
                keys[cursor] == "các", keys[cursor + 1] == "cơ", keys[cursor + 2] == "quan"
            {
                cursor += 3
                if let placeEnd = placeEnd(at: cursor) { cursor = placeEnd } else if let unitEnd = unitWordEnd(at: cursor) {
                    cursor = unitEnd
                } else if cursor + 1 < tokens.count, keys[cursor] == "trung", keys[cursor + 1] == "ương",
                    tokens[cursor].isCapitalized
                {
                    cursor += 2
                } else if cursor < tokens.count, ["TƯ", "TW"].contains(tokens[cursor].text) {
                    cursor += 1
                }
                break loop
            }
            // "Bộ trưởng Bộ Quốc phòng - Đại tướng Ngô Xuân Lịch", "… Bộ Quốc phòng Đại tướng …": a military rank, after a
            // dash or not, opens the holder's name.
            if cursor > afterHead, (token.isCapitalized && VietnameseLexicon.rankStarts(in: keys, at: cursor))
                || (["-", "–"].contains(keys[cursor]) && VietnameseLexicon.rankStarts(in: keys, at: cursor + 1))
            {
                break loop
            }
            // "trường ĐH Mở Hà Nội PGS.TS Nguyễn Mai Hương": an abbreviated academic title opens the holder's name.
            if cursor > afterHead, VietnameseLexicon.isAcademicTitle(in: document, at: cursor) {
                holderAfterAcademicTitle = true
                break loop
            }
            // "Cục Phòng, chống HIV/AIDS": the fixed "phòng, chống" with its first word capitalized, as in lower case.
            if keys[cursor] == ",", cursor > afterHead, keys[cursor - 1] == "phòng", cursor + 2 < tokens.count,
                keys[cursor + 1] == "chống", !document.startsSentence[cursor + 1]
            {
                cursor += 2
                capitalizedRun.removeAll()
                continue
            }
            // "Cục Hộ tịch, quốc tịch và chứng thực": the fields of the name listed with commas and closed by "và".
            if keys[cursor] == ",", cursor > afterHead, let end = fieldListEnd(at: cursor) {
                cursor = end
                capitalizedRun.removeAll()
                continue
            }
            // "Thanh tra Sở Xây dựng", "Thanh tra Bộ Công Thương": an inspectorate named by the body it inspects for is
            // that body's, which ends the name.
            if cursor == afterHead, token.isCapitalized, keys[index..<afterHead].elementsEqual(["thanh", "tra"]),
                let head = lexicon.heads.longestMatch(in: keys, at: cursor),
                Self.inspectedBodyHeads.contains(keys[cursor..<(cursor + head.length)].joined(separator: " ")),
                let inner = parse(at: cursor, allowSubHeadAfterTitle: true), !inner.isShortForm, inner.end > cursor + head.length,
                // "Thanh tra Sở Xây dựng Hà Nội, đoàn công tác phát hiện …": the verb (to inspect) opening a sentence.
                !(document.startsSentence[index] && inner.end < keys.count && keys[inner.end] == ",")
            {
                nested.append(inner)
                nested.append(contentsOf: inner.nested)
                cursor = inner.end
                capitalizedRun.removeAll()
                break loop
            }
            // A nested territorial or known body ends the name: "Ban Tổ chức Tỉnh ủy Hải Dương".
            if token.isCapitalized, let inner = nestedBody(at: cursor)
            {
                nested.append(inner)
                nested.append(contentsOf: inner.nested)
                cursor = inner.end
                capitalizedRun.removeAll()
                break loop
            }
            // "Kho bạc Nhà nước (KBNN) tỉnh Phú Yên": an acronym in parentheses inside the name.
            // "Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội": an acronym of glued parts too.
            if keys[cursor] == "(", let close = acronymParenthesisClose(at: cursor), close + 1 < tokens.count,
                let placeEnd = placeEnd(at: close + 1)
            {
                return nameOverAcronym(index, open: cursor, close: close, end: placeEnd, canonicalTail: text(close + 1, placeEnd))
            }
            // "Ban Tuyển sinh quân sự (TSQS) Bộ Quốc phòng": an acronym in parentheses, then the body's owner, a ministry.
            if keys[cursor] == "(", cursor > afterHead, let close = acronymParenthesisClose(at: cursor), close + 1 < tokens.count,
                keys[close + 1] == "bộ", tokens[close + 1].isCapitalized, !document.startsSentence[close + 1],
                let owner = nestedBody(at: close + 1), !owner.isShortForm
            {
                var parsed = nameOverAcronym(index, open: cursor, close: close, end: owner.end, canonicalTail: owner.canonicalName)
                parsed.nested = [owner] + owner.nested
                return parsed
            }
            // "Ban Quản lý (BQL) Hoàng thành Thăng Long", "Ban quản lý dự án (PMU) Đường sắt": an acronym in parentheses
            // after the name's first words, when a Vietnamese word (a capital and a lower-case syllable) carries the name
            // on — not a holder's name ("Cục Điều tra liên bang Mỹ (FBI) James Comey").
            if keys[cursor] == "(", parenthesizedAcronym == nil,
                cursor > afterHead || ((index + 1)..<afterHead).contains(where: { tokens[$0].isCapitalized }), cursor + 4 < tokens.count, tokens[cursor + 1].isAllCaps,
                keys[cursor + 2] == ")", tokens[cursor + 3].kind == .word, tokens[cursor + 3].isCapitalized,
                !tokens[cursor + 3].isAllCaps, !document.startsSentence[cursor + 3], tokens[cursor + 4].kind == .word,
                !tokens[cursor + 4].isCapitalized, !startsPerson(at: cursor + 3), !startsTitle(at: cursor + 3),
                lexicon.heads.longestMatch(in: keys, at: cursor + 3) == nil,
                VietnameseSyllable.isVietnamese(tokens[cursor + 3].text), VietnameseSyllable.isVietnamese(tokens[cursor + 4].text)
            {
                parenthesizedAcronym = cursor
                cursor += 3
                continue
            }
            if keys[cursor] == "khu", cursor + 2 < tokens.count, keys[cursor + 1] == "vực",
                isNumeral(tokens[cursor + 2].text)
            {
                cursor += 3
                capitalizedRun.removeAll()
                break loop
            }
            // "Phòng NN & PTNT H. Quảng Điền": an abbreviated unit word, capitalized as it always is.
            if let placeEnd = placeEnd(at: cursor),
                !token.isCapitalized || keys[cursor] == "tp" || (keys[cursor] == "thành" && keys[cursor + 1] == "phố")
                    || lexicon.abbreviatedUnitEnd(in: document, at: cursor) != nil
            {
                // "Sở Y tế tỉnh Đồng Tháp" lies in Đồng Tháp, and is the "Sở Y tế Đồng Tháp" of another sentence.
                complementPlace = placeName(from: cursor, to: placeEnd)
                if let unitEnd = unitWordEnd(at: cursor), unitEnd < placeEnd, complementPlace != VietnameseLexicon.hoChiMinhCity {
                    bareUnitAlias = (expand(index, cursor) + " " + text(unitEnd, placeEnd)).trimmingSpaces()
                }
                cursor = placeEnd
                capitalizedRun.removeAll()
                break loop
            }
            // "Ủy ban Kinh tế của Quốc hội": a unit named with "của" and the body it belongs to.
            // "Ban Cán sự Đảng của Bộ Công Thương": a head that holds a capitalized word of its own names the unit.
            if keys[cursor] == "của",
                cursor > afterHead || ((index + 1)..<afterHead).contains(where: { tokens[$0].isCapitalized }),
                cursor + 1 < tokens.count, tokens[cursor + 1].isCapitalized,
                Self.ownedUnitHeads.contains(keys[index]), let inner = nestedBody(at: cursor + 1), !inner.isShortForm
            {
                ownerJoin = cursor
                nested.append(inner)
                nested.append(contentsOf: inner.nested)
                cursor = inner.end
                capitalizedRun.removeAll()
                break loop
            }
            // "Công ty trách nhiệm hữu hạn chế biến … Việt Hải": a legal form written out in full is the name's, and the
            // trade after it is read as after "TNHH".
            if token.kind == .word, isBusinessHead(index, afterHead),
                let form = VietnameseLexicon.spelledCompanyLegalForms.first(where: { words in
                    cursor + words.count <= tokens.count && keys[cursor..<(cursor + words.count)].elementsEqual(words)
                })
            {
                cursor += form.count
                legalFormWords += form.count
                capitalizedRun.removeAll()
                continue
            }
            // "Cty CP thiết bị y tế Thịnh Phát": a business's trade in lower case before its own name.
            if token.kind == .word, !token.isCapitalized, cursor - afterHead - legalFormWords <= 4, isBusinessHead(index, afterHead),
                let end = tradeEnd(at: cursor)
            {
                cursor = end
                capitalizedRun.removeAll()
                continue
            }
            // "Sở Tài chính Đà Nẵng thông tin.", "Bộ VH-TT-DL chỉ đạo.": lower-case words after a province that closes
            // the name, or a verb after an abbreviation that closes it, carry the sentence on.
            if token.kind == .word, !token.isCapitalized, cursor > afterHead, tokens[cursor - 1].isCapitalized,
                provinceEnding(at: cursor, after: afterHead) != nil
                    || (tokens[cursor - 1].isAllCaps && cursor + 1 < tokens.count
                        && lexicon.verbalCompounds.contains(keys[cursor] + " " + keys[cursor + 1]))
            {
                break loop
            }
            // "Chính trị", "Tổ chức": only the first syllable of a compound is capitalized.
            if token.kind == .word, !token.isCapitalized, cursor > afterHead,
                lexicon.nameCompounds.contains(keys[cursor - 1] + " " + keys[cursor])
            {
                cursor += 1
                continue
            }
            // "quốc gia", "nhân dân", "cán bộ": a whole compound in lower case after the name has begun,
            // followed by more of the name or by its end. Verbs such as "tổ chức" or "phát triển" are not:
            // "Ủy ban Dân tộc tổ chức Hội nghị".
            if token.kind == .word, !token.isCapitalized, cursor + 1 < tokens.count,
                Self.lowercaseNameCompounds.contains(keys[cursor] + " " + keys[cursor + 1]),
                cursor > afterHead
                    || (cursor + 2 < tokens.count
                        && (tokens[cursor + 2].isCapitalized || keys[cursor + 2] == "về" || placeEnd(at: cursor + 2) != nil)),
                lexicon.nameCompounds.contains(keys[cursor] + " " + keys[cursor + 1]),
                cursor + 2 >= tokens.count || tokens[cursor + 2].isCapitalized || tokens[cursor + 2].kind == .punctuation
                    || document.startsSentence[cursor + 2] || keys[cursor + 2] == "về"
                    || (cursor + 3 < tokens.count && Self.lowercaseNameCompounds.contains(keys[cursor + 2] + " " + keys[cursor + 3]))
                    || Self.nameFinalCompounds.contains(keys[cursor] + " " + keys[cursor + 1])
            {
                cursor += 2
                continue
            }
            // "Trung tâm lưu trữ quốc gia", "Ủy ban chứng khoán Nhà nước 1": lower-case words right after a head of two
            // words or more, closed by the national level as a territory's body is by its place (a one-word head and
            // the word after it are often one word: "Hội nghị an ninh quốc gia"), and a number that names the body.
            if cursor == afterHead, afterHead - index >= 2, let end = nationalComplementEnd(at: cursor) {
                cursor = numberInName(at: end, afterHead: afterHead) ?? end
                capitalizedRun.removeAll()
                break loop
            }
            // "Ban quản lý an toàn thực phẩm (ATTP)": lower-case words right after a head of two words or more, which the
            // acronym in parentheses after them spells, are the name it stands for.
            if cursor == afterHead, afterHead - index >= 2, let open = lowercaseNameSpelledByAcronym(at: cursor) {
                cursor = open
                capitalizedRun.removeAll()
                break loop
            }
            // A descriptive complement in lower case: "Hội Liên hiệp phụ nữ tỉnh X", "Vụ Tổ chức cán bộ",
            // "Ban Chỉ đạo phòng, chống tham nhũng tỉnh X".
            if token.kind == .word, !token.isCapitalized,
                let end = complementEnd(at: cursor, nameStart: index, afterHead: afterHead)
            {
                cursor = end
                capitalizedRun.removeAll()
                continue
            }
            // "Trường THPT chuyên Bạc Liêu": a specialized school names itself after "chuyên".
            if keys[cursor] == "chuyên", cursor > afterHead, ["thpt", "thcs", "ptth"].contains(keys[cursor - 1]),
                cursor + 1 < tokens.count, tokens[cursor + 1].isCapitalized, !document.startsSentence[cursor + 1]
            {
                cursor += 1
                capitalizedRun.removeAll()
                continue
            }
            // "Bệnh viện 108", "Quân khu 7", "Trường THCS số 2": a number that names the body.
            if let end = numberInName(at: cursor, afterHead: afterHead) {
                cursor = end
                capitalizedRun.removeAll()
                continue
            }
            // "Công ty Xuất nhập khẩu & Đầu tư": an ampersand between two capitalized parts of one name.
            if keys[cursor] == "&", cursor > afterHead, cursor + 1 < tokens.count, tokens[cursor + 1].isCapitalized,
                !document.startsSentence[cursor + 1], lexicon.heads.longestMatch(in: keys, at: cursor + 1) == nil
            {
                cursor += 1
                continue
            }
            // "Cục Phòng vệ thương mại", "Trung tâm Tin học", "… và Phúc lợi xã hội": a capitalized syllable that opens
            // the name (or a part joined by "và") takes the lower-case syllable that completes its word.
            // "Cục Chăn nuôi Theo tính toán": a word that opens a clause does not, unless a joiner leads to it.
            if token.kind == .word, token.isCapitalized, !token.isAllCaps, cursor + 1 < tokens.count,
                cursor == afterHead || ["và", "&", "-", "–"].contains(keys[cursor - 1])
                    || (tokens[cursor - 1].kind == .word && (!tokens[cursor - 1].isCapitalized || tokens[cursor - 1].isAllCaps)
                        && !lexicon.opensClause(keys, at: cursor)),
                let end = secondSyllableEnd(at: cursor, opensName: cursor == afterHead)
            {
                capitalizedRun.append(cursor)
                cursor = end
                continue
            }
            // "Ban Dân vận T.Ư": an abbreviation with a full stop inside ("Trung ương") continues the name.
            // "Công ty cổ phần Xuất nhập khẩu N.P.T": so do capital initials with full stops, glued.
            if cursor >= afterHead, token.isCapitalized, cursor + 1 < tokens.count, keys[cursor + 1] == ".",
                let end = gluedAbbreviation(at: cursor)?.end ?? dottedInitialsEnd(at: cursor)
            {
                capitalizedRun.append(cursor)
                cursor = end
                // "… N.P.T Lư Nguyễn Xuân Vũ": the holder's name after the initials is no more of the name.
                if startsPerson(at: cursor) { break loop }
                continue
            }
            if token.kind == .word && token.isCapitalized {
                // "trao tặng Trường Đại học Vinh Huân chương Lao động hạng Nhất": an award ends the name, as a title does.
                if startsTitle(at: cursor) || (cursor > afterHead && VietnameseLexicon.startsAward(keys, at: cursor)) { break loop }
                // "Phòng Tài vụ Công ty Xuất nhập khẩu Tạp phẩm", "Đoàn Thanh niên Công ty X": a company's head after the
                // name has begun opens the company the unit belongs to (other heads are words of names: "Trường Đại
                // học Ngân hàng", "Văn phòng Đại diện Mặt trận Lào").
                if cursor > afterHead, !["và", "&", "-", "–"].contains(keys[cursor - 1]),
                    let head = lexicon.heads.longestMatch(in: keys, at: cursor),
                    Self.companyHeads.contains(keys[cursor..<(cursor + head.length)].joined(separator: " ")),
                    let inner = parse(at: cursor, allowSubHeadAfterTitle: true), !inner.isShortForm, inner.end > cursor + head.length
                {
                    nested.append(inner)
                    nested.append(contentsOf: inner.nested)
                    cursor = inner.end
                    capitalizedRun.removeAll()
                    break loop
                }
                // "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường": after a lower-case
                // complement, a person's name is the holder of the title, not more of the name.
                // A legal form written out is no complement: the company's own name follows it, a person's or not ("Giám
                // đốc Cty TNHH một thành viên Lê Quang Lộc").
                if cursor > afterHead, !tokens[cursor - 1].isCapitalized, tokens[cursor - 1].kind == .word,
                    capitalizedRun.isEmpty, startsPerson(at: cursor), titleEnds(before: index), !followsLegalForm(cursor)
                {
                    break loop
                }
                // "Công ty TNHH Phát triển công viên trung tâm": right after a legal form the name goes on, whatever word
                // opens it.
                // "Vụ Sức khỏe Bà mẹ - Trẻ em": a word that opens clauses ("Bà") is a name's when it starts one of its
                // compounds.
                // "Công ty Điện lực Nam Từ Liêm", "Cảng HKQT Nội Bài": nor does one that starts a commune's or a ward's name
                // written in capitals.
                if cursor > afterHead, keys[cursor - 1] != "và", keys[cursor - 1] != "&", !followsLegalForm(cursor),
                    lexicon.opensClause(keys, at: cursor),
                    !(cursor + 1 < tokens.count && !tokens[cursor + 1].isCapitalized
                        && lexicon.nameCompounds.contains(keys[cursor] + " " + keys[cursor + 1])),
                    !insideCommuneName(at: cursor)
                {
                    break loop
                }
                capitalizedRun.append(cursor)
                cursor += 1
                continue
            }
            // "VH-TT&DL", "PVC.KBC", "HIV/AIDS": an abbreviation written with joiners.
            if keys[cursor] == "-" || keys[cursor] == "&" || keys[cursor] == "." || keys[cursor] == "/", cursor > afterHead,
                cursor + 1 < tokens.count,
                !document.startsSentence[cursor + 1],
                tokens[cursor - 1].isAllCaps, tokens[cursor + 1].isAllCaps,
                tokens[cursor - 1].span.end == token.span.start, token.span.end == tokens[cursor + 1].span.start
            {
                cursor += 1
                continue
            }
            // "Trường Trung cấp Văn hóa, Nghệ thuật và Du lịch Quảng Nam": an enumeration inside the name,
            // closed by "và" — but not a list of bodies ("Sở Nội vụ, Sở Tài chính và Sở Y tế").
            if keys[cursor] == ",", cursor > afterHead, enumerationInsideName(after: cursor) { 
                cursor += 1
                continue
            }
            // "Cục Thẩm định, đánh giá tác động môi trường", "Cục Giải quyết khiếu nại, tố cáo": the tasks a body is
            // named after, listed with commas.
            if keys[cursor] == ",", cursor >= afterHead + 2, let end = taskAfterComma(at: cursor, nameStart: index, afterHead: afterHead) {
                cursor = end
                capitalizedRun.removeAll()
                continue
            }
            // "Hội đồng quốc gia về Khoa học công nghệ …"
            if keys[cursor] == "về", cursor > afterHead, cursor + 1 < tokens.count, tokens[cursor + 1].isCapitalized,
                ["hội", "ủy", "ban"].contains(keys[index])
            {
                cursor += 1
                continue
            }
            // "Trường Đại học Khoa học xã hội và nhân văn thành phố Hồ Chí Minh": "và" between two lower-case compounds of
            // the name, when a place or the clause's end follows the second. The compounds before "và" may be the ones
            // that open the name, capitalized: "Cục Cạnh tranh và bảo vệ người tiêu dùng", "Bộ Nội vụ và truyền thông",
            // "Cục Phát thanh Truyền hình và thông tin điện tử".
            if keys[cursor] == "và", cursor >= afterHead + 2, cursor + 1 < tokens.count, tokens[cursor - 1].kind == .word,
                !tokens[cursor - 1].isCapitalized,
                !tokens[cursor - 2].isCapitalized
                    || (titleCaseCompounds(from: afterHead, to: cursor) && !tokens[cursor - 2].isAllCaps
                        // "Bộ Y tế và bệnh viện": a known body's whole name is joined to something else.
                        && lexicon.organizations.longestMatch(in: keys, at: index).map({ index + $0.length == cursor }) != true),
                lexicon.nameCompounds.contains(keys[cursor - 2] + " " + keys[cursor - 1]),
                tokens[cursor + 1].kind == .word, !tokens[cursor + 1].isCapitalized,
                let end = complementEnd(at: cursor + 1, nameStart: index, afterHead: afterHead, afterConjunction: true),
                end >= tokens.count || document.startsSentence[end] || tokens[end].kind == .punctuation
                    || placeEnd(at: end) != nil || unitWordEnd(at: end) != nil
            {
                cursor = end
                capitalizedRun.removeAll()
                continue
            }
            // "Trường ĐH Tôn Đức Thắng - TPHCM", "Bệnh viện Chợ Rẫy - TP.HCM tiếp nhận": a Vietnamese province or city
            // after a dash, closing the clause, says where the body is (a foreign one may be a part of the name:
            // "Trường THPT chuyên Hà Nội - Amsterdam").
            if keys[cursor] == "-", cursor > afterHead, cursor + 1 < tokens.count, tokens[cursor - 1].span.end < tokens[cursor].span.start,
                let end = placeEnd(at: cursor + 1), closesClause(at: end),
                lexicon.places.longestMatch(in: keys, at: cursor + 1)?.payload.kind != "country"
            {
                break loop
            }
            // "Công ty Cổ phần … Thái Bình Dương - COPAC làm chủ đầu tư": an acronym after a dash, closing the clause of
            // the name, is its short name, not more of it.
            if keys[cursor] == "-", cursor > afterHead, let end = acronymAfterDash(at: cursor) {
                acronymAlias = text(cursor + 1, end)
                break loop
            }
            // "Bộ Kế hoạch và Đầu tư", but not "Sở Nội vụ và Ban Tổ chức …" (two bodies). A head that holds a word of
            // the name takes the next part right after it: "Ban Kinh tế - Ngân sách", "Ban Kinh tế-Xã hội".
            if (keys[cursor] == "và" || keys[cursor] == "-"), cursor + 1 < tokens.count,
                cursor > afterHead || ((index + 1)..<afterHead).contains(where: { tokens[$0].isCapitalized }),
                // "Chi cục Đê điều và Phòng chống lụt bão": a one-word head that opens a name compound in lower case is a
                // word of the name's second task, no other body.
                tokens[cursor + 1].isCapitalized,
                lexicon.heads.longestMatch(in: keys, at: cursor + 1).map({ head in
                    head.length == 1 && cursor + 2 < tokens.count && tokens[cursor + 2].kind == .word
                        && !tokens[cursor + 2].isCapitalized && lexicon.nameCompounds.contains(keys[cursor + 1] + " " + keys[cursor + 2])
                }) ?? true,
                lexicon.organizations.longestMatch(in: keys, at: cursor + 1) == nil, !startsTitle(at: cursor + 1),
                keys[cursor] != "và" || !Self.documentTypes.contains(keys[cursor + 1] + (cursor + 2 < keys.count ? " " + keys[cursor + 2] : "")),
                lexicon.titles.longestMatch(in: keys, at: cursor + 1) == nil,
                // "Công ty X và Trần Anh Thuận": "và" before a person joins the person, not a part of the name.
                keys[cursor] != "và" || !startsPerson(at: cursor + 1),
                // "Ủy ban Tư pháp - ĐBQH Đoàn TP Hà Nội": an abbreviated title ("Đại biểu Quốc hội") starts another post.
                !(lexicon.abbreviations[tokens[cursor + 1].text].map { lexicon.titles.longestMatch(in: TokenKeys.split($0), at: 0) != nil }
                    ?? false),
                // "… và BQL khu di tích": "và" before an abbreviated head ("Ban Quản lý") joins another body.
                keys[cursor] != "và"
                    || !(Self.genericAcronyms.contains(tokens[cursor + 1].text)
                        || (lexicon.abbreviations[tokens[cursor + 1].text]
                            .map { lexicon.heads.longestMatch(in: TokenKeys.split($0), at: 0) != nil } ?? false)),
                unitWordEnd(at: cursor + 1) == nil || (cursor + 2 < tokens.count && keys[cursor + 2] == "hội")
            {
                cursor += 1
                continue
            }
            break loop
        }
        // A name does not end in a conjunction: "Sở Nội vụ và" + something that is not part of it.
        while cursor > afterHead, ["và", "-", "&"].contains(keys[cursor - 1]) { cursor -= 1 }
        // "Bộ Tư lệnh TP chủ trì", "Sở Xây dựng TP về …": the capitalized "TP" closing the name, with no place after it,
        // is a bare unit word as "thành phố" is; the article's one city completes it.
        if cursor > afterHead, nested.isEmpty, keys[cursor - 1] == "tp", isCityUnit(at: cursor - 1),
            cursor >= tokens.count || !tokens[cursor].isCapitalized || document.startsSentence[cursor]
        {
            return shortForm(index, cursor)
        }
        // "Trường Chính trị thành phố": a bare unit word closing the name; the article's one place of that
        // kind completes it.
        if cursor > afterHead, nested.isEmpty, let unitEnd = unitWordEnd(at: cursor), unitEnd > cursor,
            unitEnd >= tokens.count || tokens[unitEnd].kind == .punctuation || document.startsSentence[unitEnd]
        {
            return shortForm(index, unitEnd)
        }
        // "Thanh tra tỉnh thanh tra …", "Thanh tra thành phố chủ trì": a territory's body named by its head and a bare
        // unit word, which no place follows. An inspectorate of one field names the field in lower case between them,
        // a verb as often as not: "Thanh tra xây dựng quận đã lập biên bản", "Thanh tra giao thông tỉnh".
        // The field's words are joined only for a territory's head: this runs at every head.
        func fieldEnd() -> Int {
            cursor + 2 < tokens.count && tokens[cursor].kind == .word && !tokens[cursor].isCapitalized
                && !tokens[cursor + 1].isCapitalized && lexicon.nameCompounds.contains(keys[cursor] + " " + keys[cursor + 1])
                ? cursor + 2 : cursor
        }
        if cursor == afterHead, Self.unitOfTerritoryHeads.contains(keys[index..<afterHead].joined(separator: " ")),
            case let fieldEnd = fieldEnd(), let unitEnd = unitWordEnd(at: fieldEnd), unitEnd > fieldEnd,
            unitEnd >= tokens.count || tokens[unitEnd].kind == .punctuation || document.startsSentence[unitEnd]
                || (tokens[unitEnd].kind == .word && !tokens[unitEnd].isCapitalized)
        {
            return shortForm(index, unitEnd)
        }
        // "Quyền Giám đốc Học viện": a bare head after a title stands for the article's one body of that kind.
        if cursor == afterHead {
            return titleEnds(before: index) && (cursor >= tokens.count || !tokens[cursor].isCapitalized)
                ? shortForm(index, afterHead) : nil
        }
        // After a title, a person's name may follow the body without a break:
        // "Giám đốc Sở Nội vụ Nguyễn Văn An". Keep the name out of the body.
        // "Chánh Văn phòng Trung ương Nguyễn Văn Nên": the title may take in the body's head.
        let titleFromPrevious = index > 0 ? lexicon.titles.longestMatch(in: keys, at: index - 1) : nil
        let titleTakesHead = (titleFromPrevious?.length ?? 0) > 1
        let afterTitle = titleEnds(before: index) || titleFromPrevious != nil
        // "Tổng Thanh tra Phan Văn Sáu": the title took in the head, and all that follows is the holder's name.
        if titleTakesHead, nested.isEmpty, capitalizedRun.first == afterHead, (2...4).contains(capitalizedRun.count),
            capitalizedRun.last.map({ $0 + 1 }) == cursor, startsPerson(at: afterHead)
        {
            return shortForm(index, afterHead)
        }
        // "Chủ tịch Viện Akihiko Tanaka": a foreign name closing a Vietnamese name after a title is its holder; the
        // head alone then stands for the article's one body of that kind.
        if afterTitle, nested.isEmpty, let split = foreignHolderTail(capitalizedRun, bodyStart: afterHead, end: cursor),
            split == afterHead
        {
            // Only when the article named such a body before with other words ("Giám đốc Công ty Samsung Electronics"
            // is a company's name).
            let head = Array(keys[index..<afterHead])
            let namedBefore = (0..<index).contains { start in
                start + head.count < index && document.tokens[start].isCapitalized
                    && Array(keys[start..<start + head.count]) == head && keys[start + head.count] != keys[afterHead]
                    && !document.startsSentence[start + head.count] && document.tokens[start + head.count].kind == .word
            }
            if namedBefore { return shortForm(index, afterHead) }
            return make(index, cursor, rule: "body")
        }
        if afterTitle, nested.isEmpty, !holderAfterAcademicTitle,
            let split = personTail(capitalizedRun, bodyStart: afterHead)
                ?? foreignHolderTail(capitalizedRun, bodyStart: afterHead, end: cursor),
            // "Giám đốc Cty TNHH một thành viên Lê Quang Lộc": right after a legal form is the company's own name.
            !followsLegalForm(split)
        {
            cursor = split
            while cursor > afterHead, keys[cursor - 1] == "và" || keys[cursor - 1] == "," { cursor -= 1 }
        }
        // "Tổng Thanh tra Phan Văn Sáu": the only modifier is the holder's name; the head alone is a short form — but not
        // a name of two words the article writes after the same head again ("Giám đốc Bệnh viện Bạch Mai cho biết"
        // where "Bệnh viện Bạch Mai cơ sở 1" is named too).
        if afterTitle, nested.isEmpty, !holderAfterAcademicTitle, capitalizedRun.first == afterHead, capitalizedRun.count >= 2,
            capitalizedRun.count <= 4,
            capitalizedRun.last.map({ $0 + 1 }) == cursor, startsPerson(at: afterHead),
            capitalizedRun.count > 2 || !namedElsewhere(index, cursor)
        {
            return shortForm(index, afterHead)
        }
        if cursor == afterHead { return nil }
        // The words after the parenthesis turned out to be no part of the name: it ends before the acronym.
        if let open = parenthesizedAcronym, cursor <= open + 3 { cursor = open }
        if nested.isEmpty, complementPlace == nil, servesSeveralTerritories(from: cursor) { return nil }
        var parsed = make(index, cursor, rule: "body")
        if let open = parenthesizedAcronym, cursor > open + 3 {
            // "Ban Quản lý Hoàng thành Thăng Long", also "BQL Hoàng thành Thăng Long".
            let rest = expand(open + 3, cursor).trimmingSpaces()
            let before = parsed.canonicalName.hasPrefix(expand(index, open).trimmingSpaces())
                ? expand(index, open).trimmingSpaces() : nil
            if let before {
                let full = parsed.canonicalName
                parsed.canonicalName = before + " " + rest
                parsed.aliases.append(full)
                parsed.aliases.append(tokens[open + 1].text + " " + rest)
            }
        }
        // "HĐQT Cen Group", "Ban kiểm soát Vietbank": a company's board named with the company's own name, which no head
        // opens, names the company too.
        // This runs at the end of every parse: the first word first.
        if nested.isEmpty, Self.companyBoardFirstWords.contains(keys[index]), (1...4).contains(cursor - afterHead),
            Self.companyBoardHeads.contains(keys[index..<afterHead].joined(separator: " ")),
            // A brand's own name, with a word that is no Vietnamese syllable ("Cen Group"), not "HĐQT Một …"; an acronym
            // ("HĐQT PVOIL") is mostly the short name of a company the article names in full, which the board's own
            // rules link it to.
            (afterHead..<cursor).allSatisfy({ position in
                tokens[position].kind == .word && tokens[position].isCapitalized && !tokens[position].isAllCaps
                    && lexicon.abbreviations[tokens[position].text] == nil && lexicon.heads.longestMatch(in: keys, at: position) == nil
            }),
            (afterHead..<cursor).contains(where: { !VietnameseSyllable.isVietnamese(tokens[$0].text) }),
            lexicon.places.longestMatch(in: keys, at: afterHead)?.length != cursor - afterHead
        {
            nested = [make(afterHead, cursor, rule: "board-owner")]
        }
        parsed.nested = nested
        if nested.isEmpty {
            // "Sở Nội vụ Hà Nội", "Công an Hà Nội": a territory's body named with the bare province lies in it; a school
            // or a company named after its province need not ("Trường Cao đẳng Kinh tế - Kỹ thuật Quảng Nam").
            let territorysBody = headClass == .territorial || keys[index] == "sở"
            parsed.place = complementPlace ?? (territorysBody ? provinceEnding(at: cursor, after: afterHead) : nil)
        }
        if let bareUnitAlias, nested.isEmpty { parsed.aliases.append(bareUnitAlias) }
        if let acronymAlias { parsed.aliases.append(acronymAlias) }
        // "Ủy ban Văn hóa xã hội của Quốc hội" is the "Ủy ban Văn hóa xã hội" of the next sentence.
        if let ownerJoin, ownerJoin > afterHead { parsed.aliases.append(expand(index, ownerJoin).trimmingSpaces()) }
        // "Ban Tổ chức Tỉnh ủy": the owner is a short form, so the whole name is one too.
        if let owner = nested.first, owner.isShortForm, owner.end == cursor { parsed.isShortForm = true }
        return parsed
    }

    /// The name from `start` to the parenthesis at `open` taken on over the acronym it holds (closed at `close`) to what
    /// follows up to `end` ("Kho bạc Nhà nước (KBNN) tỉnh Phú Yên"), named with `canonicalTail` after it; the text with
    /// the acronym and the acronym with what follows are aliases.
    private func nameOverAcronym(_ start: Int, open: Int, close: Int, end: Int, canonicalTail: String) -> ParsedOrganization {
        var parsed = make(start, open, rule: "body")
        let acronym = text(open + 1, close)
        let tail = text(close + 1, end)
        parsed.aliases.append(parsed.canonicalName + " (" + acronym + ") " + tail)
        parsed.aliases.append(acronym + " " + tail)
        parsed.canonicalName += " " + canonicalTail
        parsed.end = end
        return parsed
    }

    /// Whether the words from token `start` to `end` (a head and a name) stand elsewhere in the article, in any case: a
    /// body's name is written again ("từ Bệnh viện Bạch Mai cơ sở 1", "ông A - Giám đốc bệnh viện Bạch Mai"), a
    /// holder of two syllables after the same head rarely is.
    func namedElsewhere(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        var position = 0
        while position + length <= keys.count {
            if position != start, keys[position] == keys[start], keys[position..<(position + length)].elementsEqual(keys[start..<end]) {
                return true
            }
            position += 1
        }
        return false
    }

    /// The heads of a company's boards: its board of directors or members, its supervisory board, its management.
    static let companyBoardHeads: Set<String> = chainUnitHeads.subtracting(["đảng ủy"])
        .union(["ban kiểm soát", "ban giám đốc", "ban tổng giám đốc", "ban điều hành"])
    /// The first words of ``companyBoardHeads``.
    static let companyBoardFirstWords = Set(companyBoardHeads.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// The token after one or two acronyms that follow the dash at `dash` with a space ("- COPAC", "- COPAC REAL") and
    /// end the clause of the name (punctuation, a lower-case word, the sentence's end), or nil.
    private func acronymAfterDash(at dash: Int) -> Int? {
        let tokens = document.tokens
        var end = dash + 1
        guard end < tokens.count, tokens[dash].span.end < tokens[end].span.start, !document.startsSentence[end],
            // "Trường ĐH Tôn Đức Thắng - TPHCM", "Bệnh viện Chợ Rẫy - TP.HCM": a place after the dash says where the
            // body is; it is no other name of it.
            placeEnd(at: end) == nil, unitWordEnd(at: end) == nil
        else { return nil }
        while end < tokens.count, end - dash <= 2, tokens[end].kind == .word, tokens[end].isAllCaps, tokens[end].text.count >= 2,
            end == dash + 1 || tokens[end - 1].span.end < tokens[end].span.start
        {
            end += 1
        }
        guard end > dash + 1 else { return nil }
        return closesClause(at: end) ? end : nil
    }

    /// Whether the clause of a name ends at `index`: the text or a sentence ends, or punctuation or a lower-case word
    /// comes ("- COPAC làm chủ đầu tư", "- TP.HCM,").
    private func closesClause(at index: Int) -> Bool {
        let tokens = document.tokens
        return index >= tokens.count || document.startsSentence[index] || tokens[index].kind == .punctuation
            || (tokens[index].kind == .word && !tokens[index].isCapitalized)
    }

    /// The token after capital initials glued with full stops from `index` ("N.P.T", "A.C.B"; at least two letters,
    /// each one capital), or nil.
    private func dottedInitialsEnd(at index: Int) -> Int? {
        let tokens = document.tokens
        var end = index
        while end < tokens.count, tokens[end].text.count == 1, tokens[end].isCapitalized,
            tokens[end].kind == .word, end == index || tokens[end].span.start == tokens[end - 1].span.end
        {
            end += 1
            guard end + 1 < tokens.count, keys[end] == ".", tokens[end].span.start == tokens[end - 1].span.end,
                tokens[end + 1].span.start == tokens[end].span.end
            else { break }
            end += 1
        }
        return end - index >= 3 && keys[end - 1] != "." ? end : nil
    }

    /// Whether the words from `start` up to `end` are name compounds, each written with its first syllable
    /// capitalized: "Phát thanh Truyền hình", "Cạnh tranh".
    private func titleCaseCompounds(from start: Int, to end: Int) -> Bool {
        guard end > start, (end - start) % 2 == 0 else { return false }
        let tokens = document.tokens
        return stride(from: start, to: end, by: 2).allSatisfy { (first: Int) -> Bool in
            let opening = tokens[first], closing = tokens[first + 1]
            guard opening.kind == .word, opening.isCapitalized, closing.kind == .word, !closing.isCapitalized else { return false }
            return lexicon.nameCompounds.contains(keys[first] + " " + keys[first + 1])
        }
    }

    /// The token after a list of a name's fields in lower case that opens with the comma at `comma` and closes with "và":
    /// ", quốc tịch và chứng thực", ", truyền hình và thông tin điện tử". Each field is a run of the lexicon's name
    /// compounds that are no verbs; nil when the list is not that.
    func fieldListEnd(at comma: Int) -> Int? {
        var cursor = comma
        var joinedByAnd = false
        while !joinedByAnd, cursor + 1 < keys.count, keys[cursor] == "," || keys[cursor] == "và" {
            joinedByAnd = keys[cursor] == "và"
            let end = lowercaseCompoundsEnd(from: cursor + 1)
            guard end > cursor + 1 else { return nil }
            cursor = end
        }
        return joinedByAnd ? cursor : nil
    }

    /// The token after a run of the lexicon's name compounds in lower case that are no verbs ("quốc tịch", "tài chính đối
    /// ngoại") from `start`, within the sentence; `start` when none begins there.
    func lowercaseCompoundsEnd(from start: Int) -> Int {
        var end = start
        while end + 1 < keys.count, !document.startsSentence[end], !document.startsSentence[end + 1],
            document.tokens[end].kind == .word, !document.tokens[end].isCapitalized, !document.tokens[end + 1].isCapitalized,
            lexicon.nameCompounds.contains(keys[end] + " " + keys[end + 1]),
            !lexicon.verbalCompounds.contains(keys[end] + " " + keys[end + 1])
        {
            end += 2
        }
        return end
    }

    /// The token after "bệnh" and a disease's name written after "dịch" ("dịch bệnh Covid-19", "dịch COVID-19") from
    /// `index`, or `index`.
    func epidemicEnd(after index: Int) -> Int {
        var cursor = index
        if cursor < keys.count, keys[cursor] == "bệnh", !document.startsSentence[cursor] { cursor += 1 }
        // "Covid-19" is three tokens: a word, a dash and a number.
        if cursor + 2 < keys.count, keys[cursor] == "covid", keys[cursor + 1] == "-", keys[cursor + 2] == "19" { cursor += 3 }
        return cursor
    }

    /// Where a lower-case complement that starts at `index` ends, or nil when there is none.
    ///
    /// The complement is a run of name compounds ("phụ nữ", "cán bộ", "khí tượng thủy văn"), joined by "và"
    /// or the fixed "phòng, chống". It is not taken after a known body's complete name ("Bộ Tài chính quản
    /// lý …"), and a verbal compound ("tổ chức", "kiểm tra") at its end is left to the sentence unless a place
    /// follows it ("Trung tâm Xúc tiến đầu tư tỉnh X"). After the "và" that joins a second task to the name
    /// (`afterConjunction`), a verbal compound may take its object's words too ("… và bảo vệ người tiêu dùng,").
    func complementEnd(at index: Int, nameStart: Int, afterHead: Int, afterConjunction: Bool = false) -> Int? {
        if let known = lexicon.organizations.longestMatch(in: keys, at: nameStart), nameStart + known.length == index {
            return nil
        }
        if index == afterHead, let end = steeringRemitEnd(nameStart: nameStart, at: index) { return end }
        var cursor = index
        var compoundEnds: [(end: Int, verbal: Bool)] = []
        var exam = false  // the complement opens with the exam a steering committee runs, a name of its own
        while cursor + 1 < keys.count, !document.startsSentence[cursor], !document.startsSentence[cursor + 1] {
            // "phòng, chống" always has its object after it: the next compound decides where the name ends.
            if keys[cursor] == "phòng", keys[cursor + 1] == ",", cursor + 2 < keys.count, keys[cursor + 2] == "chống" {
                cursor += 3
                continue
            }
            // "phòng, chống dịch (bệnh) Covid-19": the epidemic the committee fights, one syllable and the disease's name.
            if keys[cursor] == "dịch", cursor > 0, keys[cursor - 1] == "chống" {
                cursor = epidemicEnd(after: cursor + 1)
                compoundEnds.append((cursor, false))
                continue
            }
            // A verbal compound joins only another: "quản lý và điều hành giao thông", not "Sở Y tế và kiểm tra".
            if keys[cursor] == "và", let last = compoundEnds.last, cursor + 2 < keys.count,
                !document.tokens[cursor + 1].isCapitalized,
                lexicon.nameCompounds.contains(keys[cursor + 1] + " " + keys[cursor + 2]),
                !lexicon.verbalCompounds.contains(keys[cursor + 1] + " " + keys[cursor + 2]) || last.verbal || exam
            {
                cursor += 1
                continue
            }
            // "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam": the two sizes are one term of the name.
            if cursor + 2 < keys.count, VietnameseLexicon.joinsSizePair(keys, at: cursor + 1),
                !document.tokens[cursor].isCapitalized, !document.tokens[cursor + 2].isCapitalized
            {
                cursor += 3
                compoundEnds.append((cursor, false))
                continue
            }
            // "Ban chỉ đạo thi THPT quốc gia 2017", "Ban Chỉ đạo thi và tuyển sinh": the exam a steering committee runs.
            if keys[cursor] == "thi", cursor == index, cursor >= 2, keys[cursor - 2] == "chỉ", keys[cursor - 1] == "đạo" {
                cursor += 1
                compoundEnds.append((cursor, false))
                exam = true
                continue
            }
            let token = document.tokens[cursor]
            guard token.kind == .word, !token.isCapitalized, !document.tokens[cursor + 1].isCapitalized else { break }
            // "người tiêu dùng", "người cao tuổi": "người" before a compound names a kind of people.
            if keys[cursor] == "người", cursor + 2 < keys.count, !document.startsSentence[cursor + 2],
                !document.tokens[cursor + 2].isCapitalized,
                lexicon.nameCompounds.contains(keys[cursor + 1] + " " + keys[cursor + 2]),
                !lexicon.verbalCompounds.contains(keys[cursor + 1] + " " + keys[cursor + 2])
            {
                cursor += 3
                compoundEnds.append((cursor, false))
                continue
            }
            let pair = keys[cursor] + " " + keys[cursor + 1]
            guard lexicon.nameCompounds.contains(pair) else { break }
            // "Sở Tư pháp chỉ đạo cơ quan …": a verb of the clause list right after the name's own words is the sentence's
            // verb, though bodies are named after it too ("Ban Chỉ đạo").
            if cursor == index, index > afterHead, lexicon.isClauseVerb(keys[cursor], keys[cursor + 1]),
                lexicon.heads.longestMatch(in: keys, at: index - 1) == nil  // "Văn phòng Ban chỉ đạo quốc gia …"
            {
                break
            }
            // "Công ty Địa ốc Đất Lành đánh giá Bình Dương …": a verbal compound between a capitalized name and a
            // capitalized word is the sentence's verb and its object.
            if lexicon.verbalCompounds.contains(pair), cursor > 0, document.tokens[cursor - 1].isCapitalized,
                cursor + 2 < keys.count, document.tokens[cursor + 2].isCapitalized
            {
                break
            }
            // "Đồn Biên phòng Bu Cháp quản lý.", "Hội Nhà văn Hà Nội tổ chức …": a verbal compound right after the
            // name's own proper name (two capitalized syllables after the head) is the sentence's verb.
            if lexicon.verbalCompounds.contains(pair), cursor - 2 >= afterHead, document.tokens[cursor - 1].isCapitalized,
                document.tokens[cursor - 2].isCapitalized, document.tokens[cursor - 2].kind == .word
            {
                break
            }
            cursor += 2
            compoundEnds.append((cursor, lexicon.verbalCompounds.contains(pair)))
        }
        // A place, or the known body that owns this one ("Tổng cục cảnh sát Bộ Công an"), closes the complement; a
        // delegation is not owned by the body it comes from ("Đoàn đại biểu Chính phủ Lào" is the government's visit).
        let ownerMayFollow = keys[nameStart] != "đoàn"
        let placeFollows = { (end: Int) in
            self.placeEnd(at: end) != nil || self.unitWordEnd(at: end) != nil
                || (ownerMayFollow && end < self.keys.count && self.document.tokens[end].isCapitalized && !self.document.startsSentence[end]
                    && (self.lexicon.organizations.longestMatch(in: self.keys, at: end) != nil || self.abbreviatedOwner(at: end)))
        }
        // "Vụ Công nghiệp nhẹ,", "Phòng Thu hồi đất)": a few more lower-case words the compounds do not know, when
        // nothing in them carries the sentence on and the clause ends right after them.
        // Not after a verbal compound, which carries the sentence on ("Hội Nhà văn Hà Nội tổ chức chậm trễ.").
        // "Công ty cổ phần Tư vấn xây dựng điện 1;": a tail closed by the body's number names it after a verbal compound too.
        if index > afterHead, let tail = openTail(from: cursor, placeFollows: placeFollows),
            compoundEnds.last?.verbal != true || (afterConjunction && compoundEnds.count == 1)
                || document.tokens[tail - 1].kind == .number
        {
            compoundEnds.append((tail, false))
        }
        // Right after the head, a lower-case phrase names a body only with its territory ("Hội nông dân tỉnh
        // X"); otherwise it is a kind of body ("Bệnh viện dã chiến") or the sentence's verb ("Ban tổ chức đã").
        // A verb opens it only with more of the name after it: "Viện nghiên cứu chính sách Nhật Bản".
        // "Ban Quản lý dự án thủy điện 1": the body's number closes it as a territory does.
        if index == afterHead {
            guard let first = compoundEnds.first, !first.verbal || compoundEnds.count > 1, let last = compoundEnds.last,
                placeFollows(last.end) || numberInName(at: last.end, afterHead: afterHead) != nil
                    // "thi THPT quốc gia": the exam's own name follows.
                    || (exam && last.end < keys.count && document.tokens[last.end].isCapitalized && !document.startsSentence[last.end]
                        && !startsPerson(at: last.end))
            else { return nil }
            return last.end
        }
        // A verbal compound ends the name only where the clause ends too ("Ban Thi đua khen thưởng, …").
        // "Trưởng ban Thi đua khen thưởng và Trưởng ban Tôn giáo": "và" before another post, person or body ends it too.
        let clauseEnds = { (end: Int) in
            end >= self.keys.count || self.document.startsSentence[end] || self.document.tokens[end].kind == .punctuation
                || self.joinsNextItem(at: end)
        }
        while let last = compoundEnds.last, last.verbal, !placeFollows(last.end), !clauseEnds(last.end) {
            compoundEnds.removeLast()
        }
        return compoundEnds.last?.end
    }

    /// Whether a head and an abbreviation of the lexicon written over glued tokens start at `index` ("Sở TN&MT", "Bộ
    /// GD&ĐT"): an owner that closes a body's lower-case complement as a known body's full name does ("Trung tâm quan
    /// trắc môi trường Sở TN&MT").
    func abbreviatedOwner(at index: Int) -> Bool {
        guard let head = lexicon.heads.longestMatch(in: keys, at: index) else { return false }
        return gluedAbbreviation(at: index + head.length) != nil
    }

    /// Whether "và" at `index` joins the name before it to another item of the sentence: a person ("Công ty Trục vớt
    /// luồng hạ lưu và Trần Anh Thuận"), another body ("… và Bộ Y tế") or another post ("… và Trưởng ban Tôn giáo").
    func joinsNextItem(at index: Int) -> Bool {
        guard index + 1 < keys.count, keys[index] == "và", document.tokens[index + 1].isCapitalized,
            !document.startsSentence[index + 1]
        else { return false }
        return startsPerson(at: index + 1) || lexicon.heads.longestMatch(in: keys, at: index + 1) != nil
            || lexicon.titles.longestMatch(in: keys, at: index + 1) != nil
    }

    /// The end of up to three lower-case words at `start` that close a name: none of them a function word, a verb
    /// that carries a sentence on, a head or a title, and the clause (or a place) right after them.
    private func openTail(from start: Int, placeFollows: (Int) -> Bool) -> Int? {
        // After a lower-case word of the name only: after a capitalized run the words may be a holder's name and
        // the verb of the sentence ("Bộ Tài chính Trần Hiếu nêu").
        guard start > 0, document.tokens[start - 1].kind == .word, !document.tokens[start - 1].isCapitalized else { return nil }
        var end = start
        var openWords = 0
        while end < keys.count, openWords < 3, !document.startsSentence[end] {
            // "Cục Quản lý nợ và Tài chính đối ngoại": "và" after an open word joins the name's compounds after it.
            if keys[end] == "và", end > start, end + 2 < keys.count, !document.startsSentence[end + 1],
                lexicon.nameCompounds.contains(keys[end + 1] + " " + keys[end + 2]),
                !lexicon.verbalCompounds.contains(keys[end + 1] + " " + keys[end + 2])
            {
                end = lowercaseCompoundsEnd(from: end + 3)
                break
            }
            guard isOpenNameWord(at: end, from: start),
                // A head word opens another body, unless the clause ends with it ("Công ty TNHH Phát triển công viên trung
                // tâm (…)": "trung tâm" is "central" there).
                lexicon.heads.longestMatch(in: keys, at: end).map({ head in
                    let after = end + head.length
                    return after >= keys.count || document.startsSentence[after] || [",", ".", ";", "(", ")"].contains(keys[after])
                }) ?? true,
                lexicon.titles.longestMatch(in: keys, at: end) == nil,
                // "… và nhân văn thành phố Hồ Chí Minh": a unit word and a place are the name's territory.
                unitWordEnd(at: end) == nil || placeEnd(at: end) == nil
            else { break }
            end += 1
            openWords += 1
        }
        // "Ban Quản lý dự án thủy điện 1;", "Công ty cổ phần Tư vấn xây dựng điện 2;": the body's number closes the tail.
        if end < keys.count, let numberEnd = numberInName(at: end, afterHead: start) { end = numberEnd }
        guard end > start else { return nil }
        // A parenthesis ("Ban Quản lý Dự án Y tế trọng điểm (Bộ Y tế)") or a dash before a capitalized apposition
        // ("Khoa Hồi sức tích cực - Bệnh viện Đa khoa tỉnh X") closes the name as a comma does.
        let apposition = end + 1 < keys.count && ["(", "-", "–"].contains(keys[end])
            && document.tokens[end + 1].isCapitalized && !document.startsSentence[end + 1]
            && document.tokens[end - 1].span.end < document.tokens[end].span.start
        let closes = end >= keys.count || document.startsSentence[end]
            || [",", ".", ";", ")", ":", "”", "\""].contains(keys[end]) || placeFollows(end) || apposition
            || joinsNextItem(at: end)
        return closes ? end : nil
    }

    /// Whether the token at `index` of a lower-case run that starts at `start` may be a word of a name: a lower-case
    /// Vietnamese syllable, no function word, and no verb that carries the sentence on, alone or with its neighbour in
    /// the run ("Vụ Công nghiệp nhẹ", but not "Bộ Tài chính quản lý …").
    func isOpenNameWord(at index: Int, from start: Int) -> Bool {
        let token = document.tokens[index]
        if digitalAfterCompound(at: index) { return true }
        return token.kind == .word && !token.isCapitalized && VietnameseSyllable.isVietnamese(token.text)
            && !lexicon.wordBoundaries.contains(keys[index]) && !lexicon.clauseVerbs.contains(keys[index])
            && !(index + 1 < keys.count && lexicon.isClauseVerb(keys[index], keys[index + 1]))
            && !(index > start && lexicon.isClauseVerb(keys[index - 1], keys[index]))
    }

    /// "Hội Truyền thông số Việt Nam", "Trung tâm Chuyển đổi số Quốc gia": "số" (digital) after a compound of the
    /// name and before a capitalized word is a word of the name, not the "số" that introduces a number.
    private func digitalAfterCompound(at index: Int) -> Bool {
        guard keys[index] == "số", index >= 2, index + 1 < keys.count, !document.tokens[index].isCapitalized,
            document.tokens[index + 1].kind == .word, document.tokens[index + 1].isCapitalized,
            !document.startsSentence[index + 1]
        else { return false }
        return lexicon.nameCompounds.contains(keys[index - 2] + " " + keys[index - 1])
    }

    /// The token after the lower-case syllable that completes the capitalized word at `index` ("Phòng vệ",
    /// "Tin học", "Bóng đèn"), or nil when the next token is no such syllable: a function word, a verb that
    /// commonly follows a name, a known compound's start, or not a Vietnamese syllable.
    private func secondSyllableEnd(at index: Int, opensName: Bool) -> Int? {
        let next = index + 1
        let token = document.tokens[next]
        guard token.kind == .word, !token.isCapitalized, !document.startsSentence[next],
            document.tokens[index].span.end < token.span.start,
            !lexicon.nameCompounds.contains(keys[index] + " " + keys[next]),  // the compound rules take those
            !lexicon.wordBoundaries.contains(keys[next]),
            // "Đại học Mở tập trung đào tạo": the syllable opens a verb of the clause ("tập trung"), not the word.
            !(next + 1 < keys.count && lexicon.isClauseVerb(keys[next], keys[next + 1])),
            // A place is a whole word already: "… Cách mạng Lào cử đoàn", "Đại học Huế giữ vai trò", "Trường Đại học Vinh
            // nhiệm kỳ …".
            lexicon.places.longestMatch(in: keys, at: index) == nil,
            // A head word right after the name's own head is a word of the name: "Cục Phòng vệ thương mại".
            lexicon.heads.longestMatch(in: keys, at: index).map({ opensName && $0.length == 1 }) ?? true,
            VietnameseSyllable.isVietnamese(token.text), VietnameseSyllable.isVietnamese(document.tokens[index].text),
            // "văn" of "Nhân văn" before "Nghệ An" opens no compound "văn nghệ": a capital starts another word.
            !(next + 1 < keys.count && !document.tokens[next + 1].isCapitalized
                && lexicon.nameCompounds.contains(keys[next] + " " + keys[next + 1])),
            // "Trung tâm … Nghiệp vụ Sư phạm Phó trưởng phòng Đào tạo": past the name's first word, a title written on
            // without a comma opens the next post ("Ban Giám hiệu", "Văn phòng Chủ tịch nước" open their names with it).
            opensName || !startsTitle(at: index),
            opensName || !VietnameseLexicon.startsAward(keys, at: index)
        else { return nil }
        return next + 1
    }

    /// Whether `token` is a number of one to four digits, as bodies are numbered: "Bệnh viện 108", "Tổng công ty
    /// Phát điện 1, 2, 3".
    static func isNumberOfBody(_ token: Token) -> Bool {
        token.kind == .number && (1...4).contains(token.text.count) && token.text.allSatisfy(\.isNumber)
    }

    /// The token after a number that is part of a name ("Bệnh viện 108", "Trường THCS số 2"), or nil.
    private func numberInName(at index: Int, afterHead: Int) -> Int? {
        guard index < keys.count else { return nil }
        var cursor = index
        if keys[cursor] == "số", cursor + 1 < keys.count { cursor += 1 }
        guard cursor < keys.count, Self.isNumberOfBody(document.tokens[cursor]), !document.startsSentence[cursor]
        else { return nil }
        let end = cursor + 1
        // "Tập đoàn X 5 năm qua": a count of something, not a name — but a capitalized known body after the number is
        // the owner ("Bệnh viện 175 Bộ Quốc phòng"), not "175 bộ" (sets).
        if end < keys.count, Self.measureWords.contains(keys[end]),
            !(document.tokens[end].isCapitalized && lexicon.organizations.longestMatch(in: keys, at: end) != nil)
        {
            return nil
        }
        // "… điện 2." closing the sentence is the name's number.
        if end < keys.count, [".", "/", "-", ":", "%"].contains(keys[end]),
            document.tokens[cursor].span.end == document.tokens[end].span.start,
            keys[end] != "." || (end + 1 < keys.count && !document.startsSentence[end + 1])
        {
            return nil
        }
        return end
    }

    /// Whether the comma at `comma` separates items of an enumeration that "và" closes within the name.
    private func enumerationInsideName(after comma: Int) -> Bool {
        var cursor = comma + 1
        guard cursor < keys.count, document.tokens[cursor].isCapitalized,
            lexicon.heads.longestMatch(in: keys, at: cursor) == nil
        else { return false }
        while cursor < keys.count, cursor - comma <= 5 {
            if keys[cursor] == "," || document.startsSentence[cursor] { return false }
            if keys[cursor] == "và" {
                return cursor + 1 < keys.count && document.tokens[cursor + 1].isCapitalized
                    && lexicon.heads.longestMatch(in: keys, at: cursor + 1) == nil
            }
            cursor += 1
        }
        return false
    }

    /// A territorial, sub-body or known organization starting at `index`, used inside a longer name.
    private func nestedBody(at index: Int) -> ParsedOrganization? {
        if let known = lexicon.organizations.longestMatch(in: keys, at: index), capitalizedStart(index, known.length) {
            return parse(at: index, allowSubHeadAfterTitle: true)
        }
        guard let head = lexicon.heads.longestMatch(in: keys, at: index), head.payload == .territorial
            || head.payload == .sub || head.payload == .standalone
        else { return nil }
        return parse(at: index, allowSubHeadAfterTitle: true)
    }

    /// The token after a place (with or without its unit word) that starts at `index`.
    func placeEnd(at index: Int, allowBareDistrict: Bool = false) -> Int? {
        guard index < keys.count, !document.startsSentence[index] else { return nil }
        // "TP.HCM", "TPHCM": the city's short forms hold their unit word; skipping it would leave "HCM".
        if let city = cityShortForm(at: index) { return index + city }
        var cursor = index
        for unit in Self.unitWords where cursor < keys.count && keys[cursor] == unit[0]
            && cursor + unit.count <= keys.count && keys[cursor..<cursor + unit.count].elementsEqual(unit)
        {
            cursor += unit.count
            if unit == ["tp"], cursor < keys.count, keys[cursor] == "." { cursor += 1 }
            break
        }
        // "UBND Q.1", "P.Phạm Ngũ Lão": a unit word abbreviated in an address.
        if cursor == index, let abbreviated = lexicon.abbreviatedUnitEnd(in: document, at: index) { cursor = abbreviated }
        // "quận 9", "phường 12": urban units named by a number.
        if cursor > index, cursor < keys.count, document.tokens[cursor].kind == .number, keys[cursor].count <= 2,
            keys[cursor].allSatisfy(\.isNumber), ["quận", "phường", "q", "p"].contains(keys[index])
        {
            return cursor + 1
        }
        guard cursor < keys.count, document.tokens[cursor].isCapitalized, !document.startsSentence[cursor] else { return nil }
        if abbreviatedPlace(at: cursor) != nil { return cursor + 1 }
        if let place = lexicon.places.longestMatch(in: keys, at: cursor) {
            // District names need their unit word; a province may stand alone.
            if place.payload.kind == "district" && cursor == index && !allowBareDistrict { return nil }
            // "phường Mỹ An", "xã Mỹ Hòa": after a unit word no country can follow, so a country's name that opens a longer
            // place's name ("Mỹ") is only its first word.
            if place.payload.kind == "country", cursor > index,
                let end = lexicon.unknownPlaceEnd(in: document, at: cursor, address: false), end > cursor + place.length
            {
                return end
            }
            return cursor + place.length
        }
        // An unknown place after an explicit unit word, but not a person's name ("Chủ tịch HĐND thành phố Nguyễn
        // Ngọc Tuấn").
        guard cursor > index else { return nil }
        return lexicon.unknownPlaceEnd(in: document, at: cursor, address: lexicon.abbreviatedUnitEnd(in: document, at: index) != nil)
    }

    /// The province that the token at `index` names as the lexicon's abbreviation of its name ("HN" in "Thành ủy HN"),
    /// or nil.
    func abbreviatedPlace(at index: Int) -> PlaceEntry? {
        guard let expansion = lexicon.abbreviations[document.tokens[index].text] else { return nil }
        let words = TokenKeys.split(expansion)
        guard let place = lexicon.places.longestMatch(in: words, at: 0), place.length == words.count,
            place.payload.kind == "province"
        else { return nil }
        return place.payload
    }

    /// "Các Bộ: Kế hoạch và Đầu tư, Xây dựng, Tài chính": one head word shared by a list of names.
    /// Returns the bodies and the token after the list, or nil when `index` does not start such a list.
    func distributiveList(at index: Int) -> (bodies: [ParsedOrganization], end: Int)? {
        // "các Sở: …", or a count with a colon: "khảo sát tại 6 Sở: Giáo dục và Đào tạo, Y tế, …"; "các học viện: Hậu
        // cần, Hải quân", "các trường sĩ quan: Lục quân 1, Chính trị": a head of schools in lower case before a colon.
        guard index + 3 < keys.count,
            keys[index] == "các" || document.tokens[index].text.allSatisfy(\.isNumber)
        else { return nil }
        let headLength: Int
        var schoolList = false
        if ["bộ", "sở", "ban"].contains(keys[index + 1]), document.tokens[index + 1].isCapitalized,
            keys[index] == "các" || keys[index + 2] == ":"
        {
            headLength = 1
        } else if let schoolHead = Self.listedSchoolHeads.first(where: { words in
            index + 1 + words.count < keys.count && keys[(index + 1)..<(index + 1 + words.count)].elementsEqual(words)
                && keys[index + 1 + words.count] == ":"
        }) {
            headLength = schoolHead.count
            schoolList = true
        } else {
            return nil
        }
        let written = text(index + 1, index + 1 + headLength)
        let head = written.prefix(1).uppercased() + written.dropFirst()
        var cursor = index + 1 + headLength
        if keys[cursor] == ":" { cursor += 1 }
        var bodies: [ParsedOrganization] = []
        while cursor < keys.count, document.tokens[cursor].kind == .word, document.tokens[cursor].isCapitalized,
            !document.startsSentence[cursor]
        {
            // A known body ("Bộ" + "Kế hoạch và Đầu tư") tells where a name with "và" in it ends.
            var end: Int
            var canonical: String
            if let known = knownBody(headedBy: Array(keys[(index + 1)..<(index + 1 + headLength)]), namedAt: cursor) {
                (end, canonical) = known
            } else {
                // "các Bộ Công Thương, Giao thông Vận tải, Chủ nhiệm Ủy ban Dân tộc": a title or another body's head
                // ends the list.
                // A school's own name may open with a head's word ("các trường sĩ quan: Phòng hóa, Thông tin").
                if lexicon.titles.longestMatch(in: keys, at: cursor) != nil || ["phó", "quyền"].contains(keys[cursor])
                    || (!schoolList && lexicon.heads.longestMatch(in: keys, at: cursor) != nil)
                {
                    break
                }
                end = cursor
                while end < keys.count, keys[end] != ",", keys[end] != "và", keys[end] != ";", keys[end] != ".",
                    end - cursor < 6, !document.startsSentence[end] || end == cursor
                {
                    // "Lục quân 1", "PK-KQ": a number or a glued dash inside an item.
                    let glued = keys[end] == "-" && end > cursor && end + 2 - cursor <= 6 && end + 1 < keys.count
                        && document.tokens[end].span.start == document.tokens[end - 1].span.end
                        && document.tokens[end + 1].span.start == document.tokens[end].span.end && document.tokens[end + 1].kind == .word
                    guard document.tokens[end].kind == .word || (document.tokens[end].kind == .number && end > cursor) || glued else { break }
                    end += glued ? 2 : 1
                }
                canonical = head + " " + text(cursor, end)
            }
            guard end > cursor else { break }
            bodies.append(ParsedOrganization(
                start: cursor, end: end, canonicalName: canonical, aliases: [text(cursor, end), head + " " + text(cursor, end)],
                isShortForm: false, nested: [], rule: "distributive-list"))
            cursor = end
            guard cursor + 1 < keys.count, keys[cursor] == "," || keys[cursor] == "và" else { break }
            cursor += 1
        }
        return bodies.count >= 2 ? (bodies, cursor) : nil
    }

    /// Ministries listed after one named in full, each without "Bộ": "Bộ trưởng Bộ Tài chính, Xây dựng, Giao thông
    /// vận tải và Công thương". Only known ministries are taken, so that a list of other things stops the run.
    func ministriesContinuing(after end: Int) -> [ParsedOrganization] {
        var bodies: [ParsedOrganization] = []
        var cursor = end
        while cursor + 1 < keys.count, keys[cursor] == "," || keys[cursor] == "và", document.tokens[cursor + 1].isCapitalized,
            !document.startsSentence[cursor + 1], let ministry = knownMinistry(named: cursor + 1)
        {
            bodies.append(ministry)
            cursor = ministry.end
        }
        return bodies
    }

    /// "Các Bộ trưởng cùng tham gia trả lời chất vấn: Tài chính, Xây dựng, GTVT": ministries named without "Bộ"
    /// in a list after the colon that closes a clause about ministers. At least two known ministries, each ending
    /// at a separator, so that a quotation after "Bộ trưởng nói:" is not taken.
    func ministriesAfterMinistersColon(at index: Int) -> [ParsedOrganization] {
        guard keys[index] == ":", index + 1 < keys.count, document.tokens[index + 1].isCapitalized,
            !document.startsSentence[index + 1]
        else { return [] }
        var back = index - 1
        var aboutMinisters = false
        while back > 0, index - back <= 15, keys[back] != ".", !document.startsSentence[back + 1] || back + 1 == index {
            // "Bộ trưởng X cho biết: …": what a minister says is a quotation, not a list of ministries.
            if Self.verbsOfSaying.contains(keys[back]) { return [] }
            if keys[back] == "trưởng", keys[back - 1] == "bộ" {
                aboutMinisters = true
                break
            }
            back -= 1
        }
        guard aboutMinisters, let first = knownMinistry(named: index + 1) else { return [] }
        let rest = ministriesContinuing(after: first.end)
        return rest.isEmpty ? [] : [first] + rest
    }

    /// Words of saying before a colon: what follows is a quotation ("cho biết:", "nói:", "khẳng định:").
    static let verbsOfSaying: Set<String> = ["biết", "nói", "định", "rằng", "mạnh", "nêu", "hỏi", "đáp", "phát", "biểu"]

    /// "bộ KH-ĐT, Tài chính, Công an": a lower-case "bộ" before a known ministry's name.
    func lowercaseMinistry(at index: Int) -> ParsedOrganization? {
        guard index + 1 < keys.count, keys[index] == "bộ", !document.tokens[index].isCapitalized,
            document.tokens[index + 1].isCapitalized, var ministry = knownMinistry(named: index + 1)
        else { return nil }
        ministry.start = index
        ministry.aliases = []
        return ministry
    }

    /// The known ministry whose name without "Bộ" starts at `index` and ends at a list separator or the clause end.
    private func knownMinistry(named index: Int) -> ParsedOrganization? {
        // The name ends at a separator or at a lower-case word, the clause's verb ("phối hợp với Bộ Tài chính, Tư pháp
        // trình Thủ tướng"): not inside a longer, capitalized name, and not before a unit word or a name's compound that
        // carries another name on ("Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh" is the province's police).
        guard let (end, canonical) = knownBody(headed: "bộ", namedAt: index),
            end >= keys.count || [",", "và", ";", ".", ")", ":"].contains(keys[end]) || document.startsSentence[end]
                || (document.tokens[end].kind == .word && !document.tokens[end].isCapitalized
                    && !VietnameseLexicon.unitWords.contains { $0.keys[0] == keys[end] }
                    && !(end + 1 < keys.count && lexicon.nameCompounds.contains(keys[end] + " " + keys[end + 1])))
        else { return nil }
        return ParsedOrganization(
            start: index, end: end, canonicalName: canonical, aliases: [], isShortForm: false, nested: [],
            rule: "ministry-list")
    }

    /// The known body that `head` ("bộ", "sở", "ban") and the words from `index` name, when the text leaves the
    /// head out ("các Bộ: Kế hoạch và Đầu tư, …", "Bộ trưởng Tài chính"): the token after its name, and its name.
    func knownBody(headed head: String, namedAt index: Int) -> (end: Int, canonical: String)? {
        knownBody(headedBy: [head], namedAt: index)
    }

    /// ``knownBody(headed:namedAt:)`` for a head of one word or more ("học viện": "các học viện: Báo chí và Tuyên
    /// truyền, …" names "Học viện Báo chí và Tuyên truyền" of the lexicon).
    func knownBody(headedBy headWords: [String], namedAt index: Int) -> (end: Int, canonical: String)? {
        let head = headWords.joined(separator: " ")
        let window = headWords + keys[index..<min(index + 10, keys.count)]
        if let known = lexicon.organizations.longestMatch(in: window, at: 0), known.length > headWords.count {
            return (index + known.length - headWords.count, known.payload)
        }
        guard headWords.count == 1 else { return nil }
        // A province's department is named after its ministry: "Sở" + "Giáo dục và Đào tạo" is the department of
        // "Bộ Giáo dục và Đào tạo".
        if head == "sở", let end = ministryNameEnd(at: index) { return (end, "Sở " + text(index, end)) }
        // "NN-PTNT", "KH-CN", "TN&MT": the name written as one abbreviation over glued tokens.
        let abbreviation = gluedAbbreviation(at: index) ?? lexicon.abbreviations[document.tokens[index].text].map { ($0, index + 1) }
        guard let (expansion, end) = abbreviation else { return nil }
        let words = [head] + TokenKeys.split(expansion)
        guard let known = lexicon.organizations.longestMatch(in: words, at: 0), known.length == words.count else { return nil }
        return (end, known.payload)
    }

    /// The token after a ministry's name written without "Bộ" at `index` ("Giáo dục và Đào tạo", "Kế hoạch và đầu
    /// tư"), or nil: a province's department is named after its ministry.
    private func ministryNameEnd(at index: Int) -> Int? {
        guard let ministry = lexicon.organizations.longestMatch(in: ["bộ"] + keys[index..<min(index + 10, keys.count)], at: 0),
            ministry.length > 1, ministry.payload.hasPrefix("Bộ ")
        else { return nil }
        return index + ministry.length - 1
    }

    /// The longest abbreviation of the lexicon written over two to five glued tokens from `index` ("TN&MT",
    /// "KH-ĐT", "T.Ư"), ending before `limit`: its expansion and the token after it.
    func gluedAbbreviation(at index: Int, before limit: Int? = nil) -> (expansion: String, end: Int)? {
        let limit = min(limit ?? keys.count, keys.count)
        guard index < limit else { return nil }
        var glued = document.tokens[index].text
        var end = index + 1
        var longest: (expansion: String, end: Int)?
        while end < limit, end - index < 5, document.tokens[end].span.start == document.tokens[end - 1].span.end {
            glued += document.tokens[end].text
            end += 1
            if let expansion = lexicon.abbreviations[glued] { longest = (expansion, end) }
        }
        return longest
    }

    /// A known ministry named without "Bộ" right after "Bộ trưởng"/"Thứ trưởng".
    func ministryAfterMinisterTitle(at index: Int) -> ParsedOrganization? {
        guard index >= 2, keys[index - 1] == "trưởng", keys[index - 2] == "bộ" || keys[index - 2] == "thứ",
            keys[index] != "bộ", document.tokens[index].isCapitalized
        else { return nil }
        if let ministry = countrysMinistryAfterMinisterTitle(at: index) { return ministry }
        guard let (end, canonical) = knownBody(headed: "bộ", namedAt: index) else { return nil }
        return ParsedOrganization(
            start: index, end: end, canonicalName: canonical, aliases: [text(index, end)], isShortForm: false,
            nested: [], rule: "ministry-after-title")
    }

    /// "Bộ trưởng Thương mại Hoa Kỳ Wilbur Ross", "Bộ trưởng Ngoại giao Campuchia": a country's ministry, named by one
    /// to three words of its field (the first capitalized) and the country, is that country's "Bộ Thương mại Hoa Kỳ",
    /// not the Vietnamese ministry of the same field. Vietnam's own ministries keep their names ("Bộ Quốc phòng").
    private func countrysMinistryAfterMinisterTitle(at index: Int) -> ParsedOrganization? {
        var cursor = index
        while cursor < keys.count, cursor - index < 4, document.tokens[cursor].kind == .word, !document.tokens[cursor].isAllCaps,
            cursor == index || !document.startsSentence[cursor] && !lexicon.wordBoundaries.contains(keys[cursor])
                && !lexicon.opensClause(keys, at: cursor)
        {
            let country = cursor > index ? lexicon.places.longestMatch(in: keys, at: cursor) : nil
            // "Bộ trưởng Trần Tuấn Anh", "Bộ trưởng Tài chính Hồ Đức Phớc": the holder's name, not a ministry of a country
            // its syllables name ("Anh", "Đức") — but "Hoa Kỳ" is the country, though "Hoa" is a family name.
            if country.map({ $0.length == 1 }) ?? true, startsPerson(at: cursor) { return nil }
            // A country, not a foreign city: "Bộ trưởng Quốc phòng Lloyd Austin" names no ministry of Austin, Texas.
            if let country, lexicon.isCountry(country.payload), country.payload.name != "Việt Nam" {
                let end = cursor + country.length
                return ParsedOrganization(
                    start: index, end: end, canonicalName: "Bộ " + text(index, end), aliases: [text(index, end)],
                    isShortForm: false, nested: [], rule: "ministry-after-title")
            }
            if cursor > index, lexicon.titles.longestMatch(in: keys, at: cursor) != nil { return nil }
            cursor += 1
        }
        return nil
    }

    /// The words a party's name starts with after "Đảng".
    /// "Đảng Hành động nhân dân Singapore", "Đảng Dân chủ Tự do Nhật Bản": "Đảng", a capitalized word, and a country
    /// within six words of the same clause (words of a name: no function word or verb between).
    private func partyOfCountry(at index: Int) -> Bool {
        guard index + 2 < keys.count, document.tokens[index + 1].isCapitalized, document.tokens[index + 1].kind == .word
        else { return false }
        var cursor = index + 2
        while cursor < keys.count, cursor - index <= 7, !document.startsSentence[cursor], document.tokens[cursor].kind == .word {
            if document.tokens[cursor].isCapitalized, let place = lexicon.places.longestMatch(in: keys, at: cursor),
                place.payload.kind == "country"
            {
                return true
            }
            if lexicon.wordBoundaries.contains(keys[cursor]) || lexicon.clauseVerbs.contains(keys[cursor]) { return false }
            cursor += 1
        }
        return false
    }

    static let partyNameStarts: Set<String> = [
        "cộng sản", "nhân dân", "dân chủ", "cộng hòa", "lao động", "xã hội", "bảo thủ", "tự do", "quốc đại", "cách mạng",
    ]

    /// The territorial committees, with the unit word of the territory each one leads ("Tỉnh ủy X" leads
    /// "tỉnh X"): their place follows them without the unit word.
    static let committeeUnits: [String: String] = [
        "tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "huyện ủy": "huyện", "quận ủy": "quận", "thị ủy": "thị xã",
    ]

    /// "Ban Chấp hành Đảng bộ tỉnh X" is what "Tỉnh ủy X" names: one body, called by its usual name.
    private func committeeName(headStart: Int, afterHead: Int, place: String?) -> String? {
        guard let place, afterHead - headStart == 5,
            Array(keys[headStart..<afterHead]) == ["ban", "chấp", "hành", "đảng", "bộ"]
        else { return nil }
        for (committee, unit) in Self.committeeUnits {
            let unitKeys = unit.split(separator: " ").map(String.init)
            guard afterHead + unitKeys.count <= keys.count, keys[afterHead..<afterHead + unitKeys.count].elementsEqual(unitKeys)
            else { continue }
            return committee.prefix(1).uppercased() + committee.dropFirst() + " " + place
        }
        return nil
    }

    /// The place a phrase names, with or without its unit word, as the key of its words without the unit
    /// word ("tỉnh Bình Định" and "Bình Định" → "bình định"); nil when the phrase is not a place.
    func placeKey(ofPhrase phrase: String) -> String? {
        var words = TokenKeys.split(phrase)
        for unit in Self.unitWords where words.starts(with: unit) {
            words.removeFirst(unit.count)
            if words.first == "." { words.removeFirst() }
            break
        }
        guard let match = lexicon.places.longestMatch(in: words, at: 0), match.length == words.count else { return nil }
        return words.joined(separator: " ")
    }

    /// Whether the two syllables after the province-level unit word at `unitStart` ("tỉnh", "thành phố") and before
    /// `end` name the post's holder rather than a province (``VietnameseLexicon/namesHolderAfterUnit(in:unitStart:nameStart:)``).
    func holdsPostAfterBareProvince(headStart: Int, unitStart: Int, end: Int) -> Bool {
        guard let nameStart = unitWordEnd(at: unitStart), end - nameStart == 2,
            ["tỉnh", "thành phố", "tp"].contains(keys[unitStart..<nameStart].joined(separator: " "))
        else { return false }
        return lexicon.namesHolderAfterUnit(in: document, unitStart: unitStart, nameStart: nameStart)
    }

    /// The token after a unit word ("tỉnh", "thành phố") at `index`, when one is there.
    func unitWordEnd(at index: Int) -> Int? {
        for unit in Self.unitWords where index < keys.count && keys[index] == unit[0]
            && index + unit.count <= keys.count && keys[index..<index + unit.count].elementsEqual(unit)
        {
            return index + unit.count
        }
        return nil
    }

    /// The place's name in tokens `start..<end`, without the unit word, as the place extractor names it.
    func placeName(from start: Int, to end: Int) -> String {
        if let city = cityShortForm(at: start), start + city == end { return VietnameseLexicon.hoChiMinhCity }
        var cursor = start
        for unit in Self.unitWords where cursor + unit.count <= end && Array(keys[cursor..<cursor + unit.count]) == unit {
            cursor += unit.count
            if cursor < end, keys[cursor] == "." { cursor += 1 }
            break
        }
        if cursor == start, let abbreviated = lexicon.abbreviatedUnitEnd(in: document, at: start) { cursor = abbreviated }
        if let place = lexicon.places.longestMatch(in: keys, at: cursor), cursor + place.length == end {
            return VietnameseLexicon.placeName(place.payload.name)
        }
        if cursor + 1 == end, let place = abbreviatedPlace(at: cursor) { return VietnameseLexicon.placeName(place.name) }
        // "quận 9": the number is no name without its unit word.
        if cursor > start, cursor + 1 == end, document.tokens[cursor].kind == .number {
            return (keys[start] == "phường" || keys[start] == "p" ? "Phường " : "Quận ") + keys[cursor]
        }
        return text(cursor, end)
    }

    /// The length of a short form of Thành phố Hồ Chí Minh that starts at `index` ("TP.HCM", "TPHCM",
    /// "TP HCM", "TP. Hồ Chí Minh"), whose unit word is part of the name, if one does.
    func cityShortForm(at index: Int) -> Int? {
        guard index < document.tokens.count, document.tokens[index].isCapitalized, let match = lexicon.places.longestMatch(in: keys, at: index),
            match.payload.name == VietnameseLexicon.hoChiMinhCity
        else { return nil }
        return match.length
    }

    /// Whether a title (optionally "Phó"/"Quyền" + title) ends at the token before `index`.
    func titleEnds(before index: Int) -> Bool {
        // "tân Phó Ban Tuyên giáo …": "Phó" before a body's head is its deputy head.
        if index > 0, keys[index - 1] == "phó" { return true }
        // "Phó trưởng ban Thường trực Ban Tổ chức …": a qualifier may close the title.
        if index > 2, keys[index - 1] == "trực" || keys[index - 1] == "trách",
            keys[index - 2] == "thường" || keys[index - 2] == "phụ"
        {
            return titleEnds(before: index - 2)
        }
        for start in stride(from: index - 1, through: max(0, index - 5), by: -1) {
            for match in lexicon.titles.allMatches(in: keys, at: start) where start + match.length == index {
                return true
            }
        }
        return false
    }

    func startsTitle(at index: Int) -> Bool {
        if keys[index] == "phó" || keys[index] == "quyền" { return lexicon.titles.longestMatch(in: keys, at: index + 1) != nil }
        guard let match = lexicon.titles.longestMatch(in: keys, at: index) else { return false }
        // "Trưởng"/"Chủ tịch" alone inside a capitalized run is a title only when more than one word long
        // or followed by a name; keep it simple: multi-word titles stop the run.
        return match.length >= 2
    }

    /// Whether a capitalized run starting at `index` looks like a person's name (family name first).
    func startsPerson(at index: Int) -> Bool {
        guard index < keys.count else { return false }
        return lexicon.isSurname(keys[index]) && index + 1 < keys.count && document.tokens[index + 1].isCapitalized
            && !isWholePlace(at: index) && !joinsCompound(at: index)
    }

    /// Whether the family name at `index` is a syllable of a compound of the name instead ("Hội Nhà Văn Hà Nội",
    /// "Hội Liên hiệp Văn Học Nghệ Thuật", "Hội đồng Lý luận Trung ương", "Ban Tôn giáo Chính phủ"): with the word
    /// before or after it, it makes one of the lexicon's name compounds.
    private func joinsCompound(at index: Int) -> Bool {
        (index > 0 && lexicon.nameCompounds.contains(keys[index - 1] + " " + keys[index]))
            || (index + 1 < keys.count && lexicon.nameCompounds.contains(keys[index] + " " + keys[index + 1]))
    }

    /// Whether a province or country whose first syllable is a family name ("Đồng Tháp", "Hà Nam") starts at
    /// `index` and no capitalized word follows it, or the holder's name does ("Sở Y tế Hà Nội Trần Văn B", "… Hà Nội
    /// PGS.TS Nguyễn C", "Bộ Ngoại giao Hà Lan Bert Koenders": a country before a foreign name): the place closes a
    /// body's name, it holds no post.
    private func isWholePlace(at index: Int) -> Bool {
        guard let place = lexicon.places.longestMatch(in: keys, at: index), place.payload.kind != "district" else { return false }
        let end = index + place.length
        return end >= keys.count || !document.tokens[end].isCapitalized || document.startsSentence[end]
            || VietnameseLexicon.isAcademicTitle(in: document, at: end)
            || (place.payload.kind == "country" && document.tokens[end].kind == .word
                && !VietnameseSyllable.isVietnamese(document.tokens[end].text))
            || (lexicon.isSurname(keys[end]) && end + 2 < keys.count && document.tokens[end + 1].isCapitalized
                && document.tokens[end + 2].isCapitalized && lexicon.places.longestMatch(in: keys, at: end) == nil)
    }

    /// The province whose bare name ends the body's name at `end` ("Sở Nội vụ Hà Nội"), or nil.
    func provinceEnding(at end: Int, after afterHead: Int) -> String? {
        for start in stride(from: end - 1, through: max(afterHead + 1, end - 4), by: -1) {
            guard document.tokens[start].isCapitalized, let match = lexicon.places.longestMatch(in: keys, at: start),
                start + match.length == end, match.payload.kind == "province"
            else { continue }
            return placeName(from: start, to: end)
        }
        return nil
    }

    /// Heads in lower case that a list of schools', institutes' or hospitals' own names shares after a colon: "các học
    /// viện: Hậu cần, Hải quân", "các trường sĩ quan: Lục quân 1, Chính trị", "các bệnh viện: Bạch Mai, Việt Đức".
    static let listedSchoolHeads: [[String]] = [
        ["trường", "sĩ", "quan"], ["trường", "đại", "học"], ["học", "viện"], ["trường"], ["viện"], ["bệnh", "viện"],
    ]

    /// Whether the words at `index` give the name to several territories' bodies, so that it names a kind of
    /// body and no one body: "Trạm Y tế các xã", "Trạm Y tế của 3 xã", "Phòng Nội vụ ở những huyện", "Sở Y tế các địa
    /// phương" — but not
    /// "Sở Y tế các tỉnh A, B", where the places that follow name each body.
    private func servesSeveralTerritories(from index: Int) -> Bool {
        var cursor = index
        if cursor < keys.count, ["của", "ở", "tại"].contains(keys[cursor]) { cursor += 1 }
        guard cursor < keys.count,
            ["các", "những", "nhiều"].contains(keys[cursor]) || document.tokens[cursor].kind == .number
        else { return false }
        // "Sở Y tế các địa phương": the localities in general.
        if cursor + 2 < keys.count, keys[cursor + 1] == "địa", keys[cursor + 2] == "phương" { return true }
        guard let unitEnd = unitWordEnd(at: cursor + 1) else { return false }
        return unitEnd >= keys.count || !document.tokens[unitEnd].isCapitalized || document.startsSentence[unitEnd]
    }

    /// Where a person's name starts inside the capitalized run, keeping at least one modifier in the body.
    private func personTail(_ run: [Int], bodyStart: Int) -> Int? {
        // "Vụ 1 Lê Sỹ Bảy": after a number or a lower-case word of the name, the whole run may be the holder's.
        let modifierBefore = run.first.map { $0 > bodyStart } ?? false
        guard run.count >= (modifierBefore ? 2 : 3) else { return nil }
        for length in stride(from: min(4, run.count - (modifierBefore ? 0 : 1)), through: 2, by: -1) {
            let first = run[run.count - length]
            // "Đoàn TNCS Hồ Chí Minh", "Học viện … Hồ Chí Minh": the body's namesake, not a holder of its post.
            if length == 3, keys[first] == "hồ", keys[first + 1] == "chí", keys[first + 2] == "minh" { return nil }
            // "Trường THPT Chu Văn An", "Trường Tiểu học Lê Văn Tám": a school named after a person; a holder after
            // it is a second name ("Trường THPT Chu Văn An Nguyễn Văn Bình").
            if VietnameseLexicon.schoolCues.contains(keys[first - 1]) { return nil }
            // "Giám đốc Công ty TNHH Thái Hoàng": the name right after a company's legal form is the company's.
            if Self.companyForms.contains(keys[first - 1]) { return nil }
            if lexicon.isSurname(keys[first]) && first > bodyStart && !isWholePlace(at: first) && !joinsCompound(at: first) {
                // "Bệnh viện Bạch Mai Nguyễn Quang Tuấn": four syllables that would leave the body one syllable of its
                // own, the second of them one of the commonest family names, are the body's last syllable and a
                // three-syllable name.
                if length == 4, run.count == 5, run[0] == bodyStart, Self.commonestFamilyNames.contains(keys[first + 1]) {
                    return first + 1
                }
                return first
            }
        }
        return nil
    }

    /// The family names a large part of Vietnamese people bear, as token keys: one of them second in a run of four
    /// capitalized syllables after a body's one-syllable name more likely opens a name of three.
    static let commonestFamilyNames: Set<String> = [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương",
    ]

    /// Where a foreign person's name (two or three capitalized words, not acronyms, none of them a Vietnamese syllable) starts at
    /// the end of the capitalized run of a name that is otherwise Vietnamese, or nil. "Công ty Samsung Electronics"
    /// keeps its words: a foreign word earlier in the name makes the whole name foreign.
    private func foreignHolderTail(_ run: [Int], bodyStart: Int, end: Int) -> Int? {
        // "Tổng giám đốc Công ty Cổ phần Xi măng Thành Thắng Group": an English legal form closes a company's name, never
        // a holder's.
        guard let last = run.last, last + 1 == end, !Self.foreignCompanyForms.contains(keys[last]) else { return nil }
        for length in [3, 2] where run.count >= length {
            let first = run[run.count - length]
            // "Cơ quan Tình báo quốc gia Dan Coats": after a lower-case word of the name, a foreign last name is
            // enough ("Dan" is a Vietnamese syllable too).
            let afterLowercase = first > 0 && document.tokens[first - 1].kind == .word && !document.tokens[first - 1].isCapitalized
            guard first + length == end,
                (first..<end).allSatisfy({ document.tokens[$0].kind == .word && !document.tokens[$0].isAllCaps }),
                (first..<end).allSatisfy({ !VietnameseSyllable.isVietnamese(document.tokens[$0].text) })
                    || (afterLowercase && !VietnameseSyllable.isVietnamese(document.tokens[end - 1].text)),
                (bodyStart..<first).allSatisfy({ document.tokens[$0].kind != .word || VietnameseSyllable.isVietnamese(document.tokens[$0].text) }),
                // "Chủ tịch Đảng Cộng sản Liên bang Nga Gennady Ziuganov": a country before the last two words closes the
                // body's name; the holder is the two words after it.
                length == 2 || lexicon.places.longestMatch(in: keys, at: first).map({ $0.payload.kind != "country" || $0.length != 1 }) ?? true,
                // "Giám đốc Tập đoàn tư vấn Albright Stonebridge": after a head and its field in lower case alone, foreign
                // words that no given name opens are the body's own name ("Quỹ tiền tệ quốc tế Christine Lagarde" is not).
                !(first > bodyStart && (bodyStart..<first).allSatisfy({ document.tokens[$0].kind == .word && !document.tokens[$0].isCapitalized })
                    && !lexicon.foreignGivenNames.contains(keys[first]))
            else { continue }
            return first
        }
        return nil
    }

    /// Whether the capitalized word at `index` stands inside a commune's or a ward's name of the gazetteer written in
    /// capitals, as its first word ("Nam Từ Liêm") or its second ("Nội Bài").
    private func insideCommuneName(at index: Int) -> Bool {
        for start in [index, index - 1] where start >= 0 {
            guard let commune = lexicon.communes.longestMatch(in: keys, at: start), commune.length >= 2,
                start + commune.length > index
            else { continue }
            if (start..<(start + commune.length)).allSatisfy({ document.tokens[$0].isCapitalized && ($0 == start || !document.startsSentence[$0]) }) {
                return true
            }
        }
        return false
    }

    /// Whether the unit word at `index` is a city's: "thành phố", "TP", "TP.".
    private func isCityUnit(at index: Int) -> Bool {
        guard index < keys.count else { return false }
        return keys[index] == "tp" || (keys[index] == "thành" && index + 1 < keys.count && keys[index + 1] == "phố")
    }

    /// Whether a bare head at `index` is preceded by a noun that makes it a sector or a force in general ("lực lượng
    /// Công an", "ngành Thuế", "bộ máy Công an"), not one territory's body.
    private func isGenericSector(before index: Int) -> Bool {
        guard index > 0 else { return false }
        if keys[index - 1] == "ngành" { return true }
        guard index > 1 else { return false }
        let pair = (keys[index - 2], keys[index - 1])
        return pair == ("lực", "lượng") || pair == ("bộ", "máy")
    }

    /// Words that make the head before them stand for many bodies or a kind of body ("UBND các huyện", "Sở những
    /// tỉnh", "UBND cấp xã", "Ban Thường vụ cấp ủy").
    private static let pluralDeterminers: Set<String> = VietnameseLexicon.manyBodiesWords.union(["cấp"])

    private func shortForm(_ start: Int, _ end: Int) -> ParsedOrganization {
        var parsed = make(start, end, rule: "short-form")
        parsed.isShortForm = true
        return parsed
    }

    private func make(_ start: Int, _ end: Int, rule: String, innerCanonical: ParsedOrganization? = nil)
        -> ParsedOrganization
    {
        let surface = text(start, end)
        var canonical: String
        if let inner = innerCanonical {
            canonical = expand(start, inner.start) + " " + inner.canonicalName
        } else {
            canonical = expand(start, end)
        }
        canonical = canonical.trimmingSpaces()
        // "ban Tuyên giáo Trung ương" after "Trưởng": the name itself starts with a capital.
        if let first = canonical.first, first.isLowercase { canonical = first.uppercased() + canonical.dropFirst() }
        var aliases = [surface]
        // "Học viện Báo chí & Tuyên truyền" is the "Học viện Báo chí và Tuyên truyền" of the next sentence.
        if canonical.contains(" & ") { aliases.append(canonical.replacingOccurrences(of: " & ", with: " và ")) }
        if let inner = innerCanonical {
            for alias in inner.aliases where alias != inner.canonicalName {
                aliases.append(text(start, inner.start).trimmingSpaces() + " " + alias)
            }
        }
        return ParsedOrganization(
            start: start, end: end, canonicalName: canonical, aliases: aliases, isShortForm: false, nested: [],
            rule: rule, place: nil)
    }

    /// The text of tokens `start..<end` with abbreviations expanded.
    func expand(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        var pieces: [String] = []
        var previousEnd = document.tokens[start].span.start
        var index = start
        while index < end {
            let token = document.tokens[index]
            let gap = token.span.start > previousEnd ? " " : ""
            // "TP.HCM" spans three tokens; "TP. Hà Nội" and "TP Hà Nội" are "thành phố Hà Nội".
            // "TP.HCM", "TP HCM", "TPHCM", "TP. Hồ Chí Minh": one city.
            if let city = cityShortForm(at: index), index + city <= end {
                pieces.append(gap + VietnameseLexicon.hoChiMinhCity)
                previousEnd = document.tokens[index + city - 1].span.end
                index += city
                continue
            }
            // "Công an Q.Bình Thạnh", "Công an Q. Bình Thạnh": "quận Bình Thạnh"; "UBND TX. Sông Cầu": "thị xã Sông Cầu".
            if index > start, let named = lexicon.abbreviatedUnitEnd(in: document, at: index), named < end,
                let unit = VietnameseLexicon.abbreviatedUnits[keys[index]]
            {
                pieces.append(gap + unit)
                previousEnd = document.tokens[named].span.start - 1  // a space before the name, glued or not
                index = named
                continue
            }
            if keys[index] == "tp", index > start {
                pieces.append(gap + "thành phố")
                previousEnd = token.span.end
                index += index + 1 < end && keys[index + 1] == "." ? 2 : 1
                continue
            }
            // "TN&MT", "KH-ĐT": an abbreviation written over several glued tokens.
            if let longest = gluedAbbreviation(at: index, before: end) {
                pieces.append(gap + longest.expansion)
                previousEnd = document.tokens[longest.end - 1].span.end
                index = longest.end
                continue
            }
            if let expansion = lexicon.abbreviations[token.text] {
                pieces.append(gap + expansion)
            } else {
                pieces.append(gap + token.text)
            }
            previousEnd = token.span.end
            index += 1
        }
        return pieces.joined()
    }

    func text(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return document.text(TextSpan(start: document.tokens[start].span.start, end: document.tokens[end - 1].span.end))
    }

    /// Whether a name of `length` tokens at `index` starts as a name does: capitalized, or, after a title that takes
    /// in its head ("Trưởng đoàn Đại biểu Quốc hội tỉnh X", "Chánh văn phòng Thành ủy"), with a capitalized word in
    /// the rest of the head or right after it.
    private func capitalizedStart(_ index: Int, _ length: Int) -> Bool {
        if document.tokens[index].isCapitalized || lowercaseHeadAfterTitle(at: index) || lowercaseBusinessHead(at: index)
            || lowercaseDelegation(at: index) || (lowercaseUnitHead(at: index) && !titleEnds(before: index))
        {
            return true
        }
        guard index > 0, ["trưởng", "phó", "chánh"].contains(keys[index - 1]), index + length <= keys.count else { return false }
        return (index + 1..<index + length).contains { document.tokens[$0].isCapitalized }
            || (index + length < keys.count && document.tokens[index + length].isCapitalized)
    }

    private func isNumeral(_ text: String) -> Bool {
        if text.allSatisfy(\.isNumber) { return true }
        return !text.isEmpty && text.allSatisfy { "IVXLC".contains($0) }
    }
}

extension String {
    func trimmingSpaces() -> String {
        split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
