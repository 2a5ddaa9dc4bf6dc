import MekongPluginAPI
import VietnameseLexicon

/// Finds persons (family name first, with or without a cue such as "ông", "đồng chí" or a title), their
/// later short references ("ông Nưng"), and the posts they hold (`holds_position` with `title`):
/// "Phó Bí thư Thường trực Tỉnh ủy An Giang Lê Văn Nưng", "ông Hoàng Phúc Lâm, Phó Giám đốc Học viện …",
/// several posts in one phrase, and past posts ("nguyên Bí thư …").
///
/// Names inside organizations, places and documents are never persons ("Trường Chính trị Tôn Đức Thắng").
public struct VietnameseOfficialExtractor: Extractor {
    public let descriptor = ExtractorDescriptor(
        id: "vi.officials", version: "1.0.0", summary: "Persons, their titles and the posts they hold",
        consumes: [.entity(.organization), .entity(.place), .entity(.document)],
        produces: [.entity(.person), .relation(.holdsPosition)])

    let lexicon: VietnameseLexicon

    /// Uses the shared lexicon unless another is given.
    public init(lexicon: VietnameseLexicon = .shared) { self.lexicon = lexicon }

    /// The first words of an apposition that says what a person is: "…, một chuyên gia", "…, một nhà nghiên cứu".
    static let personNouns: Set<String> = ["chuyên", "nhà", "giáo", "quan", "cựu", "người", "nghị", "thành", "cố", "phóng"]
    /// Words before a foreign name that make it a person's, as a title does: "nhà lãnh đạo Kim Jong-un", "người tiền
    /// nhiệm Barack Obama".
    static let foreignNameCues: Set<String> = ["lãnh đạo", "tiền nhiệm", "kế nhiệm"]
    static let cues: Set<String> = [
        "ông", "bà", "anh", "chị", "cô", "thầy", "đồng", "tướng", "gs", "pgs", "ts", "ths", "sĩ", "sư", "báo", "viên", "ngài",
    ]
    /// Words right before a post that the person of the sentence holds, takes or leaves:
    /// "chức vụ", "giữ chức", "là", "làm", "nhiệm vụ mới là", "vị trí".
    /// "ông X thôi Ủy viên Bộ Chính trị": "thôi" alone before the post the person leaves; "bổ nhiệm ông X vào chức danh
    /// Thẩm phán Tòa án nhân dân tối cao": "chức danh" before the post the person takes.
    static let postCues: Set<String> = ["chức", "vụ", "là", "làm", "nhận", "kiêm", "vị", "trí", "thôi", "danh"]

    /// The verbs of winning an election that put a post right after them: "ông A trúng cử Ủy viên UBND TP X", "đắc cử
    /// Tổng thống", "được bầu Phó Chủ tịch HĐND tỉnh" — not "ứng cử" or "đề cử", which name a candidacy.
    static let electedCues: Set<[String]> = [["trúng", "cử"], ["đắc", "cử"], ["được", "bầu"]]
    /// Separators between posts in a list: "Ủy viên Ban Thường vụ Thành ủy, Trưởng ban …"; "rồi" in a career ("Giám đốc
    /// Công ty A rồi Phó Chủ tịch HĐQT Công ty B").
    static let separators: Set<String> = [",", "-", "(", ":", "và", ";", "rồi"]
    /// The words that name posts in general before a list of them: "trải qua nhiều vị trí quan trọng như …", "các chức vụ
    /// như …", "nhiều cương vị như …".
    static let postListNouns: Set<String> = ["trí", "vụ", "vị"]

    /// The lower-case particles of European and Arabic family names: "von der Leyen", "de Gaulle", "van Beethoven", "bin
    /// Salman".
    static let nameParticles: Set<String> = [
        "von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "dos", "das", "le", "la", "bin", "ibn", "al",
    ]

    /// Road junctions, named after persons as streets are.
    static let junctions: Set<String> = ["nút giao", "ngã tư", "ngã ba", "ngã năm", "ngã sáu", "vòng xoay", "bùng binh"]

    public func extract(from document: Document) throws -> Extraction {
        let keys = TokenKeys.of(document)
        let tokens = document.tokens
        // Token ranges taken by earlier extractors' mentions.
        var occupied = [Bool](repeating: false, count: tokens.count)
        var orgEndingAt: [Int: Int] = [:]  // token after an organization mention → mention index
        var orgStartingAt: [Int: Int] = [:]
        var placeStartEndingAt: [Int: Int] = [:]  // token after a place mention → its first token
        var territorial: [String: Set<Int>] = [:]  // "thành ủy" → mentions of "Thành ủy X"
        for (index, mention) in document.mentions.enumerated()
        // A document named by its subject may name the person it is about ("Nghị quyết … đối với ông X"): its words
        // stay open to the person grammar.
        where mention.type == .organization || mention.type == .place
            || (mention.type == .document && mention.rule != "descriptive-title") {
            let start = document.tokenIndex(atOrAfter: mention.span.start)
            let end = document.tokenIndex(atOrAfter: mention.span.end)
            for token in start..<min(end, tokens.count) { occupied[token] = true }
            if mention.type == .place { placeStartEndingAt[end] = start }
            guard mention.type == .organization else { continue }
            if !mention.hints.isNested {
                // "Thứ trưởng Bộ GTVT Nguyễn Văn Công": the acronym's own mention ("GTVT") ends where the body's does;
                // the longer one is the body the title names.
                if orgEndingAt[end].map({ document.mentions[$0].span.start >= mention.span.start }) ?? true {
                    orgEndingAt[end] = index
                }
                orgStartingAt[start] = index
            }
            let words = mention.canonicalName.lowercased().split(separator: " ")
            if words.count > 2 { territorial[words.prefix(2).joined(separator: " "), default: []].insert(index) }
        }

        // 1. Full names: a family name and one to three more capitalized syllables.
        var persons: [(start: Int, end: Int)] = []
        var cuedStarts: Set<Int> = []  // names after "ông", a title or a body
        var excludedListEnd = -1
        // Names the article gives to a street, a prize or a namesake: "phố Lương Ngọc Quyến" makes the same name
        // in "ngã tư Tạ Hiện - Lương Ngọc Quyến" a street too.
        var streetNames: Set<String> = []
        var index = 0
        while index < tokens.count {
            // "khu vực như: Hoàng Sa, Bà Lê Chân, Tôn Đức Thắng": a place, which the names below skip, that opens a street
            // list or that the list reaches carries it on to the names after it.
            if keys[index] == ",", index > 0, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized {
                var start = index - 1
                while start > 0, index - start < 5, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized { start -= 1 }
                if placeStartEndingAt[index] == start || lexicon.places.longestMatch(in: keys, at: start)?.length == index - start,
                    (VietnameseLexicon.isNonPersonCue(before: start, keys) && !(start > 0 && occupied[start - 1]))
                        || (start > 0 && keys[start - 1] == "," && excludedListEnd == start - 1)
                {
                    excludedListEnd = index
                }
            }
            guard !occupied[index], tokens[index].kind == .word, tokens[index].isCapitalized, !tokens[index].isAllCaps else {
                index += 1
                continue
            }
            // "châu Âu Donald Tusk", "Hoa Kỳ Donald Trump": the last syllable of a place is no family name.
            if insidePlace(index, keys) {
                index += 1
                continue
            }
            // "Tổng thống Hoa Kỳ Donald Trump": a country that starts with a family name ("Hoa") before a name is
            // the country, not the first syllables of the name.
            if let country = lexicon.places.longestMatch(in: keys, at: index), country.payload.kind == "country",
                country.length >= 2, index + country.length < tokens.count, tokens[index + country.length].isCapitalized
            {
                index += country.length
                continue
            }
            // "bà Phú Thị Cẩm": after "ông"/"bà", a middle name "Thị" or "Văn" makes a family name the lexicon lacks.
            let cuedUnknownFamily = index > 0 && ["ông", "bà"].contains(keys[index - 1]) && index + 2 < tokens.count
                && ["thị", "văn"].contains(keys[index + 1]) && tokens[index + 1].isCapitalized && tokens[index + 2].isCapitalized
                && VietnameseSyllable.isVietnamese(tokens[index].text)
            // "Hòa thượng Thích Trí Quảng", "Ni sư Thích Nữ Như Hiếu": a Buddhist monk's or nun's name opens with "Thích".
            let buddhistName = keys[index] == "thích" && index + 1 < tokens.count && tokens[index + 1].kind == .word
                && tokens[index + 1].isCapitalized && !tokens[index + 1].isAllCaps && !document.startsSentence[index + 1]
                && VietnameseSyllable.isVietnamese(tokens[index + 1].text)
            guard lexicon.isSurname(keys[index]) || cuedUnknownFamily || buddhistName || cuedPenName(at: index, keys, document) else {
                // "Tổng Giám đốc Tổ chức Y tế thế giới (WHO) Tedros Adhanom Ghebreyesus": a body, with its acronym.
                let bodyBefore = orgEndingAt[index] != nil
                    || acronymOpening(endingAt: index, keys, orgEndingAt: orgEndingAt, document: document) != nil
                    || otherNameAfterBody(endingAt: index, keys, orgEndingAt: orgEndingAt, document: document) != nil
                let titledBodyBefore = orgEndingAt[index].map { body in
                    TitlePhrase.ending(at: document.tokenIndex(atOrAfter: document.mentions[body].span.start), document, keys, lexicon: lexicon) != nil
                } ?? false
                // "các tuyến đường Phạm Ngũ Lão, Đề Thám, Đỗ Quang Đẩu": a street of the list that no family name
                // starts carries the list on, and so does its first street ("các tuyến đường Trường Chinh, Phạm Văn Bạch").
                if index > 0, tokens[index].isCapitalized,
                    keys[index - 1] == "," && excludedListEnd == index - 1
                        || VietnameseLexicon.isNonPersonCue(before: index, keys) && !occupied[index - 1]
                {
                    var runEnd = index
                    while runEnd < tokens.count, tokens[runEnd].kind == .word, tokens[runEnd].isCapitalized { runEnd += 1 }
                    excludedListEnd = runEnd
                }
                if let end = foreignName(
                    at: index, keys, occupied: occupied, bodyBefore: bodyBefore, titledBodyBefore: titledBodyBefore, document: document)
                {
                    persons.append((index, end))
                    index = end
                } else {
                    index += 1
                }
                continue
            }
            // "nhà lãnh đạo Kim Jong-un": a family name of the list before a foreign given name opens a foreign name.
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
                !VietnameseSyllable.isVietnamese(tokens[index + 1].text),
                let end = foreignName(at: index, keys, occupied: occupied, bodyBefore: orgEndingAt[index] != nil,
                    titledBodyBefore: false, document: document)
            {
                persons.append((index, end))
                index = end
                continue
            }
            var end = index + 1
            // "… công ty Đại Nguyên Dương  Ông Nguyễn Chí Công": a capitalized "Ông"/"Bà" opens a sentence the crawler
            // glued on; it is never a syllable of the name before it.
            while end < tokens.count, end - index < 4, !occupied[end], !document.startsSentence[end], tokens[end].kind == .word,
                end - index < 2 || !lexicon.opensClause(keys, at: end) || givenNameNotClause(at: end, keys, document),
                keys[end] != "ông" && keys[end] != "bà",
                // "Dương Cương Dương Cương bị đưa ra xét xử": a caption glued to the name repeats it; the repeat is a
                // second mention, not more syllables of the first.
                !Self.nameRepeats(from: index, at: end, keys),
                tokens[end].isCapitalized, !tokens[end].isAllCaps,
                document.scalars[tokens[end - 1].span.end] == " ",
                !titleBeforeName(at: end, keys, document)
            {
                end += 1
            }
            let length = end - index
            let before = index > 0 ? keys[index - 1] : ""
            // "Chủ tịch tỉnh Hưng Yên Nguyễn Văn Phóng": a title and its territory before the name.
            let titledPlaceBefore = placeStartEndingAt[index].map { start in
                let unitStart = start >= 2 && keys[start - 2] == "thành" && keys[start - 1] == "phố" ? start - 2
                    : start >= 1 && ["tỉnh", "huyện", "quận", "xã", "phường"].contains(keys[start - 1]) ? start - 1 : start
                return TitlePhrase.ending(at: unitStart, document, keys, lexicon: lexicon) != nil
                    || TitlePhrase.ending(at: start, document, keys, lexicon: lexicon) != nil
            } ?? false
            // "Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) Vũ Bằng": the body's acronym stands between.
            // "Trung tá Phạm Bảy", "Đại úy Trần Hùng": a military or police rank names the person after it.
            let cued = Self.cues.contains(before) || orgEndingAt[index] != nil || titledPlaceBefore
                || (index >= 2 && VietnameseLexicon.rankStarts(in: keys, at: index - 2))
                || acronymOpening(endingAt: index, keys, orgEndingAt: orgEndingAt, document: document) != nil
                || TitlePhrase.ending(at: index, document, keys, lexicon: lexicon) != nil
                || (before == ":" && TitlePhrase.ending(at: index - 1, document, keys, lexicon: lexicon) != nil)
                || titledCountryEnding(at: index, keys)
            let apposition = end + 1 < tokens.count && keys[end] == ","
                && TitlePhrase.read(document, keys, at: end + 1, lexicon: lexicon) != nil
            // "các phố như Tạ Hiện, Lương Ngọc Quyến": the street word covers the whole list after it.
            var beforeCue = VietnameseLexicon.nonPersonCue(before: index, keys)
            // "nút giao Thân Cửu Nghĩa", "ngã tư Hàng Xanh", "vòng xoay Lê Văn Duyệt": junctions are named like streets.
            if index > 1, Self.junctions.contains(keys[index - 2] + " " + before) { beforeCue = "đường" }
            // "tài khoản đứng tên Nguyễn Quang Huy": the holder of an account or a deed, not a namesake.
            if beforeCue == "tên", index > 1, keys[index - 2] == "đứng" { beforeCue = "" }
            // "người anh họ tên Nguyễn Đức Kỳ Nam (SN 1968, …)": a year of birth after the name makes it a person's.
            if end + 1 < tokens.count, keys[end] == "(", ["sn", "sinh"].contains(keys[end + 1]) { beforeCue = "" }
            // "thành phố Nguyễn …" is a city, not a street ("phố").
            if beforeCue == "phố", index > 1, keys[index - 2] == "thành" { beforeCue = "" }
            // "UBND xã Thạch Xuân Nguyễn Văn Quý": a word of a body's or a place's name is no such word.
            // "…, Bà Lê Chân, …": a capitalized cue inside a street list is a word of the street's name.
            let streetList = (VietnameseLexicon.nonPersonCues.contains(beforeCue) && !(index > 0 && occupied[index - 1]))
                || VietnameseLexicon.schoolCues.contains(beforeCue)
                || before == "," && excludedListEnd == index - 1
                || (excludedListEnd > index && Self.cues.contains(before) && tokens[index - 1].isCapitalized)
            // A street, a prize, a namesake: no person, and no person of that name anywhere in the article.
            let streetLike = streetList || inAddress(index, keys, document) || namedAfter(index, keys)
            // Right after another extractor's name, uncued: part of that name's phrase.
            let afterName = index > 0 && occupied[index - 1] && !cued
            let excluded = streetLike || afterName
            if streetList { excludedListEnd = end }
            if streetLike, !afterName, length >= 2 { streetNames.insert(keys[index..<end].joined(separator: " ")) }
            // "Bí thư Tỉnh ủy Sơn Tây, Hà Đông, Bí thư liên tỉnh …": two syllables that the gazetteer knows as a place
            // are that place where only the post after them would make them a person.
            let placeName = !cued && length == 2 && lexicon.places.longestMatch(in: keys, at: index)?.length == 2
            // A name written twice in a row (a caption glued to the text) is a name, however short.
            let repeated = Self.nameRepeats(from: index, at: end, keys)
            if length >= 2, !excluded, cued || (apposition && !placeName) || length >= 3 || (repeated && !placeName),
                lexicon.titles.longestMatch(in: keys, at: index) == nil
            {
                persons.append((index, end))
                if cued { cuedStarts.insert(index) }
                index = end
            } else {
                index += 1
            }
        }

        persons += twoSyllableNamesListed(beside: persons, occupied: occupied, streetNames: streetNames, document: document)

        // "gửi đến ông Nguyễn Thiện Nhân Nhãn Trao đổi với …", "gia đình ông Trần Thăng Phúc Đón nhận …": a name the
        // article writes elsewhere in three syllables is that name with a caption's first word glued after it. (Not a
        // shorter name: "Võ Kim" may be a name cut short elsewhere, and "Võ Kim Cự" the whole one.)
        let writtenNames = Set(persons.filter { $0.end - $0.start >= 3 }.map { keys[$0.start..<$0.end].joined(separator: " ") })
        persons = persons.map { person in
            guard person.end - person.start >= 4,
                writtenNames.contains(keys[person.start..<person.end - 1].joined(separator: " "))
            else { return person }
            return (person.start, person.end - 1)
        }
        // "- Ảnh: Lê Kiên Hai thủ tướng khẳng định …": a photographer's credit the crawler glued to the next sentence,
        // whose first word then stands before a lower-case word. A sentence starts with a capital, so that word opened
        // it and is no syllable of the photographer's name.
        persons = persons.map { person in
            guard person.end - person.start >= 3, person.start >= 2, keys[person.start - 1] == ":",
                keys[person.start - 2] == "ảnh", person.end < tokens.count, tokens[person.end].kind == .word,
                !tokens[person.end].isCapitalized, document.scalars[tokens[person.end - 1].span.end] == " "
            else { return person }
            return (person.start, person.end - 1)
        }

        // "bà H'Yim Kđoh", "H'Hen Niê": an Ê Đê or Jarai woman's name opens with a capital and an apostrophe glued to
        // the word after them.
        persons = persons.map { person in
            guard let opening = Self.apostropheOpening(before: person.start, document), !occupied[opening] else { return person }
            if cuedStarts.contains(person.start) { cuedStarts.insert(opening) }
            return (opening, person.end)
        }

        // A street's namesake is still a person where the article speaks of them with a cue: "được đặt tên Bùi Thiện
        // Ngộ. Ông Bùi Thiện Ngộ sinh ra tại …".
        let cuedNames = Set(persons.filter { cuedStarts.contains($0.start) }.map { keys[$0.start..<$0.end].joined(separator: " ") })
        persons.removeAll {
            let name = keys[$0.start..<$0.end].joined(separator: " ")
            return streetNames.contains(name) && !cuedNames.contains(name)
        }
        // "Thủ tướng Campuchia Hunsen", "Chủ tịch Nghị viện châu Âu Tajani": a foreign name of one word is the full name
        // of the article that ends with it ("Antonio Tajani"), if one does.
        // "Ông Kim Cự" in a caption, "bà Kim Thoa": so is a name of two words, of the full name that ends with them ("Võ
        // Kim Cự", "Hồ Thị Kim Thoa"). Keyed by the last word, or the last two words joined by a space.
        var fullNamesByTail: [String: Set<String>] = [:]
        for person in persons where person.end - person.start >= 2 {
            let fullName = document.text(TextSpan(start: tokens[person.start].span.start, end: tokens[person.end - 1].span.end))
            fullNamesByTail[keys[person.end - 1], default: []].insert(fullName)
            if person.end - person.start >= 3 {
                fullNamesByTail[keys[(person.end - 2)..<person.end].joined(separator: " "), default: []].insert(fullName)
            }
        }
        let personEnds = Set(persons.map { $0.end - 1 })  // last tokens of full names
        var mentions: [EntityMention] = []
        var personAt: [Int: Int] = [:]  // first token → mention index
        var byGivenName: [String: Set<String>] = [:]
        for person in persons {
            let span = TextSpan(start: tokens[person.start].span.start, end: tokens[person.end - 1].span.end)
            let name = document.text(span)
            personAt[person.start] = mentions.count
            let fullName = person.end - person.start <= 2
                ? fullNamesByTail[keys[person.start..<person.end].joined(separator: " ")].flatMap { $0.count == 1 ? $0.first : nil }
                : nil
            // A one-word name that stands for a full one is no second name for "ông Juncker" to choose from.
            byGivenName[keys[person.end - 1], default: []].insert(fullName ?? name)
            // "Christopher J. Nassetta" is the "Christopher J Nassetta" of another sentence: the initial's full stop is
            // no part of the name's identity.
            let undotted = name.replacingOccurrences(of: ". ", with: " ")
            mentions.append(EntityMention(
                type: .person, span: span, text: name, canonicalName: fullName ?? name, aliases: undotted == name ? [] : [undotted],
                confidence: 0.85, rule: fullName == nil ? "full-name" : "short-reference"))
        }

        // 2. Short references: "ông Nưng", "đồng chí Lâm" → the one full name ending with that syllable.
        var shortReferenceAt: Set<Int> = []
        var subjects = persons.map { (start: $0.start, end: $0.end, mention: personAt[$0.start] ?? 0) }
        for index in 1..<max(tokens.count, 1) where !occupied[index] && personAt[index] == nil {
            guard ["ông", "bà", "chí"].contains(keys[index - 1]), tokens[index].kind == .word, tokens[index].isCapitalized,
                index + 1 >= tokens.count || !tokens[index + 1].isCapitalized,
                let names = byGivenName[keys[index]], names.count == 1, let name = names.first
            else { continue }
            if persons.contains(where: { $0.start <= index && index < $0.end }) { continue }
            shortReferenceAt.insert(index)
            subjects.append((index, index + 1, mentions.count))
            mentions.append(EntityMention(
                type: .person, span: tokens[index].span, text: tokens[index].text, canonicalName: name,
                confidence: 0.7, rule: "short-reference"))
        }

        // "lời dạy của Bác Hồ", "học tập và làm theo tấm gương Bác Hồ": the name the country gives Hồ Chí Minh.
        for index in 0..<max(tokens.count - 1, 0) where keys[index] == "bác" && keys[index + 1] == "hồ"
            && tokens[index].isCapitalized && tokens[index + 1].isCapitalized && !occupied[index] && !occupied[index + 1]
            // "lăng Bác Hồ", "tư tưởng Bác Hồ": a memorial or a thought, as for the full name.
            && !VietnameseLexicon.isNonPersonCue(before: index, keys)
            && (index + 2 >= tokens.count || tokens[index + 2].kind != .word || !tokens[index + 2].isCapitalized)
        {
            let span = TextSpan(start: tokens[index].span.start, end: tokens[index + 1].span.end)
            mentions.append(EntityMention(
                type: .person, span: span, text: document.text(span), canonicalName: VietnameseLexicon.hoChiMinhBare,
                confidence: 0.8, rule: "uncle-ho"))
        }

        // 2b. Careers: "Từ năm 2010 đến 2015, ông là Phó Chủ tịch UBND tỉnh X", "2016 - 2020: Bí thư Huyện ủy Y", "Sau đó
        // làm Phó Vụ trưởng Vụ Z". A bare "ông"/"bà", a timeline line opening with a post, or a line that opens with a
        // time and a verb of taking a post speaks of the person named last before it in the same or the previous
        // paragraph; the person is the subject of the posts that follow.
        var carried: Set<Int> = []  // first tokens of carried subjects: no "Title Org Person" before them
        for reference in careerReferences(keys, persons: persons, personAt: personAt, occupied: occupied, document: document) {
            subjects.append(reference)
            carried.insert(reference.start)
        }

        // 3. Posts: "Title Org Person" (with earlier "Title Org," pairs) and "Person, Title Org, Title Org".
        var relations: [RelationCandidate] = []
        var backwardPosts: [Int: [(TitlePhrase, Int)]] = [:]  // token after a name → the post written before it
        var pluralPosts: Set<Int> = []  // tokens after names whose post was written in the plural ("các thứ trưởng")
        // The top-level organizations of each sentence, for the rules that look for "the body the sentence named".
        var topOrganizationsBySentence: [Int: [Int]] = [:]
        for (index, mention) in document.mentions.enumerated()
        where mention.type == .organization && !mention.hints.isNested {
            if let sentence = document.sentenceIndex(containing: mention.span.start) {
                topOrganizationsBySentence[sentence, default: []].append(index)
            }
        }
        for person in subjects {
            // "Ông A sẽ thay ông B làm Chủ tịch HĐQT VATM": the post after the replaced person is the replacer's.
            let personIndex = replacer(of: person, keys, persons: persons, personAt: personAt) ?? person.mention
            let sentence = document.sentenceIndex(containing: tokens[person.start].span.start)
            let evidence = sentence.map { document.sentences[$0].span } ?? mentions[personIndex].span
            let sentenceRange = sentence.map { document.sentences[$0].tokens } ?? 0..<tokens.count
            func post(_ title: TitlePhrase, _ orgIndex: Int, rule: String) {
                var attributes = ["title": fullTitle(title, organization: document.mentions[orgIndex], keys: keys, document: document)]
                let bodyEnd = document.tokenIndex(atOrAfter: document.mentions[orgIndex].span.end)
                // A post carried by a name list has no place of its own in the text (start 0): only its status passes.
                let time = title.end > 0
                    ? PostTime.read(titleStart: title.start, past: title.past, bodyEnd: bodyEnd, sentence: sentenceRange, keys, document)
                    : PostTime(status: title.past ? "former" : nil)
                attributes.merge(time.attributes) { current, _ in current }
                relations.append(RelationCandidate(
                    subject: .new(personIndex), predicate: .holdsPosition, object: .existing(orgIndex),
                    attributes: attributes, evidence: evidence, confidence: 0.85, rule: rule))
                // "Tư lệnh kiêm Chính ủy Đoàn 559", "Phó Chủ tịch - Tổng Thư ký Ủy ban T.Ư MTTQ Việt Nam": a title joined
                // to this one by "kiêm" or a dash, with no body of its own, is a second post in the same body.
                if let joined = titleJoined(before: title, organization: document.mentions[orgIndex], keys, document) {
                    post(joined, orgIndex, rule: "joined-titles")
                }
            }
            // When the title takes in the body's head ("Chánh Văn phòng" + "Văn phòng Thành ủy"), the post is in
            // the unit the text names (annotation guide, "Unit heads"), which is part of the body after it.
            func object(for title: TitlePhrase, organization: Int) -> Int { organization }
            // Backwards: … Title Org Person, also across "gồm có ông", ":" or "là": "8 Phó Giám đốc Sở Nội vụ gồm có
            // ông A", "nguyên Chủ tịch Quốc hội: A".
            let postsBefore = relations.count
            var cursor = person.start
            var bodiesSeen: Set<String> = []
            // "Bộ trưởng Bộ Công an Thượng tướng Tô Lâm", "Bộ trưởng Bộ Quốc phòng - Đại tướng Ngô Xuân Lịch": a rank, after a
            // dash or not, stands between the post and the name.
            if cursor >= 2, orgEndingAt[cursor] == nil, VietnameseLexicon.rankStarts(in: keys, at: cursor - 2) {
                let rank = cursor - 2
                let start = rank > 0 && ["-", "–"].contains(keys[rank - 1]) ? rank - 1 : rank
                if orgEndingAt[start] != nil { cursor = start }
            }
            // "Hiệu trưởng Trường ĐH Mở Hà Nội PGS.TS Nguyễn Mai Hương": so do academic titles ("PGS. TS", "ThS.").
            var academic = cursor
            while academic > 0, cursor - academic < 5,
                VietnameseLexicon.isAcademicTitle(in: document, at: academic - 1)
                    || (keys[academic - 1] == "." && academic > 1 && VietnameseLexicon.isAcademicTitle(in: document, at: academic - 2))
            {
                academic -= 1
            }
            if academic < cursor, orgEndingAt[cursor] == nil, orgEndingAt[academic] != nil { cursor = academic }
            var bridge = cursor
            // "Chủ nhiệm Văn phòng Chính phủ - ông Mai Tiến Dũng": a dash before the honorific joins them too, and so
            // does a dash right before the name ("Bí thư Tỉnh ủy Sóc Trăng - Nguyễn Văn Thể nói").
            while bridge > 0, cursor - bridge < 4,
                Self.betweenPostAndName.contains(keys[bridge - 1])
                    || (["-", "–"].contains(keys[bridge - 1]) && (["ông", "bà"].contains(keys[bridge]) || bridge == cursor))
            {
                bridge -= 1
            }
            // "Thành viên HĐQT nhiệm kỳ 2021 - 2025 gồm ông A, bà B", "Ban Kiểm soát Công ty, gồm: ông A": the post's term
            // and a comma may stand before "gồm" too.
            if bridge < cursor, orgEndingAt[bridge] == nil, keys[bridge..<cursor].contains("gồm") {
                var back = bridge
                if back > 0, keys[back - 1] == "," { back -= 1 }
                if let term = (max(0, back - 6)..<back).first(where: { PostTime.term(at: $0, keys, document)?.end == back }) {
                    back = term
                }
                if orgEndingAt[back] != nil { bridge = back }
            }
            if bridge < cursor, orgEndingAt[cursor] == nil, orgEndingAt[bridge] != nil,
                !(bridge...cursor).contains(where: { document.startsSentence[$0] })
            {
                cursor = bridge
            }
            // "Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) Vũ Bằng": back over the body's acronym.
            if orgEndingAt[cursor] == nil, let open = acronymOpening(endingAt: cursor, keys, orgEndingAt: orgEndingAt, document: document) {
                cursor = open
            }
            // "… Hội đồng Liên bang Nga (Thượng viện) Valentina Matvienko": and over another name of it.
            if let open = otherNameAfterBody(endingAt: cursor, keys, orgEndingAt: orgEndingAt, document: document) { cursor = open }
            // "Hiệu trưởng Trường THPT Phan Bội Châu (quận Ba Đình) Lê Văn A": back over the body's place in
            // parentheses, with its unit word ("quận", "thành phố") between the parenthesis and the place's name.
            if orgEndingAt[cursor] == nil, cursor >= 3, keys[cursor - 1] == ")", let placeStart = placeStartEndingAt[cursor - 1],
                let open = (max(0, placeStart - 3)..<placeStart).last(where: { keys[$0] == "(" }),
                (open + 1..<placeStart).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
                orgEndingAt[open] != nil
            {
                cursor = open
            }
            // "Ủy viên Bộ Chính trị, Phó Thủ tướng Vương Đình Huệ": a title with no body of its own right before the name
            // does not end the chain of posts written before it.
            var bareTitleBeforeName = false
            if !carried.contains(person.start), let bare = bareTitle(endingAt: cursor, keys, orgEndingAt: orgEndingAt, document: document) {
                cursor = bare
                bareTitleBeforeName = true
            }
            // The chain of posts before the name, nearest first, each with the separator crossed to reach the next.
            var chain: [(title: TitlePhrase, organization: Int, separator: String?)] = []
            while !carried.contains(person.start), let orgIndex = orgEndingAt[cursor] {
                // "Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ X" lists two people, not two posts of X.
                guard bodiesSeen.insert(document.mentions[orgIndex].canonicalName).inserted else { break }
                let orgStart = document.tokenIndex(atOrAfter: document.mentions[orgIndex].span.start)
                guard let title = TitlePhrase.ending(at: orgStart, document, keys, lexicon: lexicon, slack: 2),
                    title.start < orgStart
                else { break }
                chain.append((title, orgIndex, nil))
                cursor = title.start
                // "Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội Nguyễn Hạnh Phúc": a dash joins posts too, and so
                // does "kiêm" ("Phó Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh X Nguyễn Văn A").
                if cursor > 0, [",", "và", "-", "–", "kiêm"].contains(keys[cursor - 1]) {
                    chain[chain.count - 1].separator = keys[cursor - 1]
                    cursor -= 1
                } else {
                    break
                }
            }
            // "Nguyễn Thiện Nhân được cử làm Bí thư Thành ủy TP.HCM, Phó chủ tịch Lê Bá Trình nghỉ hưu": posts that a
            // verb gives to someone named before them ("làm", "là") are not the apposition of the name after a bare title.
            if bareTitleBeforeName, let first = chain.last?.title.start, first > 0, ["làm", "là"].contains(keys[first - 1]) {
                chain.removeAll()
            }
            // "Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Công Thương A": the post after "ủy quyền (của)" is the
            // principal's, who gave A the authority, not A's.
            if let first = chain.last?.title.start, chain.count > 1, first >= 2,
                (keys[first - 2] == "ủy" && keys[first - 1] == "quyền")
                    || (first >= 3 && keys[first - 3] == "ủy" && keys[first - 2] == "quyền" && keys[first - 1] == "của")
            {
                chain.removeLast()
            }
            // "chất vấn của các đại biểu Quốc hội, Bộ trưởng Bộ X Nguyễn Văn A": a post in the plural farther from the name
            // than another is held by many, not the apposition of the one named.
            if let plural = chain.indices.dropFirst().first(where: { Self.inPlural(chain[$0].title, keys) }) {
                chain.removeSubrange(plural...)
            }
            if let first = chain.last?.title.start, chain.count > 1 {
                // "… đề xuất của Chủ tịch Thượng viện Haiti, Chủ tịch Quốc hội X": after "của", the same title twice is
                // two persons, and the first post is the other's ("Thư ký cho Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà
                // Nội X" names one person's two posts).
                if first > 0, Self.prepositionsBeforePost.contains(keys[first - 1]),
                    chain[chain.count - 1].title.title.lowercased() == chain[chain.count - 2].title.title.lowercased()
                {
                    chain.removeLast()
                }
                // "Đại tướng A, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà
                // Nội B": the posts before "và" are the apposition of the person named before them.
                if let joint = chain.firstIndex(where: { $0.separator == "và" }) {
                    // Back over more posts of that chain ("Ủy viên Bộ Chính trị, …") to the name they follow.
                    var start = first
                    while start > 1, keys[start - 1] == ",", !personEnds.contains(start - 2), let orgIndex = orgEndingAt[start - 1],
                        let title = TitlePhrase.ending(
                            at: document.tokenIndex(atOrAfter: document.mentions[orgIndex].span.start), document, keys,
                            lexicon: lexicon, slack: 2)
                    {
                        start = title.start
                    }
                    if start > 1, keys[start - 1] == ",", personEnds.contains(start - 2) { chain.removeSubrange((joint + 1)...) }
                }
            }
            for link in chain { post(link.title, object(for: link.title, organization: link.organization), rule: "title-org-name") }
            if chain.contains(where: { Self.inPlural($0.title, keys) }) {
                pluralPosts.insert(person.end)
            }
            // "nguyên Chủ tịch Quốc hội: Nguyễn Văn An, Nguyễn Sinh Hùng": a name listed right after another shares the
            // post that introduced the list.
            // Not a name that has a post of its own after it ("…; ông Đào Đức Toàn - Phó Bí thư Thành ủy Hà Nội").
            let ownPostAfter = person.end + 1 < tokens.count && [",", "-", "–", "("].contains(keys[person.end])
                && TitlePhrase.read(document, keys, at: person.end + 1, lexicon: lexicon) != nil
            if relations.count == postsBefore, !carried.contains(person.start), person.start > 1, !ownPostAfter,
                let previous = listPredecessor(of: person.start, keys), let posts = backwardPosts[previous]
            {
                // "Bí thư Thành ủy TP.HCM Đinh La Thăng, bà Văn Thị Bạch Tuyết, ông Trần Anh Tuấn": a post one person holds
                // at a time passes down a list only when a colon introduces the list or the post is a former one.
                let colon = listIntroducedByColon(separatorAt: previous, keys, persons: persons)
                // "các thứ trưởng Bộ GD-ĐT A, B": a title in the plural names a post of each.
                for (title, orgIndex) in posts where colon || title.past || !Self.isHeldByOne(title.title) || pluralPosts.contains(previous) {
                    post(title, orgIndex, rule: "title-org-list")
                }
            }
            // "Thay mặt lãnh đạo Bộ Xây dựng, Bộ trưởng Phạm Hồng Hà …": a title right before the name with no
            // body after it holds the post in the one body of that kind the sentence named before it.
            // "Trên cương vị Giám đốc Công an tỉnh X, ông Y …", "cách chức Bí thư Đảng ủy Z đối với ông Y": the post
            // stands before the name, separated from it by a comma or by "đối với".
            if relations.count == postsBefore, !carried.contains(person.start),
                let (title, orgIndex) = postBeforeName(at: person.start, keys, orgEndingAt: orgEndingAt, personEnds: personEnds, document: document)
            {
                post(title, object(for: title, organization: orgIndex), rule: "post-before-name")
                // "Trong thời gian giữ chức vụ Phó Chủ tịch UBND huyện (từ 7/2014 - 10/2017), sau đó là Chủ tịch UBND huyện
                // X từ năm 2017 đến nay, ông A …": earlier framed posts of the same career.
                for (earlier, earlierOrg) in framedPostsBefore(title, keys, orgEndingAt: orgEndingAt, document: document) {
                    post(earlier, object(for: earlier, organization: earlierOrg), rule: "post-before-name")
                }
            }
            // "Thứ trưởng Bùi Cách Tuyến và Thứ trưởng Nguyễn Thái Lai của Bộ Tài nguyên và Môi trường": a title
            // before the name and the body after it, behind "của".
            if relations.count == postsBefore, !carried.contains(person.start),
                let title = TitlePhrase.ending(at: person.start, document, keys, lexicon: lexicon),
                let body = bodyAfterName(person.end, title: title, keys, orgStartingAt: orgStartingAt, document: document)
            {
                post(title, body, rule: "title-name-of-body")
            }
            // "các Phó Tổng Giám đốc: Vũ Hải, …": a colon may stand between the title and the first name.
            if relations.count == postsBefore || bareTitleBeforeName, !carried.contains(person.start),
                let title = TitlePhrase.ending(at: person.start, document, keys, lexicon: lexicon)
                    ?? (person.start > 0 && keys[person.start - 1] == ":"
                        ? TitlePhrase.ending(at: person.start - 1, document, keys, lexicon: lexicon) : nil),
                let sentence, let body = impliedBody(for: title, sentence: document.sentences[sentence], candidates: topOrganizationsBySentence[sentence] ?? [], document: document)
            {
                post(title, body, rule: "title-name-body-named-before")
                relations[relations.count - 1].confidence = 0.6
            }
            // The posts that introduced this name pass to the names listed after it.
            if relations.count > postsBefore {
                backwardPosts[person.end] = relations[postsBefore...].compactMap { relation in
                    guard case .existing(let orgIndex) = relation.object, relation.rule != "post-before-name" else { return nil }
                    let title = relation.attributes["title"] ?? ""
                    return (TitlePhrase(start: 0, end: 0, title: title, past: relation.attributes["status"] == "former"), orgIndex)
                }.prefix(1).map { $0 }
            }
            // "có các đồng chí Ủy viên Bộ Chính trị: A; Thượng tướng B, Bộ trưởng Bộ Công an; C, …": a plural rank before
            // a colon is each listed person's, besides the posts of their own item.
            if !carried.contains(person.start),
                let (title, orgIndex) = rankSharedOverList(
                    at: person.start, sentenceStart: sentenceRange.lowerBound, keys, personEnds: personEnds,
                    orgEndingAt: orgEndingAt, document: document)
            {
                post(title, orgIndex, rule: "rank-shared-over-list")
            }
            // Forwards: "Person (SN 1964), chức vụ Title Org, Title Org …", "Person – Title Org", and posts the
            // person takes or leaves later in the sentence: "… thôi giữ chức Title Org và nhận nhiệm vụ mới là
            // Title Org", "… làm Title Org". The chain stops at the next person.
            let sentenceEnd = sentence.map { document.sentences[$0].tokens.upperBound } ?? tokens.count
            cursor = person.end
            // "(SN 1964)" is skipped; "(Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện X)" and "(khi đó là Bí thư …)"
            // are posts.
            var parenthesisEnd = -1
            if cursor < sentenceEnd, keys[cursor] == "(" {
                var close = cursor
                while close < sentenceEnd, keys[close] != ")" { close += 1 }
                let holdsPost = (cursor + 1..<close).contains {
                    Self.postCues.contains(keys[$0]) || TitlePhrase.read(document, keys, at: $0, lexicon: lexicon) != nil
                }
                if !holdsPost { cursor = close + 1 } else { parenthesisEnd = close }
            }
            // "Lữ Thị Thanh Bình, Đặng Văn Hòa nguyên Tổng Giám đốc, Phó Tổng Giám đốc Công ty MHBS": as many titles as
            // names listed, respectively, in the body after the last title.
            if !carried.contains(person.start), cursor == person.end,
                let respective = respectivePosts(after: person, keys, persons: persons, orgStartingAt: orgStartingAt, document: document)
            {
                for (index, (start, title)) in respective.posts.enumerated() {
                    guard let holder = personAt[start] else { continue }
                    if index == respective.posts.count - 1 {
                        post(title, respective.body, rule: "names-titles-respectively")
                    } else {
                        relations.append(RelationCandidate(
                            subject: .new(holder), predicate: .holdsPosition, object: .existing(respective.body),
                            attributes: ["title": title.title].merging(title.past ? ["status": "former"] : [:]) { first, _ in first },
                            evidence: evidence, confidence: 0.8, rule: "names-titles-respectively"))
                    }
                }
                continue
            }
            var chained = true  // right after the name, or after a post: a separator may lead to the next post
            // A name introduced by its post ("…, Bí thư Thành ủy Hà Nội Phạm Quang Nghị, là …") is an
            // apposition: a "là"/"làm" later in the sentence speaks of the sentence's subject, not of it.
            // A post framed before the name ("Trước khi giữ chức Title Org, ông X từng …") makes the name the sentence's
            // subject, not an apposition.
            // Nor does "Thứ trưởng A của Bộ X bị cách chức …", whose posts frame the subject.
            let introducedByPost = relations[postsBefore...].contains { !["post-before-name", "title-name-of-body"].contains($0.rule) }
            while cursor < sentenceEnd {
                if personAt[cursor] != nil || shortReferenceAt.contains(cursor) { break }
                // "gặp Thủ tướng A ở New York có Kurt Campbell, …, nay là Chủ tịch Asia Group": a foreign name that no
                // extractor read is someone else all the same, and the posts after it are not A's.
                if cursor > person.end, unreadForeignName(at: cursor, sentenceEnd: sentenceEnd, occupied: occupied, document) { break }
                let key = keys[cursor]
                if introducedByPost && Self.postCues.contains(key) { break }
                // "Chủ tịch Quốc hội A và Chủ tịch Thượng viện Haiti đã hội đàm": a title right after "A và" names another
                // person, referred to by the post.
                if key == "và", cursor == person.end {
                    // "Thứ trưởng A và Thứ trưởng B của Bộ X bị kỷ luật cách chức Ủy viên Ban cán sự đảng …": past a second
                    // named subject, what the sentence says with a cue ("chức", "là") is said of both.
                    guard let after = coordinatedNameEnd(after: cursor, sentenceEnd: sentenceEnd, keys, personAt: personAt,
                        orgStartingAt: orgStartingAt, document: document)
                    else { break }
                    cursor = after
                    chained = false
                    continue
                }
                // "ông A, Phó Chủ tịch UBND tỉnh, cho biết sẽ tạm dừng việc bổ nhiệm lại chức Giám đốc …": after a verb of
                // saying, the posts are someone else's; so are those of an appointment the name signs ("ông A (Giám đốc
                // bệnh viện) ký quyết định bổ nhiệm giữ chức Phó trưởng khoa …") — not of one the name receives ("nhận
                // quyết định bổ nhiệm", "được … bổ nhiệm", a decision's "thôi giữ chức …, điều động … và bổ nhiệm …").
                if cursor + 1 < sentenceEnd, key == "cho", keys[cursor + 1] == "biết" { break }
                if cursor + 1 < sentenceEnd, Self.appointmentVerbs.contains([key, keys[cursor + 1]]),
                    keys[person.end..<cursor].contains("ký")
                {
                    break
                }
                // A parenthesis opens a list of posts ("– Trưởng đoàn Thanh tra (Phó Chánh thanh tra TP Hà Nội)"),
                // and inside the parenthesis after the name every comma starts an item ("(Đảng viên, Trưởng trạm …)"), and
                // so does a dash after a biography ("(SN 1973, trú tại phường A, quận B - Nguyên Phó Chủ tịch UBND …)").
                // "được giao quyền Giám đốc Học viện …": an acting post given to the person.
                // "… tiêu biểu là: Ủy viên …; Bí thư …": a colon after "là" opens the list of posts.
                // "Lê Bá Trình và Nguyễn Văn Pha nguyên Phó Chủ tịch …": a former post written right after the name, with
                // no comma, is the name's; the time word belongs to the title. Not after a bare "đồng chí" carried from an
                // earlier name: "Đồng chí nguyên Phó chủ tịch UBND Hà Nội ấy" points at someone else.
                let pastRightAfterName = cursor == person.end && Self.pastWordsAfterName.contains(key) && !carried.contains(person.start)
                // "ông Nguyễn Thành Phong Chủ tịch UBND thành phố nhấn mạnh": a title in capitals right after the name, the
                // comma left out.
                let titleRightAfterName = cursor == person.end && person.end > person.start && !carried.contains(person.start)
                    && tokens[cursor].kind == .word && tokens[cursor].isCapitalized && !tokens[cursor].isAllCaps
                    && !document.startsSentence[cursor] && TitlePhrase.read(document, keys, at: cursor, lexicon: lexicon) != nil
                // A biography's line of posts carries its subject to its first word ("Đại biểu Quốc hội khóa XIII; XIV.").
                let openingPost = cursor == person.start && person.start == person.end && carried.contains(person.start)
                    && !Self.separators.contains(key)
                let cue = Self.postCues.contains(key) || key == "(" || (chained && Self.separators.contains(key))
                    || (cursor > person.end && Self.electedCues.contains([keys[cursor - 1], key]))
                    || (key == ":" && cursor > person.end && Self.postCues.contains(keys[cursor - 1]))
                    // "trải qua nhiều vị trí quan trọng như Phó Giám đốc Công ty A, Giám đốc Công ty B": "như" after the
                    // posts in general opens the list of them.
                    || (key == "như" && cursor > person.end && keys[max(person.end, cursor - 3)..<cursor].contains { Self.postListNouns.contains($0) })
                    || (TokenKeys.commaOrDash.contains(key) && cursor < parenthesisEnd) || (key == "giao" && cursor + 1 < sentenceEnd && keys[cursor + 1] == "quyền")
                    || pastRightAfterName || titleRightAfterName || openingPost
                // "Trung tướng Phạm Tuân, phi công vũ trụ, anh hùng Liên Xô, Chủ tịch danh dự Hội …", "ông A, 45 tuổi,
                // Giám đốc Công ty B": what the person is, set off by commas, does not end the line of posts.
                if key == ",", chained, cursor + 1 < sentenceEnd, TitlePhrase.read(document, keys, at: cursor + 1, lexicon: lexicon) == nil,
                    let itemEnd = descriptorItemEnd(from: cursor + 1, sentenceEnd: sentenceEnd, keys, personAt: personAt,
                        orgStartingAt: orgStartingAt, document: document)
                {
                    cursor = itemEnd
                    continue
                }
                // A carried subject stands at its line's first post, or at the verb that cues it ("Sau đó làm Phó Vụ
                // trưởng …").
                let readAt = pastRightAfterName || titleRightAfterName || (openingPost && TitlePhrase.read(document, keys, at: cursor, lexicon: lexicon) != nil)
                    ? cursor : cursor + 1
                guard cue, cursor + 1 < sentenceEnd,
                    let title = TitlePhrase.read(document, keys, at: readAt, lexicon: lexicon)
                else {
                    if !Self.separators.contains(key) && !Self.postCues.contains(key) { chained = false }
                    cursor += 1
                    continue
                }
                let orgIndex = orgStartingAt[title.end] ?? orgStartingAt[title.end - 1] ?? orgStartingAt[title.end - 2]
                guard let orgIndex else {
                    var resume = title.end
                    // "Thành ủy viên": a member of the one city committee the article names.
                    let words = title.title.lowercased().split(separator: " ")
                    if words.count == 3, words[2] == "viên",
                        let owners = territorial[words.prefix(2).joined(separator: " ")],
                        Set(owners.map { document.mentions[$0].canonicalName }).count == 1, let owner = owners.min()
                    {
                        let member = TitlePhrase(start: title.start, end: title.end, title: "Ủy viên", past: title.past)
                        post(member, owner, rule: "committee-member")
                        chained = true
                    } else if let (described, body) = bodyAfterTitleField(title, sentenceEnd: sentenceEnd, keys,
                        orgStartingAt: orgStartingAt, document: document)
                    {
                        // "Alan Garten, giám đốc pháp lý của Trump Organization": the field the post covers, in lower case,
                        // is part of the title; "của" names the body.
                        post(described, body, rule: "title-field-of-body")
                        chained = true
                    } else if let body = bodyAfterTitles(from: title.end, sentenceEnd: sentenceEnd, keys, orgStartingAt: orgStartingAt,
                        document: document)
                    {
                        // "ông Ngô Xuân Lộc, Chánh Văn phòng, người phát ngôn của UBND tỉnh Đắk Nông".
                        post(title, body, rule: "name-titles-of-body")
                        chained = true
                    } else if cursor == person.end, [",", "-", "–"].contains(key),
                        let body = bodyAfterComma(of: title, sentenceEnd: sentenceEnd, keys, orgStartingAt: orgStartingAt, document: document)
                    {
                        // "ông Phạm Văn Long, thanh tra viên, Thanh tra Bộ Tài nguyên và Môi trường;", "ông Bùi Đình Sáng -
                        // Chánh Thanh tra, Sở Nội vụ cho biết": the body set off by a comma after the person's one title.
                        post(title, body, rule: "name-title-comma-body")
                        chained = false
                    } else if key == "-" || key == "–"
                        || (key == "," && cursor == person.end && (title.end >= sentenceEnd || [";", "."].contains(keys[title.end]))),
                        title.end >= sentenceEnd || [",", ";", ".", ")"].contains(keys[title.end]),
                        let sentence, let body = impliedBody(
                            for: title, sentence: document.sentences[sentence], candidates: topOrganizationsBySentence[sentence] ?? [],
                            deputyOnly: key == ",", document: document)
                    {
                        // "ông A, Giám đốc Sở Y tế; ông B, Phó Giám đốc.": after a comma, only a deputy of the head the
                        // sentence named before, and only a post that ends the person's item ("…, Phó Chủ tịch, Tổng Thư
                        // ký Ủy ban X" may be the next body's).
                        // "… là ông Trần Huy Sáng - Giám đốc;": the post in the one body of its kind the sentence named.
                        post(title, body, rule: "name-dash-title-body-named-before")
                        relations[relations.count - 1].confidence = 0.6
                        chained = false
                    } else if key == "làm", cursor == person.end,
                        let body = bodyLedBy(personAt: person.start, keys, orgEndingAt: orgEndingAt, document: document)
                    {
                        // "thành lập Hội đồng quốc gia X do ông làm Chủ tịch", "Hội đồng kỷ luật do Thứ trưởng A làm Chủ
                        // tịch": the body before "do" is the one the person heads.
                        post(title, body, rule: "body-led-by")
                        chained = false
                    } else if let body = sameRankBody(after: title, sentenceEnd: sentenceEnd, keys, orgStartingAt: orgStartingAt,
                        document: document)
                    {
                        // "lần lượt giữ chức Phó trưởng phòng, Trưởng phòng Kế hoạch vật tư Cty X": a deputy's post and then the
                        // head's, in the body named once after both.
                        post(title, body, rule: "deputy-then-head")
                        chained = true
                    } else if let body = listOwner(after: title.end, sentenceEnd: sentenceEnd, keys, personAt: personAt,
                        orgStartingAt: orgStartingAt, document: document)
                    {
                        // "các ông A, nguyên Giám đốc và B, nguyên Phó Giám đốc Ban X": the body closing a list of names and
                        // posts is the body of each post in it.
                        post(title, body, rule: "name-title-list-owner")
                        chained = false
                    } else if title.end >= sentenceEnd || [",", ";", ".", ")"].contains(keys[title.end]),
                        let school = schoolInFocus(for: title, document: document)
                    {
                        // "Ông A, Hiệu trưởng, cho biết …": a school's head named by the title alone, in an article that
                        // names one school, heads that school.
                        post(title, school, rule: "school-head-in-focus")
                        relations[relations.count - 1].confidence = 0.6
                        chained = title.end < sentenceEnd && keys[title.end] == ","
                    } else {
                        // "…, Phó Chủ tịch - Tổng Thư ký Ủy ban …": a title joined to the next keeps the chain going, and so
                        // does a comma before another title ("…, nguyên Bí thư, Chủ tịch UBND huyện X").
                        // "…, Phó bí thư chi bộ, Phó Ban X": a unit in lower case that names no body may close the title.
                        var after = title.end
                        while after < sentenceEnd, after - title.end < 2, tokens[after].kind == .word, !tokens[after].isCapitalized,
                            orgStartingAt[after] == nil
                        {
                            after += 1
                        }
                        if after < sentenceEnd, keys[after] != "," { after = title.end }
                        chained = title.end < sentenceEnd && (Self.titleJoiners.contains(keys[title.end])
                            || (after < sentenceEnd && keys[after] == ","
                                && TitlePhrase.read(document, keys, at: after + 1, lexicon: lexicon) != nil))
                        if chained { resume = after }
                    }
                    cursor = resume
                    continue
                }
                let orgEnd = document.tokenIndex(atOrAfter: document.mentions[orgIndex].span.end)
                // "… cho ông A, Bộ trưởng Bộ Nội vụ B nói": the post is B's, who follows it — also after the body's
                // acronym ("và Tổng Giám đốc Tổ chức Y tế thế giới (WHO) Tedros Adhanom Ghebreyesus").
                let holderAt = orgEnd + 2 < sentenceEnd && keys[orgEnd] == "(" && keys[orgEnd + 2] == ")" ? orgEnd + 3 : orgEnd
                if personAt[orgEnd] != nil || shortReferenceAt.contains(orgEnd) || personAt[holderAt] != nil { break }
                // "Thường trực Ban Bí thư A; Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Bí thư Thành ủy TP HCM B": a chain of
                // posts that ends at another name is that name's.
                if chainEndsAtName(from: orgEnd, sentenceEnd: sentenceEnd, keys, personAt: personAt, orgStartingAt: orgStartingAt,
                    document: document)
                {
                    break
                }
                // "Theo đại biểu A, Bí thư Tỉnh ủy Yên Bái phải chỉ đạo …": after "Theo A," a post that no comma closes is the
                // subject of the main clause, not A's apposition ("Theo ông A, Giám đốc Sở X, …" is).
                // "Theo ông A, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X, …": a title joined by "kiêm" carries the
                // apposition on.
                // "Theo bác sĩ A, Giám đốc Trung tâm Y tế B cho biết, …": a verb of saying right after the post repeats
                // "Theo": the post is A's.
                if cursor == person.end, key == ",", orgEnd < sentenceEnd, ![",", ";", ":", ".", ")"].contains(keys[orgEnd]),
                    !Self.titleJoiners.contains(keys[orgEnd]), !Self.sayingVerbStarts(at: orgEnd, keys),
                    accordingTo(person.start, sentence: sentenceRange, keys, document)
                {
                    break
                }
                post(title, object(for: title, organization: orgIndex), rule: "name-title-org")
                cursor = orgEnd
                // "Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba", "Phó Chủ tịch HĐND và UBND tỉnh X": one title over
                // two bodies joined by "và", of one head or of one territory, is a post in each — unless a name follows the
                // second body, whose post it is. The chain stops there, as it did before the rule: what follows a pair of
                // bodies may start a clause of its own.
                var sharedByBodies = false
                if orgEnd + 1 < sentenceEnd, keys[orgEnd] == "và", let second = orgStartingAt[orgEnd + 1],
                    Self.shareTitle(document.mentions[orgIndex], document.mentions[second], lexicon: lexicon)
                {
                    let secondEnd = document.tokenIndex(atOrAfter: document.mentions[second].span.end)
                    if personAt[secondEnd] == nil, !shortReferenceAt.contains(secondEnd) {
                        post(title, second, rule: "title-over-coordinated-bodies")
                        cursor = secondEnd
                        sharedByBodies = true
                    }
                }
                // "…, Bí thư Tỉnh ủy Nghệ An nhiệm kỳ 2020-2025, …": the term belongs to the post; the chain goes on.
                if let term = PostTime.term(at: orgEnd, keys, document) { cursor = term.end }
                // "…, Ủy viên Ủy ban T.Ư MTTQ Việt Nam, nhiệm kỳ 2014-2019, Ủy viên …": the term after a comma too.
                if cursor + 1 < sentenceEnd, keys[cursor] == ",", let term = PostTime.term(at: cursor + 1, keys, document),
                    term.end < sentenceEnd, Self.separators.contains(keys[term.end])
                {
                    cursor = term.end
                }
                chained = !sharedByBodies
            }
        }
        relations += abbreviatedPosts(persons: persons, personAt: personAt, relations: relations, keys, document: document)
        relations += postsInFocus(
            subjects: subjects.filter { $0.end > $0.start && !carried.contains($0.start) }, mentions: mentions, relations: relations,
            keys, orgStartingAt: orgStartingAt, personStarts: Set(subjects.map(\.start)), document: document)
        return Extraction(mentions: mentions, relations: relations)
    }

    /// Whether two capitalized words at `index`, neither of them a Vietnamese syllable, that no earlier extractor read
    /// and that do not open a sentence, name someone the person grammar did not find ("Kurt Campbell").
    private func unreadForeignName(at index: Int, sentenceEnd: Int, occupied: [Bool], _ document: Document) -> Bool {
        let tokens = document.tokens
        guard index + 1 < sentenceEnd, !document.startsSentence[index] else { return false }
        return (index...index + 1).allSatisfy {
            tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps && !occupied[$0]
                && !VietnameseSyllable.isVietnamese(tokens[$0].text)
        }
    }

    /// The mention of the person who takes the post of the one at `person`: "A (sẽ) thay (thế) (ông) B làm …", where
    /// "làm" follows B right away. Nil otherwise.
    private func replacer(
        of person: (start: Int, end: Int, mention: Int), _ keys: [String], persons: [(start: Int, end: Int)], personAt: [Int: Int]
    ) -> Int? {
        // "ông B (phải) làm …", "A (trái) sẽ thay": a short aside in parentheses may follow either name.
        func pastAside(from index: Int) -> Int {
            guard index < keys.count, keys[index] == "(",
                let close = (index + 1..<min(index + 5, keys.count)).first(where: { keys[$0] == ")" })
            else { return index }
            return close + 1
        }
        func beforeAside(endingAt index: Int) -> Int {
            guard index > 0, keys[index - 1] == ")",
                let open = (max(0, index - 5)..<(index - 1)).last(where: { keys[$0] == "(" })
            else { return index }
            return open
        }
        let afterName = pastAside(from: person.end)
        guard person.end > person.start, afterName < keys.count, keys[afterName] == "làm" else { return nil }
        var cursor = person.start
        if cursor > 0, Self.cues.contains(keys[cursor - 1]) { cursor -= 1 }
        if cursor > 0, keys[cursor - 1] == "thế" { cursor -= 1 }
        guard cursor > 0, keys[cursor - 1] == "thay" else { return nil }
        cursor -= 1
        while cursor > 0, Self.replacementModals.contains(keys[cursor - 1]) { cursor -= 1 }
        cursor = beforeAside(endingAt: cursor)
        guard let replacer = persons.first(where: { $0.end == cursor }) else { return nil }
        return personAt[replacer.start]
    }

    /// Words between a replacer and "thay": "A sẽ thay B", "A được cử thay B".
    static let replacementModals: Set<String> = ["sẽ", "được", "đã", "vừa", "sắp", "cử", "chính", "thức"]

    /// "ĐBQH Dương Trung Quốc": an abbreviation of the lexicon that spells a title and a national body ("ĐBQH" is
    /// "Đại biểu Quốc hội"), right before a full name, is that person's post in the body the article names by that
    /// name — when the name holds no other post.
    private func abbreviatedPosts(
        persons: [(start: Int, end: Int)], personAt: [Int: Int], relations: [RelationCandidate], _ keys: [String],
        document: Document
    ) -> [RelationCandidate] {
        let tokens = document.tokens
        var found: [RelationCandidate] = []
        for person in persons where person.start > 0 {
            // "ĐBQH Dương Trung Quốc", and "đại biểu quốc hội (ĐBQH) Dương Trung Quốc".
            var abbreviation = person.start - 1
            if abbreviation >= 2, keys[abbreviation] == ")", keys[abbreviation - 2] == "(" { abbreviation -= 1 }
            guard tokens[abbreviation].isAllCaps, let personIndex = personAt[person.start],
                !relations.contains(where: { $0.subject == .new(personIndex) && $0.predicate == .holdsPosition }),
                let expansion = lexicon.abbreviations[tokens[abbreviation].text]
            else { continue }
            let words = TokenKeys.split(expansion)
            guard let title = lexicon.titles.longestMatch(in: words, at: 0), title.length < words.count,
                let head = lexicon.heads.longestMatch(in: words, at: title.length), head.payload == .standalone,
                title.length + head.length == words.count
            else { continue }
            let bodyName = words.dropFirst(title.length)
            guard let body = document.mentions.indices.first(where: { index in
                let mention = document.mentions[index]
                return mention.type == .organization && TokenKeys.split(mention.canonicalName).elementsEqual(bodyName)
            }) else { continue }
            let sentence = document.sentenceIndex(containing: tokens[person.start].span.start)
            let titleText = expansion.split(separator: " ").prefix(title.length).joined(separator: " ")
            found.append(RelationCandidate(
                subject: .new(personIndex), predicate: .holdsPosition, object: .existing(body),
                attributes: ["title": titleText], evidence: sentence.map { document.sentences[$0].span } ?? tokens[person.start].span,
                confidence: 0.7, rule: "abbreviated-post"))
        }
        return found
    }

    /// "Bộ trưởng Trần Hồng Hà cho hay …" in an article that writes "Bộ trưởng TN-MT cho biết …": a person named after a
    /// bare title holds it in the body the article names right after the same title with no holder's name. Only where
    /// one person holds that bare title, one body of the title's kind stands so, and the person holds no post of that
    /// title already.
    private func postsInFocus(
        subjects: [(start: Int, end: Int, mention: Int)], mentions: [EntityMention], relations: [RelationCandidate],
        _ keys: [String], orgStartingAt: [Int: Int], personStarts: Set<Int>, document: Document
    ) -> [RelationCandidate] {
        let tokens = document.tokens
        var holders: [String: [(start: Int, mention: Int, title: TitlePhrase)]] = [:]
        for subject in subjects {
            guard let title = TitlePhrase.ending(at: subject.start, document, keys, lexicon: lexicon), title.end == subject.start,
                !Self.inPlural(title, keys)
            else { continue }
            let core = titleCore(title)
            guard Self.focusTitles.contains(core) else { continue }
            holders[core, default: []].append((subject.start, subject.mention, title))
        }
        var found: [RelationCandidate] = []
        for (core, list) in holders.sorted(by: { $0.key < $1.key }) {
            guard Set(list.map { mentions[$0.mention].canonicalName }).count == 1, let kinds = Self.bodiesOfTitle[core] else { continue }
            var bodies: [String: Int] = [:]
            for (start, index) in orgStartingAt {
                let mention = document.mentions[index]
                guard Self.isBody(mention, ofKinds: kinds),
                    let title = TitlePhrase.ending(at: start, document, keys, lexicon: lexicon), title.end == start, titleCore(title) == core,
                    !Self.inPlural(title, keys)
                else { continue }
                let end = document.tokenIndex(atOrAfter: mention.span.end)
                guard !(end..<min(end + 5, tokens.count)).contains(where: { personStarts.contains($0) }) else { continue }
                bodies[mention.canonicalName] = min(bodies[mention.canonicalName] ?? index, index)
            }
            guard bodies.count == 1, let body = bodies.values.first else { continue }
            // The person's name, whichever of its mentions a relation starts from.
            let name = mentions[list[0].mention].canonicalName
            let holds = relations.contains { relation in
                guard case .new(let subject) = relation.subject, relation.predicate == .holdsPosition else { return false }
                return mentions[subject].canonicalName == name && relation.attributes["title"].map { $0.lowercased().contains(core) } == true
            }
            guard !holds else { continue }
            for holder in list {
                guard !found.contains(where: { $0.subject == .new(holder.mention) }) else { continue }
                let sentence = document.sentenceIndex(containing: tokens[holder.start].span.start)
                found.append(RelationCandidate(
                    subject: .new(holder.mention), predicate: .holdsPosition, object: .existing(body),
                    attributes: ["title": holder.title.title].merging(holder.title.past ? ["status": "former"] : [:]) { first, _ in first },
                    evidence: sentence.map { document.sentences[$0].span } ?? tokens[holder.start].span,
                    confidence: 0.6, rule: "post-in-focus"))
            }
        }
        return found
    }

    /// The titles a bare title names in the one body of its kind the article gives that title without a holder.
    /// Not "giám đốc": its bodies (companies, centres, hospitals) are too many for the one named without a holder to be
    /// the person's.
    static let focusTitles: Set<String> = ["bộ trưởng", "thứ trưởng", "cục trưởng", "vụ trưởng", "viện trưởng", "chánh án"]

    /// Whether two bodies joined by "và" after one title share it: the same head ("Hội đồng Nhà nước và Hội đồng Bộ
    /// trưởng") or the same territory ("HĐND và UBND tỉnh X").
    static func shareTitle(_ first: EntityMention, _ second: EntityMention, lexicon: VietnameseLexicon) -> Bool {
        if let place = first.hints.place, place == second.hints.place { return true }
        // The whole head, not its first word: "Hội đồng …" and "Hội Nông dân" do not share one.
        return lexicon.sharedHeadLength(TokenKeys.split(first.canonicalName), TokenKeys.split(second.canonicalName)) != nil
    }

    /// The separator before a title that stands right before a name with no body of its own, when a post (a title and
    /// its body) ends at that separator: "Ủy viên Bộ Chính trị, | Phó Thủ tướng | Vương Đình Huệ". Nil when a body ends
    /// at `index` or no such title does.
    private func bareTitle(endingAt index: Int, _ keys: [String], orgEndingAt: [Int: Int], document: Document) -> Int? {
        guard orgEndingAt[index] == nil, let title = TitlePhrase.ending(at: index, document, keys, lexicon: lexicon),
            title.end == index, title.start > 1, keys[title.start - 1] == ",", let orgIndex = orgEndingAt[title.start - 1],
            !(title.start..<index).contains(where: { document.startsSentence[$0] })
        else { return nil }
        let orgStart = document.tokenIndex(atOrAfter: document.mentions[orgIndex].span.start)
        // "… trước Thủ tướng Chính phủ, Bộ trưởng Mai Tiến Dũng nhấn mạnh": after a preposition, the post is another
        // person's.
        guard let post = TitlePhrase.ending(at: orgStart, document, keys, lexicon: lexicon, slack: 2), post.start < orgStart,
            post.start == 0 || !Self.prepositionsBeforePost.contains(keys[post.start - 1])
        else { return nil }
        return title.start - 1
    }

    /// The body named right before "do" and the person at `start` (with an honorific or a title between): "Hội đồng X
    /// do (Thứ trưởng | ông) A làm Chủ tịch".
    private func bodyLedBy(personAt start: Int, _ keys: [String], orgEndingAt: [Int: Int], document: Document) -> Int? {
        var cursor = start
        if cursor > 0, Self.cues.contains(keys[cursor - 1]) { cursor -= 1 }
        if let title = TitlePhrase.ending(at: cursor, document, keys, lexicon: lexicon), title.end == cursor { cursor = title.start }
        guard cursor > 1, keys[cursor - 1] == "do", let body = orgEndingAt[cursor - 1] else { return nil }
        // "Đoàn công tác của VOV do Tổng Giám đốc A làm trưởng đoàn": the delegation is led, not the body that owns it.
        let bodyStart = document.tokenIndex(atOrAfter: document.mentions[body].span.start)
        guard bodyStart == 0 || keys[bodyStart - 1] != "của" else { return nil }
        return body
    }

    /// Names listed before `person` ("A, B", "A và B") and, right after it with no comma, as many titles, then a body:
    /// "A, B nguyên Tổng Giám đốc, Phó Tổng Giám đốc Công ty X" gives each name, in order, its title in that body; one
    /// title with its body is every name's ("A và B nguyên Phó Chủ tịch Ủy ban X"). Returns the first token of each name
    /// with its title. Nil when the counts differ, an earlier title has a body of its own, or only one name is listed.
    private func respectivePosts(
        after person: (start: Int, end: Int, mention: Int), _ keys: [String], persons: [(start: Int, end: Int)],
        orgStartingAt: [Int: Int], document: Document
    ) -> (posts: [(Int, TitlePhrase)], body: Int)? {
        var names = [person.start]
        var start = person.start
        while start > 1, [",", "và"].contains(keys[start - 1]), let previous = persons.first(where: { $0.end == start - 1 }) {
            names.insert(previous.start, at: 0)
            start = previous.start
        }
        guard names.count >= 2, names.count <= 4 else { return nil }
        var titles: [TitlePhrase] = []
        var cursor = person.end
        while titles.count < names.count {
            guard cursor < keys.count, let title = TitlePhrase.read(document, keys, at: cursor, lexicon: lexicon) else { return nil }
            titles.append(title)
            cursor = title.end
            // "Lê Bá Trình và Nguyễn Văn Pha nguyên Phó Chủ tịch Ủy ban X": one title with its body, shared by the names.
            if titles.count == 1, let body = orgStartingAt[title.end] ?? orgStartingAt[title.end - 1] {
                return (names.map { ($0, title) }, body)
            }
            if titles.count < names.count {
                // Each title but the last stands without a body, followed by the next.
                guard orgStartingAt[title.end] == nil, cursor + 1 < keys.count, [",", "và"].contains(keys[cursor]) else { return nil }
                cursor += 1
            }
        }
        // The time word before the first title covers them all ("nguyên Tổng Giám đốc, Phó Tổng Giám đốc").
        if titles[0].past { titles = titles.map { TitlePhrase(start: $0.start, end: $0.end, title: $0.title, past: true) } }
        guard let last = titles.last, let body = orgStartingAt[last.end] ?? orgStartingAt[last.end - 1] else { return nil }
        return (Array(zip(names, titles)), body)
    }

    /// The token after a second name joined by "và" at `index` ("và (Title) B (của Body)"), when its posts frame it as
    /// a subject (a title before it or a body after "của", none after a comma); nil otherwise.
    private func coordinatedNameEnd(
        after index: Int, sentenceEnd: Int, _ keys: [String], personAt: [Int: Int], orgStartingAt: [Int: Int], document: Document
    ) -> Int? {
        var cursor = index + 1
        if cursor < sentenceEnd, let title = TitlePhrase.read(document, keys, at: cursor, lexicon: lexicon) { cursor = title.end }
        guard cursor < sentenceEnd, personAt[cursor] != nil, let end = nameEnd(from: cursor, document), end < sentenceEnd else { return nil }
        cursor = end
        if keys[cursor] == "của", cursor + 1 < sentenceEnd, let body = orgStartingAt[cursor + 1] {
            cursor = document.tokenIndex(atOrAfter: document.mentions[body].span.end)
        }
        return cursor < sentenceEnd && ![",", "-", "–", "("].contains(keys[cursor]) ? cursor : nil
    }

    /// Whether the posts written after a body ending at `start` (", Title Body", repeated) end right before a name.
    private func chainEndsAtName(
        from start: Int, sentenceEnd: Int, _ keys: [String], personAt: [Int: Int], orgStartingAt: [Int: Int], document: Document
    ) -> Bool {
        var cursor = start
        var links = 0
        while links < 4, cursor + 1 < sentenceEnd, keys[cursor] == ",",
            let title = TitlePhrase.read(document, keys, at: cursor + 1, lexicon: lexicon),
            let body = orgStartingAt[title.end] ?? orgStartingAt[title.end - 1]
        {
            cursor = document.tokenIndex(atOrAfter: document.mentions[body].span.end)
            links += 1
        }
        return links > 0 && cursor < sentenceEnd && personAt[cursor] != nil
    }

    /// The body after the next title when that title is the same post with or without "Phó"/"Quyền" ("Phó Giám đốc,
    /// Giám đốc Sở X", "Phó trưởng phòng rồi Trưởng phòng Kế hoạch Cty Y"): one career in one body. Nil for other
    /// titles ("nguyên Bí thư, Chủ tịch UBND huyện X" names two bodies).
    private func sameRankBody(
        after title: TitlePhrase, sentenceEnd: Int, _ keys: [String], orgStartingAt: [Int: Int], document: Document
    ) -> Int? {
        guard title.end + 1 < sentenceEnd, [",", "và", "rồi"].contains(keys[title.end]),
            let next = TitlePhrase.read(document, keys, at: title.end + 1, lexicon: lexicon),
            Self.rankCore(title.title) == Self.rankCore(next.title)
        else { return nil }
        return orgStartingAt[next.end] ?? orgStartingAt[next.end - 1]
    }

    /// A title without "Phó" and "Quyền", lower-cased: "Phó trưởng phòng" → "trưởng phòng".
    static func rankCore(_ title: String) -> String {
        title.lowercased().split(separator: " ").filter { $0 != "phó" && $0 != "quyền" }.joined(separator: " ")
    }

    /// The body that closes a list of names, each with its post, after a title with no body: from `start` over
    /// "và B, nguyên Phó Giám đốc", "; C, Kế toán trưởng" to the first item whose title a body follows: "các ông A,
    /// nguyên Giám đốc | và B, nguyên Phó Giám đốc Ban X". Nil when an item is anything else.
    private func listOwner(
        after start: Int, sentenceEnd: Int, _ keys: [String], personAt: [Int: Int], orgStartingAt: [Int: Int], document: Document
    ) -> Int? {
        var cursor = start
        for _ in 0..<4 {
            guard cursor + 1 < sentenceEnd, [",", ";", "và"].contains(keys[cursor]) else { return nil }
            var name = cursor + 1
            if ["ông", "bà"].contains(keys[name]) { name += 1 }
            guard personAt[name] != nil else { return nil }
            var after = name
            while after < sentenceEnd, personAt[after] == nil || after == name, document.tokens[after].isCapitalized { after += 1 }
            if after < sentenceEnd, keys[after] == "," { after += 1 }
            guard after < sentenceEnd, let title = TitlePhrase.read(document, keys, at: after, lexicon: lexicon) else { return nil }
            if let body = orgStartingAt[title.end] ?? orgStartingAt[title.end - 1] { return body }
            cursor = title.end
        }
        return nil
    }

    /// The body right after the comma that closes `title`, where it closes the person's item: the sentence ends after
    /// it, or a comma, a semicolon, a dash or a closing parenthesis, or a verb of saying ("cho biết", "cho rằng").
    /// "ông A, Giám đốc, Sở Y tế;" — but not "ông A, Giám đốc, Sở Y tế Nguyễn Văn B" (the post is B's) nor a body that
    /// opens a clause of its own ("ông A, Giám đốc, Công ty X đã …").
    private func bodyAfterComma(
        of title: TitlePhrase, sentenceEnd: Int, _ keys: [String], orgStartingAt: [Int: Int], document: Document
    ) -> Int? {
        guard title.end + 1 < sentenceEnd, keys[title.end] == ",", let body = orgStartingAt[title.end + 1],
            document.mentions[body].type == .organization
        else { return nil }
        let bodyEnd = document.tokenIndex(atOrAfter: document.mentions[body].span.end)
        if bodyEnd >= sentenceEnd || [",", ";", ".", ")", "-", "–"].contains(keys[bodyEnd]) { return body }
        return bodyEnd + 1 < sentenceEnd && keys[bodyEnd] == "cho" && Self.sayingVerbStarts(at: bodyEnd, keys) ? body : nil
    }

    /// A title followed by one to three lower-case words of the field it covers and "của" + a body ("giám đốc pháp lý
    /// của Trump Organization", "Phó Chủ tịch cấp cao của Uber"): the title with its field, and the body. None when a
    /// word between is a clause's verb, a joining word or opens another title.
    private func bodyAfterTitleField(
        _ title: TitlePhrase, sentenceEnd: Int, _ keys: [String], orgStartingAt: [Int: Int], document: Document
    ) -> (TitlePhrase, Int)? {
        var cursor = title.end
        while cursor < sentenceEnd, cursor - title.end < 3, document.tokens[cursor].kind == .word,
            !document.tokens[cursor].isCapitalized, !Self.fieldBreakers.contains(keys[cursor]),
            !lexicon.clauseVerbs.contains(keys[cursor]),
            !(cursor + 1 < keys.count && lexicon.isClauseVerb(keys[cursor], keys[cursor + 1])),
            TitlePhrase.read(document, keys, at: cursor, lexicon: lexicon) == nil
        {
            cursor += 1
        }
        guard cursor > title.end, cursor + 1 < sentenceEnd, keys[cursor] == "của", let body = orgStartingAt[cursor + 1],
            document.mentions[body].type == .organization
        else { return nil }
        let field = document.text(TextSpan(start: document.tokens[title.end].span.start, end: document.tokens[cursor - 1].span.end))
        return (TitlePhrase(start: title.start, end: cursor, title: title.title + " " + field, past: title.past), body)
    }

    /// Words that end a title's field: what joins or opens another clause or item.
    static let fieldBreakers: Set<String> = ["của", "tại", "và", "kiêm", "là", "thuộc", "ở", "cho", "với", "đã", "được", "từ", "trong", "các", "những"]

    /// The body named by "của" after a list of titles: from `start` over ", Title", ", người phát ngôn" and "kiêm
    /// Title" to "của" + a body; or by "tại" right after one title.
    private func bodyAfterTitles(
        from start: Int, sentenceEnd: Int, _ keys: [String], orgStartingAt: [Int: Int], document: Document
    ) -> Int? {
        var cursor = start
        var hops = 0
        while cursor < sentenceEnd, hops < 4 {
            if keys[cursor] == "của", cursor + 1 < sentenceEnd { return orgStartingAt[cursor + 1] }
            // "ông A, giảng viên tại Trường Đại học B": the body the one title is held at.
            if keys[cursor] == "tại", hops == 0, cursor + 1 < sentenceEnd { return orgStartingAt[cursor + 1] }
            guard [",", "kiêm", "và"].contains(keys[cursor]), cursor + 1 < sentenceEnd else { return nil }
            if let title = TitlePhrase.read(document, keys, at: cursor + 1, lexicon: lexicon) {
                cursor = title.end
            } else if cursor + 3 < sentenceEnd, keys[cursor + 1] == "người", keys[cursor + 2] == "phát", keys[cursor + 3] == "ngôn" {
                cursor += 4
            } else {
                return nil
            }
            hops += 1
        }
        return nil
    }

    /// Whether the name at `start` opens its sentence after "Theo" ("Theo ông A, …", "Theo đại biểu A, …"), with only
    /// words (an honorific, a bare title) between.
    private func accordingTo(_ start: Int, sentence: Range<Int>, _ keys: [String], _ document: Document) -> Bool {
        guard start > sentence.lowerBound, start - sentence.lowerBound <= 4, keys[sentence.lowerBound] == "theo" else { return false }
        return (sentence.lowerBound + 1..<start).allSatisfy { document.tokens[$0].kind == .word }
    }

    /// Verbs of saying that close a speaker's apposition: "cho biết", "cho rằng", "cho hay", "nói", "chia sẻ", "thông tin".
    static let sayingVerbs: [[String]] = [["cho", "biết"], ["cho", "rằng"], ["cho", "hay"], ["nói"], ["chia", "sẻ"], ["thông", "tin"]]

    /// Whether one of ``sayingVerbs`` starts at `index`.
    static func sayingVerbStarts(at index: Int, _ keys: [String]) -> Bool {
        sayingVerbs.contains { verb in index + verb.count <= keys.count && keys[index..<index + verb.count].elementsEqual(verb) }
    }

    /// Verbs of appointment: a post after them is the appointee's.
    static let appointmentVerbs: Set<[String]> = [["bổ", "nhiệm"], ["điều", "động"]]

    /// Time words that, right after a name, open the name's former post: "Nguyễn Văn Pha nguyên Phó Chủ tịch …".
    static let pastWordsAfterName: Set<String> = ["nguyên", "cựu"]

    /// Words that join two titles of one body: "Tư lệnh kiêm Chính ủy", "Phó Chủ tịch - Tổng Thư ký".
    static let titleJoiners: Set<String> = ["kiêm", "-", "–"]
    /// Bodies of the Party inside a unit: "Giám đốc kiêm Bí thư Đảng ủy Bệnh viện X" is director of the hospital,
    /// not of its Party committee, so a title joined before a post in one of them is not a post there.
    static let partyBodiesOfUnits: [String] = ["đảng ủy", "đảng uỷ", "chi bộ", "đảng đoàn", "ban cán sự"]

    /// The title written right before `title` and joined to it by "kiêm" or a dash, with no body between them, if
    /// any: "Tư lệnh" of "Tư lệnh kiêm Chính ủy Đoàn 559".
    private func titleJoined(
        before title: TitlePhrase, organization: EntityMention, _ keys: [String], _ document: Document
    ) -> TitlePhrase? {
        let joiner = title.start - 1
        guard title.end > 0, joiner > 0, Self.titleJoiners.contains(keys[joiner]),
            !Self.partyBodiesOfUnits.contains(where: organization.canonicalName.lowercased().hasPrefix),
            let first = TitlePhrase.ending(at: joiner, document, keys, lexicon: lexicon), first.end == joiner,
            first.title.lowercased() != title.title.lowercased(),
            // "Phó Thủ tướng – Bộ trưởng Ngoại giao": a head of government's post is the government's, never the
            // ministry's the second title names.
            !Self.governmentTitles.contains(first.title.lowercased())
        else { return nil }
        return first
    }

    /// Titles of the government's leaders, held in the government, whatever body a title joined to them names.
    static let governmentTitles: Set<String> = ["thủ tướng", "phó thủ tướng", "phó thủ tướng thường trực"]

    /// The body named by "của" after a name, skipping "và Title Name" pairs in between: "… Nguyễn Thái Lai của Bộ X";
    /// or the body whose delegation the name leads: "Thứ trưởng A dẫn đầu đoàn công tác (của) Bộ X", when `title` is
    /// one of `bodiesOfTitle` and the body's name opens with a kind of body it heads ("Thứ trưởng" and "Bộ", not "Ban
    /// Chỉ đạo 389").
    private func bodyAfterName(
        _ end: Int, title: TitlePhrase, _ keys: [String], orgStartingAt: [Int: Int], document: Document
    ) -> Int? {
        var cursor = end
        var hops = 0
        while cursor + 1 < keys.count, keys[cursor] == "và" || keys[cursor] == ",", hops < 3 {
            // Skip "và Thứ trưởng Nguyễn Thái Lai".
            guard let title = TitlePhrase.read(document, keys, at: cursor + 1, lexicon: lexicon) else { return nil }
            var name = title.end
            while name < keys.count, document.tokens[name].isCapitalized, name - title.end < 4 { name += 1 }
            guard name > title.end + 1 else { return nil }
            cursor = name
            hops += 1
        }
        // "Thứ trưởng Nguyễn Ngọc Đông dẫn đầu đoàn công tác của Bộ GTVT kiểm tra dự án": a title with no body of its
        // own, held in the body whose delegation the person leads.
        if let start = VietnameseLexicon.delegationBodyStart(in: keys, at: cursor) {
            guard start < keys.count, !document.startsSentence[start], let body = orgStartingAt[start],
                let kinds = Self.bodiesOfTitle[titleCore(title)]
            else { return nil }
            return Self.isBody(document.mentions[body], ofKinds: kinds) ? body : nil
        }
        guard cursor + 1 < keys.count, keys[cursor] == "của", !document.startsSentence[cursor + 1] else { return nil }
        return orgStartingAt[cursor + 1]
    }

    /// Words that make the post after them another person's: "đề xuất của Chủ tịch Thượng viện Haiti, …".
    static let prepositionsBeforePost: Set<String> = ["của", "với", "cho", "đến", "tới", "gặp", "tiếp", "mời", "trước"]

    /// Words that may stand between a post and the name that holds it: "gồm có ông", ":", "là bà".
    static let betweenPostAndName: Set<String> = [":", "gồm", "có", "là", "ông", "bà", "các", "đồng", "chí", "khi", "đó", "lúc", "hiện"]

    /// Words between "các" and a plural title: "các đồng chí Ủy viên Bộ Chính trị", "các vị Đại biểu Quốc hội".
    static let pluralTitleWords: Set<String> = ["đồng", "chí", "ông", "bà", "vị"]

    /// The rank that a plural title before a colon shares over the persons listed after it, one item each between
    /// semicolons: "có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng … Trương Hòa Bình; Thượng tướng Tô Lâm, Bộ
    /// trưởng Bộ Công an; Hoàng Trung Hải, …" makes the first name of each item a member of the Politburo. Nil for a
    /// name right after the colon (the backward rules give it the post), for a name that is not the first of its item,
    /// and where no "các" makes the title plural.
    private func rankSharedOverList(
        at start: Int, sentenceStart: Int, _ keys: [String], personEnds: Set<Int>, orgEndingAt: [Int: Int], document: Document
    ) -> (TitlePhrase, Int)? {
        var cursor = start - 1
        // Back to the start of the item: no other name on the way.
        while cursor > sentenceStart, keys[cursor] != ";", keys[cursor] != ":" {
            if personEnds.contains(cursor) { return nil }
            cursor -= 1
        }
        guard cursor > sentenceStart, keys[cursor] == ";" || cursor < start - 1 else { return nil }
        // Back over the earlier items to the colon.
        while cursor > sentenceStart, keys[cursor] != ":" { cursor -= 1 }
        guard cursor > sentenceStart, keys[cursor] == ":", let orgIndex = orgEndingAt[cursor] else { return nil }
        let orgStart = document.tokenIndex(atOrAfter: document.mentions[orgIndex].span.start)
        guard let title = TitlePhrase.ending(at: orgStart, document, keys, lexicon: lexicon), title.start < orgStart else { return nil }
        var before = title.start - 1
        while before > sentenceStart, title.start - before <= 2, Self.pluralTitleWords.contains(keys[before]) { before -= 1 }
        guard before >= sentenceStart, keys[before] == "các" else { return nil }
        return (title, orgIndex)
    }

    /// Whether the names listed before the separator at `separator` ("A, B, …") open after a colon ("nguyên Chủ tịch
    /// Quốc hội: A, B").
    private func listIntroducedByColon(separatorAt separator: Int, _ keys: [String], persons: [(start: Int, end: Int)]) -> Bool {
        var cursor = separator
        for _ in 0..<12 {
            guard let name = persons.first(where: { $0.end == cursor }) else { return false }
            var start = name.start
            if start > 0, ["ông", "bà"].contains(keys[start - 1]) { start -= 1 }
            if start > 0, keys[start - 1] == "chí", start > 1, keys[start - 2] == "đồng" { start -= 2 }
            guard start > 0 else { return false }
            if keys[start - 1] == ":" { return true }
            guard [",", "và", ";"].contains(keys[start - 1]) else { return false }
            cursor = start - 1
        }
        return false
    }

    /// Whether a post is one person's at a time: a head ("Bí thư", "Chủ tịch", "Giám đốc"), not a deputy's, a member's
    /// or a delegate's ("Phó Chủ tịch", "Ủy viên", "Đại biểu", "Thành viên").
    static func isHeldByOne(_ title: String) -> Bool {
        let words = title.lowercased().split(separator: " ")
        guard let first = words.first, !["phó", "quyền"].contains(first) else { return false }
        // Members ("Ủy viên", "Thành viên", "Chuyên viên") are many, and so are delegates and assistants.
        return words.last != "viên" && !["đại biểu", "trợ lý", "thư ký"].contains(words.joined(separator: " "))
    }

    /// Whether `title` is written in the plural: "các thứ trưởng", "hai Phó Chủ tịch".
    static func inPlural(_ title: TitlePhrase, _ keys: [String]) -> Bool {
        title.start > 0 && VietnameseLexicon.pluralMarkers.contains(keys[title.start - 1])
    }

    /// The token after the name listed right before the name at `start` ("A, B", "A và B", "A; B", "A, ông B").
    private func listPredecessor(of start: Int, _ keys: [String]) -> Int? {
        var cursor = start
        if cursor > 0, ["ông", "bà"].contains(keys[cursor - 1]) { cursor -= 1 }
        guard cursor > 0, [",", "và", ";"].contains(keys[cursor - 1]) else { return nil }
        return cursor - 1
    }

    /// Words between a framed post and its holder, besides "đối với": "bổ nhiệm chức vụ Vụ trưởng Vụ X cho bà Y", "giữ
    /// chức Trưởng ban X thay ông Y" (the holder the new one replaces).
    static let bridgesAfterPost: Set<String> = ["cho", "thay"]

    /// Words of a time span after a post: "(từ 7/2014 - 10/2017)", "từ năm 2017 đến nay".
    static let timeSpanWords: Set<String> = ["từ", "năm", "tháng", "đến", "nay", "-", "–", "/", "(", ")", "đầu", "cuối", "giữa"]

    /// Where a time span with a number that ends right before `end` starts; `end` when none does.
    private func timeStart(before end: Int, _ keys: [String], _ document: Document) -> Int {
        var start = end
        var number = false
        while start > 0, end - start < 12, document.tokens[start - 1].kind == .number || Self.timeSpanWords.contains(keys[start - 1]) {
            if document.tokens[start - 1].kind == .number { number = true }
            start -= 1
        }
        return number ? start : end
    }

    /// The posts framed before an already framed post `title` of the same career, nearest last: "giữ chức vụ A (time),
    /// sau đó là | B".
    private func framedPostsBefore(
        _ title: TitlePhrase, _ keys: [String], orgEndingAt: [Int: Int], document: Document
    ) -> [(TitlePhrase, Int)] {
        var posts: [(TitlePhrase, Int)] = []
        var frame = title.start - 1
        while posts.count < 3, frame > 0 {
            var cursor = frame
            while cursor > 0, frame - cursor < 3, ["sau", "đó", "rồi", ",", "và"].contains(keys[cursor - 1]) { cursor -= 1 }
            guard cursor < frame else { break }
            cursor = timeStart(before: cursor, keys, document)
            guard let orgIndex = orgEndingAt[cursor] else { break }
            let orgStart = document.tokenIndex(atOrAfter: document.mentions[orgIndex].span.start)
            guard let earlier = TitlePhrase.ending(at: orgStart, document, keys, lexicon: lexicon, slack: 2), earlier.start < orgStart,
                earlier.start > 0, Self.framesBeforeName.contains(keys[earlier.start - 1])
            else { break }
            posts.append((earlier, orgIndex))
            frame = earlier.start - 1
        }
        return posts
    }

    /// The token after the capitalized run of a name that starts at `start`.
    private func nameEnd(from start: Int, _ document: Document) -> Int? {
        var end = start
        while end < document.tokens.count, document.tokens[end].kind == .word, document.tokens[end].isCapitalized, end - start < 5 {
            end += 1
        }
        return end > start ? end : nil
    }

    /// Whether the name of two or more syllables that starts at `start` is written again from `end` (its first two
    /// syllables): "Dương Cương Dương Cương", "Bạch Ân Bồi Bạch Ân Bồi".
    static func nameRepeats(from start: Int, at end: Int, _ keys: [String]) -> Bool {
        end - start >= 2 && end + 1 < keys.count && keys[end] == keys[start] && keys[end + 1] == keys[start + 1]
    }

    /// Words that frame a post named before its holder: "trên cương vị", "với cương vị", "cách chức",
    /// "thôi giữ chức", "miễn nhiệm".
    static let framesBeforeName: Set<String> = ["vị", "chức", "nhiệm", "là", "làm", "vụ", "danh"]

    /// The post (title and body mention) that a frame names before the person at `start`:
    /// "Trên cương vị Title Org, ông X", "… chức Title Org đối với ông X" or "do Title Org, ông X ký".
    private func postBeforeName(
        at start: Int, _ keys: [String], orgEndingAt: [Int: Int], personEnds: Set<Int>, document: Document
    ) -> (TitlePhrase, Int)? {
        var cursor = start
        if cursor > 0, Self.cues.contains(keys[cursor - 1]) { cursor -= 1 }
        if cursor > 0, keys[cursor - 1] == "chí", cursor > 1, keys[cursor - 2] == "đồng" { cursor -= 1 }
        if cursor > 0, keys[cursor - 1] == "," {
            cursor -= 1
        } else if cursor > 1, keys[cursor - 1] == "với" && keys[cursor - 2] == "đối" || Self.bridgesAfterPost.contains(keys[cursor - 1]) {
            cursor -= keys[cursor - 1] == "với" ? 2 : 1
            // "Phó Chủ tịch UBND TP Đà Nẵng nhiệm kỳ 2016-2021 đối với ông X": the term stands between.
            var term = cursor
            while term > 0, cursor - term < 6, document.tokens[term - 1].kind == .number || ["-", "–", "/"].contains(keys[term - 1]) {
                term -= 1
            }
            if term < cursor, term > 1, keys[term - 1] == "kỳ", keys[term - 2] == "nhiệm" { cursor = term - 2 }
            // "… đại biểu Quốc hội khóa XIV đối với ông X".
            if cursor > 1, keys[cursor - 2] == "khóa" || keys[cursor - 2] == "khoá",
                document.tokens[cursor - 1].kind == .number || document.tokens[cursor - 1].isAllCaps
            {
                cursor -= 2
            }
        } else {
            return nil
        }
        cursor = timeStart(before: cursor, keys, document)
        guard let orgIndex = orgEndingAt[cursor] else { return nil }
        let orgStart = document.tokenIndex(atOrAfter: document.mentions[orgIndex].span.start)
        guard let title = TitlePhrase.ending(at: orgStart, document, keys, lexicon: lexicon, slack: 2),
            title.start < orgStart, title.start > 0
        else { return nil }
        // The frame word must open the phrase, and the sentence must not name another person in between.
        let frame = keys[title.start - 1]
        if Self.framesBeforeName.contains(frame) { return (title, orgIndex) }
        // "Quyết định số D do chủ tịch UBND tỉnh X, (ông) Nguyễn Văn Y ký": the signer named after his post and a comma.
        if frame == "do", let end = nameEnd(from: start, document), end < keys.count, keys[end] == "ký" { return (title, orgIndex) }
        // "Giám đốc Trung tâm, ông Bùi Quang Hưng, cùng …": a post set off by commas around "ông/bà" and the name.
        // "Tổng giám đốc Vinacomin, ông Đặng Thanh Hải cho hay …": where the post opens the sentence (or follows "Theo"),
        // the name may go straight on to its verb.
        let opensSentence = document.startsSentence[title.start]
            || (title.start > 0 && keys[title.start - 1] == "theo" && document.startsSentence[title.start - 1])
        guard start > 1, ["ông", "bà"].contains(keys[start - 1]), keys[start - 2] == ",", let end = nameEnd(from: start, document),
            end < keys.count,
            keys[end] == "," || (opensSentence && document.tokens[end].kind == .word && !document.tokens[end].isCapitalized)
        else { return nil }
        // "Ông Lê Thanh Hải, Cựu Bí thư Thành ủy TP.HCM, bà Huỳnh Thị Thơ, phu nhân …": a post right after another
        // person's name and a comma is that person's apposition.
        var before = title.start
        while before > 0, ["cựu", "nguyên", "tân", "đương"].contains(keys[before - 1]) { before -= 1 }
        if before > 1, keys[before - 1] == ",", personEnds.contains(before - 2) { return nil }
        return (title, orgIndex)
    }

    /// Subjects carried into career sentences: a bare "ông"/"bà"/"đồng chí" (not followed by a name), a timeline
    /// sentence that opens with a date and then a post, a line of nothing but posts, or a sentence with no name that
    /// opens with a time and a verb of taking a post (``subjectlessCareerPost(_:_:document:)``) refers to the person named
    /// last before it, in the same paragraph or the one before — or to the person the previous reference carried.
    private func careerReferences(
        _ keys: [String], persons: [(start: Int, end: Int)], personAt: [Int: Int], occupied: [Bool], document: Document
    ) -> [(start: Int, end: Int, mention: Int)] {
        let tokens = document.tokens
        var references: [(start: Int, end: Int, mention: Int)] = []
        var last: (start: Int, mention: Int)?
        var personIndex = 0
        for sentence in document.sentences {
            let range = sentence.tokens
            var hasPerson = false
            for index in range {
                while personIndex < persons.count, persons[personIndex].start < index { personIndex += 1 }
                if personIndex < persons.count, persons[personIndex].start == index, let mention = personAt[index] {
                    last = (index, mention)
                    hasPerson = true
                    continue
                }
                // "Đồng chí đã trải qua nhiều cương vị …": one comrade, not "các đồng chí".
                let comrade = keys[index] == "chí" && index > 0 && keys[index - 1] == "đồng"
                    && !(index > 1 && ["các", "những", "hai", "ba", "nhiều"].contains(keys[index - 2]))
                guard let carried = last, ["ông", "bà"].contains(keys[index]) || comrade, !occupied[index],
                    index + 1 < tokens.count, !tokens[index + 1].isCapitalized || document.startsSentence[index + 1],
                    paragraphDistance(from: carried.start, to: index, document: document) <= 1
                else { continue }
                references.append((comrade ? index - 1 : index, index + 1, carried.mention))
                // A biography goes on over paragraphs: the reference carries the person on.
                last = (index, carried.mention)
            }
            // "2010 - 2015: Phó Bí thư Huyện ủy X" — a timeline line with no name of its own.
            guard !hasPerson, let carried = last,
                paragraphDistance(from: carried.start, to: range.lowerBound, document: document) <= 1
            else { continue }
            var cursor = range.lowerBound
            var sawDate = false
            while cursor < range.upperBound, tokens[cursor].kind == .number
                || Self.timelineWords.contains(keys[cursor])
            {
                if tokens[cursor].kind == .number { sawDate = true }
                cursor += 1
            }
            guard sawDate, cursor < range.upperBound, [":", ",", "-", "–"].contains(keys[cursor]),
                TitlePhrase.read(document, keys, at: cursor + 1, lexicon: lexicon) != nil
            else {
                // "Ủy viên Ban Chấp hành T.Ư Đảng khóa X; XI; XII. Đại biểu Quốc hội khóa XIII; XIV.": a line of a
                // biography that is nothing but posts.
                if !sawDate, postsOnly(range, keys, occupied: occupied, document: document) {
                    references.append((range.lowerBound, range.lowerBound, carried.mention))
                    last = (range.lowerBound, carried.mention)
                } else if let post = subjectlessCareerPost(range, keys, document: document) {
                    references.append((post, post, carried.mention))
                    last = (post, carried.mention)
                }
                continue
            }
            references.append((cursor, cursor, carried.mention))
            last = (cursor, carried.mention)
        }
        return references
    }

    /// Where the post of a career's line that leaves out its subject is read from: "Sau đó làm Phó Vụ trưởng Vụ X, rồi …",
    /// "Năm 2015, được bổ nhiệm giữ chức Vụ trưởng …", "Đến tháng 3/2016 chuyển sang làm Chánh Văn phòng …". The line
    /// opens with a time, then a verb of taking a post, then the post.
    private func subjectlessCareerPost(_ range: Range<Int>, _ keys: [String], document: Document) -> Int? {
        var cursor = range.lowerBound
        while cursor < range.upperBound, document.tokens[cursor].kind == .number || Self.careerTimeWords.contains(keys[cursor]) {
            cursor += 1
        }
        // "Trở thành thành viên APPF năm 1995, Quốc hội Việt Nam …": without a time first, the subject may follow.
        guard cursor > range.lowerBound else { return nil }
        if cursor < range.upperBound, keys[cursor] == "," { cursor += 1 }
        guard let verb = Self.careerVerbs.first(where: { verb in
            cursor + verb.count < range.upperBound && keys[cursor..<cursor + verb.count].elementsEqual(verb)
        }) else { return nil }
        let post = cursor + verb.count
        guard TitlePhrase.read(document, keys, at: post, lexicon: lexicon) != nil else { return nil }
        // The verb's last word where it cues a post ("làm", "chức"), as after a name; else the post's first word.
        return Self.postCues.contains(keys[post - 1]) ? post - 1 : post
    }

    /// The words of a timeline line's dates: "2010 - 2015:", "Từ tháng 3/2016 đến nay:", "Cuối năm 2012,".
    static let timelineWords: Set<String> = ["từ", "năm", "tháng", "đến", "nay", "-", "/", "–", "đầu", "cuối", "giữa"]

    /// The words of the time that opens a line of a career written without its subject: a timeline's, and "Sau đó",
    /// "Rồi", "Tới năm …".
    static let careerTimeWords: Set<String> = timelineWords.union(["sau", "đó", "rồi", "tới"])

    /// The verbs of taking a post that open a career's line without its subject, longest first where they share a start.
    /// Not "là": "Sau đó là Giám đốc Sở Y tế báo cáo …" names the next speaker.
    static let careerVerbs: [[String]] = [
        ["được", "bổ", "nhiệm", "giữ", "chức", "vụ"], ["được", "bổ", "nhiệm", "giữ", "chức"], ["được", "bổ", "nhiệm", "làm"],
        ["được", "bổ", "nhiệm"], ["được", "bầu", "giữ", "chức", "vụ"], ["được", "bầu", "giữ", "chức"], ["được", "bầu", "làm"],
        ["được", "bầu"], ["được", "điều", "động", "làm"], ["được", "điều", "động", "giữ", "chức"], ["được", "luân", "chuyển", "làm"],
        ["giữ", "chức", "vụ"], ["giữ", "chức"], ["giữ", "cương", "vị"], ["chuyển", "sang", "làm"], ["đảm", "nhận", "chức", "vụ"],
        ["đảm", "nhận", "cương", "vị"], ["đảm", "nhận"], ["trở", "thành"], ["làm"],
    ]

    /// Whether a sentence is nothing but posts: it opens with a title, and every other token is a title, a body, a
    /// term ("khóa XIII; XIV", "nhiệm kỳ 2015-2020") or a separator — a line of a biography, with no verb or name.
    private func postsOnly(_ range: Range<Int>, _ keys: [String], occupied: [Bool], document: Document) -> Bool {
        guard let first = TitlePhrase.read(document, keys, at: range.lowerBound, lexicon: lexicon) else { return false }
        var cursor = first.end
        var sawBody = false
        while cursor < range.upperBound {
            if occupied[cursor] {
                sawBody = true
                cursor += 1
            } else if let title = TitlePhrase.read(document, keys, at: cursor, lexicon: lexicon) {
                cursor = title.end
            } else if Self.termWords.contains(keys[cursor]) || document.tokens[cursor].kind == .number
                || Self.romanNumeral(document.tokens[cursor].text)
            {
                cursor += 1
            } else {
                return false
            }
        }
        return sawBody
    }

    /// Words of a term and separators between posts on a line of posts.
    static let termWords: Set<String> = ["khóa", "nhiệm", "kỳ", ";", ",", ".", "và", "-", "–"]

    /// Whether a word is a Roman numeral, as terms are numbered ("XIII").
    static func romanNumeral(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy { "IVXLC".contains($0) }
    }

    /// Whether a clause opener ("Sáng", "Năm", "Hiện") at `index` ends a person's name rather than opening a
    /// clause glued to it: "Trần Huy Sáng cho biết" against "… Nguyễn Văn An Sáng nay …", "… Năm 2020".
    private func givenNameNotClause(at index: Int, _ keys: [String], _ document: Document) -> Bool {
        // "ông Lê Quang Tự Do, Phó Cục trưởng …": "Do" (because) closed by a comma is the last syllable of a name.
        if keys[index] == "do", index + 1 < keys.count, [",", ";", ")"].contains(keys[index + 1]) { return true }
        // Only openers that are also given names: "Theo", "Tại", "Về" never end a name.
        guard ["sáng", "năm", "phát", "đồng", "hiện"].contains(keys[index]) else { return false }
        // "Ảnh: VGP/Lê Sơn Phát biểu tại …": with the word that makes it a verb, it opens the glued sentence.
        if lexicon.opensClauseWithNextWord(keys, at: index) { return false }
        let next = index + 1
        guard next < keys.count, !document.startsSentence[next] else { return true }
        if document.tokens[next].kind == .number { return false }
        return !["nay", "qua", "mai", "sau", "đó", "này", "tới", "cùng", "ngày", "hôm", "trước", "tại"].contains(keys[next])
    }

    /// A foreign person's name at `index` ("Thongloun Sisoulith", "Raul Castro"): two to four capitalized words,
    /// at least one of them no Vietnamese syllable, cued like a Vietnamese name (a title, "ông", "Ngài", a
    /// title and a country before it, or ", Title" after it) — or one such word of three letters or more right after a
    /// title and a country ("Thủ tướng Campuchia Hunsen"). Returns the token after the name. Two kinds of name
    /// in Vietnamese syllables count too: up to three after a title and a country ("Chủ tịch Trung Quốc Tập Cận
    /// Bình"), and exactly three after a title and its body, whatever the family name ("… UBND tỉnh Lào Cai Xồng
    /// Bá Lầu").
    private func foreignName(
        at index: Int, _ keys: [String], occupied: [Bool], bodyBefore: Bool, titledBodyBefore: Bool, document: Document
    ) -> Int? {
        let tokens = document.tokens
        // "Ông Dan Coats, Giám đốc …" at a sentence's start: the honorific is a cue, not the first name; so is a clause's
        // first word before a foreign given name ("Sau James Comey, …").
        if ["ông", "bà", "ngài"].contains(keys[index]) { return nil }
        if document.startsSentence[index], lexicon.clauseOpeners.contains(keys[index]), index + 1 < tokens.count,
            opensForeignName(at: index + 1, document)
        {
            return nil
        }
        var end = index
        var hyphens = 0
        var initials = 0
        var particles = 0
        while end < tokens.count, end - index - 2 * hyphens - initials - particles < 4, !occupied[end], tokens[end].kind == .word,
            tokens[end].isCapitalized, !tokens[end].isAllCaps || isMiddleInitial(at: end, after: index, document),
            end == index || !document.startsSentence[end] || isMiddleInitial(at: end - 2, after: index, document),
            end == index || document.scalars[tokens[end - 1].span.end] == " " || keys[end - 1] == "-",
            lexicon.places.longestMatch(in: keys, at: end) == nil || isFamilyNameAfterGivenName(at: end, keys),
            lexicon.titles.longestMatch(in: keys, at: end) == nil,
            // "Thủ tướng Campuchia Hunsen Cùng dự lễ đón": a sentence glued on after the name.
            end == index || !lexicon.opensClause(keys, at: end)
        {
            // "Robert H. McCooey Jr", "John F. Kennedy": a middle initial and its full stop.
            if isMiddleInitial(at: end, after: index, document) {
                end += 2
                initials += 1
                continue
            }
            end += 1
            // "Jean-Claude Juncker": a given name joined by a hyphen, no space on either side.
            if end + 1 < tokens.count, keys[end] == "-", tokens[end].span.start == tokens[end - 1].span.end,
                tokens[end + 1].span.start == tokens[end].span.end, tokens[end + 1].isCapitalized
            {
                end += 1
                hyphens += 1
            } else if end - index >= 2, end + 1 < tokens.count, keys[end] == "-",
                tokens[end].span.start == tokens[end - 1].span.end, tokens[end + 1].span.start == tokens[end].span.end,
                tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized
            {
                // "Moon Jae-in", "Park Geun-hye": a Korean given name's second syllable, glued by a hyphen in lower case,
                // closes the name.
                end += 2
                break
            }
            // "Ursula von der Leyen", "Charles de Gaulle": one or two lower-case particles between foreign words.
            var particle = end
            while particle < tokens.count, particle - end < 2, tokens[particle].kind == .word, !tokens[particle].isCapitalized,
                Self.nameParticles.contains(keys[particle])
            {
                particle += 1
            }
            if particle > end, particle < tokens.count, tokens[particle].kind == .word, tokens[particle].isCapitalized,
                !tokens[particle].isAllCaps, !document.startsSentence[particle], !occupied[particle],
                !VietnameseSyllable.isVietnamese(tokens[particle].text), !VietnameseSyllable.isVietnamese(tokens[end - 1].text)
            {
                particles += particle - end
                end = particle
            }
        }
        // "Thủ tướng Lào Thongloun Sisoulith": a country between the title and the name.
        let country = end > index && index > 0 ? countryEnding(at: index, keys) : nil
        // "Thủ tướng Campuchia Hunsen", "Tổng thống Nga Putin": after a title and its country, one foreign word names.
        let titledSingle = end - index == 1 && tokens[index].text.count >= 3 && !VietnameseSyllable.isVietnamese(tokens[index].text)
            && titledCountryEnding(at: index, keys)
        // "Donald Trump đã sa thải …", "và Leon Panetta", "Theo Susan Rice, …": a foreign given name of the lexicon opens a
        // name whose other words are no Vietnamese syllables; no brand starts there ("Morgan Stanley").
        let givenName = end - index >= 2 && opensForeignName(at: index, document)
            && (index + 1..<end).allSatisfy { position in
                keys[position] == "." || isMiddleInitial(at: position, after: index, document) || Self.nameParticles.contains(keys[position])
                    || (tokens[position].text.count > 1 && !VietnameseSyllable.isVietnamese(tokens[position].text)
                        && !Self.foreignNameTails.contains(keys[position]))
            }
            && lexicon.brands.longestMatch(in: keys, at: index) == nil && lexicon.organizations.longestMatch(in: keys, at: index) == nil
            // "ngân hàng Morgan Stanley", "hãng Ford Motor": a body's bare head in lower case before it (a body's name
            // before it is the person's: "Lãnh đạo Công đảng Jeremy Corbyn").
            && (bodyBefore || !(max(0, index - 3)..<index).contains { start in
                !tokens[start].isCapitalized && (start == 0 || !tokens[start - 1].isCapitalized)
                    && lexicon.heads.longestMatch(in: keys, at: start).map { start + $0.length == index } == true
            })
        guard end - index >= 2 || titledSingle,
            // "của Ngài Heng Samrin": a cue, capitalized or not; "Theo Susan Rice": a clause's first word before a given name.
            index == 0 || !tokens[index - 1].isCapitalized || Self.cues.contains(keys[index - 1]) || country != nil || bodyBefore
                || (givenName && document.startsSentence[index - 1] && lexicon.clauseOpeners.contains(keys[index - 1]))
                // "CEO Travis Kalanick", "FBI James Comey": an acronym (a post or a body) before a given name.
                || (givenName && tokens[index - 1].kind == .word && tokens[index - 1].isAllCaps)
        else { return nil }
        // "bà H'Yim Kđoh": the capital and the apostrophe that open the name stand between it and its cue.
        let before = country.map { $0 - 1 } ?? (Self.apostropheOpening(before: index, document).map { $0 - 1 } ?? index - 1)
        // "Tổng Giám đốc Tổ chức Y tế Thế giới Tedros Adhanom Ghebreyesus": a title and its body before the name.
        let cued = bodyBefore || before >= 0 && (Self.cues.contains(keys[before]) || keys[before] == "chí"
            || TitlePhrase.ending(at: before + 1, document, keys, lexicon: lexicon) != nil)
            || titledCountryEnding(at: index, keys) || ministerOfField(endingAt: index, keys, document)
        let apposition = end + 1 < tokens.count && TokenKeys.commaOrDash.contains(keys[end])
            && (TitlePhrase.read(document, keys, at: end + 1, lexicon: lexicon) != nil
                // "Pang Zhongying, một chuyên gia về các vấn đề Mỹ …": an apposition that says what the person is.
                || (end + 2 < tokens.count && keys[end + 1] == "một" && Self.personNouns.contains(keys[end + 2]))
                // "Li Mingjiang, phó giáo sư tại Trường …", "Wang Wen, giáo sư tại Viện …": an academic's rank and where.
                || Self.academicApposition(after: end + 1, keys))
        // "nhà lãnh đạo Kim Jong-un", "người tiền nhiệm Barack Obama": a word for a leader or a predecessor.
        let leaderWord = before >= 1 && Self.foreignNameCues.contains(keys[before - 1] + " " + keys[before])
        guard cued || apposition || leaderWord || givenName, !namedAfter(index, keys) else { return nil }
        // "Chủ tịch Trung Quốc Tập Cận Bình": after a title and a country, a name in Sino-Vietnamese syllables is
        // foreign too, though each of its syllables is Vietnamese.
        if end - index <= 3, titledCountryEnding(at: index, keys) {
            return end
        }
        // "Phó Chủ tịch UBND TP Hà Nội Chử Xuân Dũng": right after a title and its body, three capitalized syllables
        // closed by the clause are a name, though the family name is not on the list.
        if end - index == 3, titledBodyBefore, end >= tokens.count || !tokens[end].isCapitalized {
            return end
        }
        return (index..<end).contains(where: { !VietnameseSyllable.isVietnamese(tokens[$0].text) }) ? end : nil
    }

    /// The comma that closes an item saying what a person is, opening at `start` after a comma: a descriptor of the
    /// lexicon and a few more words ("phi công vũ trụ", "anh hùng lực lượng vũ trang", "nhà báo"), an age ("45 tuổi")
    /// or a birth year ("sinh năm 1964", "SN 1964") — at most eight words, with no verb, body or person in it and
    /// more of the sentence after it. Nil for anything else.
    private func descriptorItemEnd(
        from start: Int, sentenceEnd: Int, _ keys: [String], personAt: [Int: Int], orgStartingAt: [Int: Int], document: Document
    ) -> Int? {
        let tokens = document.tokens
        let opens = lexicon.personDescriptors.longestMatch(in: keys, at: start) != nil
            || (start + 1 < sentenceEnd && tokens[start].kind == .number && keys[start + 1] == "tuổi")
            || (start + 2 < sentenceEnd && keys[start] == "sinh" && keys[start + 1] == "năm" && tokens[start + 2].kind == .number)
            || (start + 1 < sentenceEnd && keys[start] == "sn" && tokens[start + 1].kind == .number)
        guard opens else { return nil }
        var end = start
        while end < sentenceEnd, end - start <= 8, keys[end] != "," {
            guard tokens[end].kind != .punctuation, personAt[end] == nil, orgStartingAt[end] == nil,
                !lexicon.clauseVerbs.contains(keys[end]),
                end + 1 >= sentenceEnd || !lexicon.isClauseVerb(keys[end], keys[end + 1])
            else { return nil }
            end += 1
        }
        guard end < sentenceEnd, keys[end] == ",", end + 1 < sentenceEnd else { return nil }
        return end
    }

    /// Whether a name the family names do not start ("Thuận Hữu", a pen name) stands at `index` between a cue ("ông",
    /// "bà", "nhà báo", "nhà văn", "nhà thơ") and a comma that opens the person's post: "Nhà báo Thuận Hữu, Chủ tịch Hội
    /// Nhà báo Việt Nam".
    private func cuedPenName(at index: Int, _ keys: [String], _ document: Document) -> Bool {
        let tokens = document.tokens
        let cued = index > 0 && (["ông", "bà"].contains(keys[index - 1])
            || (index > 1 && keys[index - 2] == "nhà" && ["báo", "văn", "thơ"].contains(keys[index - 1])))
        guard cued else { return false }
        var end = index
        while end < tokens.count, end - index < 3, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAllCaps,
            end == index || !document.startsSentence[end], VietnameseSyllable.isVietnamese(tokens[end].text)
        {
            end += 1
        }
        guard end - index >= 2, end + 1 < tokens.count, keys[end] == ",",
            lexicon.places.longestMatch(in: keys, at: index) == nil
        else { return false }
        return TitlePhrase.read(document, keys, at: end + 1, lexicon: lexicon) != nil
    }

    /// Names of two syllables, a family name and one more, listed right beside a person's name ("gồm các ông: Lê Hoàng,
    /// Nguyễn An Tiêm, Nguyễn Nguyên", "lãnh đạo …: Phạm Thế Duyệt, Huỳnh Đảm;"): a list of persons goes on in persons.
    /// Alone, two such syllables need a cue (a title, "ông"), as they may be a place or a street; beside a person, after
    /// a comma or "và" and closed by one or by punctuation, they are a person too. A place of the gazetteer, a street of
    /// the article and a word another extractor took stay out.
    private func twoSyllableNamesListed(
        beside persons: [(start: Int, end: Int)], occupied: [Bool], streetNames: Set<String>, document: Document
    ) -> [(start: Int, end: Int)] {
        let tokens = document.tokens
        let keys = document.tokenKeys
        let separators: Set<String> = [",", "và", ";"]
        var starts = Set(persons.map(\.start))
        var ends = Set(persons.map(\.end))
        var added: [(start: Int, end: Int)] = []
        // A list is read outward from the persons it holds: the only places a name may join are right after a person and
        // a separator, or right before a separator and a person; each name that joins opens two more.
        var pending = persons.flatMap { [$0.end + 1, $0.start - 3] }
        while let index = pending.popLast() {
            let end = index + 2
            guard index >= 1, end <= tokens.count, !starts.contains(index),
                (index..<end).allSatisfy({ position in
                    tokens[position].kind == .word && tokens[position].isCapitalized && !tokens[position].isAllCaps
                        && !occupied[position] && VietnameseSyllable.isVietnamese(tokens[position].text)
                }),
                lexicon.isSurname(keys[index]), !document.startsSentence[index + 1],
                end == tokens.count || tokens[end].kind == .punctuation || keys[end] == "và",
                lexicon.places.longestMatch(in: keys, at: index) == nil,
                !streetNames.contains(keys[index..<end].joined(separator: " ")),
                !persons.contains(where: { $0.start <= index && index < $0.end }),
                !added.contains(where: { $0.start <= index + 1 && index < $0.end })
            else { continue }
            let afterPerson = separators.contains(keys[index - 1]) && ends.contains(index - 1)
            let beforePerson = end + 1 < tokens.count && separators.contains(keys[end]) && starts.contains(end + 1)
            guard afterPerson || beforePerson else { continue }
            added.append((index, end))
            starts.insert(index)
            ends.insert(end)
            pending += [end + 1, index - 3]
        }
        return added
    }

    /// Whether a foreign given name of the lexicon stands at `index` ("Donald", "Sergey"): not a Vietnamese syllable, or
    /// one only in shape, written without a diacritic ("Leon", "Ray": the words after it decide, as no Vietnamese name
    /// goes on in foreign words).
    private func opensForeignName(at index: Int, _ document: Document) -> Bool {
        let token = document.tokens[index]
        return token.kind == .word && token.isCapitalized && lexicon.foreignGivenNames.contains(document.tokenKeys[index])
            && (!VietnameseSyllable.isVietnamese(token.text) || token.text.unicodeScalars.allSatisfy(\.isASCII))
    }

    /// Whether a minister's title and the field of the ministry, with no "Bộ", end at `index`: "Bộ trưởng Giao thông Ong
    /// Ye Kung", "Thứ trưởng Quốc phòng …" — a capitalized word and at most two more in lower case.
    private func ministerOfField(endingAt index: Int, _ keys: [String], _ document: Document) -> Bool {
        let tokens = document.tokens
        return (1...3).contains { length in
            let field = index - length
            return field >= 2 && tokens[field].kind == .word && tokens[field].isCapitalized
                && (field + 1..<index).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized })
                && keys[field - 1] == "trưởng" && ["bộ", "thứ"].contains(keys[field - 2])
        }
    }

    /// The first token of a capital and an apostrophe glued to the name at `start` ("H'" of "H'Yim Kđoh": Ê Đê and Jarai
    /// women's names), or nil.
    static func apostropheOpening(before start: Int, _ document: Document) -> Int? {
        let tokens = document.tokens
        let mark = start - 1
        guard mark >= 1, ["'", "’"].contains(document.tokenKeys[mark]), tokens[mark - 1].kind == .word,
            tokens[mark - 1].text.count == 1, tokens[mark - 1].isCapitalized, tokens[mark].span.start == tokens[mark - 1].span.end,
            tokens[start].span.start == tokens[mark].span.end
        else { return nil }
        return mark - 1
    }

    /// Ranks and callings of scholars that, after a foreign name and a comma and before "tại", "của" or "thuộc", say the
    /// name is a person's: "Li Mingjiang, phó giáo sư tại Trường Nghiên cứu Quốc tế S. Rajaratnam". (Posts of the
    /// titles' list, "giảng viên", "nghiên cứu viên", say it already.)
    static let academicRanks: [[String]] = [
        ["giáo", "sư"], ["phó", "giáo", "sư"], ["tiến", "sĩ"], ["nhà", "nghiên", "cứu"], ["chuyên", "gia"], ["học", "giả"],
    ]

    /// Whether one of ``academicRanks`` starts at `start` and "tại", "của" or "thuộc" follows it.
    static func academicApposition(after start: Int, _ keys: [String]) -> Bool {
        academicRanks.contains { rank in
            let end = start + rank.count
            return end < keys.count && keys[start..<end].elementsEqual(rank) && ["tại", "của", "thuộc"].contains(keys[end])
        }
    }

    /// Words that end the names of foreign bodies and places, never a person's: "Marina City", "Royal Khmer Airlines".
    static let foreignNameTails: Set<String> = [
        "city", "group", "airlines", "airways", "air", "bank", "holdings", "capital", "corporation", "corp", "inc", "ltd",
        "company", "hotel", "resort", "tower", "towers", "center", "centre", "park", "square", "street", "bay", "beach",
        "university", "college", "school", "institute", "foundation", "club", "fc", "united", "times", "post", "news",
        "journal", "press", "media", "studio", "studios", "motors", "energy", "island", "islands", "valley", "hospital",
    ]

    /// Whether the token at `index` is a middle initial of a foreign name that starts at `start`: one capital letter after
    /// a word of the name, its full stop glued to it, then another capitalized word ("Robert H. McCooey").
    private func isMiddleInitial(at index: Int, after start: Int, _ document: Document) -> Bool {
        let tokens = document.tokens
        guard index > start, index + 2 < tokens.count, tokens[index].text.unicodeScalars.count == 1,
            tokens[index].isCapitalized, tokens[index + 1].text == ".", tokens[index + 1].span.start == tokens[index].span.end,
            tokens[index + 2].kind == .word, tokens[index + 2].isCapitalized, tokens[index + 2].span.start > tokens[index + 1].span.end
        else { return false }
        return tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized
    }

    /// Whether a post of two words or more starts at `index` and a capitalized word follows it — the next holder's
    /// name or the body: "…; Trình Phó Thủ tướng Vương Đình Huệ" is no person "Trình Phó Thủ".
    private func titleBeforeName(at index: Int, _ keys: [String], _ document: Document) -> Bool {
        guard let title = TitlePhrase.read(document, keys, at: index, lexicon: lexicon), title.end - index >= 2,
            title.end < document.tokens.count
        else { return false }
        return document.tokens[title.end].kind == .word && document.tokens[title.end].isCapitalized
    }

    /// Whether the name at `index` follows a house number: "số nhà 12 Lương Văn Can", "số 5 Trần Phú", "(43 Trần Duy
    /// Hưng, Hà Nội)" is a street.
    private func inAddress(_ index: Int, _ keys: [String], _ document: Document) -> Bool {
        guard index >= 2, document.tokens[index - 1].kind == .number else { return false }
        // "số 5 Lê Duẩn"; "(43 Trần Duy Hưng, Hà Nội)": a house number opening a parenthesis.
        return ["số", "nhà", "("].contains(keys[index - 2])
    }

    /// Whether the name at `index` is what a body or a thing is named after: "mang tên “Đại tướng Maximo Gómez”",
    /// "mang tên Bác", "Lăng Chủ tịch Hồ Chí Minh". Quotes and a rank or title may stand between.
    private func namedAfter(_ index: Int, _ keys: [String]) -> Bool {
        // "viếng Lăng Chủ tịch Hồ Chí Minh", "tượng đài Tổng Bí thư Trần Phú": a memorial, with the title it gives.
        if index > 1, (max(1, index - 5)..<index).contains(where: { start in
            VietnameseLexicon.closesMemorial(at: start - 1, keys)
                && lexicon.titles.longestMatch(in: keys, at: start).map { start + $0.length == index } == true
        }) {
            return true
        }
        var cursor = index
        while cursor >= 2, index - cursor < 4 {
            let previous = keys[cursor - 1]
            if previous == "tên" { return ["mang", "lấy", "đặt"].contains(keys[cursor - 2]) }
            guard ["“", "\"", "‘", "'"].contains(previous) || Self.cues.contains(previous) || previous == "đại"
                || lexicon.titles.longestMatch(in: keys, at: cursor - 1) != nil
            else { return false }
            cursor -= 1
        }
        return false
    }

    /// The parenthesis that opens a body's acronym ending right before `index`: one token ("(UBCKNN)") or up to five
    /// glued ones ("(GD-ĐT)", "(LĐ-TB&XH)"), or capitals joined by a spaced "&" ("(NN & PTNT)"; not a dash: "(HN - HP)"
    /// is two places), right after the body's name.
    private func acronymOpening(endingAt index: Int, _ keys: [String], orgEndingAt: [Int: Int], document: Document) -> Int? {
        guard index >= 3, keys[index - 1] == ")" else { return nil }
        var open = index - 2
        while open > 0, index - 1 - open < 6, keys[open] != "(",
            document.tokens[open].span.start == document.tokens[open - 1].span.end || keys[open - 1] == "("
                || (keys[open] == "&" && document.tokens[open - 1].isAllCaps)
                || (keys[open - 1] == "&" && document.tokens[open].isAllCaps)
        {
            open -= 1
        }
        guard keys[open] == "(", open < index - 2, orgEndingAt[open] != nil else { return nil }
        return open
    }

    /// The "(" of another name of a body written in parentheses right after it and before `index`: "Chủ tịch Hội đồng
    /// Liên bang Nga (Thượng viện) Valentina Matvienko". Nil when none stands there.
    private func otherNameAfterBody(endingAt index: Int, _ keys: [String], orgEndingAt: [Int: Int], document: Document) -> Int? {
        guard index >= 4, keys[index - 1] == ")", let inner = orgEndingAt[index - 1] else { return nil }
        let open = document.tokenIndex(atOrAfter: document.mentions[inner].span.start) - 1
        guard open >= 1, keys[open] == "(", orgEndingAt[open] != nil else { return nil }
        return open
    }

    /// Whether the one-word foreign city or state at `index` is a family name, right after a foreign given name: "Bộ
    /// trưởng Quốc phòng Lloyd Austin", "Jack London". A country ("Anh", "Pháp") never is.
    private func isFamilyNameAfterGivenName(at index: Int, _ keys: [String]) -> Bool {
        guard index > 0, lexicon.foreignGivenNames.contains(keys[index - 1]),
            let place = lexicon.places.longestMatch(in: keys, at: index)
        else { return false }
        return place.length == 1 && place.payload.kind == "country" && !lexicon.isCountry(place.payload)
    }

    /// Whether the token at `index` continues a place name that starts before it ("Kỳ" of "Hoa Kỳ").
    private func insidePlace(_ index: Int, _ keys: [String]) -> Bool {
        for start in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            if let match = lexicon.places.longestMatch(in: keys, at: start), start + match.length > index { return true }
        }
        return false
    }

    /// Whether a country ends right before `index` and a title before it, with at most five tokens between them
    /// (``VietnameseLexicon/titleEnds(before:in:gap:)``: room for the country's formal name): "Chủ tịch nước Cộng
    /// hòa Nhân dân Trung Hoa | Tập Cận Bình", "Tổng thống Hợp chúng quốc Hoa Kỳ | Donald Trump".
    private func titledCountryEnding(at index: Int, _ keys: [String]) -> Bool {
        guard let country = countryEnding(at: index, keys) else { return false }
        return lexicon.titleEnds(before: country, in: keys, gap: 5)
    }

    /// The first token of a country name that ends right before `index`, if one does.
    private func countryEnding(at index: Int, _ keys: [String]) -> Int? {
        for start in stride(from: index - 1, through: max(0, index - 4), by: -1) {
            if let match = lexicon.places.longestMatch(in: keys, at: start), start + match.length == index,
                match.payload.kind == "country"
            {
                return start
            }
        }
        return nil
    }

    /// How many paragraphs lie between two tokens.
    private func paragraphDistance(from first: Int, to second: Int, document: Document) -> Int {
        guard let a = document.sentenceIndex(containing: document.tokens[first].span.start),
            let b = document.sentenceIndex(containing: document.tokens[second].span.start)
        else { return Int.max }
        return abs(document.sentences[b].paragraph - document.sentences[a].paragraph)
    }

    /// The kinds of body a title belongs to, by the first words of the body's name.
    static let bodiesOfTitle: [String: [String]] = [
        "bộ trưởng": ["bộ"], "thứ trưởng": ["bộ"], "hiệu trưởng": ["trường", "đại học", "học viện"],
        "hiệu phó": ["trường", "đại học", "học viện"],
        "viện trưởng": ["viện"], "giám đốc": ["sở", "học viện", "bệnh viện", "trung tâm", "kho bạc", "công ty", "đài"],
        "chủ tịch": ["ủy ban nhân dân", "hội đồng nhân dân"], "bí thư": ["tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "đảng ủy"],
        "cục trưởng": ["cục"], "vụ trưởng": ["vụ"], "chánh án": ["tòa án"],
    ]

    /// The titles only a school's head holds: with no body after them they name the article's one school.
    static let schoolHeadTitles: Set<String> = ["hiệu trưởng", "hiệu phó"]

    /// The first mention of the one school (a "Trường", "Đại học" or "Học viện", the same with or without "Trường")
    /// the article names, when `title` is a school head's; nil when it names none or several.
    private func schoolInFocus(for title: TitlePhrase, document: Document) -> Int? {
        guard Self.schoolHeadTitles.contains(titleCore(title)) else { return nil }
        var schools: [String: Int] = [:]
        for (index, mention) in document.mentions.enumerated()
        where mention.type == .organization && !mention.hints.isShortForm {
            // A school named inside its council's name ("Hội đồng trường ĐH Bách khoa Hà Nội") is that school.
            let name = mention.canonicalName.lowercased()
            guard Self.isBody(mention, ofKinds: ["trường", "đại học", "học viện"]) else { continue }
            let school = name.hasPrefix("trường ") ? String(name.dropFirst("trường ".count)) : name
            if schools[school] == nil { schools[school] = index }
        }
        return schools.count == 1 ? schools.values.first : nil
    }

    /// Whether `mention` names a body of one of `kinds` (a title's `bodiesOfTitle`): "Bộ Công Thương" is a "bộ".
    private static func isBody(_ mention: EntityMention, ofKinds kinds: [String]) -> Bool {
        let name = mention.canonicalName.lowercased()
        return kinds.contains { name.hasPrefix($0 + " ") }
    }

    /// The title without a leading "Phó" or "Quyền", in lower case: the key of `bodiesOfTitle`. Only a leading word
    /// qualifies the title: "Hiệu phó" is a title of its own.
    private func titleCore(_ title: TitlePhrase) -> String {
        title.title.lowercased().split(separator: " ").drop { $0 == "phó" || $0 == "quyền" }.joined(separator: " ")
    }

    /// The one body of the title's kind named in the sentence before the title, if exactly one; with `deputyOnly`, only
    /// the body whose head the sentence named before a deputy's title.
    private func impliedBody(
        for title: TitlePhrase, sentence: Sentence, candidates: [Int], deputyOnly: Bool = false, document: Document
    ) -> Int? {
        let core = titleCore(title)
        let titleStart = document.tokens[title.start].span.start
        // "ông A, Tổng Giám đốc VOV; các Phó Tổng Giám đốc: B, C": a deputy's post is in the body whose head the
        // sentence named earlier (the same title without "Phó").
        let keys = document.tokenKeys
        let isDeputy = title.title.lowercased().hasPrefix("phó ")
        let samePost = !isDeputy ? [] : Set(candidates.filter { index in
            let mention = document.mentions[index]
            guard mention.span.start >= sentence.span.start, mention.span.end <= titleStart,
                let earlier = TitlePhrase.ending(at: document.tokenIndex(atOrAfter: mention.span.start), document, keys, lexicon: lexicon)
            else { return false }
            return earlier.title.lowercased() == core
        })
        if samePost.count == 1, let only = samePost.first { return only }
        guard !deputyOnly, let kinds = Self.bodiesOfTitle[core] else { return nil }
        var found: [String: Int] = [:]
        for index in candidates {
            let mention = document.mentions[index]
            guard mention.span.start >= sentence.span.start, mention.span.end <= titleStart else { continue }
            if Self.isBody(mention, ofKinds: kinds) { found[mention.canonicalName] = found[mention.canonicalName] ?? index }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// "Trưởng" + "Ban Tuyên giáo …" is the post "Trưởng Ban"; other titles stand as written.
    private func fullTitle(_ title: TitlePhrase, organization: EntityMention, keys: [String], document: Document) -> String {
        // "nguyên Đảng ủy viên Đảng ủy Kho bạc": a committee's member ("Đảng ủy viên", "Tỉnh ủy viên") holds the post
        // "Ủy viên" (annotation guide).
        let titleWords = title.title.split(separator: " ").map { $0.lowercased() }
        if titleWords.count == 3, ["ủy", "uỷ"].contains(titleWords[1]), titleWords[2] == "viên" {
            return "Ủy viên"
        }
        // "Phó Ban" is short for "Phó Trưởng Ban": where the article writes the post in full, that is its title.
        if title.title.lowercased() == "phó ban",
            let full = (0..<max(0, keys.count - 2)).first(where: { keys[$0] == "phó" && keys[$0 + 1] == "trưởng" && keys[$0 + 2] == "ban" })
        {
            return document.text(TextSpan(start: document.tokens[full].span.start, end: document.tokens[full + 2].span.end))
        }
        let core = title.title.split(separator: " ").map { $0.lowercased() }.filter {
            !["phó", "quyền", "thường", "trực", "phụ", "trách"].contains($0)
        }
        guard core == ["trưởng"] || core == ["chánh"] else { return title.title }
        let words = organization.text.split(separator: " ")
        guard let head = words.first else { return title.title }
        if head.lowercased() == "văn", words.count > 1 { return title.title + " " + head + " " + words[1] }
        // "Trưởng Công an quận 2": the police chief's title is "Trưởng"; the police is no unit named after its head.
        if head.lowercased() == "công", words.count > 1, words[1].lowercased() == "an" { return title.title }
        // "Trưởng BCĐ phòng chống dịch …": an abbreviated head is the post's word spelt out ("Trưởng Ban").
        let spelt = lexicon.abbreviations[String(head)].flatMap { $0.split(separator: " ").first } ?? head
        return title.title + " " + spelt
    }
}
