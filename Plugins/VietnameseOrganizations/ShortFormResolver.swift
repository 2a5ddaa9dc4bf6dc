import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// Gives a bare short form ("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy") the one full name of the article that it
/// can stand for, or drops it when there is none or more than one.
///
/// Every lookup goes through a ``Completions`` index built once per article (each name's key computed
/// once, filed under each of its leading word sequences), so the time grows with the number of mentions,
/// not with its square: a one-paragraph article of 1 MB used to spend minutes comparing every short form
/// with every full name before it.
enum ShortFormResolver {
    /// Full names filed by the keys of their leading words: "Học viện Chính trị quốc gia" is found under
    /// "hoc vien", "hoc vien chinh", … (every key prefix that ends before a space).
    struct Completions {
        // Keyed by bytes (``UTF8Key``): names' keys carry their tone marks as combining characters, which `String`
        // would normalize again at every look-up.
        /// Distinct names by key prefix.
        private var names: [UTF8Key: Set<String>] = [:]
        /// Mentions by key prefix, in text order: (start, end, canonical name).
        private var mentions: [UTF8Key: [(start: Int, end: Int, name: String)]] = [:]
        private var keys: [UTF8Key: String] = [:]

        /// Files the names of `full`; `withMentions` also files each mention's span for ``nearest(to:prefix:from:)``.
        init(_ full: [EntityMention], withMentions: Bool = true) {
            let ordered = full.enumerated().sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }
            for (_, mention) in ordered {
                let name = mention.canonicalName
                let prefixes = Self.prefixes(of: key(name))
                for prefix in prefixes {
                    names[UTF8Key(prefix), default: []].insert(name)
                    if withMentions {
                        mentions[UTF8Key(prefix), default: []].append((mention.span.start, mention.span.end, name))
                    }
                }
            }
        }

        /// The key of `name`, computed once per distinct name.
        mutating func key(_ name: String) -> String {
            if let key = keys[UTF8Key(name)] { return key }
            let key = NameNormalizer.key(name)
            keys[UTF8Key(name)] = key
            return key
        }

        /// The names whose key starts with `key` followed by more words.
        func names(completing key: String) -> Set<String> { names[UTF8Key(key)] ?? [] }

        /// The name of the mention completing `key` that starts last while ending by `offset` and starting at
        /// or after `paragraphStart`; among several at the same start, the first filed.
        func nearest(completing key: String, before offset: Int, from paragraphStart: Int) -> String? {
            guard let list = mentions[UTF8Key(key)] else { return nil }
            // The first entry that starts at or after `offset`: nothing from there on can end by it.
            var low = 0
            var high = list.count
            while low < high {
                let mid = (low + high) / 2
                if list[mid].start < offset { low = mid + 1 } else { high = mid }
            }
            var found: (start: Int, name: String)?
            var index = low - 1
            while index >= 0, list[index].start >= paragraphStart {
                let entry = list[index]
                if let current = found, entry.start < current.start { break }
                if entry.end <= offset { found = (entry.start, entry.name) }
                index -= 1
            }
            return found?.name
        }

        /// "a b c" → ["a", "a b"]: the key's leading word sequences that more words follow.
        private static func prefixes(of key: String) -> [String] {
            // Spaces found by their byte: finding the character " " walks the key's combining tone marks as graphemes.
            // A space byte counts only where it is a character of its own, as before: not when a stray combining mark
            // after it (or a prepended mark before it) makes it part of a longer character.
            let bytes = key.utf8
            var result: [String] = []
            var index = bytes.startIndex
            while let space = bytes[index...].firstIndex(of: UInt8(ascii: " ")) {
                let after = bytes.index(after: space)
                if space.samePosition(in: key) != nil, after.samePosition(in: key) != nil {
                    result.append(String(key[..<space]))
                }
                index = after
            }
            return result
        }
    }

    /// The one full name that starts with `short` followed by more words.
    static func uniqueCompletion(of short: String, among completions: inout Completions) -> String? {
        let candidates = completions.names(completing: completions.key(short))
        return candidates.count == 1 ? candidates.first : nil
    }

    /// "Sở Tài nguyên và Môi trường" where the article also names "Sở Tài nguyên và Môi trường tỉnh Bình
    /// Định": the name without its place stands for the one full name that adds a place to it.
    static func completeWithPlace(_ mentions: [EntityMention], parser: OrganizationGrammar) -> [EntityMention] {
        var completions = Completions(mentions, withMentions: false)
        var fullByShort: [String: String?] = [:]
        // "Quốc hội thảo luận về …": a bare body in the headline is what the article is about, Việt Nam's, whatever
        // foreign body of that name it mentions in passing ("Chủ tịch Quốc hội Cuba" once).
        let headline = parser.document.sentences.first?.span
        func inHeadline(_ name: String) -> Bool {
            guard let headline else { return false }
            return mentions.contains { $0.canonicalName == name && $0.span.start >= headline.start && $0.span.end <= headline.end }
        }
        return mentions.map { mention in
            let short = mention.canonicalName
            let full: String?
            if let known = fullByShort[short] {
                full = known
            } else {
                let shortWords = short.split(separator: " ").count
                // "Sở Y tế tỉnh Đồng Tháp" and "Sở Y tế Đồng Tháp" are one place written two ways: the
                // longer name stands for both (the resolver merges them later).
                var byPlace: [String: [String]] = [:]
                for name in completions.names(completing: completions.key(short)) {
                    let rest = name.split(separator: " ").dropFirst(shortWords).joined(separator: " ")
                    if let place = parser.placeKey(ofPhrase: rest) { byPlace[place, default: []].append(name) }
                }
                full = byPlace.count == 1 ? byPlace.values.first?.max { ($0.count, $1) < ($1.count, $0) } : nil
                fullByShort[short] = .some(full)
            }
            guard let full else { return mention }
            // "Chủ tịch Quốc hội Việt Nam" (named "Quốc hội", rule "national-body") wrote its country: never another's.
            if addsForeignCountry(to: short, completedWith: full, parser: parser),
                inHeadline(short) || holdersAreVietnamese(after: mention, parser: parser) || mention.rule == "national-body"
            {
                return mention
            }
            var completed = mention
            completed.aliases.append(short)
            completed.canonicalName = full
            return completed
        }
    }

    /// Whether completing `short` to `full` adds a foreign country ("Quốc hội" → "Quốc hội Campuchia").
    private static func addsForeignCountry(to short: String, completedWith full: String, parser: OrganizationGrammar) -> Bool {
        let added = TokenKeys.split(full).dropFirst(TokenKeys.split(short).count)
        guard let country = parser.lexicon.places.longestMatch(in: Array(added), at: 0), country.length == added.count else {
            return false
        }
        return country.payload.kind == "country" && country.payload.name != "Việt Nam"
    }

    /// Whether a Vietnamese name holds the post right after `mention`: in an article naming "QH Campuchia", "Chủ tịch
    /// Quốc hội Nguyễn Thị Kim Ngân" is Việt Nam's assembly.
    private static func holdersAreVietnamese(after mention: EntityMention, parser: OrganizationGrammar) -> Bool {
        let document = parser.document
        let next = document.tokenIndex(atOrAfter: mention.span.end)
        guard next + 1 < document.tokens.count, !document.startsSentence[next] else { return false }
        let first = document.tokens[next]
        let second = document.tokens[next + 1]
        return first.kind == .word && first.isCapitalized && !first.isAllCaps && parser.lexicon.isSurname(document.tokenKeys[next])
            && second.kind == .word && second.isCapitalized && VietnameseSyllable.isVietnamese(second.text)
    }

    /// Where several full names fit ("Học viện" in an article naming two academies), the one named last
    /// before the short form in the same paragraph: "Đoàn công tác Học viện Báo chí và Tuyên truyền do
    /// PGS.TS Lưu Văn An, Quyền Giám đốc Học viện làm Trưởng đoàn".
    static func nearestCompletion(
        of short: EntityMention, among completions: inout Completions, document: Document
    ) -> String? {
        guard let sentence = document.sentenceIndex(containing: short.span.start) else { return nil }
        let paragraph = document.paragraphs[document.sentences[sentence].paragraph].span
        return completions.nearest(
            completing: completions.key(short.canonicalName), before: short.span.start, from: paragraph.start)
    }

    /// Whether a place a body lies in is a district ("Quận 9", "Cầu Giấy"), not a province or a city.
    private static func isDistrict(_ place: String, lexicon: VietnameseLexicon) -> Bool {
        let words = TokenKeys.split(place)
        if let first = words.first, ["quận", "huyện"].contains(first) { return true }
        guard let match = lexicon.places.longestMatch(in: words, at: 0), match.length == words.count else { return false }
        return match.payload.kind == "district"
    }

    static func resolve(
        _ mentions: [EntityMention], document: Document, provinces: ProvincesNamed, lexicon: VietnameseLexicon = .shared
    ) -> [EntityMention] {
        // Most articles name every body in full: then there is nothing to index.
        guard mentions.contains(where: { $0.hints.isShortForm }) else { return mentions }
        let full = mentions.filter { !$0.hints.isShortForm }
        var completions = Completions(full)
        // The places the article's territorial bodies belong to: "HĐND tỉnh" is the one of them.
        let places = Set(full.compactMap { $0.hints.place })
        return mentions.compactMap { mention in
            guard mention.hints.isShortForm else { return mention }
            var resolved = mention
            resolved.hints.isShortForm = false
            let words = mention.canonicalName.split(separator: " ").map(String.init)
            let last = words.last?.lowercased()
            // "tại tỉnh Hà Tĩnh, ở vị trí … Chủ tịch UBND tỉnh": a bare provincial body after another province in
            // its sentence is not the body of the province the rest of the article names.
            func namesAnotherProvince(than place: String) -> Bool {
                guard last == "tỉnh" || last == "phố" else { return false }
                return provinces.namesAnother(than: place, before: mention, in: document)
            }
            if let name = uniqueCompletion(of: mention.canonicalName, among: &completions)
                ?? nearestCompletion(of: mention, among: &completions, document: document)
            {
                let place = String(name.dropFirst(mention.canonicalName.count)).trimmingCharacters(in: .whitespaces)
                if !place.isEmpty, namesAnotherProvince(than: place) { return nil }
                resolved.canonicalName = name
                return resolved
            }
            // "Ban Thường vụ Thành ủy": complete the owner ("Thành ủy" → "Thành ủy Đà Nẵng"), or keep the
            // sub-body under its short name — it is still a body of its own.
            if let last, ["tỉnh", "phố", "huyện", "quận"].contains(last) {
                // "UBND quận" in an article about one city is any district's, not the city's.
                let level = places.filter { place in
                    switch last {
                    case "huyện", "quận": isDistrict(place, lexicon: lexicon)
                    case "tỉnh": !isDistrict(place, lexicon: lexicon) && !lexicon.isCentralCity(place)
                    default: true
                    }
                }
                // Of its level: a centrally-run city's body elsewhere in the article ("Đoàn ĐBQH TP Cần Thơ") leaves
                // "UBND tỉnh" the province's.
                guard level.count == 1, places.count == 1 || last == "tỉnh", let place = level.first else { return nil }
                if namesAnotherProvince(than: place) { return nil }
                // "Văn phòng UBND thành phố" of Hồ Chí Minh City: the city's name holds the unit word already.
                let unit = last == "phố" ? ["thành", "phố"] : [last]
                let ownName = TokenKeys.split(place).starts(with: unit) && words.count > unit.count
                    ? words.dropLast(unit.count).joined(separator: " ") : mention.canonicalName
                resolved.canonicalName = ownName + " " + place
                resolved.hints.place = place
                return resolved
            }
            for split in stride(from: words.count - 2, through: 1, by: -1)
            where words[split].first?.isUppercase == true {
                let owner = words[split...].joined(separator: " ")
                if let full = uniqueCompletion(of: owner, among: &completions) {
                    resolved.canonicalName = words[..<split].joined(separator: " ") + " " + full
                    return resolved
                }
            }
            // A sub-body of a committee named without its place ("Ban Thường vụ Thành ủy") is a body of its
            // own; a bare head ("Ban Chấp hành", "Ủy ban nhân dân") is not.
            let hasOwner = words.count >= 4 && words.dropFirst(2).contains { $0.lowercased() == "ủy" }
            return hasOwner ? resolved : nil
        }
    }
}
