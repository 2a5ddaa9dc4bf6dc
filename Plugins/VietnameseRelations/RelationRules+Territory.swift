import MekongPluginAPI
import VietnameseLexicon

/// `located_in` read from territories: places listed "trên địa bàn" another, addresses in parentheses, embassies and
/// offices "tại" a place, and the bodies of a territory whose names end with it.
extension RelationRules {
    /// The heads of a territory's own bodies (annotation guide: located_in for "Tỉnh ủy X, UBND tỉnh X, HĐND tỉnh X,
    /// Công an tỉnh X → X"), and of its departments, which gold files place as well ("Sở Giao thông vận tải TP HCM").
    static let territorialHeads: [[String]] = [
        ["ủy", "ban", "nhân", "dân"], ["hội", "đồng", "nhân", "dân"], ["ubnd"], ["hđnd"], ["tỉnh", "ủy"], ["thành", "ủy"],
        ["huyện", "ủy"], ["quận", "ủy"], ["thị", "ủy"], ["công", "an"], ["thanh", "tra"], ["sở"],
        // A country's government and parliament: "Chính phủ Nhật Bản", "Quốc hội nước Cộng hòa Liên bang Myanmar".
        ["chính", "phủ"], ["quốc", "hội"],
    ]

    /// The heads of a national agency's branch in a province or district, and of the courts, procuracies and military
    /// commands of a territory ("Cục Quản lý thị trường Nam Định", "Chi cục Thuế quận 1", "Viện Kiểm sát nhân dân tỉnh
    /// X", "Bộ Chỉ huy Quân sự tỉnh Y"): placed like the territory's own bodies, but never in a country — "Cục Hàng hải
    /// Việt Nam" is the national agency, which gold files do not place.
    static let territorialBranchHeads: [[String]] = [
        ["cục"], ["chi", "cục"], ["viện", "kiểm", "sát"], ["tòa", "án"], ["bộ", "chỉ", "huy"],
    ]

    /// The heads of a territory's own Party committees and people's councils and committees, whose standing members and
    /// boards ("Thường trực Huyện ủy X", "Ban Tổ chức Tỉnh ủy X") are their sub-bodies.
    static let territorialCommitteeHeads: [[String]] = Array(territorialHeads.prefix(9))

    /// The words that open the name of a sub-body of a committee: "Thường trực", "Ban …", "Ủy ban Kiểm tra", "Văn phòng".
    static let subBodyOpeners: [[String]] = [["thường", "trực"], ["ban"], ["ủy", "ban", "kiểm", "tra"], ["văn", "phòng"]]

    /// Whether a body is a sub-body of a territory's committee by its name ("Thường trực Hội đồng nhân dân huyện X",
    /// "Ban Tổ chức Tỉnh ủy X"): the annotation guide leaves located_in optional for sub-bodies, and gold files leave it
    /// out, so only the committee itself is placed.
    static func isCommitteeSubBody(_ name: String) -> Bool {
        let words = TokenKeys.split(name)
        guard let opener = subBodyOpeners.first(where: { words.starts(with: $0) }) else { return false }
        return (opener.count..<words.count).contains { start in
            territorialCommitteeHeads.contains { words[start...].starts(with: $0) }
        }
    }

    /// `located_in` of a territory's body whose name ends with the name of a place the article names, where the grammar's
    /// place hint found none (`placed`: the bodies it did place): "UBND quận 1" → Quận 1, "Thanh tra Hà Tĩnh" → Hà Tĩnh.
    /// The place may follow its unit word.
    mutating func territorialBodiesByName(placed: Set<Int>) {
        var placeByKey: [String: Int] = [:]
        var countries: Set<Int> = []
        for item in layout.placed where item.mention.type == .place {
            if item.mention.attributes["unit"] == "country" { countries.insert(item.index) }
            for name in [item.mention.canonicalName, item.mention.text] + item.mention.aliases where placeByKey[NameNormalizer.key(name)] == nil {
                placeByKey[NameNormalizer.key(name)] = item.index
            }
        }
        guard !placeByKey.isEmpty else { return }
        for item in layout.placed where item.mention.type == .organization && !placed.contains(item.index) && !item.mention.hints.isNested {
            let words = TokenKeys.split(item.mention.canonicalName)
            let written = item.mention.canonicalName.split(separator: " ")
            let branch = Self.territorialBranchHeads.first(where: { words.starts(with: $0) })
            guard let head = Self.territorialHeads.first(where: { words.starts(with: $0) }) ?? branch, words.count > head.count,
                written.count == words.count
            else { continue }
            // The longest tail after the head that names a place: "quận 1", "Hà Tĩnh" — a whole name, not the end of a
            // longer one ("Huế" of "tỉnh Thừa Thiên Huế").
            for start in head.count..<words.count where start == head.count || !(written[start - 1].first?.isUppercase ?? false) {
                guard let place = placeByKey[NameNormalizer.key(words[start...].joined(separator: " "))] else { continue }
                if branch != nil, countries.contains(place) { break }
                add(item.index, .locatedIn, place, at: item.start, rule: "territorial-body-by-name", confidence: 0.8)
                break
            }
        }
    }

    /// The heads of bodies that represent another in a place, whose "tại" names that place: embassies, consulates,
    /// representative offices, branches.
    static let representationHeads: [[String]] = [
        ["đại", "sứ", "quán"], ["tổng", "lãnh", "sự", "quán"], ["lãnh", "sự", "quán"], ["văn", "phòng", "đại", "diện"],
        ["cơ", "quan", "đại", "diện"], ["chi", "nhánh"],
    ]

    /// "Đại sứ quán Czech tại Hà Nội", "Văn phòng Đại diện X tại TP Hồ Chí Minh", with "tại" at `index`: a representation
    /// lies in the place right after "tại" (an embassy "at" a capital is seated there, where another body "at" a place
    /// may only be visiting it).
    mutating func representation(atAt index: Int) {
        guard index + 1 < keys.count, let body = layout.ending(at: index, types: [.organization]),
            let place = layout.starting(at: index + 1, types: [.place])
        else { return }
        let words = TokenKeys.split(body.mention.canonicalName)
        guard Self.representationHeads.contains(where: { words.starts(with: $0) }) else { return }
        add(body.index, .locatedIn, place.index, at: index, rule: "representation-at", confidence: 0.8)
    }

    /// Words that open an address in parentheses after a body: "(ở 301, thị trấn X, …)", "(phố Yết Kiêu, Hoàn Kiếm,
    /// Hà Nội)", "(số 5 đường Y, …)".
    static let addressOpeners: Set<String> = ["ở", "tại", "số", "phố", "đường", "địa", "trụ"]

    /// "Công ty CP Bóng đèn Điện Quang (125 Hàm Nghi, Q.1, TPHCM)", "Công ty cổ phần Ngân Hạnh (ở 301, thị trấn Mường
    /// Khương, huyện Mường Khương, tỉnh Lào Cai)": an address in parentheses after a body says where it is; the body lies
    /// in each district, city or province of it (as with "có trụ sở tại …"). Whether the parenthesis held an address.
    mutating func addressInParenthesis(at index: Int) -> Bool {
        guard index + 1 < keys.count, let body = layout.ending(at: index, types: [.organization]),
            document.tokens[index + 1].kind == .number || Self.addressOpeners.contains(keys[index + 1])
        else { return false }
        var cursor = index + 1
        var places: [MentionLayout.Placed] = []
        while cursor < keys.count, cursor - index <= 25, keys[cursor] != ")" {
            guard ![".", ";", "("].contains(keys[cursor]) else { return false }
            if let place = layout.starting(at: cursor, types: [.place]) {
                places.append(place)
                cursor = place.end
            } else {
                cursor += 1
            }
        }
        guard cursor < keys.count, keys[cursor] == ")", !places.isEmpty else { return false }
        for place in places where (Self.rank(place.mention) ?? 0) >= 1 {
            add(body.index, .locatedIn, place.index, at: index, rule: "address-in-parenthesis", confidence: 0.75)
        }
        return true
    }

    /// Whether the "xã" at `index` of a name's words is a commune's unit word: not the "xã" of "xã hội" ("Sở Lao động -
    /// Thương binh và Xã hội") nor of "hợp tác xã" (a cooperative: "HTX chè Tân Cương").
    static func xaNamesCommune(_ words: [String], at index: Int) -> Bool {
        let cooperative = index >= 2 && words[index - 2] == "hợp" && words[index - 1] == "tác"
        return !cooperative && (index + 1 == words.count || words[index + 1] != "hội")
    }

    /// How large the territory a body's name holds is, by its unit word (as ``rank(_:)``; 0 for none): "UBND
    /// Thành phố Hồ Chí Minh" 4, "Bệnh viện Đa khoa huyện Gia Viễn" 3; "xã hội" and "hợp tác xã" are no commune.
    static func territoryRank(_ name: String) -> Int {
        let words = TokenKeys.split(name)
        var rank = 0
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            switch word {
            case "tỉnh", "tp": rank = max(rank, 4)
            case "thành" where next == "phố": rank = max(rank, 4)
            case "huyện", "quận": rank = max(rank, 3)
            case "thị" where next == "xã": rank = max(rank, 3)
            case "xã" where Self.xaNamesCommune(words, at: index), "phường": rank = max(rank, 2)
            default: break
            }
        }
        return rank
    }

    /// "các xã A, B và C trên địa bàn huyện D", "Trung tâm X đóng trên địa bàn thị trấn Y": the places listed before
    /// "trên địa bàn" lie in the larger place after it, and so does a body seated ("đóng", "nằm") there.
    mutating func onTerritory(at index: Int, in range: Range<Int>) {
        guard index + 3 < range.upperBound, keys[index + 2] == "bàn", let outer = layout.starting(at: index + 3, types: [.place]),
            let outerRank = Self.rank(outer.mention)
        else { return }
        if index - 1 > range.lowerBound, ["đóng", "nằm"].contains(keys[index - 1]),
            let body = layout.ending(at: index - 1, types: [.organization])
        {
            add(body.index, .locatedIn, outer.index, at: index, rule: "seated-on-territory", confidence: 0.75)
            return
        }
        var cursor = index
        // A listed place whose unit word the list left out ("các xã A, B") has no rank of its own: it shares the first's.
        while let inner = layout.ending(at: cursor, types: [.place]), (Self.rank(inner.mention) ?? (outerRank >= 3 ? 0 : 9)) < outerRank {
            add(inner.index, .locatedIn, outer.index, at: index, rule: "on-territory", confidence: 0.75)
            guard inner.start > range.lowerBound + 1, [",", "và"].contains(keys[inner.start - 1]) else { break }
            cursor = inner.start - 1
        }
    }
}

extension RelationRules {
    /// The heads of bodies that have a seat of their own, not a territory: companies, schools, hospitals, cooperatives,
    /// factories, stations.
    static let seatedBodyHeads: [[String]] = [
        ["công", "ty"], ["tổng", "công", "ty"], ["trường"], ["bệnh", "viện"], ["hợp", "tác", "xã"], ["htx"], ["nhà", "máy"],
        ["xí", "nghiệp"], ["trạm"], ["cty"], ["doanh", "nghiệp"],
    ]

    /// Whether the body's name opens with one of ``seatedBodyHeads``.
    static func hasSeatOfItsOwn(_ body: EntityMention) -> Bool {
        let words = TokenKeys.split(body.canonicalName)
        return seatedBodyHeads.contains(where: { words.starts(with: $0) })
    }

    /// "Công ty Cổ phần Xi măng Thành Thắng tại xã Thanh Nghị, huyện Thanh Liêm, tỉnh Hà Nam", "Trường THCS Thanh Minh, xã
    /// Thanh Minh, thành phố Điện Biên Phủ": an address that opens with a commune or a village, right after a body with a
    /// seat of its own (``seatedBodyHeads``) and "tại" or a comma at `index`, says where the body is; it lies in each
    /// place of the address. A district or a province alone after "tại" may be where the body only goes.
    mutating func seatAddress(at index: Int) {
        // Runs at every comma: the unit word in lower case after it rules out nearly all of them at once.
        guard index + 1 < keys.count, document.tokens[index + 1].kind == .word, !document.tokens[index + 1].isCapitalized,
            let first = layout.starting(at: index + 1, types: [.place]), (1...2).contains(Self.rank(first.mention) ?? 0),
            let body = layout.ending(at: index, types: [.organization]), Self.hasSeatOfItsOwn(body.mention)
        else { return }
        var places = [first]
        var cursor = first.end
        while cursor + 1 < keys.count, keys[cursor] == ",", let next = layout.starting(at: cursor + 1, types: [.place]),
            (Self.rank(next.mention) ?? 0) > (Self.rank(places[places.count - 1].mention) ?? 0)
        {
            places.append(next)
            cursor = next.end
        }
        for place in places {
            add(body.index, .locatedIn, place.index, at: index, rule: "seat-address", confidence: 0.75)
        }
    }
}
