import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// Finds Party and state documents by their numbering grammar (`docs/doc-numbering.md`), with the type
/// word before them ("Quy định số 11-QĐ/TW") and the date after ("ngày 19/5/2021"); short references
/// ("Chỉ thị số 05", "Chỉ thị 05") resolve to the full symbol of the same type and number; named laws
/// ("Luật Cán bộ, công chức") are documents by title.
public struct VietnameseDocumentExtractor: Extractor {
    public let descriptor = ExtractorDescriptor(
        id: "vi.documents", version: "1.0.0",
        summary: "Party and state documents by symbol (11-QĐ/TW, 100/2019/NĐ-CP), short references and named laws",
        consumes: [.entity(.organization)], produces: [.entity(.document)])

    let lexicon: VietnameseLexicon

    /// Uses the shared lexicon unless another is given.
    public init(lexicon: VietnameseLexicon = .shared) { self.lexicon = lexicon }

    /// Document type words and the abbreviation their symbols carry.
    static let typeWords: [(words: [String], abbreviation: String)] = [
        (["quy", "định"], "QĐ"), (["quyết", "định"], "QĐ"), (["nghị", "quyết"], "NQ"), (["chỉ", "thị"], "CT"),
        (["kết", "luận"], "KL"), (["hướng", "dẫn"], "HD"), (["đề", "án"], "ĐA"), (["kế", "hoạch"], "KH"),
        (["thông", "báo"], "TB"), (["nghị", "định"], "NĐ"), (["thông", "tư"], "TT"), (["công", "văn"], "CV"),
        (["văn", "bản"], "VB"), (["chương", "trình"], "CTr"), (["thông", "tri"], "TT"), (["tờ", "trình"], "TTr"),
        (["báo", "cáo"], "BC"), (["quy", "chế"], "QC"), (["luật"], "QH"), (["bộ", "luật"], "QH"), (["pháp", "lệnh"], "PL"),
        // Agreements, declarations and charters carry no symbol: they are named by their title only.
        (["tuyên", "bố"], "TBố"), (["thỏa", "thuận"], "TTh"), (["bản", "ghi", "nhớ"], "BGN"), (["điều", "lệ"], "ĐL"),
        (["công", "ước"], "CƯ"), (["hiệp", "định"], "HĐi"),
        // A strategy carries no symbol either: it is named by its title ("Chiến lược Phát triển Kinh tế - Xã hội 2011-2020").
        (["chiến", "lược"], "CLc"),
    ]
    /// The abbreviations of the legal types (laws, resolutions, decrees, circulars, directives, ordinances), which name
    /// another document even in lower case after "và".
    static let legalTypeAbbreviations: Set<String> = ["QH", "NQ", "NĐ", "TT", "CT", "PL"]
    /// Verbs of passing a document, after which "tại kỳ họp thứ N" is where it was passed, not part of its title.
    static let passingVerbs: Set<String> = ["thông qua", "ban hành", "biểu quyết"]
    static let stopWords: Set<String> = [
        "của", "đã", "được", "là", "có", "sửa", "thì", "này", "với", "về", "để", "cho", "trong", "theo", "tại", "do",
        "khi", "mà", "nên", "thuộc", "năm", "số", "và", "đến", "từ", "ngày", "hiện", "hành", "mới", "đang", "sẽ",
        "cấp", "bằng", "ban", "định", "thực", "hiện", "các", "những", "một", "nhiều",
    ]

    /// Whether the word at `index` ends a law's title: a stop word, or "quy" of "quy định" (but "Luật Quy hoạch").
    static func isStop(_ keys: [String], at index: Int) -> Bool {
        if keys[index] == "quy" { return index + 1 < keys.count && keys[index + 1] == "định" }
        return stopWords.contains(keys[index])
    }
    /// The number of a "number/year" token ("24/2014" → "24"), or nil for any other token.
    static func numberAndYear(_ text: String) -> Substring? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let number = parts.first, let year = parts.last, !number.isEmpty, number.count <= 5,
            number.allSatisfy({ $0.isASCII && $0.isNumber }), year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }),
            year.hasPrefix("19") || year.hasPrefix("20")
        else { return nil }
        return number
    }

    /// Words after a count that make it a quantity, not a document number ("quyết định 5 năm").
    static let countUnits: Set<String> = ["năm", "tháng", "ngày", "người", "lần", "cán", "đồng", "tỷ", "triệu", "%"]
    /// Bodies whose resolutions are named, not numbered: "Nghị quyết Đại hội XIII của Đảng".
    static let namedResolutionHeads: [[String]] = [["đại", "hội"], ["trung", "ương"], ["hội", "nghị"]]

    public func extract(from document: Document) throws -> Extraction {
        let keys = TokenKeys.of(document)
        let tokens = document.tokens
        let scalars = document.scalars
        let anchorYear = VietnameseDate.year(ofISO: document.article.published)
        var insideOrganization = [Bool](repeating: false, count: tokens.count)
        for mention in document.mentions where mention.type == .organization {
            let end = min(document.tokenIndex(atOrAfter: mention.span.end), tokens.count)
            for token in document.tokenIndex(atOrAfter: mention.span.start)..<end { insideOrganization[token] = true }
        }
        var mentions: [EntityMention] = []
        // `typeText`: the type word the reference shares with the first of a list ("Quyết định 09, 80, 86"), if not its own.
        var shortReferences: [(start: Int, end: Int, abbreviation: String, number: String, typeText: String?)] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .number {
                let start = token.span.start
                let boundary = start == 0 || !(scalars[start - 1].properties.isAlphabetic || ("0"..."9").contains(scalars[start - 1]))
                let typeStart = typeWordStart(keys, before: index)
                if boundary, let symbol = DocumentSymbol.read(scalars, at: start, bareIssuer: typeStart != nil) {
                    let symbolEnd = document.tokenIndex(atOrAfter: start + symbol.length)
                    var attributes = ["symbol": symbol.text]
                    if let type = symbol.type { attributes["type"] = type }
                    // ", ngày 19/5/2021" or " ngày 19/5/2021" after the symbol.
                    var cursor = symbolEnd
                    if cursor < keys.count, keys[cursor] == "," { cursor += 1 }
                    if cursor < keys.count, keys[cursor] == "ngày",
                        let date = VietnameseDate.parse(document, at: cursor + 1, anchorYear: anchorYear)
                    {
                        attributes["date"] = date.iso
                    }
                    let mentionStart = typeStart ?? index
                    let span = TextSpan(start: tokens[mentionStart].span.start, end: tokens[symbolEnd - 1].span.end)
                    let surface = document.text(span)
                    mentions.append(
                        EntityMention(
                            type: .document, span: span, text: surface, canonicalName: symbol.text,
                            aliases: surface == symbol.text ? [] : [surface], attributes: attributes, confidence: 0.95,
                            rule: "symbol"))
                    index = symbolEnd
                    continue
                }
            }
            // "Hiến pháp năm 2013", "Điều lệ Đảng", "BLHS 2015": a document the lexicon knows by name, without a law's
            // type word before it (those are read with their type word below).
            if let known = knownStandalone(keys, tokens, at: index, startsSentence: document.startsSentence),
                !insideOrganization[index]
            {
                let end = Self.yearEnd(keys, tokens, at: known.end, notAfter: anchorYear) ?? known.end
                let span = TextSpan(start: tokens[index].span.start, end: tokens[end - 1].span.end)
                let name = document.text(span)
                let yearText = end > known.end
                    ? " " + document.text(TextSpan(start: tokens[known.end].span.start, end: tokens[end - 1].span.end)) : ""
                // Initials are the code by its title ("BLHS 2015": "Bộ luật Hình sự 2015"), but not the code of another year
                // ("BLHS 1999"): a year-less alias would join the two.
                let aliases = (known.initialsOf.map { [$0 + yearText] }
                    ?? [document.text(TextSpan(start: tokens[index].span.start, end: tokens[known.end - 1].span.end))])
                    .filter { $0 != name }
                mentions.append(
                    EntityMention(type: .document, span: span, text: name, canonicalName: name,
                                  aliases: aliases, confidence: 0.8, rule: "known-document"))
                index = end
                continue
            }
            // "Chỉ thị số 05" / "Chỉ thị 05" / "quyết định 929": a short reference, resolved below.
            if let (abbreviation, length) = typeWord(keys, at: index), !insideOrganization[index],
                // "Luật sư Cullen", "luật gia": a person's trade, not a law.
                !(abbreviation == "QH" && index + length < keys.count && Self.lawTradeEnds.contains(keys[index + length]))
            {
                // A law or ordinance of the lexicon's list, read by its title below.
                let knownLaw = abbreviation == "QH" || abbreviation == "PL" ? knownLawEnd(keys, tokens, at: index, typeLength: length) : nil
                var cursor = index + length
                // "Thông tư liên tịch 27": a joint circular is numbered as the others.
                if cursor + 1 < keys.count, keys[cursor] == "liên", keys[cursor + 1] == "tịch" { cursor += 2 }
                let hasNumberWord = cursor < keys.count && keys[cursor] == "số"
                if hasNumberWord { cursor += 1 }
                // "Chỉ thị 05", or "Nghị định 24/2014": a number and its year (one token), the issuer's code left out.
                let numberText = cursor < tokens.count ? tokens[cursor].text : ""
                let yearOf = Self.numberAndYear(numberText)
                let bareNumber = cursor < tokens.count && tokens[cursor].kind == .number && numberText.allSatisfy(\.isNumber)
                // "Thỏa thuận 3 bên": an agreement or a declaration carries no number of its own.
                if bareNumber || yearOf != nil, !Self.unnumberedTypes.contains(abbreviation),
                    tokens[index].isCapitalized || hasNumberWord || (bareNumber && numberText.count >= 2),
                    // "số 4105 ngày 25.10.2005": after "số" the number is the document's, whatever follows.
                    yearOf != nil || hasNumberWord || cursor + 1 >= keys.count || !Self.countUnits.contains(keys[cursor + 1])
                        // "Thông tư 6 ngày 15.2.2012": a date after the number makes it the document's.
                        || (keys[cursor + 1] == "ngày" && VietnameseDate.parse(document, at: cursor + 2, anchorYear: anchorYear) != nil),
                    DocumentSymbol.read(scalars, at: tokens[cursor].span.start, bareIssuer: true) == nil,
                    // "108/2014/CP": a code glued on makes it a symbol, not a number and year.
                    !(cursor + 1 < tokens.count && keys[cursor + 1] == "/" && tokens[cursor + 1].span.start == tokens[cursor].span.end)
                {
                    let number = String((yearOf ?? Substring(numberText)).drop(while: { $0 == "0" }))
                    shortReferences.append((index, cursor + 1, abbreviation, number, nil))
                    index = cursor + 1
                    // "Quyết định 09, 80, 86": more numbers listed after the first share its type word.
                    if !hasNumberWord, yearOf == nil {
                        let typeWords = document.text(TextSpan(start: token.span.start, end: tokens[cursor - 1].span.end))
                        while index + 1 < keys.count, keys[index] == "," || keys[index] == "và", tokens[index + 1].kind == .number,
                            keys[index + 1].count <= 4, keys[index + 1].allSatisfy(\.isNumber),
                            index + 2 >= keys.count || [",", "và", ".", ";", ")"].contains(keys[index + 2])
                                || (tokens[index + 2].kind == .word && !Self.countUnits.contains(keys[index + 2])
                                    && !tokens[index + 2].isCapitalized),
                            DocumentSymbol.read(scalars, at: tokens[index + 1].span.start, bareIssuer: true) == nil
                        {
                            let listed = String(keys[index + 1].drop(while: { $0 == "0" }))
                            let first = (typeWords.first.map { String($0).uppercased() } ?? "") + typeWords.dropFirst()
                            shortReferences.append((index + 1, index + 2, abbreviation, listed, first))
                            index += 2
                        }
                    }
                    continue
                }
                // A law of the lexicon's list is read by its title below, not as a title that runs to punctuation.
                if tokens[index].isCapitalized, !document.startsSentence[index] || length == 1,
                    knownLaw == nil,
                    let end = descriptiveTitle(
                        keys, tokens, at: index, typeLength: length, abbreviation: abbreviation,
                        startsSentence: document.startsSentence)
                {
                    var titled = namedAsWritten(document, from: index, to: end, confidence: 0.7, rule: "descriptive-title")
                    // "Nghị quyết của Quốc hội về X" is the "Nghị quyết về X" of another sentence.
                    if keys[index + length] == "của", let about = ((index + length)..<end).first(where: { keys[$0] == "về" }) {
                        let typeText = document.text(TextSpan(start: tokens[index].span.start, end: tokens[index + length - 1].span.end))
                        titled.aliases.append(
                            typeText + " " + document.text(TextSpan(start: tokens[about].span.start, end: tokens[end - 1].span.end)))
                    }
                    mentions.append(titled)
                    // An amending law names the law it amends: read that one too.
                    let amends = index + length + 1 < keys.count && keys[index + length] == "sửa" && keys[index + length + 1] == "đổi"
                    index = amends ? (((index + length)..<end).first { keys[$0] == "của" }.map { $0 + 1 } ?? end) : end
                    continue
                }
                // "luật Đất đai (Điều 38)": the type word in lower case before a law's capitalized name, but not
                // "pháp luật", "kỷ luật", "dự luật" or a name that starts a sentence.
                let lowercaseLaw = index > 0 && index + 1 < keys.count && tokens[index + 1].isCapitalized
                    && !document.startsSentence[index + 1] && !Self.lawCompoundStarts.contains(keys[index - 1])
                // "Bộ luật Hình sự", "Bộ luật Lao động": a code is named as a law is, after its two type words.
                let code = length == 2 && tokens[index].isCapitalized
                if abbreviation == "QH" && (length == 1 && (tokens[index].isCapitalized || lowercaseLaw) || code)
                    || abbreviation == "PL" && tokens[index].isCapitalized,
                    let title = lawTitleEnd(keys, tokens, at: index, typeLength: length, known: knownLaw, inside: insideOrganization),
                    // "Bộ luật Hình sự số 100/2015/QH13": the symbol after the title names the law, with the title.
                    !(title + 1 < keys.count && keys[title] == "số" && tokens[title + 1].kind == .number)
                {
                    // "Luật Đất đai năm 2003", "Luật Đất đai 2013": the year of the law closes its name; the title alone
                    // stays one of its names.
                    var end = Self.yearEnd(keys, tokens, at: title, notAfter: anchorYear) ?? title
                    // "Luật Thủy sản (sửa đổi)": the draft that amends the law is named with the mark, and is not the law.
                    let amendingDraft = end + 3 < keys.count && keys[end..<end + 4].elementsEqual(["(", "sửa", "đổi", ")"])
                    if amendingDraft { end += 4 }
                    let span = TextSpan(start: tokens[index].span.start, end: tokens[end - 1].span.end)
                    let name = document.text(span)
                    var expanded = lexicon.expandingAbbreviations(tokens[index..<end])
                    var titleAlone = lexicon.expandingAbbreviations(tokens[index..<title])
                    if !tokens[index].isCapitalized {
                        expanded = "Luật" + expanded.dropFirst("luật".count)
                        titleAlone = "Luật" + titleAlone.dropFirst("luật".count)
                    }
                    let aliases = (amendingDraft ? [name] : [name, titleAlone]).filter { $0 != expanded }
                    mentions.append(
                        EntityMention(type: .document, span: span, text: name, canonicalName: expanded,
                                      aliases: aliases, confidence: 0.8, rule: "law-title"))
                    index = end
                    continue
                }
                // "Hiệp định Thương mại tự do Việt Nam-EU", "Hiệp định Paris 2015": an agreement named by a capitalized name.
                if abbreviation == "HĐi", tokens[index].isCapitalized, !document.startsSentence[index],
                    let end = agreementName(keys, tokens, after: index + length, startsSentence: document.startsSentence)
                {
                    mentions.append(namedAsWritten(document, from: index, to: end, confidence: 0.7, rule: "agreement-name"))
                    index = end
                    continue
                }
                if abbreviation == "NQ", tokens[index].isCapitalized, let end = namedResolution(keys, tokens, after: index + length, startsSentence: document.startsSentence) {
                    mentions.append(namedAsWritten(document, from: index, to: end, confidence: 0.75, rule: "named-resolution"))
                    index = end
                    continue
                }
            }
            index += 1
        }
        Self.mergeTermsIntoNumbers(&mentions)
        // Symbols by type and number, built once: "Chỉ thị 05" finds "05-CT/TW" without a scan per reference.
        var symbolsByTypeAndNumber: [String: Set<String>] = [:]
        for mention in mentions {
            guard let symbol = mention.attributes["symbol"], let type = mention.attributes["type"] else { continue }
            let number = String(symbol.prefix(while: \.isNumber).drop(while: { $0 == "0" }))
            symbolsByTypeAndNumber[type.uppercased() + "\u{1F}" + number, default: []].insert(mention.canonicalName)
        }
        for reference in shortReferences {
            let matches = symbolsByTypeAndNumber[reference.abbreviation.uppercased() + "\u{1F}" + reference.number] ?? []
            let span = TextSpan(start: tokens[reference.start].span.start, end: tokens[reference.end - 1].span.end)
            let surface = document.text(span)
            if matches.count == 1, let name = matches.first {
                mentions.append(
                    EntityMention(type: .document, span: span, text: surface, canonicalName: name, aliases: [surface],
                                  confidence: 0.8, rule: "short-reference"))
            } else if matches.isEmpty {
                // A document the article names only by type and number ("Chỉ thị 06"): that is its name here.
                let name = reference.typeText.map { $0 + " " + surface }
                    ?? (surface.first.map { String($0).uppercased() } ?? "") + surface.dropFirst()
                mentions.append(
                    EntityMention(type: .document, span: span, text: surface, canonicalName: name,
                                  attributes: ["number": reference.number], confidence: 0.6, rule: "type-and-number"))
            }
        }
        return Extraction(mentions: mentions)
    }

    /// The document type word ("Quy định", "Nghị quyết") at `index`, with its abbreviation.
    private func typeWord(_ keys: [String], at index: Int) -> (String, Int)? {
        guard index < keys.count, let candidates = Self.typeWordsByFirst[UTF8Key(keys[index])] else { return nil }
        for entry in candidates where index + entry.words.count <= keys.count
            && keys[index..<index + entry.words.count].elementsEqual(entry.words)
        {
            return (entry.abbreviation, entry.words.count)
        }
        return nil
    }

    /// ``typeWords`` by their first word: most tokens are no type word, and this says so at once.
    static let typeWordsByFirst: [UTF8Key: [(words: [String], abbreviation: String)]] = Dictionary(
        grouping: typeWords, by: { UTF8Key($0.words[0]) })

    /// Where "Quy định số" (type word, optional "số") before the symbol at `index` starts.
    private func typeWordStart(_ keys: [String], before index: Int) -> Int? {
        var cursor = index
        if cursor > 0, keys[cursor - 1] == "số" { cursor -= 1 }
        if cursor > 0, keys[cursor - 1] == ":" { cursor -= 1 }
        for length in [2, 1] where cursor - length >= 0 {
            if let (_, found) = typeWord(keys, at: cursor - length), found == length { return cursor - length }
        }
        return nil
    }

    /// "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Đại hội Đảng bộ
    /// tỉnh lần thứ XVIII": a resolution named by the meeting that passed it, ending at its number.
    private func namedResolution(_ keys: [String], _ tokens: [Token], after start: Int, startsSentence: [Bool]) -> Int? {
        // "Nghị quyết TƯ 4": the Central Committee written "TƯ".
        let abbreviatedCentral = start < keys.count && keys[start] == "tư" && tokens[start].isAllCaps
        guard let head = abbreviatedCentral ? ["tư"] : Self.namedResolutionHeads.first(where: {
            start + $0.count <= keys.count && keys[start..<start + $0.count].elementsEqual($0)
        }) else { return nil }
        let connectors: Set<String> = ["lần", "thứ", "toàn", "quốc", "tỉnh", "thành", "phố", "khóa", "đại", "biểu", "bộ", "đảng"]
        var cursor = start + head.count
        while cursor < tokens.count, cursor - start < 14, !startsSentence[cursor] {
            let token = tokens[cursor]
            let isNumeral = token.kind == .number || (token.kind == .word && token.text.allSatisfy { "IVXL".contains($0) })
            if isNumeral {
                cursor += 1
                // "… 4 khóa XII"
                if cursor + 1 < tokens.count, keys[cursor] == "khóa" { cursor += 2 }
                // "… XIII của Đảng", "… XVII của Đảng bộ Thành phố"
                if cursor + 1 < tokens.count, keys[cursor] == "của", keys[cursor + 1] == "đảng" {
                    cursor += 2
                    if cursor < tokens.count, keys[cursor] == "bộ" {
                        cursor += 1
                        var owner = cursor
                        while owner < tokens.count, owner - cursor < 4, tokens[owner].kind == .word,
                            tokens[owner].isCapitalized || ["tỉnh", "thành", "phố", "huyện", "quận"].contains(keys[owner])
                        {
                            owner += 1
                        }
                        cursor = owner
                    }
                }
                return cursor
            }
            // "Nghị quyết Đại hội đảng bộ Tỉnh nhiệm kỳ 2015 - 2020": the term of the congress ends the name.
            if cursor + 2 < keys.count, keys[cursor] == "nhiệm", keys[cursor + 1] == "kỳ",
                let end = Self.periodEnd(keys, tokens, at: cursor + 2)
            {
                return end
            }
            guard token.kind == .word, token.isCapitalized || connectors.contains(keys[cursor]) else { return nil }
            cursor += 1
        }
        return nil
    }

    /// "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2015 - 2020" where the article also writes "Nghị quyết Đại hội Đảng bộ
    /// tỉnh lần thứ XVIII": one congress's resolution, named by its term and by its number; the term's form becomes an
    /// alias of the numbered name.
    static func mergeTermsIntoNumbers(_ mentions: inout [EntityMention]) {
        let numbered = mentions.filter { $0.rule == "named-resolution" && $0.text.contains(" lần thứ ") }
        guard !numbered.isEmpty else { return }
        for position in mentions.indices where mentions[position].rule == "named-resolution" {
            guard let term = mentions[position].text.range(of: " nhiệm kỳ ") else { continue }
            let congress = mentions[position].text[..<term.lowerBound].lowercased() + " lần thứ "
            // Only one numbered congress of that body: with two ("lần thứ XIX", "lần thứ XX") the term does not say which.
            let candidates = Set(numbered.filter { $0.text.lowercased().hasPrefix(congress) }.map(\.canonicalName))
            guard candidates.count == 1, let named = numbered.first(where: { $0.text.lowercased().hasPrefix(congress) }) else { continue }
            mentions[position].aliases.append(mentions[position].text)
            mentions[position].canonicalName = named.canonicalName
        }
    }

    /// The end of a law's title: "Luật Cán bộ, công chức" (a capitalized word first; commas allowed).
    /// A document named by its tokens `start..<end`, as the text writes them.
    private func namedAsWritten(_ document: Document, from start: Int, to end: Int, confidence: Double, rule: String)
        -> EntityMention
    {
        let span = TextSpan(start: document.tokens[start].span.start, end: document.tokens[end - 1].span.end)
        let name = document.text(span)
        return EntityMention(type: .document, span: span, text: name, canonicalName: name, confidence: confidence, rule: rule)
    }

    /// Words that make a lower-case "luật" after them part of another word ("pháp luật", "kỷ luật", "dự luật", "điều luật").
    static let lawCompoundStarts: Set<String> = ["pháp", "kỷ", "dự", "bộ", "điều"]
    /// Words that make "luật" before them a trade ("luật sư", "luật gia") or the law in general ("luật pháp").
    static let lawTradeEnds: Set<String> = ["sư", "gia", "pháp"]

    /// Types whose documents are named by a title that says what they are about.
    static let titledTypes: Set<String> = Set(["NQ", "QH", "NĐ", "ĐA", "KH", "CTr", "PL"]).union(unnumberedTypes)
    /// Types that carry no number and are named by a title that, like a law's field, follows the type word at once in
    /// lower case, without "về": "Tuyên bố tầm nhìn chung về …", "Thỏa thuận hợp tác đào tạo", "Bản ghi nhớ về …",
    /// "Điều lệ trường THPT" (a convention by the body that adopted it: "Công ước Liên hợp quốc về …"); a number after
    /// them is a count ("Thỏa thuận 3 bên"). Not "Báo cáo", as often the sentence's verb or a report nobody names
    /// ("Báo cáo thẩm tra dự án"), nor "Quy chế" ("Quy chế kinh tế thị trường" is a status).
    static let titleOnlyTypes: Set<String> = ["TBố", "TTh", "BGN", "ĐL", "CƯ"]
    /// Types that carry no number of their own: the title-only types and strategies ("Chiến lược 2030" is a year).
    static let unnumberedTypes: Set<String> = titleOnlyTypes.union(["CLc"])
    /// Plans, projects, programmes and strategies, which may be named by a capitalized title that opens with a name
    /// compound: "Kế hoạch Phát triển Kinh tế - Xã hội 2016-2020", "Đề án Phát triển nghề nuôi biển".
    static let planTypes: Set<String> = ["ĐA", "KH", "CTr", "CLc"]

    /// The token after a period of years that starts at `index` ("2016-2020" as one token, or "2016 - 2020"), or nil.
    static func periodEnd(_ keys: [String], _ tokens: [Token], at index: Int) -> Int? {
        func isYear(_ text: Substring) -> Bool {
            text.count == 4 && text.allSatisfy(\.isNumber) && (text.hasPrefix("19") || text.hasPrefix("20"))
        }
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        let years = keys[index].split(separator: "-", omittingEmptySubsequences: false)
        if years.count == 2, years.allSatisfy(isYear) { return index + 1 }
        guard isYear(Substring(keys[index])), index + 2 < tokens.count, ["-", "–"].contains(keys[index + 1]),
            tokens[index + 2].kind == .number, isYear(Substring(keys[index + 2]))
        else { return nil }
        return index + 3
    }
    /// Words that end a descriptive title: the sentence goes on after them.
    static let titleBoundaries: Set<String> = [
        "đã", "được", "với", "bằng", "khi", "để", "nhằm", "thì", "sẽ", "đang", "cũng", "là", "có", "cho", "do",
        "theo", "qua", "nhưng", "này", "đó", "trong", "tại", "ngày", "vào", "gồm", "thay", "thế",
        "chưa", "cần", "vẫn", "còn", "không", "sắp", "phải", "nên", "mà",
    ]

    /// The end of a document named by its subject: "Nghị quyết về xử lý nợ xấu của các tổ chức tín dụng",
    /// "Nghị quyết của Quốc hội về …", "Luật hỗ trợ doanh nghiệp nhỏ và vừa". The title runs to punctuation or a
    /// word that continues the sentence, at most 24 words.
    private func descriptiveTitle(
        _ keys: [String], _ tokens: [Token], at index: Int, typeLength: Int, abbreviation: String,
        startsSentence: [Bool]
    ) -> Int? {
        guard Self.titledTypes.contains(abbreviation) else { return nil }
        var cursor = index + typeLength
        // "Nghị quyết của Quốc hội về …"
        if cursor + 2 < keys.count, keys[cursor] == "của", tokens[cursor + 1].isCapitalized {
            var about = cursor + 1
            while about < keys.count, about - cursor < 6, keys[about] != "về", tokens[about].kind == .word { about += 1 }
            guard about < keys.count, keys[about] == "về" else { return nil }
            cursor = about
        }
        // "Công ước Liên hợp quốc về Luật Biển năm 1982": a convention named after the body that adopted it, then
        // what it is about.
        if abbreviation == "CƯ", cursor + 2 < keys.count, tokens[cursor].isCapitalized, !startsSentence[cursor] {
            var about = cursor + 1
            while about < keys.count, about - cursor < 6, keys[about] != "về", tokens[about].kind == .word { about += 1 }
            guard about < keys.count, keys[about] == "về" else { return nil }
            cursor = about
        }
        let isLaw = abbreviation == "QH" || abbreviation == "PL"
        let namedByField = isLaw || Self.titleOnlyTypes.contains(abbreviation)
        // "Kế hoạch Phát triển Kinh tế - Xã hội 2016-2020", "Đề án Phát triển nghề nuôi biển và …": a plan named by a
        // capitalized name compound right after its type word (not "Kế hoạch UBND tỉnh", whose owner is a body); its
        // title ends after the period of years it covers.
        let capitalizedPlan = Self.planTypes.contains(abbreviation) && cursor == index + typeLength && cursor + 1 < keys.count
            && tokens[cursor].isCapitalized && !startsSentence[cursor] && tokens[cursor + 1].kind == .word
            && !tokens[cursor + 1].isCapitalized && lexicon.nameCompounds.contains(keys[cursor] + " " + keys[cursor + 1])
            && lexicon.organizations.longestMatch(in: keys, at: cursor) == nil
            // "Kế hoạch Bảo hiểm xã hội tỉnh giao": the plan of a body named by its head.
            && lexicon.heads.longestMatch(in: keys, at: cursor) == nil
        // "Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng": an amending law is named up to the end of
        // the law it amends.
        if isLaw, cursor + 1 < keys.count, keys[cursor] == "sửa", keys[cursor + 1] == "đổi" {
            return amendedLawEnd(keys, tokens, after: cursor + 2, startsSentence: startsSentence)
        }
        // "Luật các tổ chức tín dụng": "các" opens a law's field when a name compound follows it.
        let pluralField = isLaw && cursor + 2 < keys.count && keys[cursor] == "các"
            && lexicon.nameCompounds.contains(keys[cursor + 1] + " " + keys[cursor + 2])
        // "Nghị quyết cho thôi làm nhiệm vụ đại biểu Quốc hội … đối với ông X": a personnel resolution or decision is
        // named up to the person it is about.
        if !isLaw, let end = personnelTitleEnd(keys, tokens, at: cursor, startsSentence: startsSentence) { return end }
        // A resolution, plan or programme is named by what it is about ("về"); a law by its field.
        if keys.indices.contains(cursor), keys[cursor] == "về" {
            cursor += 1
        } else if !capitalizedPlan, !namedByField || !keys.indices.contains(cursor) || tokens[cursor].kind != .word
            || tokens[cursor].isCapitalized || (Self.isStop(keys, at: cursor) && !pluralField)
        {
            return nil
        }
        let start = cursor
        // "… về việc chuyển sinh hoạt Đoàn đại biểu Quốc hội đối với ông Đinh La Thăng": a title that closes with the
        // person it is about runs to that person, whatever bodies it names on the way.
        var scan = start
        while scan < keys.count, scan - start < 24, !startsSentence[scan] || scan == start,
            tokens[scan].kind != .punctuation || ["-", "–", "&"].contains(keys[scan])
        {
            if keys[scan] == "đối", let end = personClosing(keys, tokens, at: scan, startsSentence: startsSentence) { return end }
            scan += 1
        }
        while cursor < keys.count, cursor - start < 24, !startsSentence[cursor] {
            let key = keys[cursor]
            // "Luật quản lý, sử dụng tài sản nhà nước": a law's field may list lower-case words.
            if isLaw, key == ",", cursor > start, cursor + 1 < keys.count, tokens[cursor + 1].kind == .word,
                !tokens[cursor + 1].isCapitalized, !Self.isStop(keys, at: cursor + 1),
                !Self.titleBoundaries.contains(keys[cursor + 1]), typeWord(keys, at: cursor + 1) == nil,
                // "…, ông Nam cho biết": a person after the comma is the sentence's subject.
                !VietnameseLexicon.personPronouns.contains(keys[cursor + 1])
            {
                cursor += 1
                continue
            }
            if capitalizedPlan, let end = Self.periodEnd(keys, tokens, at: cursor) {
                cursor = end
                break
            }
            if tokens[cursor].kind == .punctuation, !["-", "–", "&"].contains(key) { break }
            // "Nghị quyết về tổ chức chính quyền đô thị tại TPHCM": a province or city that closes the clause is the
            // place the document is about.
            if key == "tại", cursor > start, cursor + 1 < keys.count, tokens[cursor + 1].isCapitalized,
                let place = lexicon.places.longestMatch(in: keys, at: cursor + 1), place.payload.kind != "district",
                cursor + 1 + place.length >= keys.count || startsSentence[cursor + 1 + place.length]
                    || tokens[cursor + 1 + place.length].kind == .punctuation
                    || Self.titleBoundaries.contains(keys[cursor + 1 + place.length])
            {
                cursor += 1 + place.length
                break
            }
            // "Nghị quyết về hoạt động chất vấn tại kỳ họp thứ 5": the session a resolution is about is part of its
            // title — but not after a verb of passing, which the session modifies ("đã thông qua Nghị quyết về … tại kỳ
            // họp thứ 5").
            if key == "tại", cursor > start, cursor + 4 < keys.count, keys[cursor + 1] == "kỳ", keys[cursor + 2] == "họp",
                keys[cursor + 3] == "thứ", index < 2 || !Self.passingVerbs.contains(keys[index - 2] + " " + keys[index - 1]),
                !startsSentence[cursor + 4],
                tokens[cursor + 4].kind == .number
                    || (tokens[cursor + 4].kind == .word && tokens[cursor + 4].text.allSatisfy { "IVXL".contains($0) })
            {
                cursor += 5
                break
            }
            if Self.titleBoundaries.contains(key) { break }
            // "… và Nghị quyết về …": the next document of a list; a capitalized clause opener or a body glued
            // on by the crawler ("… tín dụng Quốc hội biểu quyết").
            if key == "và", cursor + 1 < keys.count, tokens[cursor + 1].isCapitalized, typeWord(keys, at: cursor + 1) != nil { break }
            // "Luật hoạt động giám sát của Quốc hội và HĐND và nghị quyết của Quốc hội": a legal type in lower case after
            // "và" starts another document too.
            if key == "và", let (abbreviation, _) = typeWord(keys, at: cursor + 1), Self.legalTypeAbbreviations.contains(abbreviation) {
                break
            }
            if cursor > start, tokens[cursor].isCapitalized,
                lexicon.opensClause(keys, at: cursor) || typeWord(keys, at: cursor) != nil
                    || (!tokens[cursor - 1].isCapitalized && lexicon.organizations.longestMatch(in: keys, at: cursor) != nil
                        && !["về", "của", "tại", "với", "và", "cho"].contains(keys[cursor - 1]))
            {
                break
            }
            cursor += 1
        }
        // "Thỏa thuận hợp tác đào tạo giữa Bộ Quốc phòng hai nước": the parties an agreement is between are no part of
        // its title.
        if let between = (start..<cursor).first(where: { keys[$0] == "giữa" }), between > start + 1,
            between + 1 < keys.count, tokens[between + 1].isCapitalized
        {
            cursor = between
        }
        while cursor > start, ["và", "của", "về", "-", "–"].contains(keys[cursor - 1]) { cursor -= 1 }
        return cursor - start >= 2 ? cursor : nil
    }

    /// The end of an agreement's capitalized name that starts at `start` ("Thương mại tự do Việt Nam-EU", "Paris 2015"):
    /// capitalized words, the lower-case syllables of name compounds they open, countries joined by a dash and a year;
    /// nil unless it starts with a capitalized word that opens no clause.
    private func agreementName(_ keys: [String], _ tokens: [Token], after start: Int, startsSentence: [Bool]) -> Int? {
        guard start < keys.count, tokens[start].kind == .word, tokens[start].isCapitalized, !startsSentence[start],
            !lexicon.opensClause(keys, at: start)
        else { return nil }
        var cursor = start
        while cursor < keys.count, cursor - start < 12, !startsSentence[cursor] || cursor == start {
            let token = tokens[cursor]
            if token.kind == .word, token.isCapitalized {
                cursor += 1
            } else if token.kind == .word, cursor > start, lexicon.nameCompounds.contains(keys[cursor - 1] + " " + keys[cursor]) {
                cursor += 1  // "Thương mại": the syllable that completes the word before
            } else if token.kind == .word, cursor + 1 < keys.count, !tokens[cursor + 1].isCapitalized,
                lexicon.nameCompounds.contains(keys[cursor] + " " + keys[cursor + 1])
            {
                cursor += 2  // "tự do"
            } else if token.kind == .word, cursor > start, !Self.titleBoundaries.contains(keys[cursor]),
                !lexicon.wordBoundaries.contains(keys[cursor]), !lexicon.clauseVerbs.contains(keys[cursor])
            {
                cursor += 1  // "Hiệp định Thương mại mới"
            } else if ["-", "–"].contains(keys[cursor]), cursor + 1 < keys.count, tokens[cursor + 1].isCapitalized,
                token.span.start == tokens[cursor - 1].span.end
            {
                cursor += 1
            } else if token.kind == .number, keys[cursor].count == 4, keys[cursor].hasPrefix("19") || keys[cursor].hasPrefix("20") {
                cursor += 1
                break
            } else {
                break
            }
        }
        return cursor > start ? cursor : nil
    }

    /// Openers of a personnel decision's title: what is done to the person it names.
    static let personnelOpeners: [[String]] = [
        ["cho", "thôi"], ["phê", "chuẩn"], ["miễn", "nhiệm"], ["bãi", "nhiệm"], ["bổ", "nhiệm"], ["điều", "động"],
        ["kỷ", "luật"], ["thi", "hành", "kỷ", "luật"],
    ]

    /// The end of a personnel title that opens at `index` with one of ``personnelOpeners`` and closes with "đối với
    /// ông/bà X" within 16 words, or nil.
    private func personnelTitleEnd(_ keys: [String], _ tokens: [Token], at index: Int, startsSentence: [Bool]) -> Int? {
        guard Self.personnelOpeners.contains(where: { index + $0.count <= keys.count && keys[index..<index + $0.count].elementsEqual($0) })
        else { return nil }
        var cursor = index
        while cursor < keys.count, cursor - index < 16, !startsSentence[cursor] || cursor == index {
            if keys[cursor] == "đối" { return personClosing(keys, tokens, at: cursor, startsSentence: startsSentence) }
            guard tokens[cursor].kind == .word else { return nil }
            cursor += 1
        }
        return nil
    }

    /// The token after "đối với ông/bà/đồng chí X" at `index` (X two to four capitalized words), or nil.
    private func personClosing(_ keys: [String], _ tokens: [Token], at index: Int, startsSentence: [Bool]) -> Int? {
        guard index + 3 < keys.count, keys[index] == "đối", keys[index + 1] == "với" else { return nil }
        var cursor = index + 2
        if keys[cursor] == "ông" || keys[cursor] == "bà" {
            cursor += 1
        } else if cursor + 1 < keys.count, keys[cursor] == "đồng", keys[cursor + 1] == "chí" {
            cursor += 2
        } else {
            return nil
        }
        let nameStart = cursor
        while cursor < keys.count, cursor - nameStart < 4, tokens[cursor].kind == .word, tokens[cursor].isCapitalized,
            !startsSentence[cursor]
        {
            cursor += 1
        }
        return cursor - nameStart >= 2 ? cursor : nil
    }

    /// Where the law that an amending law amends ends: "… sửa đổi, bổ sung một số điều của Luật X" or "… của Bộ luật
    /// Hình sự số 100/2015/QH13" (the words after "sửa đổi" up to "của", then the amended law's title).
    private func amendedLawEnd(_ keys: [String], _ tokens: [Token], after start: Int, startsSentence: [Bool]) -> Int? {
        var cursor = start
        while cursor < keys.count, cursor - start < 8, keys[cursor] != "của", !startsSentence[cursor] {
            guard tokens[cursor].kind == .word || keys[cursor] == "," else { return nil }
            cursor += 1
        }
        guard cursor + 1 < keys.count, keys[cursor] == "của" else { return nil }
        var law = cursor + 1
        if keys[law] == "bộ", law + 1 < keys.count, keys[law + 1] == "luật" { law += 1 }
        guard keys[law] == "luật", tokens[law].isCapitalized || tokens[law - 1].isCapitalized else { return nil }
        let inside = [Bool](repeating: false, count: tokens.count)
        var end = lawTitle(keys, tokens, at: law, inside: inside)
            ?? descriptiveTitle(keys, tokens, at: law, typeLength: 1, abbreviation: "QH", startsSentence: startsSentence)
        // "… Bộ luật Hình sự số 100/2015/QH13": the amended law's symbol closes the name.
        if let found = end, found + 1 < keys.count, keys[found] == "số", tokens[found + 1].kind == .number {
            var symbolEnd = found + 2
            while symbolEnd < keys.count, tokens[symbolEnd].span.start == tokens[symbolEnd - 1].span.end,
                tokens[symbolEnd].kind != .punctuation || keys[symbolEnd] == "/" || keys[symbolEnd] == "-"
            {
                symbolEnd += 1
            }
            end = symbolEnd
        }
        return end
    }

    /// The token after the year that closes a law's name at `index` ("năm 2003", or a bare "2013"), or nil. A year
    /// after `latest` (the article's year, when known) is when something is planned, not the law's: "sẽ trình sửa đổi
    /// Luật Đất đai năm 2022" in 2021.
    private static func yearEnd(_ keys: [String], _ tokens: [Token], at index: Int, notAfter latest: Int?) -> Int? {
        let year = index < keys.count && keys[index] == "năm" ? index + 1 : index
        guard year < keys.count, tokens[year].kind == .number, keys[year].count == 4, keys[year].allSatisfy(\.isNumber),
            keys[year].hasPrefix("19") || keys[year].hasPrefix("20"),
            let value = Int(keys[year]), value <= latest ?? value,
            year + 1 >= keys.count || tokens[year + 1].span.start > tokens[year].span.end || tokens[year + 1].kind == .punctuation
                && !["/", "-"].contains(keys[year + 1])
        else { return nil }
        return year + 1
    }

    /// Where the title of the law, code or ordinance whose type word starts at `index` ends: at the end of the longest
    /// title of the lexicon's known documents the text writes there ("Luật viên chức đều quy định", "Luật Phòng cháy
    /// và chữa cháy"), unless the title read by its words (``lawTitle(_:_:at:inside:)``) goes on past it with more of a
    /// name (capitalized words, name compounds: "Luật Quy hoạch đô thị"); without a known title (`known`, from
    /// ``knownLawEnd(_:_:at:typeLength:)``), that reading.
    private func lawTitleEnd(
        _ keys: [String], _ tokens: [Token], at index: Int, typeLength: Int, known knownEnd: Int?, inside organization: [Bool]
    ) -> Int? {
        // An ordinance ("Pháp lệnh") is read only by the list: its titles run on in lower case ("Pháp lệnh Phí và lệ phí").
        let read = keys[index + typeLength - 1] == "luật" ? lawTitle(keys, tokens, at: index + typeLength - 1, inside: organization) : nil
        guard let knownEnd else { return read }
        guard let read, read > knownEnd else { return knownEnd }
        var cursor = knownEnd
        while cursor < read {
            if tokens[cursor].isCapitalized {
                cursor += 1
            } else if cursor + 1 < read, lexicon.nameCompounds.contains(keys[cursor] + " " + keys[cursor + 1]) {
                cursor += 2
            } else {
                return knownEnd
            }
        }
        return read
    }

    /// The end of the longest title of the lexicon's known documents that starts with the law's type word at `index`,
    /// written after a capitalized type word or with a capitalized title ("luật Đất đai").
    /// A title whose last word opens a clause's verb with the next one is not that title: "Luật Đầu tư công nhận …" is
    /// "Luật Đầu tư" ("công nhận"), not "Luật Đầu tư công".
    private func knownLawEnd(_ keys: [String], _ tokens: [Token], at index: Int, typeLength: Int) -> Int? {
        guard index + typeLength < tokens.count, tokens[index].isCapitalized || tokens[index + typeLength].isCapitalized
        else { return nil }
        let known = lexicon.knownDocuments.allMatches(in: keys, at: index).first { match in
            let end = index + match.length
            return match.length > typeLength && !(end < keys.count && lexicon.isClauseVerb(keys[end - 1], keys[end]))
        }
        return known.map { index + $0.length }
    }

    /// A document of the lexicon's known documents that starts at `index` without a law's type word: "Hiến pháp",
    /// "Điều lệ Đảng" capitalized, or the initials of a code in capitals ("BLHS"); its end, and the code's title when the
    /// text writes its initials.
    private func knownStandalone(_ keys: [String], _ tokens: [Token], at index: Int, startsSentence: [Bool])
        -> (end: Int, initialsOf: String?)?
    {
        guard tokens[index].kind == .word, tokens[index].isCapitalized,
            let known = lexicon.knownDocuments.longestMatch(in: keys, at: index)
        else { return nil }
        if let (abbreviation, _) = typeWord(keys, at: index), abbreviation == "QH" || abbreviation == "PL" { return nil }
        let end = index + known.length
        // "Hiến pháp Mỹ", "Hiến pháp nước Cộng hòa …", "Điều lệ Đảng Cộng sản Việt Nam": a name going on after the known one
        // is another document or a longer name of it; this rule does not guess which.
        if end < tokens.count, !startsSentence[end], tokens[end].kind == .word,
            tokens[end].isCapitalized || keys[end] == "nước"
        {
            return nil
        }
        // Another form than the title is the code's initials; they stand in capitals and alone: "BLHS", not "Blhs" or
        // "BLHS-2015".
        guard !keys[index..<end].elementsEqual(TokenKeys.split(known.payload)) else { return (end, nil) }
        guard tokens[index].isAllCaps, end >= tokens.count || tokens[end].span.start > tokens[end - 1].span.end
            || tokens[end].kind == .punctuation && !["-", "/"].contains(keys[end])
        else { return nil }
        return (end, known.payload)
    }

    /// "Luật Cán bộ, công chức", "Luật Quy hoạch đô thị", "Luật Lực lượng dự bị động viên": a capitalized word,
    /// then words up to a stop word or a word that carries the sentence on ("Luật Quy hoạch cần …").
    private func lawTitle(_ keys: [String], _ tokens: [Token], at index: Int, inside organization: [Bool]) -> Int? {
        var cursor = index + 1
        // "Luật Công an nhân dân", "Luật Ngân hàng Nhà nước": a capitalized "Luật" may be named after a body.
        guard cursor < tokens.count, tokens[cursor].kind == .word, tokens[cursor].isCapitalized,
            !organization[cursor] || tokens[index].isCapitalized,
            lexicon.places.longestMatch(in: keys, at: cursor) == nil
        else { return nil }
        var end = cursor
        func compound(at position: Int) -> Bool {
            position + 1 < tokens.count && tokens[position].kind == .word && !tokens[position].isCapitalized
                && lexicon.nameCompounds.contains(keys[position] + " " + keys[position + 1])
        }
        // The body's name, and the lower-case compounds that complete it ("Công an" + "nhân dân"), is the whole title.
        if organization[cursor] {
            while end < tokens.count, end - index <= 8, organization[end] { end += 1 }
            while end - index <= 8, compound(at: end) { end += 2 }
            return end
        }
        // A word of the title: not a stop word, nor a word that continues the sentence ("cũng", "cần", "vẫn"),
        // unless it starts a name compound ("tổ chức").
        // A stop word that makes a name compound with the word before or after it is a word of the title: "Luật Thi hành
        // án dân sự", "Luật Khu hành chính - kinh tế đặc biệt" ("hành" otherwise closes "Luật X hiện hành").
        func inCompound(_ position: Int) -> Bool {
            compound(at: position)
                || (position > index + 1 && lexicon.nameCompounds.contains(keys[position - 1] + " " + keys[position]))
        }
        // "Luật Đầu tư công chưa …", "Luật Quản lý nợ công và …": "công" (public) after the title's words is a word
        // of the title where the sentence goes on right after it, not the start of "công bố" or "công tác".
        func publicAdjective(_ position: Int) -> Bool {
            keys[position] == "công" && position > index + 1
                && (position + 1 >= tokens.count || tokens[position + 1].kind == .punctuation
                    || Self.titleBoundaries.contains(keys[position + 1]) || Self.isStop(keys, at: position + 1))
        }
        func titleWord(_ position: Int) -> Bool {
            tokens[position].kind == .word && (!Self.isStop(keys, at: position) || inCompound(position))
                && !Self.titleBoundaries.contains(keys[position])
                && (tokens[position].isCapitalized || !lexicon.wordBoundaries.contains(keys[position]) || inCompound(position)
                    || publicAdjective(position) || position + 1 >= tokens.count || tokens[position + 1].kind == .punctuation)
        }
        while cursor < tokens.count, cursor - index <= 8 {
            if titleWord(cursor) {
                cursor += 1
                end = cursor
            } else if VietnameseLexicon.joinsSizePair(keys, at: cursor) {
                // "Luật Hỗ trợ doanh nghiệp nhỏ và vừa": one term, though "và" ends titles elsewhere.
                cursor += 2
                end = cursor
            } else if keys[cursor] == ",", cursor + 1 < tokens.count, compound(at: cursor + 1), titleWord(cursor + 1) {
                // "Luật Cán bộ, công chức", "Luật Khám bệnh, chữa bệnh": a name compound after the comma goes on with
                // the title; other words start the sentence's next clause ("Bộ luật Hình sự, phần lớn là …").
                cursor += 1
            } else if ["-", "–"].contains(keys[cursor]), cursor > index + 1, cursor + 1 < tokens.count, compound(at: cursor + 1),
                titleWord(cursor + 1)
            {
                // "Luật Khu hành chính - kinh tế đặc biệt": a name compound after a dash goes on with the title too.
                cursor += 1
            } else {
                break
            }
        }
        return end - index >= 2 ? end : nil
    }
}
