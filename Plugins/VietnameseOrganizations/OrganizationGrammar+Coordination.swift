import MekongPluginAPI
import VietnameseLexicon

/// Coordinated and distributive bodies: several heads that share one owner ("Tỉnh ủy, HĐND, UBND tỉnh X",
/// "Ban Thường vụ và Ủy ban Kiểm tra Tỉnh ủy X") and owners spread over a list of places ("Tỉnh ủy các tỉnh
/// A, B và C", "UBND, Sở Y tế 3 tỉnh có tàu cá tham dự gồm A, B, C"). Each body is named in full; the elliptical
/// surface is not an alias of any of them.
extension OrganizationGrammar {
    /// One body of a coordinated phrase.
    struct CoordinatedBody {
        /// The body, its tokens being its own head (the last one reaches the end of the phrase).
        var body: ParsedOrganization
        /// The owner of a sub-body ("Tỉnh ủy A" for "Ban Thường vụ Tỉnh ủy A"), named in full.
        var parent: String?
    }

    /// Bodies named by a coordination of heads and/or a list of places starting at `index`, and the token
    /// after the phrase; nil unless the phrase names at least two bodies.
    func coordinatedBodies(at index: Int) -> (bodies: [CoordinatedBody], end: Int)? {
        guard index < keys.count, document.tokens[index].isCapitalized else { return nil }
        // 1. The heads: "Tỉnh ủy, HĐND, UBND", "Ban Thường vụ và Ủy ban Kiểm tra", "UBND, Sở Y tế".
        var heads: [CoordinatedHead] = []
        // Unit words written after a territorial head inside the coordination ("UBND tỉnh, Sở Y tế các tỉnh A, B"):
        // they must be the unit word of the places that close it.
        var carriedUnits: [String] = []
        var cursor = index
        while cursor < keys.count, document.tokens[cursor].isCapitalized,
            cursor == index || !document.startsSentence[cursor],
            let head = coordinatedHead(at: cursor, after: heads.last)
        {
            heads.append(head)
            cursor = head.end
            let carried = head.headClass == .territorial && head.department == nil ? unitWordEnd(at: cursor) : nil
            let separator = carried ?? cursor
            guard separator + 1 < keys.count, keys[separator] == "," || keys[separator] == "và",
                document.tokens[separator + 1].isCapitalized,
                let next = coordinatedHead(at: separator + 1, after: head),
                // "Tỉnh ủy, UBND tỉnh …": the heads are of one kind of owner; a sub-body after a territorial
                // head starts a new name ("Tỉnh ủy và Ban Thường vụ Tỉnh ủy X").
                head.headClass == next.headClass
            else { break }
            if let carried { carriedUnits.append(Self.unitWord(keys[cursor..<carried].joined(separator: " "))) }
            cursor = separator + 1
        }
        guard let lastHead = heads.last else { return nil }
        // 2. The owner of sub-bodies: "… Tỉnh ủy" + places.
        var owner: (start: Int, end: Int)?
        if lastHead.headClass == .sub {
            guard let head = lexicon.heads.longestMatch(in: keys, at: cursor), head.payload == .territorial,
                document.tokens[cursor].isCapitalized
            else { return nil }
            owner = (cursor, cursor + head.length)
            cursor += head.length
        }
        // 3. The places: "tỉnh X", "X", or "các tỉnh A, B và C".
        // Each place, with the unit word it carries itself when the list mixes them ("huyện A, thị xã B").
        var places: [(start: Int, end: Int, unit: String?)] = []
        var unit: String?
        var cityNamed = false
        var mixedUnits = false
        let spreadAt = cursor
        if cursor + 1 < keys.count, lexicon.spreadsOverPlaces(document, at: cursor),
            let unitEnd = unitWordEnd(at: cursor + 1)
        {
            unit = Self.unitWord(keys[cursor + 1..<unitEnd].joined(separator: " "))
            // Communes are too many for the gazetteer: after "các xã" or "hai phường" a capitalized name is one.
            let communes = ["xã", "phường", "thị trấn"].contains(unit ?? "")
            cursor = unitEnd
            // "UBND các tỉnh, thành phố: A, B": provinces and cities together; each place takes the unit word of its
            // official name.
            if cursor + 2 < keys.count, keys[cursor] == ",", let secondEnd = unitWordEnd(at: cursor + 1),
                Set([unit ?? "", Self.unitWord(keys[cursor + 1..<secondEnd].joined(separator: " "))]) == ["tỉnh", "thành phố"]
            {
                cursor = secondEnd
                unit = nil
                mixedUnits = true
            }
            // "UBND các tỉnh: A, B và C": a colon may open the list.
            if cursor + 1 < keys.count, keys[cursor] == ":", placeEnd(at: cursor + 1, allowBareDistrict: true) != nil { cursor += 1 }
            // "UBND, Sở Y tế 3 tỉnh có tàu cá tham dự gồm A, B, C": the list after the clause that qualifies the places.
            let listedAfterClause = placeEnd(at: cursor, allowBareDistrict: true) == nil
                ? placesListedAfterClause(at: cursor) : nil
            if let listedAfterClause { cursor = listedAfterClause }
            while let end = placeEnd(at: cursor, allowBareDistrict: true)
                ?? (communes && cursor < keys.count && document.tokens[cursor].isCapitalized
                    ? lexicon.unknownPlaceEnd(in: document, at: cursor, address: true) : nil),
                end > cursor
            {
                places.append((cursor, end, mixedUnits ? officialUnit(at: cursor, end: end) : nil))
                cursor = end
                guard cursor + 1 < keys.count, keys[cursor] == "," || keys[cursor] == "và" else { break }
                cursor += 1
            }
            if let last = places.last { cursor = last.end }
            guard places.count >= 2 else { return nil }
            // A count the list after the clause does not match tells that the list names other places.
            if listedAfterClause != nil, let count = Int(keys[spreadAt]), count != places.count { return nil }
        } else if let city = cityShortForm(at: cursor) {
            // "Thành ủy, UBND TP.HCM": the city's short form holds its unit word.
            cityNamed = true
            places.append((cursor, cursor + city, nil))
            cursor += city
        } else {
            if let unitEnd = unitWordEnd(at: cursor) { unit = Self.unitWord(keys[cursor..<unitEnd].joined(separator: " ")) }
            guard let end = placeEnd(at: cursor, allowBareDistrict: true) else { return nil }
            var placeStart = unitWordEnd(at: cursor) ?? cursor
            if placeStart < end, keys[placeStart] == "." { placeStart += 1 }
            places.append((placeStart, end, unit))
            cursor = end
            // "HĐND huyện A, thị xã B", "UBND xã A và phường B": more places of the same level, each with its own
            // unit word; a place of another level closes an address ("UBND xã A, huyện B").
            while let level = unit.flatMap({ Self.unitLevels[$0] }), cursor + 1 < keys.count,
                keys[cursor] == "," || keys[cursor] == "và",
                let nextUnitEnd = unitWordEnd(at: cursor + 1),
                case let nextUnit = Self.unitWord(keys[cursor + 1..<nextUnitEnd].joined(separator: " ")),
                Self.unitLevels[nextUnit] == level,
                let end = placeEnd(at: cursor + 1, allowBareDistrict: true), end > nextUnitEnd
            {
                places.append((nextUnitEnd, end, nextUnit))
                cursor = end
            }
        }
        guard heads.count >= 2 || places.count >= 2 else { return nil }
        if !carriedUnits.isEmpty, !carriedUnits.allSatisfy({ $0 == unit }) { return nil }

        // 4. Every head × every place, named in full.
        let ownerKey = owner.map { keys[$0.start..<$0.end].joined(separator: " ") }
        let unitOfOwner = ownerKey.flatMap { Self.committeeUnits[$0] } ?? heads.lazy.compactMap {
            Self.committeeUnits[self.keys[$0.start..<$0.end].joined(separator: " ")]
        }.first
        var bodies: [CoordinatedBody] = []
        for place in places {
            // "UBND các tỉnh, thành phố: …, TPHCM": the city's short form in a mixed list.
            let city = cityNamed || (mixedUnits && cityShortForm(at: place.start) == place.end - place.start)
            let placeName = city ? VietnameseLexicon.hoChiMinhCity : text(place.start, place.end)
            let unitWord = city ? "" : place.unit ?? unit ?? unitOfOwner ?? ""
            func territorial(_ start: Int, _ end: Int) -> String {
                let head = expand(start, end)
                let bare = Self.committeeUnits[keys[start..<end].joined(separator: " ")] != nil
                return bare || unitWord.isEmpty ? head + " " + placeName : head + " " + unitWord.lowercased() + " " + placeName
            }
            let parentName = owner.map { territorial($0.start, $0.end) }
            for head in heads {
                // "Ban Chấp hành, Ban Thường vụ Tỉnh ủy X": the executive committee of a Tỉnh ủy is the Tỉnh ủy.
                if head.headClass == .sub, keys[head.start..<head.end].joined(separator: " ") == "ban chấp hành",
                    let ownerKey, Self.committeeUnits[ownerKey] != nil
                {
                    continue
                }
                let name = head.headClass == .sub ? expand(head.start, head.end) + " " + (parentName ?? "")
                    : head.department.map { $0 + " " + (unitWord.isEmpty ? "" : unitWord.lowercased() + " ") + placeName }
                    ?? territorial(head.start, head.end)
                // "UBND TP.HCM" is also called with the city as the text writes it: "Ủy ban nhân dân TP.HCM".
                let aliases = city && head.headClass == .territorial
                    ? [expand(head.start, head.end) + " " + text(place.start, place.end)] : []
                var body = ParsedOrganization(
                    start: head.start, end: head.end, canonicalName: name.trimmingSpaces(), aliases: aliases,
                    isShortForm: false, nested: [], rule: "coordinated")
                if head.headClass == .territorial, head.department == nil { body.place = placeName }
                bodies.append(CoordinatedBody(body: body, parent: parentName))
            }
            if let owner, let parentName {
                var body = ParsedOrganization(
                    start: owner.start, end: owner.end, canonicalName: parentName, aliases: [], isShortForm: false,
                    nested: [], rule: "coordinated")
                body.place = placeName
                bodies.append(CoordinatedBody(body: body, parent: nil))
            }
        }
        return (bodies, cursor)
    }

    /// The unit word of the official name of the province from `start` to `end` ("thành phố" for "Hà Nội", "tỉnh" for
    /// "Hà Nam"), or nil for a place the gazetteer does not know as a province.
    func officialUnit(at start: Int, end: Int) -> String? {
        guard let match = lexicon.places.longestMatch(in: keys, at: start), start + match.length == end,
            match.payload.kind == "province"
        else { return nil }
        return lexicon.isCentralCity(match.payload.name) ? "thành phố" : "tỉnh"
    }

    /// One head of a coordination: its tokens, its class, and the name of a department that is no bare head.
    struct CoordinatedHead {
        var start: Int
        var end: Int
        var headClass: OrganizationHeadClass
        /// "Sở Y tế", "Sở Nông nghiệp và Phát triển nông thôn": a province's department named after its ministry,
        /// which the place that closes the coordination owns as it owns the territorial heads before it.
        var department: String?
    }

    /// The head at `index` of a coordination of bodies that share their owner: a territorial or sub-body head of the
    /// lexicon, or, after a territorial head, a department named after its ministry ("UBND, Sở Y tế tỉnh X").
    func coordinatedHead(at index: Int, after previous: CoordinatedHead?) -> CoordinatedHead? {
        if let head = lexicon.heads.longestMatch(in: keys, at: index), head.payload == .territorial || head.payload == .sub {
            return CoordinatedHead(start: index, end: index + head.length, headClass: head.payload)
        }
        // A department after a territorial head ("UBND, Sở Y tế tỉnh X"), or alone before a list of provinces ("Sở Tư pháp
        // các tỉnh A, B, C").
        guard keys[index] == "sở", index + 1 < keys.count, let (end, name) = knownBody(headed: "sở", namedAt: index + 1),
            previous?.headClass == .territorial || (previous == nil && end + 1 < keys.count && lexicon.spreadsOverPlaces(document, at: end))
        else { return nil }
        return CoordinatedHead(start: index, end: end, headClass: .territorial, department: name)
    }

    /// The token after "gồm" (and its colon) that opens the list of places that the plural unit word ending at `index`
    /// spreads over, when a short clause qualifies the places first: "9 tỉnh có tàu cá hoạt động ở nước ngoài tham dự gồm
    /// Quảng Ngãi, …". The clause stays in the sentence and holds no other body and no other unit word ("… 2 tỉnh
    /// đã thăm 2 huyện gồm A, B" lists the districts); nil otherwise.
    func placesListedAfterClause(at index: Int) -> Int? {
        var cursor = index
        while cursor < keys.count, cursor - index <= 15, !document.startsSentence[cursor],
            ![".", ";", ":", "(", ")"].contains(keys[cursor]), lexicon.heads.longestMatch(in: keys, at: cursor) == nil,
            unitWordEnd(at: cursor) == nil
        {
            if keys[cursor] == "gồm" {
                let next = cursor + 1 < keys.count && keys[cursor + 1] == ":" ? cursor + 2 : cursor + 1
                return placeEnd(at: next, allowBareDistrict: true) != nil ? next : nil
            }
            cursor += 1
        }
        return nil
    }

    /// The level of the unit words that a list of places may mix: districts ("huyện", "quận", "thị xã"), communes
    /// ("xã", "phường", "thị trấn"), provinces. "Thành phố" names a province or a district, so it mixes with none.
    static let unitLevels: [String: Int] = [
        "tỉnh": 1, "huyện": 2, "quận": 2, "thị xã": 2, "xã": 3, "phường": 3, "thị trấn": 3,
    ]

    /// A unit word as a name writes it in full: "TP" is "thành phố".
    static func unitWord(_ key: String) -> String {
        key == "tp" ? "thành phố" : key
    }
}
