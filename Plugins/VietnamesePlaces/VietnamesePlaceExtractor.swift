import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// Finds provinces, cities and districts from the gazetteer, with or without their unit word
/// ("tỉnh An Giang", "Hà Nội", "huyện Châu Thành"), and the territory an organization's name gives ("Sở Giáo dục
/// và Đào tạo Hà Nội": the body lies in Hà Nội, a place of the article).
///
/// The canonical name is the name without the unit word, except where the unit word belongs to the
/// name ("Thành phố Hồ Chí Minh"). A district name is taken only after its unit word; "Hồ Chí Minh" only
/// with "Thành phố"/"TP" (alone it is the person, or part of a name).
public struct VietnamesePlaceExtractor: Extractor {
    public let descriptor = ExtractorDescriptor(
        id: "vi.places", version: "1.0.0", summary: "Vietnamese provinces, cities and districts from the gazetteer",
        consumes: [.entity(.organization)], produces: [.entity(.place)])

    let lexicon: VietnameseLexicon

    /// Uses the shared lexicon unless another is given.
    public init(lexicon: VietnameseLexicon = .shared) { self.lexicon = lexicon }

    /// The unit words before a place's name and the kinds they name: the lexicon's.
    static let unitWords = VietnameseLexicon.unitWords
    /// The first words of `unitWords`: one look-up at each word instead of a comparison with every unit.
    static let unitFirstWords = Set(unitWords.map { UTF8Key($0.keys[0]) })

    public func extract(from document: Document) throws -> Extraction {
        let keys = TokenKeys.of(document)
        let tokens = document.tokens
        let taken = SpanCover(document.mentions.filter { $0.type == .organization }.map(\.span))
        var mentions: [EntityMention] = []
        var lastForeignCity: ForeignCity?
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word else {
                index += 1
                continue
            }
            // "PV/VOV.VN", "dantri.com.vn": a word glued to a dot after another word is part of a web address, not a place.
            if index >= 2, keys[index - 1] == ".", tokens[index - 1].span.start == tokens[index - 2].span.end,
                tokens[index].span.start == tokens[index - 1].span.end, tokens[index - 2].kind == .word,
                !Self.unitWords.contains(where: { $0.keys == [keys[index - 2]] })
            {
                index += 1
                continue
            }
            // Inside an organization's name only a province, city or district of the gazetteer is taken, or a
            // commune after its unit word: the territory of "Sở Giáo dục và Đào tạo Hà Nội" or "Công an xã Gia
            // Xuyên" is a place the body lies in, while a country ("Đảng Cộng sản Việt Nam") or another name the
            // gazetteer does not know is part of the name.
            let insideOrganization = taken.contains(tokens[index].span)
            if !insideOrganization, let park = industrialPark(in: document, at: index) {
                mentions.append(mention(document, index, park.end, park.name, unit: "zone", province: nil))
                index = park.end
                continue
            }
            if !insideOrganization, let city = ForeignCity.at(index, in: document, lexicon: lexicon, previous: lastForeignCity) {
                let name = document.text(TextSpan(start: tokens[city.start].span.start, end: tokens[city.end - 1].span.end))
                mentions.append(mention(document, city.start, city.end, name, unit: "city", province: nil, rule: "foreign-city"))
                lastForeignCity = city
                index = city.end
                continue
            }
            // An optional unit word, then the gazetteer name.
            var nameStart = index
            var unit: String?
            // This runs at every word of every article: the unit words are tried only where the word opens one (one look-up
            // of its bytes), and an abbreviated unit ("q", "p", "h", "tx", "x") only where it abbreviates one.
            let units = Self.unitFirstWords.contains(UTF8Key(keys[index])) ? Self.unitWords : []
            let letterUnit = !units.isEmpty && VietnameseLexicon.abbreviatedUnits[keys[index]] != nil
            for candidate in units where keys[index] == candidate.keys[0]
                && index + candidate.keys.count < keys.count
                && keys[index..<index + candidate.keys.count].elementsEqual(candidate.keys)
                && (!letterUnit || lexicon.abbreviatedUnitEnd(in: document, at: index) != nil)
                // "Liên minh Hợp tác xã Việt Nam": a cooperative ("hợp tác xã"), not a commune.
                && !(keys[index] == "xã" && index >= 2 && keys[index - 2] == "hợp" && keys[index - 1] == "tác")
            {
                nameStart = index + candidate.keys.count
                if nameStart < keys.count, keys[nameStart] == "." || keys[nameStart] == ":" { nameStart += 1 }
                unit = candidate.kind
                break
            }
            // "quận 9", "Phường 12": urban units named by a number keep their unit word in the name.
            if let unit, ["quận", "phường", "q", "p"].contains(keys[index]), nameStart < tokens.count,
                tokens[nameStart].kind == .number, keys[nameStart].count <= 2, keys[nameStart].allSatisfy(\.isNumber)
            {
                let name = "Quận " + keys[nameStart]
                let named = unit == "district" ? name : "Phường " + keys[nameStart]
                mentions.append(mention(document, index, nameStart + 1, named, unit: unit, province: nil))
                index = nameStart + 1
                continue
            }
            let saigonForm = lexicon.places.longestMatch(in: keys, at: index)
            if let match = saigonForm, match.payload.name == VietnameseLexicon.hoChiMinhCity, tokens[index].isCapitalized {
                mentions.append(mention(document, index, index + match.length, match.payload.name, unit: "city", province: nil))
                index += match.length
                continue
            }
            // "miền Trung", "châu Âu": a region's lower-case word before its capitalized name.
            let regionWord = unit == nil && nameStart + 1 < tokens.count && ["miền", "châu"].contains(keys[nameStart])
                && tokens[nameStart + 1].isCapitalized
            // "xã Vĩnh Lộc A": a commune or village may share its name's first words with a district elsewhere; the
            // gazetteer holds no communes, so after their unit word the name is read as the text writes it.
            let communeUnit = unit == "commune" || unit == "village"
            guard nameStart < tokens.count, tokens[nameStart].isCapitalized || regionWord,
                !document.startsSentence[nameStart] || unit == nil,
                let match = lexicon.places.longestMatch(in: keys, at: nameStart),
                !communeUnit || match.payload.kind == "province"
            else {
                // "phường Mai Dịch", "xã Tân Lập": communes are too many for the gazetteer; the unit word
                // and the capitalized name are enough.
                // The same for a district or province the gazetteer does not know (renamed, merged or split
                // ones: "huyện Từ Liêm", "tỉnh Hà Tây cũ"), unless the name is a person's.
                if !insideOrganization || unit == "commune", unit != nil, unit != "city", nameStart < tokens.count,
                    tokens[nameStart].isCapitalized, !tokens[nameStart].isAllCaps,  // "cấp tỉnh PCI": an index, not a province
                    !document.startsSentence[nameStart], !taken.contains(tokens[nameStart].span) || unit == "commune",
                    // "Phó Chủ tịch UBND tỉnh Trần Châu khẳng định": the post's holder, not a province.
                    unit != "province" || !lexicon.namesHolderAfterUnit(in: document, unitStart: index, nameStart: nameStart),
                    var end = lexicon.unknownPlaceEnd(in: document, at: nameStart, address: letterUnit)
                {
                    // "thôn Khương Hà 2": villages split in two are numbered; so are wards ("phường Mỹ Đình 1, quận Nam
                    // Từ Liêm"), when punctuation follows the number ("xã Tân Lập 2 ngày" counts days).
                    if unit == "village" || (unit == "commune" && (end + 1 >= tokens.count || tokens[end + 1].kind == .punctuation)),
                        end < tokens.count, tokens[end].kind == .number, keys[end].count <= 2,
                        keys[end].allSatisfy(\.isNumber)
                    {
                        end += 1
                    }
                    let name = document.text(TextSpan(start: tokens[nameStart].span.start, end: tokens[end - 1].span.end))
                    mentions.append(mention(document, index, end, name, unit: unit, province: nil))
                    let plural = index > 0 && lexicon.spreadsOverPlaces(document, at: index - 1)
                    index = end
                    // "tại các phường Tương Mai, Hoàng Văn Thụ, Thịnh Liệt": one plural unit word for a list of
                    // communes, whose names may be persons' (wards are named after people).
                    if plural {
                        while index + 1 < tokens.count, keys[index] == "," || keys[index] == "và",
                            tokens[index + 1].isCapitalized, !document.startsSentence[index + 1],
                            !taken.contains(tokens[index + 1].span),
                            let next = lexicon.unknownPlaceEnd(in: document, at: index + 1, address: true)
                        {
                            let listed = document.text(TextSpan(start: tokens[index + 1].span.start, end: tokens[next - 1].span.end))
                            mentions.append(mention(document, index + 1, next, listed, unit: unit, province: nil))
                            index = next
                        }
                    }
                    continue
                }
                if unit == nil, !taken.contains(tokens[index].span), let (end, province) = placeBeforeItsProvince(at: index, in: document) {
                    let name = document.text(TextSpan(start: tokens[index].span.start, end: tokens[end - 1].span.end))
                    mentions.append(mention(document, index, end, name, unit: nil, province: province))
                    index = end
                    continue
                }
                index += 1
                continue
            }
            let end = nameStart + match.length
            let place = match.payload
            let acceptable: Bool
            // The province the place lies in: for "Châu Thành", which ten provinces' districts share, the one written
            // after it or else the one the article names (none when it names several).
            var province = place.province
            // "Trương Hòa Bình": a bare name right after another capitalized word belongs to a longer name.
            let afterCapitalized = unit == nil && index > 0 && !document.startsSentence[index]
                && tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized
                // "DN Nhật Bản": an abbreviation before the name is no part of it.
                && !tokens[index - 1].isAllCaps
            if afterCapitalized {
                acceptable = false
            } else if unit == nil, match.length == 1, lexicon.isPersonWordNotPlace(document, at: index, keys: keys) {
                acceptable = false
            } else if unit == nil, place.kind == "country",
                VietnameseLexicon.countryIsNoPlace(in: document, from: index, to: end)
            {
                acceptable = false
            } else if place.name == VietnameseLexicon.hoChiMinhBare {
                acceptable = unit == "city"
            } else if place.kind == "district" {
                // "số 14 Trần Thái Tông, Cầu Giấy, Hà Nội": a district without its unit word, then its own province.
                let written = provinceFollowing(place, at: end, in: document, keys: keys)
                province = written ?? lexicon.province(of: place, in: document.text)
                if let unit {
                    acceptable = unit != "province" && unit != "commune"
                } else {
                    // The district's province where the article names it.
                    let named = province.flatMap { document.text.contains($0) ? $0 : nil }
                    acceptable = written != nil
                        || listedWithDistrict(in: named, from: nameStart, to: end, after: mentions.last, in: document, keys: keys)
                        || namedInItsProvince(place, named: named, from: nameStart, to: end, in: document, keys: keys)
                        || addressAfterCommune(from: nameStart, to: end, after: mentions.last, in: document)
                }
            } else {
                acceptable = true
            }
            // Followed by more capitalized syllables, the name is longer than the gazetteer's ("Hà Nội Mới").
            // "Tổng thống Hoa Kỳ Donald Trump": a country after a title, then its holder's name, is the country.
            let continues = end < tokens.count && !document.startsSentence[end] && tokens[end].kind == .word
                && tokens[end].isCapitalized
                && document.text(TextSpan(start: tokens[end - 1].span.end, end: tokens[end].span.start)) == " "
                && !lexicon.isSurname(keys[end])
                && !(place.kind == "country" && lexicon.titleEnds(before: index, in: keys, gap: 5))
            // "Hà Nam (Tổng hợp)": a byline, the author's name, not the province.
            let byline = unit == nil && end + 2 < tokens.count && keys[end] == "(" && keys[end + 1] == "tổng" && keys[end + 2] == "hợp"
            let insideName = insideOrganization || taken.contains(document.tokens[end - 1].span)
            if acceptable && !continues && !byline && (!insideName || place.kind != "country") {
                // "Bắc Kinh": a foreign city is a city, smaller than its country.
                let level = lexicon.unit(of: place, written: unit)
                // "TP Bắc Ninh", "thành phố Yên Bái": a city that shares its province's name (unless the province is a
                // centrally-run city) is a place of its own, in that province.
                if unit == "city", place.kind == "province", !lexicon.isCentralCity(place.name) {
                    let name = "Thành phố " + VietnameseLexicon.placeName(place.name)
                    mentions.append(mention(document, index, end, name, unit: level, province: place.name))
                } else {
                    let name = VietnameseLexicon.placeName(place.name)
                    var found = mention(document, index, end, name, unit: level, province: province)
                    // "Chicago", "Vân Nam": a foreign place carries its country, for the relation rules.
                    if let country = place.country { found.attributes["country"] = country }
                    mentions.append(found)
                    // "Milan (Italy) và Kosice (Slovakia)": a foreign place of the list with its country in parentheses
                    // opens a list of cities as one the text places does.
                    if place.country != nil, end < tokens.count, keys[end] == "(",
                        let after = ForeignCity.countryEnd(after: end, in: document, lexicon: lexicon)
                    {
                        lastForeignCity = ForeignCity(start: index, end: end, after: after)
                    }
                }
                index = end
                // "các huyện Từ Liêm, Hoài Đức, Đông Anh và Gia Lâm": one unit word for a list of districts.
                if place.kind == "district", unit != nil {
                    while index + 1 < tokens.count, keys[index] == "," || keys[index] == "và",
                        tokens[index + 1].isCapitalized, !document.startsSentence[index + 1],
                        let next = lexicon.places.longestMatch(in: keys, at: index + 1), next.payload.kind == "district"
                    {
                        let nextEnd = index + 1 + next.length
                        mentions.append(mention(
                            document, index + 1, nextEnd, next.payload.name, unit: level,
                            province: lexicon.province(of: next.payload, in: document.text)))
                        index = nextEnd
                    }
                }
            } else {
                index += 1
            }
        }
        return Extraction(mentions: mentions)
    }

    /// The province of a district of `district`'s name that follows it at `end` after a comma, a dash or an opening
    /// parenthesis ("Châu Thành, Tiền Giang"), or nil.
    private func provinceFollowing(_ district: PlaceEntry, at end: Int, in document: Document, keys: [String]) -> String? {
        let provinces = lexicon.provinces(ofDistrict: district)
        guard !provinces.isEmpty, end + 1 < keys.count, [",", "-", "–", "("].contains(keys[end]) else { return nil }
        var start = end + 1
        for unit in Self.unitWords where unit.kind == "province" || unit.kind == "city" {
            if start + unit.keys.count < keys.count, keys[start..<start + unit.keys.count].elementsEqual(unit.keys) {
                start += unit.keys.count
                if keys[start] == "." { start += 1 }
                break
            }
        }
        guard start < keys.count, document.tokens[start].isCapitalized, let match = lexicon.places.longestMatch(in: keys, at: start),
            provinces.contains(match.payload.name)
        else { return nil }
        return match.payload.name
    }

    /// Words before a place that say where something is or happens.
    static let locativeWords: Set<String> = ["ở", "tại"]

    /// "ở Bàn Giàn (Vĩnh Phúc)", "tại Hòn Ngọc (Quảng Ngãi)": a place the gazetteer does not know, named after "ở" or
    /// "tại" with its province in parentheses right after it. Returns the token after the place's name and the
    /// province (or the district, below) it lies in, or nil.
    ///
    /// An address names the province after commas as well, with the district between: "(ở Nhổn, Hà Nội)", "trú tại Hàng
    /// Bông, Hoàn Kiếm, Hà Nội"; the province then ends the address (punctuation or the sentence's end after it).
    private func placeBeforeItsProvince(at index: Int, in document: Document) -> (end: Int, province: String)? {
        let keys = document.tokenKeys
        let tokens = document.tokens
        guard index > 0, Self.locativeWords.contains(keys[index - 1]), tokens[index].kind == .word, tokens[index].isCapitalized,
            !tokens[index].isAllCaps, !document.startsSentence[index],
            let end = lexicon.unknownPlaceEnd(in: document, at: index), end + 2 < keys.count
        else { return nil }
        if keys[end] == "(", let province = lexicon.places.longestMatch(in: keys, at: end + 1), province.payload.kind == "province",
            end + 1 + province.length < keys.count, keys[end + 1 + province.length] == ")"
        {
            return (end, province.payload.name)
        }
        // ", Hoàn Kiếm, Hà Nội": an optional district of the gazetteer, then the province, each after a comma; the place
        // lies in the district then, the nearest unit that holds it.
        var cursor = end
        var parent: String?
        if keys[cursor] == ",", cursor + 1 < keys.count, !document.startsSentence[cursor + 1],
            let district = lexicon.places.longestMatch(in: keys, at: cursor + 1), district.payload.kind == "district",
            cursor + 1 + district.length < keys.count, keys[cursor + 1 + district.length] == ","
        {
            cursor += 1 + district.length
            parent = district.payload.name
        }
        guard keys[cursor] == ",", cursor + 1 < keys.count, !document.startsSentence[cursor + 1],
            let province = lexicon.places.longestMatch(in: keys, at: cursor + 1), province.payload.kind == "province"
        else { return nil }
        let after = cursor + 1 + province.length
        guard after >= keys.count || document.startsSentence[after] || tokens[after].kind == .punctuation else { return nil }
        return (end, parent ?? province.payload.name)
    }

    /// "tại bán đảo Sơn Trà", "du lịch Sầm Sơn", "của Hội An": a district of two syllables or more, named without its
    /// unit word right after a lower-case word, in an article that names its province, is the place. A pronoun or a
    /// title before it ("ông Hội An", "phó giám đốc Hoàng Mai") makes it a person's name, and a street's or a
    /// facility's word ("đường Ngô Quyền", "cảng Nghi Sơn") the name of that street or facility.
    private func namedInItsProvince(
        _ district: PlaceEntry, named province: String?, from start: Int, to end: Int, in document: Document, keys: [String]
    ) -> Bool {
        guard end - start >= 2, start > 0, !document.startsSentence[start], document.tokens[start - 1].kind == .word,
            !document.tokens[start - 1].isCapitalized, !VietnameseLexicon.facilityWords.contains(keys[start - 1]),
            !VietnameseLexicon.personPronouns.contains(keys[start - 1]), !lexicon.titleEnds(before: start, in: keys),
            // "Khu kinh tế Nghi Sơn": after a word of a name, the district names that longer thing.
            start < 2 || !lexicon.nameCompounds.contains(keys[start - 2] + " " + keys[start - 1]),
            let province, province != district.name
        else { return false }
        return true
    }

    /// "phường Trung Hòa, Cầu Giấy", "thôn Đoài, Đông Anh": a bare district right after a commune, a ward or a village
    /// and a comma is the next part of an address — unless the list goes on after it with another name that is no
    /// province ("xã Tân Phú, Phú Hòa và Hòa An": communes listed under one unit word).
    private func addressAfterCommune(from start: Int, to end: Int, after previous: EntityMention?, in document: Document) -> Bool {
        let keys = document.tokenKeys
        guard let previous, ["commune", "village"].contains(previous.attributes["unit"]), start >= 1, keys[start - 1] == ",",
            document.tokenIndex(atOrAfter: previous.span.end) == start - 1
        else { return false }
        guard end + 1 < keys.count, keys[end] == "," || keys[end] == "và", document.tokens[end + 1].isCapitalized else { return true }
        guard keys[end] == ",", let next = lexicon.places.longestMatch(in: keys, at: end + 1) else { return false }
        return next.payload.kind == "province" || next.payload.kind == "country"
    }

    /// "như ở Cầu Giấy, Long Biên …", "là Hà Đông (2.200 học sinh), Nam Từ Liêm (1.900 học sinh)": bare districts
    /// listed together, of one province that the article names, are places. The district at `start..<end` is one
    /// when the next item of the list (after a parenthesis, a comma or "và") is a district of the same province, or
    /// when the place just before it (`previous`) is one and only such a separator lies between them.
    private func listedWithDistrict(
        in province: String?, from start: Int, to end: Int, after previous: EntityMention?, in document: Document,
        keys: [String]
    ) -> Bool {
        guard let province else { return false }
        /// The token after a parenthesized aside that starts at `index`, or `index`.
        func skippingAside(_ index: Int) -> Int {
            guard index < keys.count, keys[index] == "(" else { return index }
            var cursor = index + 1
            while cursor < keys.count, cursor - index < 10, keys[cursor] != ")" { cursor += 1 }
            return cursor < keys.count && keys[cursor] == ")" ? cursor + 1 : index
        }
        let separators: Set<String> = [",", "và", ";"]
        let next = skippingAside(end)
        if next + 1 < keys.count, separators.contains(keys[next]), document.tokens[next + 1].isCapitalized,
            let match = lexicon.places.longestMatch(in: keys, at: next + 1), match.payload.kind == "district",
            lexicon.provinces(ofDistrict: match.payload).contains(province)
        {
            return true
        }
        guard let previous, previous.attributes["province"] == province, previous.attributes["unit"] == "district",
            start >= 2, separators.contains(keys[start - 1])
        else { return false }
        let before = document.tokenIndex(atOrAfter: previous.span.end)
        return skippingAside(before) == start - 1
    }

    /// "Khu công nghiệp Bắc Thăng Long", "KCN Quang Minh": an industrial park named after its unit words is a place
    /// whose name keeps them (as the guide writes it: "Khu công nghiệp An Hiệp"); the words after them are read as an
    /// unknown place's, so that a district's name that ends the park's ("Khu công nghiệp Thạch Thất") stays in it.
    private func industrialPark(in document: Document, at index: Int) -> (end: Int, name: String)? {
        let keys = document.tokenKeys
        let tokens = document.tokens
        let unitLength = keys[index] == "kcn" && tokens[index].isAllCaps ? 1
            : index + 2 < keys.count && keys[index] == "khu" && keys[index + 1] == "công" && keys[index + 2] == "nghiệp" ? 3 : 0
        let nameStart = index + unitLength
        guard unitLength > 0, nameStart < tokens.count, tokens[nameStart].kind == .word, tokens[nameStart].isCapitalized,
            !tokens[nameStart].isAllCaps, !document.startsSentence[nameStart],
            let end = lexicon.unknownPlaceEnd(in: document, at: nameStart)
        else { return nil }
        return (end, "Khu công nghiệp " + document.text(TextSpan(start: tokens[nameStart].span.start, end: tokens[end - 1].span.end)))
    }

    private func mention(
        _ document: Document, _ start: Int, _ end: Int, _ name: String, unit: String?, province: String?, rule: String = "gazetteer"
    ) -> EntityMention {
        let span = TextSpan(start: document.tokens[start].span.start, end: document.tokens[end - 1].span.end)
        let text = document.text(span)
        return EntityMention(
            type: .place, span: span, text: text, canonicalName: name, aliases: text == name ? [] : [text],
            attributes: (unit.map { ["unit": $0] } ?? [:]).merging(province.map { ["province": $0] } ?? [:]) { a, _ in a },
            confidence: unit == nil ? 0.8 : 0.95, rule: rule)
    }
}
