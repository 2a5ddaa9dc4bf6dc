import MekongCore
import MekongPluginAPI
import VietnameseLexicon

/// The relation rules of ``VietnameseRelationExtractor``, collecting what they find.
struct RelationRules {
    let document: Document
    let keys: [String]
    let layout: MentionLayout
    private(set) var found: [RelationCandidate] = []
    private var seen: Set<String> = []
    /// The subject of the last verb of meeting or cooperation read, with the first token of its sentence: "A đã gặp B và
    /// có buổi trao đổi với C" gives the second verb A as well.
    private var lastSubject: (sentenceStart: Int, subject: MentionLayout.Placed)?

    let lexicon: VietnameseLexicon

    init(document: Document, keys: [String], layout: MentionLayout, lexicon: VietnameseLexicon) {
        self.lexicon = lexicon
        self.document = document
        self.keys = keys
        self.layout = layout
    }

    private func evidence(at token: Int) -> TextSpan {
        let offset = document.tokens[min(token, document.tokens.count - 1)].span.start
        return document.sentenceIndex(containing: offset).map { document.sentences[$0].span }
            ?? TextSpan(start: offset, end: offset)
    }

    mutating func add(
        _ subject: Int, _ predicate: Predicate, _ object: Int, at token: Int, rule: String,
        attributes: [String: String] = [:], confidence: Double = 0.8
    ) {
        let a = document.mentions[subject].canonicalName
        let b = document.mentions[object].canonicalName
        guard NameNormalizer.key(a) != NameNormalizer.key(b) else { return }
        var ends = [a, b]
        if predicate.isSymmetric { ends.sort() }
        let key = "\(ends[0])|\(predicate)|\(ends[1])|\(evidence(at: token).start)"
        guard seen.insert(key).inserted else { return }
        found.append(RelationCandidate(
            subject: .existing(subject), predicate: predicate, object: .existing(object), attributes: attributes,
            evidence: evidence(at: token), confidence: confidence, rule: rule))
    }

    /// Whether `prefix` is a company's head with its legal form alone ("công ty cp", see ``namesSameBody(prefix:)``)
    /// and `group` names a group or a corporation ("tập đoàn t&t", "tổng công ty …"): the two are one body's legal and
    /// usual names.
    static func legalFormOfGroup(_ prefix: ArraySlice<String>, group: ArraySlice<String>) -> Bool {
        namesSameBody(prefix: Array(prefix)) && (group.starts(with: ["tập", "đoàn"]) || group.starts(with: ["tổng", "công", "ty"]))
    }

    /// `part_of` from names that contain their parent, and `located_in` of territorial bodies.
    mutating func structural() {
        let placeIndexByKey = Dictionary(
            document.mentions.enumerated().filter { $0.element.type == .place }
                .map { (NameNormalizer.key($0.element.canonicalName), $0.offset) }, uniquingKeysWith: { first, _ in first })
        // Nested bodies by their first token, so that each name looks only at the tokens it spans (a scan of every
        // mention for every name made long articles quadratic).
        var nestedStartingAt: [Int: [MentionLayout.Placed]] = [:]
        for item in layout.placed where item.mention.type == .organization && item.mention.hints.isNested {
            nestedStartingAt[item.start, default: []].append(item)
        }
        for outer in layout.placed where outer.mention.type == .organization && !outer.mention.hints.isNested {
            // The longest nested body inside is the direct parent.
            var inner: MentionLayout.Placed?
            for start in (outer.start + 1)..<max(outer.start + 1, outer.end) {
                for candidate in nestedStartingAt[start] ?? [] where candidate.end <= outer.end {
                    if inner.map({ ($0.end - $0.start) < (candidate.end - candidate.start) }) ?? true { inner = candidate }
                }
            }
            // "Công ty CP Tập đoàn T&T", "Công ty Cổ phần Tổng công ty giống cây trồng Thái Bình": a group's own name with
            // its legal form before it is the group, not a company of it.
            if let inner, !Self.legalFormOfGroup(keys[outer.start..<inner.start], group: keys[inner.start..<inner.end]) {
                add(outer.index, .partOf, inner.index, at: outer.start, rule: "name-contains-parent", confidence: 0.9)
            }
        }
        // "Cơ quan điều tra Công an TP Hà Nội", "Đảng ủy Tổng cục Môi trường": a name that ends with a higher body's
        // full name, where the grammar read no nested mention.
        parentsEndingNames()
        // "Ban Thường vụ và UBKT Tỉnh ủy các tỉnh A, B": the owner a coordination gives each sub-body.
        let organizationIndexByKey = Dictionary(
            document.mentions.enumerated().filter { $0.element.type == .organization }
                .map { (NameNormalizer.key($0.element.canonicalName), $0.offset) }, uniquingKeysWith: { first, _ in first })
        for item in layout.placed where item.mention.type == .organization {
            guard let parent = item.mention.hints.parent,
                let parentIndex = organizationIndexByKey[NameNormalizer.key(parent)]
            else { continue }
            add(item.index, .partOf, parentIndex, at: item.start, rule: "coordinated-owner", confidence: 0.85)
        }
        // "Đoàn Đại biểu Quốc hội TPHCM": a province's delegation is part of the National Assembly its name contains
        // (annotation guide: part_of when the name contains the parent's full name).
        if let assembly = organizationIndexByKey[NameNormalizer.key("Quốc hội")] {
            for item in layout.placed where item.mention.type == .organization {
                let words = TokenKeys.split(item.mention.canonicalName)
                guard words.starts(with: ["đoàn", "đại", "biểu", "quốc", "hội"]), words.count > 5 else { continue }
                add(item.index, .partOf, assembly, at: item.start, rule: "delegation-of-assembly", confidence: 0.85)
            }
        }
        // A district the gazetteer places in a province the article also names; a foreign place in its country
        // ("Maryland" and "Mỹ").
        for item in layout.placed where item.mention.type == .place {
            if let province = item.mention.attributes["province"], let provinceIndex = placeIndexByKey[NameNormalizer.key(province)] {
                add(item.index, .locatedIn, provinceIndex, at: item.start, rule: "gazetteer-district", confidence: 0.85)
            } else if let country = item.mention.attributes["country"],
                let countryIndex = placeIndexByKey[NameNormalizer.key(country)]
            {
                add(item.index, .locatedIn, countryIndex, at: item.start, rule: "gazetteer-country", confidence: 0.85)
            }
        }
        for item in layout.placed where item.mention.type == .organization {
            guard let place = item.mention.hints.place,
                let placeIndex = placeIndexByKey[NameNormalizer.key(place)],
                !Self.isCommitteeSubBody(item.mention.canonicalName)
            else { continue }
            add(item.index, .locatedIn, placeIndex, at: item.start, rule: "territorial-body", confidence: 0.9)
        }
        territorialBodiesByName(placed: Set(layout.placed.filter { item in
            item.mention.hints.place.map { placeIndexByKey[NameNormalizer.key($0)] != nil } ?? false
        }.map(\.index)))
    }

    /// `part_of` from a body whose name ends with the full name of a higher body that the article names on its own:
    /// "Cơ quan điều tra Công an TP Hà Nội" → "Công an TP Hà Nội", "Thanh tra Sở Y tế Hà Nội" → "Sở Y tế Hà Nội"
    /// (annotation guide: the sub-body's name contains the parent's full name). The heads' levels
    /// (``UnitLevel``) must say that the parent stands higher, so that "Trường Đại học X" never becomes part of
    /// "Đại học X", nor a body of a namesake.
    private mutating func parentsEndingNames() {
        let organizations = layout.placed.filter { $0.mention.type == .organization }
        // Nested names count as endings too, so that the longest ending found is the direct parent ("Ban Thường vụ
        // Đảng ủy Tổng cục Môi trường" is part of the committee, not of the general department).
        // Keys of names and of their endings, each computed once: keying normalizes Unicode, and an article names
        // the same bodies again and again.
        // Both by bytes (``UTF8Key``): a key's tone marks are combining characters, which `String` would normalize
        // again at every look-up.
        var keys: [UTF8Key: UTF8Key] = [:]
        func key(_ name: String) -> UTF8Key {
            if let known = keys[UTF8Key(name)] { return known }
            let computed = UTF8Key(NameNormalizer.key(name))
            keys[UTF8Key(name)] = computed
            return computed
        }
        var organizationByKey: [UTF8Key: Int] = [:]
        for item in organizations {
            for name in [item.mention.canonicalName, item.mention.text] where organizationByKey[key(name)] == nil {
                organizationByKey[key(name)] = item.index
            }
        }
        // Nested names are sub-bodies too: "Đảng ủy Tổng cục Môi trường" inside "Ban Thường vụ Đảng ủy …".
        // The level of each distinct name (nil: none, or too short to end with a parent's name), found once.
        var levels: [UTF8Key: Int?] = [:]
        func level(_ name: String) -> Int? {
            if let known = levels[UTF8Key(name)] { return known }
            // An investigating agency ("Cơ quan điều tra", "Cơ quan Cảnh sát điều tra") is a unit of the police or
            // the procuracy its name ends with.
            let found = name.split(separator: " ").count < 4
                ? nil : UnitLevel.of(name) ?? (TokenKeys.split(name).starts(with: ["cơ", "quan"]) ? 1 : nil)
            levels[UTF8Key(name)] = found
            return found
        }
        for item in organizations {
            for name in Set([item.mention.canonicalName, item.mention.text]) {
                guard let level = level(name) else { continue }
                let words = name.split(separator: " ").map(String.init)
                // The longest ending first: the direct parent.
                for start in 1..<(words.count - 1) {
                    let ending = words[start...].joined(separator: " ")
                    guard let parent = organizationByKey[key(ending)] else { continue }
                    // The ending must start with the parent's own head ("Sở …" for "Sở Y tế thành phố Hà Nội"), not
                    // with a short form that stands for it.
                    let parentName = document.mentions[parent].canonicalName
                    // "Trường Đại học X" is "Đại học X", "Công ty cổ phần Tập đoàn Y" is "Tập đoàn Y": a legal form or
                    // "Trường" before a name is the same body's fuller name, not a unit of it.
                    if Self.namesSameBody(prefix: TokenKeys.split(words[..<start].joined(separator: " "))) { break }
                    if key(parentName) != key(item.mention.canonicalName),
                        TokenKeys.split(parentName).first == TokenKeys.split(ending).first,
                        let parentLevel = UnitLevel.of(parentName), parentLevel > level
                    {
                        add(item.index, .partOf, parent, at: item.start, rule: "name-ends-with-parent", confidence: 0.85)
                    }
                    break
                }
            }
        }
    }

    /// "Vụ Kế hoạch", "Cục Hóa chất", "Tổng cục Quản lý thị trường" in an article that names one ministry and no other
    /// central body they could belong to: departments of that ministry. Run after the sentences' rules, so that a unit
    /// the text gives an owner ("Vụ A, Tổng cục B") keeps it.
    mutating func departmentsOfTheMinistry() {
        let top = layout.placed.filter { $0.mention.type == .organization && !$0.mention.hints.isNested }
        // Most articles name no ministry, or no department: nothing to look up then.
        guard top.contains(where: { $0.mention.canonicalName.hasPrefix("Bộ ") }),
            top.contains(where: { ["Vụ ", "Cục ", "Tổng cục "].contains(where: $0.mention.canonicalName.hasPrefix) })
        else { return }
        // Central bodies that own departments: ministries, the Party's central boards, general departments, offices.
        let owners = Set(top.map(\.mention.canonicalName).filter { name in
            let words = TokenKeys.split(name)
            guard let first = words.first, name != "Bộ Chính trị" else { return false }
            let known = lexicon.organizations.longestMatch(in: words, at: 0).map { $0.length == words.count } ?? false
            return known && ["bộ", "ban", "ủy", "văn", "thanh", "ngân", "kiểm", "bảo"].contains(first)
        })
        // A general department may own the "Vụ" the article names ("Vụ Đào tạo chính quy" of a Tổng cục): when the text
        // gives a "Vụ" a general department as owner, the other "Vụ" are left alone; a general department named on its
        // own ("Tổng cục Quản lý thị trường" among the ministry's departments) owns none.
        let generalDepartmentNamed = found.contains { relation in
            guard relation.predicate == .partOf, case .existing(let unit) = relation.subject,
                case .existing(let owner) = relation.object
            else { return false }
            return document.mentions[unit].canonicalName.hasPrefix("Vụ ")
                && document.mentions[owner].canonicalName.hasPrefix("Tổng cục")
        }
        let ministries = owners.filter { $0.hasPrefix("Bộ ") }
        guard ministries.count == 1, owners.count == 1, let ministry = ministries.first else { return }
        // The first mention of the ministry (its keys are computed only in the articles that get this far).
        let ministryKey = NameNormalizer.key(ministry)
        guard let ministryIndex = document.mentions.indices.first(where: { index in
            document.mentions[index].type == .organization && NameNormalizer.key(document.mentions[index].canonicalName) == ministryKey
        }) else { return }
        let owned = Set(found.filter { $0.predicate == .partOf }.compactMap { relation -> Int? in
            if case .existing(let index) = relation.subject { return index } else { return nil }
        })
        for item in top where !owned.contains(item.index) && item.mention.hints.place == nil {
            let words = TokenKeys.split(item.mention.canonicalName)
            guard words.count >= 2, words[0] == "cục" || (words[0] == "vụ" && !generalDepartmentNamed)
                || (words[0] == "tổng" && words[1] == "cục"),
                // "Cục Thuế tỉnh X" belongs to its province's offices, "Cục Cảnh sát … Công an" to its owner — but
                // "Cục Công nghiệp", "Cục Công Thương địa phương" name no owner.
                !words.contains(where: { ["tỉnh", "huyện", "quận", "bộ"].contains($0) }),
                !zip(words, words.dropFirst()).contains(where: { ($0 == "công" && $1 == "an") || ($0 == "thành" && $1 == "phố") }),
                // "Cục Điều tra Liên bang Mỹ": a department named with a foreign country is that country's; "Cục Dự trữ
                // Nhà nước khu vực" is a regional office of a kind, no one department.
                !namesForeignCountry(words), words.last != "vực"
            else { continue }
            add(item.index, .partOf, ministryIndex, at: item.start, rule: "department-of-the-ministry", confidence: 0.6)
        }
    }

    /// Whether a body's name (its words) ends with a country other than Việt Nam: "Cục Điều tra Liên bang Mỹ". The
    /// longest place that ends the name decides, and a region of the world is none ("Vụ Châu Âu", "Vụ Thị trường châu
    /// Mỹ" are the ministries' own departments; the gazetteer writes regions with their lower-case word).
    private func namesForeignCountry(_ words: [String]) -> Bool {
        guard let ending = (max(1, words.count - 6)..<words.count).lazy.compactMap({ start in
            self.lexicon.places.longestMatch(in: words, at: start).flatMap { start + $0.length == words.count ? $0.payload : nil }
        }).first else { return false }
        return ending.kind == "country" && ending.name != "Việt Nam" && ending.name.first?.isUppercase == true
    }

    /// Tense and aspect words, and "chính thức", that stand between a subject (or a passive's agent) and its verb:
    /// "đã ban hành", "vừa chính thức ký", "cũng được … thông qua", "tiếp tục ban hành".
    static let verbModifiers: Set<String> = ["đã", "sẽ", "đang", "vừa", "mới", "cũng", "chính", "thức", "cùng", "tiếp", "tục"]

    /// Words naming the staff of a body before its name: "cán bộ, chiến sĩ", "tập thể cán bộ, công chức", "người lao động".
    static let staffWords: Set<String> = ["tập", "thể", "cán", "bộ", "chiến", "sĩ", "công", "chức", "viên", "nhân", "người", "lao", "động"]

    /// The words for a body's leaders or representatives before its name: "lãnh đạo Cục B", "đại diện Bộ C".
    static let leadershipWords: Set<String> = ["lãnh đạo", "đại diện"]

    /// The verbs a comma joins to a visit before the party visited: "làm việc", "động viên", "chúc mừng", "tặng quà".
    static let visitCompanionVerbs: Set<[String]> = [["làm", "việc"], ["động", "viên"], ["chúc", "mừng"], ["tặng", "quà"]]

    /// The words after a verb of cooperation that introduce the partner: "phối hợp với", "phối hợp cùng".
    static let partnerWords: Set<String> = ["với", "cùng"]

    /// The words that can start a cue, looked up once per token: comparing every token with every cue word
    /// one by one costs more than the rest of the rules (Unicode-aware String comparison).
    static let cueWords: [String: CueWord] = [
        "(": .belonging, "thuộc": .belonging, "-": .apposition, "–": .apposition, "/": .apposition, "gồm": .list,
        "như": .list, ",": .comma, "tại": .at, "ban": .ban, "ra": .ra, "ký": .ky, "phối": .phoi, "liên": .lien, "hợp": .hop,
        "làm": .lam, "hội": .hoi, "gặp": .gap, "điện": .dien, "chào": .chao, "tiếp": .tiep, "thăm": .tham,
        "thông": .thong, "trao": .trao, "của": .belonging, "chủ": .chu, "trên": .tren, "có": .co, "đón": .don, ":": .colon, "cấp": .cap,
        "đối": .doi, "họp": .hopMeeting, "cùng": .cung,
    ]

    mutating func sentence(_ sentence: Sentence) {
        let range = sentence.tokens
        var index = range.lowerBound
        while index < range.upperBound {
            if let document = layout.starting(at: index, types: [.document]) { documentRelations(document, in: range) }
            guard let cue = Self.cueWords[keys[index]] else {
                index += 1
                continue
            }
            switch cue {
            case .belonging: parenthesisOrBelonging(at: index, in: range)
            case .apposition:
                apposition(at: index)
                cityInCountry(dashAt: index)
            case .list: unitList(at: index, in: range)
            case .comma:
                placeChain(commaAt: index)
                unitChain(commaAt: index, in: range)
                seatAddress(at: index)
            case .at:
                issuedIn(atAt: index, in: range)
                address(atAt: index, in: range)
                representation(atAt: index)
                seatAddress(at: index)
            case .co:
                issuedByHaving(at: index, in: range)
            case .tren:
                if next(index) == "địa" { onTerritory(at: index, in: range) }
            case .ban:
                if next(index) == "hành" { issuedBy(verbAt: index, verbLength: 2, in: range) }
            case .thong:
                // "Quốc hội đã biểu quyết thông qua Luật A; Nghị quyết B và Nghị quyết C"
                if next(index) == "qua" { issuedBy(verbAt: index, verbLength: 2, in: range) }
            case .ra:
                // "Ban Tổ chức Tỉnh ủy vừa ra thông báo 241-TB/BTCTU"
                issuedBy(verbAt: index, verbLength: 1, in: range)
            case .ky:
                // "… đã ký Quyết định số …", "ký kết … giữa A và B"
                issuedBy(verbAt: index, verbLength: 1, in: range)
                // "Hợp đồng BT số D ký ngày 7/7/2016 giữa A và B": the parties after "giữa", past the date.
                if ["kết", "chương", "thỏa", "hợp"].contains(next(index))
                    || (index + 1..<min(index + 6, range.upperBound)).contains(where: { keys[$0] == "giữa" })
                {
                    signed(at: index, in: range)
                }
            // "A phối hợp với B", and "A phối hợp cùng B": "cùng" after the verb names the partner as "với" does.
            case .phoi:
                if next(index) == "hợp" {
                    symmetric(.cooperatesWith, verbAt: index, verbLength: 2, in: range, needsWith: true, withWords: Self.partnerWords)
                }
            case .lien:
                if next(index) == "kết" {
                    symmetric(.cooperatesWith, verbAt: index, verbLength: 2, in: range, needsWith: true, withWords: Self.partnerWords)
                }
                if next(index) == "danh" { jointVenture(at: index, in: range) }
            case .hop:
                if next(index) == "tác", index == 0 || keys[index - 1] != "phối" {
                    symmetric(.cooperatesWith, verbAt: index, verbLength: 2, in: range, needsWith: true, withWords: Self.partnerWords)
                }
            case .lam:
                if next(index) == "việc" {
                    visitToWork(verbAt: index, in: range)
                    // "có buổi làm việc đầu tiên với B": a word or two on the meeting before "với".
                    symmetric(.metWith, verbAt: index, verbLength: 2, in: range, needsWith: true, freeWords: 2)
                }
            case .cung:
                together(at: index, in: range)
            case .hopMeeting:
                // "A họp với B", "tại cuộc họp với B, A …": a meeting with B.
                symmetric(.metWith, verbAt: index, verbLength: 1, in: range, needsWith: true)
            case .hoi:
                // "hội đàm với …", "hội kiến Tổng thống X"
                if next(index) == "đàm" { symmetric(.metWith, verbAt: index, verbLength: 2, in: range, needsWith: true) }
                if next(index) == "kiến" { symmetric(.metWith, verbAt: index, verbLength: 2, in: range, needsWith: false) }
            case .gap:
                if index == range.lowerBound || keys[index - 1] != "gặp" {
                    // "gặp gỡ B", "gặp mặt Hội B": the two-word verbs.
                    symmetric(.metWith, verbAt: index, verbLength: ["gỡ", "mặt"].contains(next(index)) ? 2 : 1, in: range, needsWith: false)
                }
            case .dien:
                if next(index) == "đàm" { symmetric(.metWith, verbAt: index, verbLength: 2, in: range, needsWith: true) }
            case .doi:
                // "A tổ chức đối thoại với ông B", "A đối thoại với B": a dialogue is a meeting (the verb that holds it
                // is part of the cue, so that its subject stands right before it).
                if next(index) == "thoại" {
                    let held = index >= range.lowerBound + 2 && keys[index - 2] == "tổ" && keys[index - 1] == "chức"
                    symmetric(.metWith, verbAt: held ? index - 2 : index, verbLength: held ? 4 : 2, in: range, needsWith: true)
                }
            case .trao:
                // "có buổi trao đổi (học thuật) với giáo sư X": a talk is a meeting.
                if next(index) == "đổi" { symmetric(.metWith, verbAt: index, verbLength: 2, in: range, needsWith: true, freeWords: 3) }
            case .chu:
                // "A chủ trì cuộc họp với B", "A chủ trì cuộc họp để nghe B và C báo cáo": a meeting A chairs.
                // Only a meeting is chaired so: "chủ trì, phối hợp với B" is cooperation (another rule).
                if next(index) == "trì", index + 2 < range.upperBound, ["cuộc", "buổi", "hội", "phiên"].contains(keys[index + 2]) {
                    symmetric(.metWith, verbAt: index, verbLength: 2, in: range, needsWith: true, freeWords: 4, withWords: ["với", "nghe"])
                }
                // "Thanh tra TP chủ trì cùng với Sở A kiểm tra …": the body that leads a task together with another
                // cooperates with it, as "phối hợp với" says.
                if next(index) == "trì", index + 2 < range.upperBound, keys[index + 2] == "cùng" {
                    symmetric(.cooperatesWith, verbAt: index, verbLength: 2, in: range, needsWith: true, withWords: Self.partnerWords)
                }
            case .chao:
                if next(index) == "xã" { symmetric(.metWith, verbAt: index, verbLength: 3, in: range, needsWith: false) }
                // "Chủ tịch Quốc hội A nhiệt liệt chào mừng Chủ tịch Thượng viện B", "A chào đón B": a welcome is a meeting.
                if next(index) == "mừng" || next(index) == "đón" { symmetric(.metWith, verbAt: index, verbLength: 2, in: range, needsWith: false) }
            case .tiep:
                if next(index) != "tục", index > range.lowerBound, keys[index - 1] != "tiếp" {
                    // "A tiếp đón B", "A đón tiếp B": a reception is a meeting, as "tiếp" alone is; so is an audience, "A
                    // tiếp kiến Thủ tướng B".
                    let received = keys[index - 1] == "đón"
                    symmetric(.metWith, verbAt: received ? index - 1 : index,
                        verbLength: received || index + 1 < range.upperBound && ["đón", "kiến"].contains(next(index)) ? 2 : 1,
                        in: range, needsWith: false)
                }
            case .cap:
                // "Giấy phép số D do Bộ X cấp": a licence is issued by the body that grants it (only the passive, which
                // names the document before its agent: "cấp" is also a level, "cấp tỉnh").
                passiveIssuedBy(verbAt: index, in: range)
                grantedDocument(verbAt: index, in: range)
            case .colon:
                // "18 cơ quan Liên Hợp Quốc: A, B", "5 phường: A, B": the bodies or the units counted before it.
                bodiesCountedBeforeColon(at: index, in: range)
                unitsAfterColon(at: index, in: range)
            case .don:
                // "A sẽ đón đoàn của B sang thăm và làm việc": receiving a delegation is meeting its body ("chào đón",
                // "tiếp đón" and "đón tiếp" are read at their first word).
                if next(index) == "đoàn", index > range.lowerBound, !["chào", "tiếp"].contains(keys[index - 1]) {
                    symmetric(.metWith, verbAt: index, verbLength: 1, in: range, needsWith: false)
                }
            case .tham:
                // "Phó Thủ tướng X thăm và làm việc tại Bộ đội Biên phòng An Giang", "đến thăm Ủy ban …"
                if index > range.lowerBound, keys[index - 1] != "tham" {
                    symmetric(.metWith, verbAt: index, verbLength: 1, in: range, needsWith: false)
                }
            }
            index += 1
        }
    }

    private func next(_ index: Int) -> String? { index + 1 < keys.count ? keys[index + 1] : nil }

    /// Whether the parenthesis closes at `index`, or after more places each after a comma or a dash ("…, Đồng Nai)",
    /// "(huyện Kiến Xương – Thái Bình)"), the last maybe a name in capitalized words that no extractor read.
    private func placesClose(from index: Int) -> Bool {
        var cursor = index
        while cursor + 1 < keys.count, TokenKeys.commaOrDash.contains(keys[cursor]),
            let place = layout.starting(at: cursor + 1, types: [.place])
        {
            cursor = place.end
        }
        // "(phường Hòa Khánh Bắc, Liên Chiểu)": a last larger place that no extractor read, in capitalized words.
        if cursor + 1 < keys.count, TokenKeys.commaOrDash.contains(keys[cursor]) {
            var end = cursor + 1
            while end < keys.count, end - cursor <= 4, document.tokens[end].kind == .word, document.tokens[end].isCapitalized { end += 1 }
            if end > cursor + 1, end < keys.count, keys[end] == ")" { cursor = end }
        }
        return cursor < keys.count && keys[cursor] == ")"
    }

    /// "Học viện Chính trị khu vực 2 (Học viện Chính trị quốc gia Hồ Chí Minh)", "X trực thuộc Y", in the sentence whose
    /// tokens are `range`.
    private mutating func parenthesisOrBelonging(at index: Int, in range: Range<Int>) {
        // "Khoa Thận nhân tạo của Bệnh viện Đa khoa tỉnh Hòa Bình": a unit of the body named after "của", when the
        // heads say the first stands lower (not "đại diện của Bộ X", not two bodies of one rank).
        if keys[index] == "của" {
            // A bare head ("HĐQT của Sacombank") may have been resolved to another body of its kind: only a named unit.
            guard let child = layout.ending(at: index, types: [.organization]), child.end - child.start >= 2,
                let parent = layout.starting(at: index + 1, types: [.organization]) ?? bodyOfBareHead(at: index + 1),
                let childLevel = UnitLevel.of(child.mention.canonicalName),
                let parentLevel = UnitLevel.of(parent.mention.canonicalName), childLevel < parentLevel
            else { return }
            add(child.index, .partOf, parent.index, at: index, rule: "cua")
            return
        }
        if keys[index] == "(", addressInParenthesis(at: index) { return }
        // "xã Đại Lai (huyện Gia Bình)", "Công ty TNHH Đại Nguyên Dương (Nam Định)": where a place or a body lies, in
        // parentheses right after it.
        // "xã Trà Cổ (huyện Tân Phú, Đồng Nai)": a chain of places inside, the first the nearest.
        // "Trưởng Công an xã Gia Xuyên (huyện Gia Lộc, tỉnh Hải Dương)": after a territory's body, the place that ends its
        // name lies in the first place inside.
        // "Công ty TNHH A (Khu công nghiệp B)", "cơ sở C (phường D, quận 12)": a body lies in a ward or an industrial
        // park as well.
        if keys[index] == "(", let outer = layout.starting(at: index + 1, types: [.place]), placesClose(from: outer.end),
            let outerRank = Self.rank(outer.mention),
            let inner = layout.ending(at: index, types: [.place, .organization]).map({ ending in
                ending.mention.type == .organization && Self.namesTerritory(ending.mention.canonicalName)
                    ? layout.ending(at: index, types: [.place]) ?? ending : ending
            }), let innerRank = Self.rank(inner.mention) ?? rankUnsaid(inner.mention, inside: outerRank, maximum: 5),
            innerRank < outerRank, inner.mention.type == .place || outerRank >= 2,
            // "UBND huyện Tuy Đức (Đắk Nông)": a territory's body lies in its own territory, named in it.
            inner.mention.type == .place || !Self.namesTerritory(inner.mention.canonicalName)
        {
            add(inner.index, .locatedIn, outer.index, at: index, rule: "parenthesis-place")
            // "các phường Tương Mai, Hoàng Văn Thụ, Thịnh Liệt (quận Hoàng Mai)": the places listed before it lie there too.
            var cursor = inner.start
            while inner.mention.type == .place, cursor > 0, keys[cursor - 1] == "," || keys[cursor - 1] == "và",
                let listed = layout.ending(at: cursor - 1, types: [.place]), Self.rank(listed.mention) == innerRank
            {
                add(listed.index, .locatedIn, outer.index, at: index, rule: "parenthesis-place-list")
                cursor = listed.start
            }
            return
        }
        var before = index
        if keys[index] == "thuộc", before > 0, keys[before - 1] == "trực" { before -= 1 }
        // "Trưởng phòng Bảo vệ chính trị nội bộ, thuộc Ban Tổ chức …", "Văn phòng Đăng ký đất đai (thuộc Sở TN&MT)"
        if keys[index] == "thuộc", before > 0, keys[before - 1] == "," || keys[before - 1] == "(" { before -= 1 }
        // "Tổng Công ty Phát điện 3 (EVNGENCO3) thuộc Tập đoàn Điện lực Việt Nam": past the unit's short form.
        if keys[index] == "thuộc", before - 3 >= range.lowerBound, acronymEnd(after: before - 3, in: range) == before { before -= 3 }
        // "Trung tâm Hỗ trợ Xuất khẩu (đơn vị sự nghiệp trực thuộc Cục Xúc tiến thương mại)"
        if keys[index] == "thuộc" {
            var cursor = before
            while cursor > 0, ["đơn", "vị", "sự", "nghiệp", "là", "một"].contains(keys[cursor - 1]) { cursor -= 1 }
            // "PMU Đường sắt - một đơn vị sự nghiệp thuộc Bộ GTVT": the same after a dash.
            if cursor < before, cursor > 0, Self.asideOpeners.contains(keys[cursor - 1]) { before = cursor - 1 }
        }
        // "thị trấn Long Giao thuộc huyện Cẩm Mỹ": a place in a place.
        if keys[index] == "thuộc", let inner = layout.ending(at: before, types: [.place]),
            let outer = layout.starting(at: index + 1, types: [.place])
        {
            add(inner.index, .locatedIn, outer.index, at: index, rule: "thuoc")
            return
        }
        guard var child = layout.ending(at: before, types: [.organization]),
            let parent = layout.starting(at: index + 1, types: [.organization])
        else { return }
        // "Chánh Văn phòng Tổng Công ty A thuộc Tập đoàn B": the body that ends the unit's name (whose unit the name
        // already makes it) is the one that belongs — when the levels say so: the unit stands below that body, and
        // that body no higher than the parent. "Đảng bộ Tập đoàn A trực thuộc Đảng bộ Khối B" and "Công đoàn Tổng
        // công ty A thuộc Công đoàn B" name bodies of the body, whose heads have no level: they belong themselves.
        if keys[index] == "thuộc", let owner = layout.allEnding(at: child.end, types: [.organization]).filter({ item in
            item.mention.hints.isNested && item.start > child.start
        }).min(by: { $0.start < $1.start }),
            let childLevel = UnitLevel.of(child.mention.canonicalName), let ownerLevel = UnitLevel.of(owner.mention.canonicalName),
            let parentLevel = UnitLevel.of(parent.mention.canonicalName), childLevel < ownerLevel, ownerLevel <= parentLevel
        {
            child = owner
        }
        // "Cục Chính sách (Tổng cục Chính trị - Bộ Quốc phòng)": a chain of bodies inside, the first the direct parent
        // (the dash says where that one belongs).
        if keys[index] == "(", parent.end < keys.count, keys[parent.end] != ")" {
            guard parent.end + 1 < keys.count, ["-", "–"].contains(keys[parent.end]),
                let higher = layout.starting(at: parent.end + 1, types: [.organization]), higher.end < keys.count,
                keys[higher.end] == ")"
            else { return }
        }
        // "Ngân hàng thương mại cổ phần phát triển nhà Đồng bằng sông Cửu Long (Ngân hàng MHB)", "Vụ Thanh tra kinh tế
        // ngành (Vụ 1)", "Công ty TNHH sản xuất, thương mại và dịch vụ Thuận An (Công ty Thuận An)": the same head with a
        // code or the name's own last words in parentheses is the body's short name, not its parent ("Học viện Chính
        // trị khu vực 2 (Học viện Chính trị quốc gia Hồ Chí Minh)" is).
        if keys[index] == "(", shortNameOf(child.mention.canonicalName, parent.mention.canonicalName) { return }
        // "Bộ Khoa học và Công nghệ (Tổng cục Tiêu chuẩn Đo lường Chất lượng) chủ trì …": a ministry with its own
        // general department or department in parentheses, the one that does the work: the department is the part.
        // Not a council the ministry serves ("Bộ Kế hoạch và Đầu tư (Hội đồng thẩm định Nhà nước)").
        let parentWords = TokenKeys.split(parent.mention.canonicalName)
        if keys[index] == "(", TokenKeys.split(child.mention.canonicalName).first == "bộ",
            UnitLevel.of(child.mention.canonicalName) == 4,
            ["cục", "vụ"].contains(parentWords.first ?? "") || parentWords.starts(with: ["tổng", "cục"])
        {
            add(parent.index, .partOf, child.index, at: index, rule: "parenthesis-unit")
            return
        }
        add(child.index, .partOf, parent.index, at: index, rule: keys[index] == "(" ? "parenthesis" : "thuoc")
    }

    /// Whether `short` opens with the head `name` opens with and ends with a code (an acronym or a number: "Ngân hàng
    /// MHB", "Vụ 1") or with `name`'s own last words ("Công ty Thuận An").
    private func shortNameOf(_ name: String, _ short: String) -> Bool {
        let words = TokenKeys.split(name)
        let shortWords = TokenKeys.split(short)
        guard let head = lexicon.sharedHeadLength(words, shortWords), shortWords.count > head else { return false }
        let tail = shortWords.dropFirst(head)
        let written = short.split(separator: " ").dropFirst(head)
        if tail.count == 1, let code = written.first,
            code.allSatisfy({ $0.isNumber }) || (code.count >= 2 && code.allSatisfy({ $0.isUppercase || $0.isNumber }))
        {
            return true
        }
        return words.count > shortWords.count && words.suffix(tail.count).elementsEqual(tail)
    }

    /// The article's one body of a kind named by its bare head at `start` ("của Bệnh viện để …", "của Viện tại …"): the
    /// head (one word or two, as ``UnitLevel`` reads heads) with no name after it, and exactly one body of the article
    /// whose name opens with it. Nil when none or several do.
    private func bodyOfBareHead(at start: Int) -> MentionLayout.Placed? {
        guard start < keys.count, document.tokens[start].isCapitalized else { return nil }
        let length = UnitLevel.of(keys[start]) != nil ? 1
            : start + 1 < keys.count && UnitLevel.of(keys[start] + " " + keys[start + 1]) != nil ? 2 : 0
        let after = start + length
        guard length > 0, after >= keys.count || !document.tokens[after].isCapitalized || document.tokens[after].kind != .word
        else { return nil }
        let head = Array(keys[start..<after])
        // The longest such name, when every other is a short form that opens it ("Viện Huyết học" of "Viện Huyết học -
        // Truyền máu TƯ").
        var named: (item: MentionLayout.Placed, words: [String])?
        for item in layout.placed where item.mention.type == .organization && !item.mention.hints.isNested {
            let words = TokenKeys.split(item.mention.canonicalName)
            guard words.count > head.count, words.starts(with: head) else { continue }
            guard let known = named else {
                named = (item, words)
                continue
            }
            if words.count > known.words.count {
                guard words.starts(with: known.words) else { return nil }
                named = (item, words)
            } else if !known.words.starts(with: words) {
                return nil
            }
        }
        return named?.item
    }

    /// "Vụ A - Bộ B", "Cục Bảo vệ An ninh Quân đội/Bộ Quốc phòng": a unit and, after a dash or slash, the body it
    /// belongs to.
    private mutating func apposition(at index: Int) {
        // "Trường ĐH Tôn Đức Thắng - TPHCM", "Bệnh viện Chợ Rẫy - TP.HCM": a body with a seat of its own, a dash and a
        // province or city that closes the clause — where the body is.
        if let body = layout.ending(at: index, types: [.organization]), let place = layout.starting(at: index + 1, types: [.place]),
            Self.hasSeatOfItsOwn(body.mention),
            let rank = Self.rank(place.mention), rank >= 4, place.mention.attributes["unit"] != "country",
            place.end >= keys.count || document.startsSentence[place.end] || document.tokens[place.end].kind == .punctuation
                || (document.tokens[place.end].kind == .word && !document.tokens[place.end].isCapitalized)
        {
            add(body.index, .locatedIn, place.index, at: index, rule: "dash-seat", confidence: 0.75)
            return
        }
        guard let child = layout.ending(at: index, types: [.organization]),
            let parent = layout.starting(at: index + 1, types: [.organization]),
            let childLevel = UnitLevel.of(child.mention.canonicalName), let parentLevel = UnitLevel.of(parent.mention.canonicalName),
            childLevel < parentLevel
        else { return }
        add(child.index, .partOf, parent.index, at: index, rule: "apposition")
    }

    /// The words that may stand between "gồm" (or "như") and the first listed unit: "gồm có các đơn vị trực thuộc:",
    /// "gồm 3 doanh nghiệp là:", "như những cơ quan …" (numbers are skipped too).
    static let unitListFillers: Set<String> = [
        "có", "các", "đơn", "vị", "cơ", "quan", "trực", "thuộc", ":", "những", "doanh", "nghiệp", "là",
    ]

    /// "Bộ Công Thương gồm các đơn vị: Vụ A, Cục B và Cục C": each listed unit is part of the body before "gồm"
    /// (with "có", "các đơn vị", "N đơn vị", "N doanh nghiệp là" and a colon in between). Also "Các doanh nghiệp do Tập
    /// đoàn X nắm giữ 100% vốn sẽ gồm: A; B" (the body that owns the units, in the phrase the sentence opens with) and
    /// "các đơn vị nằm trong cơ cấu Tập đoàn X như: A; B; và C", "các đơn vị thuộc Tập đoàn X như A, B" (a list after "như"
    /// that follows the body the units are in or belong to). "Tập đoàn X thoái vốn tại 3 doanh nghiệp, bao gồm: A, B" is
    /// no such list: the body does not stand before "gồm".
    private mutating func unitList(at index: Int, in range: Range<Int>) {
        if let container = layout.ending(at: index, types: [.place]) {
            placeList(in: container, at: index, range: range)
            return
        }
        let parent: MentionLayout.Placed
        if keys[index] == "gồm" {
            // "Bộ X gồm …", "các đơn vị thuộc Bộ X gồm: …": the body right before "gồm".
            guard let found = layout.ending(at: index, types: [.organization]) ?? countedOwner(before: index, in: range)
                ?? ownerOpening(before: index, in: range)
            else { return }
            parent = found
        } else {
            // A container written "A - B" does not say which of the two the units are in.
            guard let container = layout.ending(at: index, types: [.organization]), container.start > range.lowerBound + 1,
                keys[container.start - 1] == "thuộc" || (keys[container.start - 2] == "cơ" && keys[container.start - 1] == "cấu"),
                !keys[container.start..<container.end].contains(where: { $0 == "-" || $0 == "–" })
            else { return }
            parent = container
        }
        var cursor = index + 1
        while cursor < range.upperBound, layout.starting(at: cursor, types: [.organization]) == nil,
            Self.unitListFillers.contains(keys[cursor]) || document.tokens[cursor].kind == .number
            || (Self.enumeratorMarks.contains(keys[cursor]) && document.tokens[cursor - 1].kind == .number)
        {
            cursor += 1
        }
        var bySemicolons = false
        while cursor < range.upperBound {
            if let unit = layout.starting(at: cursor, types: [.organization]) {
                add(unit.index, .partOf, parent.index, at: index, rule: "gom-list", confidence: 0.8)
                cursor = unit.end
                if cursor < range.upperBound, [",", ";", "và"].contains(keys[cursor]) {
                    bySemicolons = bySemicolons || keys[cursor] == ";"
                    cursor += 1
                    // "…; Ban Quản lý dự án B; và Công ty C": "và" after the last semicolon.
                    if cursor < range.upperBound, keys[cursor] == "và", keys[cursor - 1] == ";" { cursor += 1 }
                    cursor = afterEnumerator(at: cursor, in: range)
                    continue
                }
            }
            // "1- Vụ A; 2- Văn phòng; 3- Cục B": in a list set apart by semicolons, an item that names no body (or one
            // whose name was cut short) is passed over to the next semicolon.
            guard bySemicolons, let next = nextItem(after: cursor, in: range) else { break }
            cursor = next
        }
    }

    /// The start of the next item of a list set apart by semicolons that names a body, after its number if it has
    /// one: past up to three items that name none ("15- Văn phòng; 16- Thanh tra; 17- Cục A"), each semicolon within
    /// eight tokens of the last; otherwise nil.
    func nextItem(after index: Int, in range: Range<Int>) -> Int? {
        var cursor = index
        for _ in 0..<3 {
            guard let semicolon = (cursor..<min(range.upperBound, cursor + 8)).first(where: { keys[$0] == ";" }) else { return nil }
            cursor = afterEnumerator(at: semicolon + 1, in: range)
            guard cursor < range.upperBound else { return nil }
            if layout.starting(at: cursor, types: [.organization]) != nil { return cursor }
        }
        return nil
    }

    /// The marks that close an item's number in a numbered list: "1- Vụ A; 2- Vụ B", "1. Cục A", "1) Viện B".
    static let enumeratorMarks: Set<String> = ["-", "–", ".", ")"]

    /// The token after an item's number and its mark at `index` ("10- ", "10. "), or `index` when none stands there.
    func afterEnumerator(at index: Int, in range: Range<Int>) -> Int {
        guard index + 1 < range.upperBound, document.tokens[index].kind == .number,
            Self.enumeratorMarks.contains(keys[index + 1])
        else { return index }
        return index + 2
    }

    /// The nouns that count bodies after a number: "26 đơn vị", "18 cơ quan", "5 tổ chức".
    static let bodyCountNouns: [[String]] = [["cơ", "quan"], ["đơn", "vị"], ["tổ", "chức"]]

    /// "Bộ X có 26 đơn vị gồm: …": the body before a count of its units ("có N đơn vị", "có N cơ quan") that "gồm"
    /// closes.
    func countedOwner(before index: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        guard index - 4 >= range.lowerBound, keys[index - 4] == "có", document.tokens[index - 3].kind == .number,
            Self.bodyCountNouns.contains([keys[index - 2], keys[index - 1]])
        else { return nil }
        return layout.ending(at: index - 4, types: [.organization])
    }

    /// "18 cơ quan Liên Hợp Quốc: FAO, ILO và WHO", "5 đơn vị của Bộ Y tế: Cục A, Vụ B và Thanh tra Bộ": the bodies
    /// listed after a colon that closes a count of bodies ("N cơ quan", "N đơn vị", "N tổ chức"), then "của", "thuộc" or
    /// "trực thuộc" or nothing, then the body they belong to, are its units (annotation guide: a list introduced by "có N
    /// đơn vị" gives part_of for each listed unit).
    private mutating func bodiesCountedBeforeColon(at index: Int, in range: Range<Int>) {
        guard let parent = layout.ending(at: index, types: [.organization]) else { return }
        var cursor = parent.start
        if cursor > range.lowerBound, ["của", "thuộc"].contains(keys[cursor - 1]) { cursor -= 1 }
        if cursor > range.lowerBound, keys[cursor - 1] == "trực" { cursor -= 1 }
        guard cursor - 3 >= range.lowerBound, document.tokens[cursor - 3].kind == .number,
            Self.bodyCountNouns.contains([keys[cursor - 2], keys[cursor - 1]])
        else { return }
        cursor = index + 1
        while cursor < range.upperBound, let unit = layout.starting(at: cursor, types: [.organization]) {
            add(unit.index, .partOf, parent.index, at: index, rule: "counted-list", confidence: 0.8)
            cursor = unit.end
            guard cursor + 1 < range.upperBound, [",", ";", "và"].contains(keys[cursor]) else { break }
            cursor += 1
        }
    }

    /// "tỉnh X gồm 10 huyện: A, B và C", "một số huyện của TP.HCM như: Quận 9, quận 12, huyện Nhà Bè": the places
    /// listed after "gồm", or after "như" where the container closes a phrase of units ("các xã thuộc huyện X như …"),
    /// lie in the container — each only when its unit is smaller.
    private mutating func placeList(in container: MentionLayout.Placed, at index: Int, range: Range<Int>) {
        guard let outer = Self.rank(container.mention) else { return }
        if keys[index] == "như" {
            // "của"/"thuộc" before the container, and a unit phrase (or "địa phương") within four words before that.
            guard container.start > range.lowerBound + 1, ["của", "thuộc"].contains(keys[container.start - 1]),
                (max(range.lowerBound, container.start - 5)..<(container.start - 1)).contains(where: { start in
                    unitPhraseLength(at: start, in: range) != nil
                        || (start + 1 < container.start - 1 && keys[start] == "địa" && keys[start + 1] == "phương")
                })
            else { return }
        }
        var cursor = index + 1
        while cursor < range.upperBound, layout.starting(at: cursor, types: [.place]) == nil {
            if [":", "các", "những"].contains(keys[cursor]) || document.tokens[cursor].kind == .number {
                cursor += 1
            } else if let unit = unitPhraseLength(at: cursor, in: range) {
                cursor += unit
            } else {
                break
            }
        }
        while cursor < range.upperBound, let place = layout.starting(at: cursor, types: [.place]) {
            if let rank = Self.rank(place.mention), rank < outer {
                add(place.index, .locatedIn, container.index, at: index, rule: "place-list", confidence: 0.8)
            }
            cursor = place.end
            guard cursor + 1 < range.upperBound, [",", ";", "và"].contains(keys[cursor]) else { break }
            cursor += 1
        }
    }

    /// "Huyện Ba Vì có 3 xã: A, B và C", "đoạn qua địa bàn quận Tây Hồ … nằm trên địa bàn 5 phường: A, B, C": units
    /// counted before a colon and listed after it lie in the one larger place the sentence named before them. When
    /// two places of that size stand before the list, it does not say which, and nothing is read.
    private mutating func unitsAfterColon(at index: Int, in range: Range<Int>) {
        guard let unit = (1...2).first(where: { index - $0 >= range.lowerBound && unitPhraseLength(at: index - $0, in: range) == $0 }),
            index - unit - 1 >= range.lowerBound,
            document.tokens[index - unit - 1].kind == .number || ["các", "những"].contains(keys[index - unit - 1]),
            let first = layout.starting(at: index - unit, types: [.place]), let inner = Self.rank(first.mention)
        else { return }
        let larger = layout.placed.filter { item in
            item.mention.type == .place && item.start >= range.lowerBound && item.end <= index - unit - 1
                && (Self.rank(item.mention) ?? 0) > inner
        }
        guard let smallest = larger.compactMap({ Self.rank($0.mention) }).min() else { return }
        let candidates = Set(larger.filter { Self.rank($0.mention) == smallest }.map { NameNormalizer.key($0.mention.canonicalName) })
        guard candidates.count == 1, let container = larger.last(where: { Self.rank($0.mention) == smallest }) else { return }
        var listed = first
        while true {
            if Self.rank(listed.mention) == inner {
                add(listed.index, .locatedIn, container.index, at: index, rule: "units-after-colon", confidence: 0.8)
            }
            guard listed.end + 1 < range.upperBound, [",", ";", "và"].contains(keys[listed.end]),
                let next = layout.starting(at: listed.end + 1, types: [.place])
            else { break }
            listed = next
        }
    }

    /// The unit words of territories, as phrases of keys: "tỉnh", "thành phố", "thị xã", "thị trấn" … (the lexicon's).
    static let territoryUnitPhrases = VietnameseLexicon.territoryUnitWords

    /// The length of the unit phrase of a territory that starts at `start` ("thị xã": 2, "huyện": 1), or nil.
    private func unitPhraseLength(at start: Int, in range: Range<Int>) -> Int? {
        Self.territoryUnitPhrases.first { phrase in
            start + phrase.count <= range.upperBound && keys[start..<start + phrase.count].elementsEqual(phrase)
        }?.count
    }

    /// Whether a body's name holds a territory's unit word ("UBND huyện Tuy Đức", "Công an tỉnh X"). The "xã" of "hợp
    /// tác xã" (a cooperative: "HTX chè Tân Cương") and of "xã hội" ("Sở Lao động - Thương binh và Xã hội") is none.
    private static func namesTerritory(_ name: String) -> Bool {
        let words = TokenKeys.split(name)
        return territoryUnitPhrases.contains { phrase in
            words.indices.contains { index in
                guard words[index...].starts(with: phrase) else { return false }
                return phrase != ["xã"] || Self.xaNamesCommune(words, at: index)
            }
        }
    }

    /// "ở Maastricht - Hà Lan": a foreign city the gazetteer does not hold (``ForeignCity`` of vi.places, rule
    /// "foreign-city"), and its country after a dash.
    private mutating func cityInCountry(dashAt index: Int) {
        guard keys[index] != "/", let city = layout.ending(at: index, types: [.place]), city.mention.rule == "foreign-city",
            let country = layout.starting(at: index + 1, types: [.place]), country.mention.attributes["unit"] == "country"
        else { return }
        add(city.index, .locatedIn, country.index, at: index, rule: "city-dash-country", confidence: 0.75)
    }

    /// How large a place is, from its unit word: village 1, commune 2, district 3, province or city 4, country 5.
    static func rank(_ mention: EntityMention) -> Int? {
        guard mention.type == .place else { return mention.type == .organization ? 0 : nil }
        switch mention.attributes["unit"] {
        case "village": return 1
        // An industrial park lies in a district, as a commune does.
        case "commune", "zone": return 2
        case "district", "town": return 3
        case "province", "city": return 4
        case "country": return 5
        default: return nil
        }
    }

    /// The rank of a place whose size nothing says (no unit word, not in the gazetteer: "Tiên Dương", "Nà Hừ") when it
    /// is set inside a district, a province or (up to `maximum`) a country the gazetteer or a unit word sizes: "ở Tiên
    /// Dương, Đông Anh", "Nà Hừ (Lai Châu)", "Tây Bengan (Ấn Độ)". Such a name is a smaller place of the larger one;
    /// a body or a place of known size is left to ``rank(_:)``.
    func rankUnsaid(_ mention: EntityMention, inside outer: Int, maximum: Int) -> Int? {
        guard mention.type == .place, mention.attributes["unit"] == nil, (3...maximum).contains(outer) else { return nil }
        let words = TokenKeys.split(mention.canonicalName)
        if let known = lexicon.places.longestMatch(in: words, at: 0), known.length == words.count { return nil }
        return outer - 1
    }

    /// Words before a place that make what follows an address: "ở", "tại", an opening parenthesis ("Công ty X (Văn Quán,
    /// Hà Đông)"), and the words of areas smaller than a commune ("khu", "thôn", "xóm", "ấp", "bản", "làng", "tổ").
    static let addressWords: Set<String> = ["ở", "tại", "(", "khu", "thôn", "xóm", "ấp", "bản", "làng", "tổ"]

    /// "phường Mai Dịch, quận Cầu Giấy", "huyện Văn Chấn và Thị xã Nghĩa Lộ, tỉnh Yên Bái",
    /// "ĐH Tổng hợp Leningrat, Nga": what stands before the comma lies in the larger place after it.
    private mutating func placeChain(commaAt index: Int) {
        guard let container = layout.starting(at: index + 1, types: [.place]), let outer = Self.rank(container.mention)
        else { return }
        // "xã Tân Phú, Phú Hòa và Hòa An": a place followed by "và" and another name closes a list of peers, not an
        // address.
        // "quận Gò Vấp, TP Thủ Đức và quận Bình Tân": so does "và" and a place with its unit word — unless a comma and
        // its own container follow it ("phường A, quận B và phường C, quận D" are two addresses).
        if container.end + 1 < keys.count, keys[container.end] == "và" {
            if document.tokens[container.end + 1].isCapitalized { return }
            if let next = layout.starting(at: container.end + 1, types: [.place]), next.end >= keys.count || keys[next.end] != "," {
                return
            }
        }
        // "Trung tâm Văn hóa phường Bình An, thị xã Dĩ An", "HĐND huyện Phong Điền, Cần Thơ": the place that ends a
        // body's name lies in the larger place after the comma, as the body does.
        if layout.ending(at: index, types: [.place, .organization])?.mention.type == .organization,
            let named = layout.ending(at: index, types: [.place]), let rank = Self.rank(named.mention), rank > 0, rank < outer
        {
            add(named.index, .locatedIn, container.index, at: index, rule: "comma-chain-in-name", confidence: 0.75)
        }
        var cursor = index
        // A place nothing sizes is set inside the next one only in an address: after "ở", "tại" or a word of an area
        // ("ở Tiên Dương, Đông Anh", "thôn Đoài, Đông Anh"); elsewhere "A, B" may list peers ("đến Mũi Né, Phú Quốc").
        while let inner = layout.ending(at: cursor, types: [.place, .organization]),
            let rank = Self.rank(inner.mention)
                ?? (inner.start > 0 && Self.addressWords.contains(keys[inner.start - 1])
                    ? rankUnsaid(inner.mention, inside: outer, maximum: 4) : nil),
            rank < outer
        {
            // An organization is placed only in a province, city or country — and not a territory's own body ("lãnh
            // đạo UBND TPHCM, TP Thủ Đức" lists two), nor a central one ("Thủ tướng Chính phủ, TP Hà Nội đã …").
            if inner.mention.type == .organization,
                outer < 4 || Self.territoryRank(inner.mention.canonicalName) >= outer || (UnitLevel.of(inner.mention.canonicalName) ?? 0) >= 4
            {
                break
            }
            add(inner.index, .locatedIn, container.index, at: index, rule: "comma-chain", confidence: 0.75)
            cursor = inner.start
            // Only coordinated places share the container: "huyện A và thị xã B, tỉnh C"; in
            // "phường A, quận B, Hà Nội" A lies in B, said at the first comma.
            guard cursor > 0, keys[cursor - 1] == "và" else { break }
            cursor -= 1
        }
    }

    /// "Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ", "Vụ trưởng Vụ Đào tạo chính quy, Tổng cục Giáo dục nghề nghiệp, Bộ
    /// Lao động …": a post's body followed by a comma and a body that stands higher is a unit of that body. The
    /// chain must open with a title, "thuộc", "của" or "tại" ("tại Khoa A, Bệnh viện B"; a "tại" that opens the clause
    /// only before a unit of the lowest level), so that a list of bodies ("Vụ A, Cục B") or an event's venue ("Tại
    /// Trung tâm Hội nghị Quốc gia, Bộ B tổ chức …") is not read as a hierarchy — or open the sentence with a unit of
    /// the lowest level, the chain its subject before a verb ("Phòng CSGT, Công an TP Hà Nội vừa đề xuất …"). The
    /// higher body must not open a list of its own ("…, Bộ B và Bộ C", "…, Bộ B, Bộ C").
    private mutating func unitChain(commaAt index: Int, in range: Range<Int>) {
        guard index + 1 < range.upperBound, let inner = layout.ending(at: index, types: [.organization]),
            let outer = layout.starting(at: index + 1, types: [.organization])
        else { return }
        // "Trường ĐH Quốc tế, ĐH Quốc gia TP.HCM phối hợp …", "sinh viên Khoa Cơ khí, Trường ĐH Sư phạm Kỹ thuật":
        // a part of a university or school and then the university or school is the part and its owner wherever
        // the pair stands, unless the owner opens a list ("Trường A, ĐH Quốc gia B và Bộ C").
        if UnitLevel.isAcademicPart(inner.mention.canonicalName, of: outer.mention.canonicalName) {
            let opensList = outer.end + 1 < range.upperBound && [",", "và"].contains(keys[outer.end])
                && layout.starting(at: outer.end + 1, types: [.organization]) != nil
            // Nor a list's last item ("Trường A, Trường B, …") — but a chain ("Bộ môn A, Khoa B, Trường C") is one.
            let previous = inner.start > range.lowerBound && keys[inner.start - 1] == ","
                ? layout.ending(at: inner.start - 1, types: [.organization]) : nil
            let listItem = inner.start > range.lowerBound && keys[inner.start - 1] == "và"
                || previous.map { !UnitLevel.isAcademicPart($0.mention.canonicalName, of: inner.mention.canonicalName) } == true
            if !opensList, !listItem {
                add(inner.index, .partOf, outer.index, at: index, rule: "academic-comma-owner", confidence: 0.75)
            }
            return
        }
        guard let innerLevel = UnitLevel.of(inner.mention.canonicalName), let outerLevel = UnitLevel.of(outer.mention.canonicalName),
            innerLevel < outerLevel
        else { return }
        // "Phó Giám đốc Sở Y tế, Bộ Y tế, Bộ Tài chính và …": the higher body opens a list of bodies — unless what
        // follows the comma stands higher still ("Vụ A, Tổng cục B, Bộ C" is one chain).
        if outer.end + 1 < range.upperBound, keys[outer.end] == "và" || keys[outer.end] == ",",
            let next = layout.starting(at: outer.end + 1, types: [.organization]),
            keys[outer.end] == "và" || (UnitLevel.of(next.mention.canonicalName) ?? 0) <= outerLevel
        {
            return
        }
        // Back over the bodies of the chain to the title that opens it.
        var start = inner.start
        while start > range.lowerBound + 1, keys[start - 1] == ",", let previous = layout.ending(at: start - 1, types: [.organization]),
            let previousLevel = UnitLevel.of(previous.mention.canonicalName), previousLevel < innerLevel
        {
            start = previous.start
        }
        // "… thuộc Tổng cục Thuế, Bộ Tài chính": a chain that says what a unit belongs to is one too, and so is one
        // that says whose a finding is ("kết quả giám định của Cục Hàng hải Việt Nam, Bộ GTVT kết luận").
        // "Trưởng phòng Tổ chức cán bộ, Sở Y tế": the title may have taken in the unit's head word.
        // "tại Khoa Thận nhân tạo, Bệnh viện Đa khoa X": a place of work named by the unit and then its owner. A "tại"
        // that opens the clause ("Tại Trung tâm Hội nghị Quốc gia, Bộ KH-ĐT tổ chức …") names where the subject after
        // the comma acts: there only a unit of the lowest level ("Sáng 3/6, tại Khoa A, Bệnh viện B có …") belongs.
        // "Phòng CSGT, Công an TP Hà Nội vừa đề xuất …": a chain that opens the sentence as its subject, from a unit of
        // the lowest level to a verb, is one too, and so is the agent of a passive.
        let wordAfterOwner = outer.end < range.upperBound && document.tokens[outer.end].kind == .word
            && !document.tokens[outer.end].isCapitalized ? keys[outer.end] : nil
        let subjectChain = start == range.lowerBound && chainOpensWithLowestUnit(at: start)
            && wordAfterOwner.map { $0 != "và" } == true
        guard subjectChain || start > range.lowerBound
                && (lexicon.titleEnds(before: start, in: keys) || lexicon.titleEnds(before: start + 1, in: keys)
                    || ["thuộc", "của"].contains(keys[start - 1])
                    || (keys[start - 1] == "tại" && (!opensClause(at: start - 1, in: range) || chainOpensWithLowestUnit(at: start)))
                    // "bị PC44, Công an TP.HCM khởi tố", "do Phòng Cảnh sát kinh tế, Công an tỉnh A thụ lý": the agent
                    // of a passive, named by its unit of the lowest level and then its owner, then the verb — not two
                    // agents acting together ("do Đội A, Viện Kiểm sát B phối hợp làm rõ").
                    || (["bị", "do"].contains(keys[start - 1]) && chainOpensWithLowestUnit(at: start)
                        && wordAfterOwner.map { !Self.jointActionWords.contains($0) } == true))
        else { return }
        add(inner.index, .partOf, outer.index, at: index, rule: "unit-comma-owner", confidence: 0.75)
    }

    /// Words after two bodies that make them act together: "A, B phối hợp", "A, B cùng thẩm định", "A và B".
    static let jointActionWords: Set<String> = ["phối", "cùng", "và", "với", "liên", "đồng"]

    /// The keys that open an aside or a clause inside a sentence: a comma, a parenthesis, a dash.
    static let asideOpeners: Set<String> = TokenKeys.commaOrDash.union(["("])

    /// Whether the token at `index` opens its clause: it starts `range`, or follows a comma, a parenthesis or a dash.
    private func opensClause(at index: Int, in range: Range<Int>) -> Bool {
        index == range.lowerBound || Self.asideOpeners.contains(keys[index - 1])
    }

    /// Whether the body at `start` is a unit of the lowest level (``UnitLevel`` 1: "Phòng", "Khoa", "Đội" …).
    private func chainOpensWithLowestUnit(at start: Int) -> Bool {
        layout.starting(at: start, types: [.organization]).flatMap { UnitLevel.of($0.mention.canonicalName) } == 1
    }

    /// After a document: "…, ngày 19/5/2021 của Ban Bí thư" (issued) and "… về … E" (concerns).
    private mutating func documentRelations(_ item: MentionLayout.Placed, in range: Range<Int>) {
        // "Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng", "Nghị quyết … đối với ông X": a document
        // or a person named inside a document's title is what that document is about.
        if item.end - item.start > 3 {
            for inner in layout.placed where [.document, .person].contains(inner.mention.type) && inner.start > item.start
                && inner.end <= item.end
                && inner.mention.canonicalName != item.mention.canonicalName
            {
                add(item.index, .concerns, inner.index, at: item.start, rule: "document-in-title", confidence: 0.7)
            }
        }
        // "Nghị quyết của Quốc hội về xử lý nợ xấu": a document named by its type and its issuer after "của", then what
        // it is about.
        if let issuer = layout.placed.first(where: { inner in
            inner.mention.type == .organization && inner.start > item.start + 1 && inner.start <= item.start + 4
                && inner.end < item.end && keys[inner.start - 1] == "của"
        }) {
            add(issuer.index, .issued, item.index, at: item.start, rule: "document-of-in-title", attributes: dateAttribute(item.mention))
        }
        var cursor = item.end
        // "Nghị định số 72/2013/NĐ-CP, 174/2013/NĐ-CP của Chính phủ": documents of one type listed before their
        // issuer share it.
        while cursor + 1 < range.upperBound, keys[cursor] == "," || keys[cursor] == "và",
            let listed = layout.starting(at: cursor + 1, types: [.document]), let type = item.mention.attributes["type"],
            listed.mention.attributes["type"] == type
        {
            cursor = listed.end
        }
        if cursor < range.upperBound, keys[cursor] == "," { cursor += 1 }
        // "Công văn số D, ban hành ngày 3/2, …": the date with the verb that says it is the day of issue.
        if cursor + 2 < range.upperBound, keys[cursor] == "ban", keys[cursor + 1] == "hành", keys[cursor + 2] == "ngày" { cursor += 2 }
        if cursor < range.upperBound, keys[cursor] == "ngày" {
            if let date = VietnameseDate.parse(document, at: cursor + 1, anchorYear: nil) { cursor = date.end }
            // "Văn bản số D, ngày 09/9/2016, của UBND Thành phố": the date set off by commas.
            if cursor + 1 < range.upperBound, keys[cursor] == ",", keys[cursor + 1] == "của" { cursor += 1 }
        }
        issuerOpeningClause(of: item, after: cursor, in: range)
        // "Thông tư số 58/2011/TT-BGDĐT của Bộ trưởng Bộ GD&ĐT": a head's document is the body's.
        var issuerStart = cursor + 1
        if cursor < range.upperBound, keys[cursor] == "của", let title = lexicon.titles.longestMatch(in: keys, at: issuerStart),
            layout.starting(at: issuerStart, types: [.organization]) == nil
        {
            issuerStart += title.length
        }
        if cursor < range.upperBound, keys[cursor] == "của", let issuer = layout.starting(at: issuerStart, types: [.organization]) {
            add(issuer.index, .issued, item.index, at: item.start, rule: "document-of", attributes: dateAttribute(item.mention))
            // "Nghị quyết số 26 của Bộ Chính trị về Nghệ An": what it is about may follow its issuer.
            cursor = issuer.end
        }
        // "Nghị định D của Chính phủ quy định chi tiết và biện pháp thi hành một số điều của Luật Thanh tra", "Thông tư D
        // hướng dẫn thi hành Nghị định E": a document that details or guides another carries it out.
        if let opener = Self.implementingOpeners.first(where: { words in
            cursor + words.count <= range.upperBound && keys[cursor..<cursor + words.count].elementsEqual(words)
        }) {
            var scan = cursor + opener.count
            while scan < range.upperBound, scan - cursor <= 16, ![";", ".", "("].contains(keys[scan]) {
                if let implemented = layout.starting(at: scan, types: [.document]) {
                    add(item.index, .implements, implemented.index, at: item.start, rule: "document-details-another", confidence: 0.7)
                    break
                }
                scan += 1
            }
        }
        if cursor < range.upperBound, keys[cursor] == "về" {
            var scan = cursor + 1
            while scan < range.upperBound, scan - cursor <= 12, ![";", ".", "(", ":"].contains(keys[scan]) {
                // "… Nghị định 42/CP về kinh doanh đa cấp và Cục Quản lý cạnh tranh đang yêu cầu …": after a topic in
                // words, a name that "và" or a comma brings in starts another part of the sentence.
                if ["và", ","].contains(keys[scan]), scan > cursor + 1, scan + 1 < range.upperBound,
                    document.tokens[scan + 1].isCapitalized
                {
                    break
                }
                // "về quản lý thuê bao do Công ty X tổ chức", "về tổ chức các cơ quan thuộc UBND tỉnh", "về kết luận của
                // ông X": past an agent, an owner or the author of what the document is about, a name is not its topic.
                if Self.topicEnders.contains(keys[scan])
                    || (keys[scan] == "của" && scan >= cursor + 3 && Self.authoredWorks.contains([keys[scan - 2], keys[scan - 1]]))
                {
                    break
                }
                if let subject = layout.starting(at: scan, types: [.organization, .person, .place, .document]),
                    // "về việc Thủ tướng Chính phủ chấp thuận …": a body after a title names the post's holder.
                    subject.mention.type != .organization || !lexicon.titleEnds(before: subject.start, in: keys)
                {
                    // "Kế hoạch số 23/KH-UBND về tổ chức thực hiện Chỉ thị số 15-CT/TU": a document about carrying out
                    // another implements it.
                    let carriesOut = subject.mention.type == .document
                        && zip(keys[cursor..<scan], keys[(cursor + 1)...]).contains { $0 == "thực" && $1 == "hiện" }
                    if carriesOut {
                        add(item.index, .implements, subject.index, at: item.start, rule: "document-about-carrying-out", confidence: 0.7)
                        break
                    }
                    add(item.index, .concerns, subject.index, at: item.start, rule: "document-about", confidence: 0.7)
                    break
                }
                scan += 1
            }
        }
    }

    /// Words past which a name in what a document is "về" is no longer its topic: the agent ("do"), an owner
    /// ("thuộc").
    static let topicEnders: Set<String> = ["do", "thuộc"]
    /// Works whose author "của" brings in: "kết luận của ông X", "ý kiến của Bộ Y".
    static let authoredWorks: Set<[String]> = [["kết", "luận"], ["ý", "kiến"], ["chỉ", "đạo"], ["báo", "cáo"], ["đề", "nghị"]]

    /// The words after a document that say it details or guides another: "quy định chi tiết", "hướng dẫn (thi hành)".
    static let implementingOpeners: [[String]] = [["quy", "định", "chi", "tiết"], ["hướng", "dẫn"]]

    /// The words that may stand between "có" and a numbered document: "có văn bản số", "vừa có Công văn số".
    static let documentKindWords: Set<String> = ["văn", "bản", "công", "số", "thông", "báo", "tờ", "trình", "điện"]

    /// "Bộ Y tế vừa có Công văn số 2959/BYT-BH gửi …", "Văn phòng Chính phủ có văn bản số 5191/VPCP-KGVX", "UBND tỉnh X
    /// có Quyết định số 4714": the body that "has" a numbered document out issued it. Only a document with a symbol or a
    /// number, right after "có" and the words of its kind, so that "có ý kiến về Nghị định …" is no issuing.
    private mutating func issuedByHaving(at index: Int, in range: Range<Int>) {
        // "UBND TPHCM có Quyết định số 4714 thu hồi …": a document named by its number alone is numbered too.
        guard let issuedDocument = documentAfter(verbAt: index, past: Self.documentKindWords, in: range),
            issuedDocument.mention.attributes["symbol"] != nil || issuedDocument.mention.attributes["number"] != nil,
            let issuer = bodyBefore(verbAt: index, pastPresentName: true, in: range)
        else { return }
        add(issuer.index, .issued, issuedDocument.index, at: index, rule: "org-has-document", attributes: dateAttribute(issuedDocument.mention))
    }

    /// "O ban hành D" and "Thực hiện D1 …, O ban hành D2" (D2 implements D1).
    private mutating func issuedBy(verbAt index: Int, verbLength: Int, in range: Range<Int>) {
        passiveIssuedBy(verbAt: index, in: range)
        var after = index + verbLength
        while after < range.upperBound, after - index <= 4, layout.starting(at: after, types: [.document]) == nil { after += 1 }
        // "thông qua Luật A (sửa đổi); Nghị quyết B; …": an item the extractors missed does not end a list whose
        // items are set apart by semicolons.
        // The scan may stop at the sentence's end, where the next sentence's document starts.
        var first = after < range.upperBound ? layout.starting(at: after, types: [.document]) : nil
        if first == nil, keys[index] == "thông" || keys[index] == "ban" {
            first = documentAfterSemicolon(from: index + verbLength, in: range)
        }
        // "Quốc hội biểu quyết thông qua Điều 4 - …, Điều 11 - … và toàn văn Luật X": the law voted on in full.
        if first == nil, keys[index] == "thông",
            let whole = (index + verbLength..<max(index + verbLength, range.upperBound - 2)).first(where: { keys[$0] == "toàn" && keys[$0 + 1] == "văn" })
        {
            first = layout.starting(at: whole + 2, types: [.document])
        }
        guard let issuedDocument = first else { return }
        var before = index
        while before > range.lowerBound, Self.verbModifiers.contains(keys[before - 1]) || ["biểu", "quyết"].contains(keys[before - 1]) {
            before -= 1
        }
        before = pastPresentName(before: before, in: range)
        if let issuer = layout.ending(at: before, types: [.organization]) ?? signerBody(endingAt: before, in: range) {
            // A list of documents: "thông qua Luật A; Nghị quyết B và Nghị quyết C".
            var listed = issuedDocument
            while true {
                add(issuer.index, .issued, listed.index, at: index, rule: "org-issues-document",
                    attributes: dateAttribute(listed.mention))
                var cursor = listed.end
                // "(sửa đổi)" after a law's name.
                if cursor + 2 < range.upperBound, keys[cursor] == "(", keys[cursor + 2] == ")" { cursor += 3 }
                if cursor + 1 < range.upperBound, [",", ";", "và"].contains(keys[cursor]),
                    let following = layout.starting(at: cursor + 1, types: [.document])
                {
                    listed = following
                    continue
                }
                // An item the extractors missed or cut short ("Luật quản lý, sử dụng tài sản nhà nước (sửa đổi); …").
                guard let following = documentAfterSemicolon(from: cursor, in: range) else { break }
                listed = following
            }
        }
        // "Thực hiện D1 …" opening the sentence.
        var cursor = range.lowerBound
        if cursor < range.upperBound, keys[cursor] == "triển", cursor + 1 < range.upperBound, keys[cursor + 1] == "khai" { cursor += 2 }
        if cursor + 1 < range.upperBound, keys[cursor] == "thực", keys[cursor + 1] == "hiện" {
            if let implemented = layout.starting(at: cursor + 2, types: [.document]) {
                add(issuedDocument.index, .implements, implemented.index, at: index, rule: "thuc-hien")
            }
        }
    }

    /// The body of the person whose name ends at `end`, named with the post before the name: "Chủ tịch UBND TP Hà Nội
    /// Nguyễn Đức Chung | đã ký công văn số …" — a head signs the body's documents (as in the passive "do ông X – Phó
    /// Chủ tịch UBND quận Y ký").
    private func signerBody(endingAt end: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        guard let signer = layout.ending(at: end, types: [.person]), signer.start > range.lowerBound,
            let body = layout.ending(at: signer.start, types: [.organization]), body.start > range.lowerBound,
            lexicon.titleEnds(before: body.start, in: keys)
        else { return nil }
        return body
    }

    /// "Luật D (đã) được Quốc hội thông qua", "Quyết định D do UBND tỉnh ban hành": the passive, where the document
    /// comes first and its issuer stands between "được"/"do" and the verb.
    ///
    /// "do Bộ Công nghiệp nặng (nay là Bộ Công Thương) cấp": the body's present name in parentheses after the agent.
    private mutating func passiveIssuedBy(verbAt index: Int, in range: Range<Int>) {
        var before = index
        while before > range.lowerBound, Self.verbModifiers.contains(keys[before - 1]) { before -= 1 }
        before = pastPresentName(before: before, in: range)
        // "văn bản số D do Phó Giám đốc Sở X Trương Minh Tiến ký": the signer named after the post, whose body issued it.
        var signerPost: Int?
        var found = layout.ending(at: before, types: [.organization])
        if found == nil, let signer = layout.ending(at: before, types: [.person]),
            let body = layout.ending(at: signer.start, types: [.organization])
        {
            let start = titleStart(before: body.start, in: range)
            if start < body.start {
                signerPost = start
                found = body
            }
        }
        guard let issuer = found, issuer.start > range.lowerBound else { return }
        // "công văn số D do Phó Chủ tịch UBND TPHCM ký": the body's head signs for it, unnamed.
        var agentStart = signerPost ?? titleStart(before: issuer.start, in: range)
        // "quyết định số D do ông X – Phó Chủ tịch UBND quận Y ký": the signer's body, named with the post, issued it.
        let layout = self.layout
        if agentStart > range.lowerBound, !["được", "do"].contains(keys[agentStart - 1]),
            let signer = (max(range.lowerBound, agentStart - 8)..<agentStart).lazy.compactMap({ layout.ending(at: $0, types: [.person]) }).first,
            signer.end < agentStart, ["-", "–", ","].contains(keys[signer.end]), signer.start > range.lowerBound
        {
            agentStart = signer.start
            if agentStart > range.lowerBound, ["ông", "bà"].contains(keys[agentStart - 1]) { agentStart -= 1 }
        }
        guard agentStart > range.lowerBound, ["được", "do"].contains(keys[agentStart - 1]) else { return }
        var documentEnd = agentStart - 1
        while documentEnd > range.lowerBound, Self.verbModifiers.contains(keys[documentEnd - 1]) { documentEnd -= 1 }
        // "văn bản số D ngày 25.1.2017 do …", "giấy phép số D ngày 22/12/1992 do Bộ X cấp": the document's date between
        // it and its signer or issuer.
        if let date = layout.ending(at: documentEnd, types: [.date]) { documentEnd = date.start }
        guard let issuedDocument = layout.ending(at: documentEnd, types: [.document]), issuedDocument.start >= range.lowerBound
        else { return }
        add(issuer.index, .issued, issuedDocument.index, at: index, rule: "document-issued-by",
            attributes: dateAttribute(issuedDocument.mention))
    }

    /// The document right after the next semicolon, within 30 tokens of `start` and with no other document before
    /// it: the next item of a list set apart by semicolons, past an item that no extractor named in full.
    private func documentAfterSemicolon(from start: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        var next = start
        while next < range.upperBound, next - start < 30, keys[next] != ";", layout.starting(at: next, types: [.document]) == nil {
            next += 1
        }
        guard next + 1 < range.upperBound, keys[next] == ";" else { return nil }
        return layout.starting(at: next + 1, types: [.document])
    }

    /// Words that say where a body sits, before "tại": "có trụ sở (chính) (đặt) tại", "đóng tại", "đặt tại", "tọa lạc tại".
    static let seatWords: Set<String> = ["trụ", "sở", "chính", "đặt", "đóng", "tọa", "lạc", "nằm", "có"]

    /// "Trường Cao đẳng Quảng Nam có trụ sở chính đặt tại số 431 đường Hùng Vương, TP Tam Kỳ, Quảng Nam", "Nhà máy X đóng
    /// tại Khu công nghiệp Đình Vũ, quận Hải An, thành phố Hải Phòng": the body lies in each district, city or province
    /// of its address.
    private mutating func address(atAt index: Int, in range: Range<Int>) {
        var start = index
        while start > range.lowerBound, index - start < 5, Self.seatWords.contains(keys[start - 1]) { start -= 1 }
        guard start < index, start - 1 >= range.lowerBound, ["đặt", "đóng", "sở", "lạc", "nằm"].contains(keys[index - 1]),
            let body = layout.ending(at: start, types: [.organization])
        else { return }
        var cursor = index + 1
        while cursor < range.upperBound, cursor - index <= 20, ![";", ".", "(", ")"].contains(keys[cursor]) {
            if let place = layout.starting(at: cursor, types: [.place]) {
                if (Self.rank(place.mention) ?? 0) >= 1 {
                    add(body.index, .locatedIn, place.index, at: index, rule: "address", confidence: 0.75)
                }
                cursor = place.end
                continue
            }
            cursor += 1
        }
    }

    /// "chỉ đạo của Thành ủy Hà Nội tại văn bản số 112-CV/TU": the body whose instruction stands in the
    /// document issued it; "chỉ đạo của UBND tỉnh X (tại Công văn số 1866/UBND-KTN)" says the same in parentheses.
    private mutating func issuedIn(atAt index: Int, in range: Range<Int>) {
        let issuerEnd = index > range.lowerBound && keys[index - 1] == "(" ? index - 1 : index
        guard let issuer = layout.ending(at: issuerEnd, types: [.organization]), issuer.start > range.lowerBound,
            keys[issuer.start - 1] == "của"
        else { return }
        var cursor = index + 1
        while cursor < range.upperBound, cursor - index <= 4, layout.starting(at: cursor, types: [.document]) == nil {
            cursor += 1
        }
        guard cursor < range.upperBound, let issuedDocument = layout.starting(at: cursor, types: [.document]) else { return }
        add(issuer.index, .issued, issuedDocument.index, at: index, rule: "instruction-of-in-document",
            attributes: dateAttribute(issuedDocument.mention))
    }

    /// Whether the words `prefix` (token keys), before a body's name, make the same body's fuller name: "Trường" (Đại
    /// học X), or a company's head with nothing but its legal form ("Công ty cổ phần", "Công ty TNHH MTV", "CTCP").
    static func namesSameBody(prefix: [String]) -> Bool {
        if prefix == ["trường"] || prefix == ["ctcp"] { return true }
        guard prefix.count > 2, prefix.starts(with: ["công", "ty"]) else { return false }
        var cursor = 2
        while cursor < prefix.count {
            if VietnameseLexicon.companyLegalForms.contains(prefix[cursor]) {
                cursor += 1
            } else if cursor + 1 < prefix.count, VietnameseLexicon.companyLegalForms.contains(prefix[cursor] + " " + prefix[cursor + 1]) {
                cursor += 2
            } else {
                return false
            }
        }
        return true
    }

    /// Words that may open a sentence before its subject: "Trong đó, …", "Theo đó, …", "Đồng thời, …".
    static let sentenceOpeners: Set<String> = ["trong", "đó", "theo", "đồng", "thời", "ngoài", "ra", "bên", "cạnh", ","]

    /// The body that opens the sentence `range`, after its opening words ("Trong đó, Sở A cần …"), or nil.
    private func sentenceOpeningBody(in range: Range<Int>) -> MentionLayout.Placed? {
        var start = range.lowerBound
        while start < range.upperBound, start - range.lowerBound < 4, Self.sentenceOpeners.contains(keys[start]) { start += 1 }
        return layout.starting(at: start, types: [.organization])
    }

    /// "Thủ tướng yêu cầu A và B lưu ý …; phối hợp với C": the duties listed after a semicolon are those of the bodies
    /// the request before `end` addresses — the nearest request used as a verb ("Thực hiện yêu cầu Bộ A, …", "Theo đề
    /// nghị của Bộ A" are nouns). Returns the last body addressed ("B"; the body before "và" joins it as a party).
    private func requestAddressee(before end: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        for cursor in stride(from: end - 2, through: range.lowerBound, by: -1) {
            guard (keys[cursor] == "yêu" && keys[cursor + 1] == "cầu") || (keys[cursor] == "đề" && keys[cursor + 1] == "nghị"),
                cursor == range.lowerBound || !Self.requestAsNounWords.contains(keys[cursor - 1]),
                var body = layout.starting(at: cursor + 2, types: [.organization])
            else { continue }
            if body.end + 1 < end, keys[body.end] == "và", let second = layout.starting(at: body.end + 1, types: [.organization]) {
                body = second
            }
            return body
        }
        return nil
    }

    /// Words before "yêu cầu" or "đề nghị" that make it a noun: "thực hiện yêu cầu", "theo đề nghị", "xét đề nghị".
    static let requestAsNounWords: Set<String> = ["hiện", "theo", "xét", "trước", "các", "những", "của", "với", "có", "này", "lời"]

    /// "A phối hợp … với B, C và D", "A làm việc với B", "A tiếp B".
    private mutating func symmetric(
        _ predicate: Predicate, verbAt index: Int, verbLength: Int, in range: Range<Int>, needsWith: Bool, freeWords: Int = 0,
        withWords: Set<String> = ["với"]
    ) {
        // "hợp tác … giữa A và B", "cuộc gặp giữa A và B", "buổi làm việc giữa A với B": the two parties follow the verb.
        if between(afterVerbAt: index + verbLength, predicate, at: index, in: range) { return }
        // The subject ends right before the verb, with only adverbs between.
        var before = index
        while before > range.lowerBound, before > index - 5, VietnameseRelationExtractor.adverbs.contains(keys[before - 1]),
            layout.ending(at: before, types: VietnameseRelationExtractor.parties) == nil
        {
            before -= 1
        }
        // "Giám đốc Bệnh viện A cho biết đã phối hợp với Công an tỉnh": the body whose head reports the cooperation is
        // the party, not the head.
        var reported = false
        if predicate == .cooperatesWith, layout.ending(at: before, types: VietnameseRelationExtractor.parties) == nil,
            before - 2 > range.lowerBound, keys[before - 2] == "cho", keys[before - 1] == "biết",
            layout.ending(at: before - 2, types: [.organization]) != nil
        {
            before -= 2
            reported = true
        }
        // "giao Sở VH-TT&DL và các sở ngành, đơn vị, địa phương liên quan phối hợp Tổng cục Du lịch": companions named
        // in general after the subject.
        if layout.ending(at: before, types: VietnameseRelationExtractor.parties) == nil,
            let subjectEnd = pastGeneralCompanions(endingAt: before, in: range)
        {
            before = subjectEnd
        }
        // "Phó Thủ tướng A cùng đoàn công tác đến thăm B", "Thượng tướng A và đoàn đại biểu quân sự cấp cao TQ đến chào
        // xã giao B": the delegation accompanying the subject.
        if layout.ending(at: before, types: VietnameseRelationExtractor.parties) == nil,
            let delegation = accompanyingDelegationStart(endingAt: before, in: range)
        {
            before = delegation - 1
            while before > range.lowerBound, Self.verbModifiers.contains(keys[before - 1]) { before -= 1 }
        }
        // "Cục Di sản văn hóa đã cử cán bộ xuống làm việc với B": the body that sends its staff meets B.
        if layout.ending(at: before, types: VietnameseRelationExtractor.parties) == nil, let sender = dispatchStart(endingAt: before, in: range) {
            before = sender
            while before > range.lowerBound, Self.verbModifiers.contains(keys[before - 1]) { before -= 1 }
        }
        // "Tập đoàn Dệt may (Vinatex) hợp tác": the acronym after the subject.
        if layout.ending(at: before, types: VietnameseRelationExtractor.parties) == nil, before > range.lowerBound + 3,
            keys[before - 1] == ")", keys[before - 3] == "("
        {
            before -= 3
        }
        // "Cục Di sản văn hóa (Bộ VHTTDL) đã cử …", "Đoàn Đặc nhiệm miền Trung (Cục A - Bộ Tư lệnh B) phối hợp với …":
        // the owners in parentheses after the subject.
        if layout.ending(at: before, types: VietnameseRelationExtractor.parties) == nil, before > range.lowerBound + 2,
            keys[before - 1] == ")", let owner = layout.ending(at: before - 1, types: [.organization]), owner.start > range.lowerBound
        {
            var opening = owner.start - 1
            // "(Cục A - Bộ B)": the owner's own owner after a dash, back to the parenthesis.
            if ["-", "–"].contains(keys[opening]), let inner = layout.ending(at: opening, types: [.organization]),
                inner.start > range.lowerBound
            {
                opening = inner.start - 1
            }
            if keys[opening] == "(" { before = opening }
        }
        // "Phó Chủ tịch UBND tỉnh A (được Chủ tịch UBND tỉnh ủy quyền) tổ chức đối thoại với B": an aside in the passive
        // between the subject and the verb.
        if layout.ending(at: before, types: VietnameseRelationExtractor.parties) == nil {
            before = pastParenthesis(opening: "được", before: before, within: 14, in: range)
        }
        var named = layout.ending(at: before, types: VietnameseRelationExtractor.parties)
        // "Đại tướng Raúl Castro, Bí thư thứ nhất …, Chủ tịch Hội đồng Nhà nước Cuba đã tiếp …": the subject is the
        // person whose posts end right before the verb, not the last body named among them.
        if !reported, let body = named, body.mention.type == .organization, let holder = appositiveHolder(endingAt: body.end, in: range) {
            named = holder
        }
        named = named.map(unitBeforeDash)
        // "Trong đó, Sở A cần tăng cường …; phối hợp với Cục B, Cục C kiểm tra …": a duty listed after a semicolon is
        // the duty of the body that opens the sentence.
        if named == nil, needsWith, before > range.lowerBound, keys[before - 1] == ";" {
            named = sentenceOpeningBody(in: range) ?? requestAddressee(before: before - 1, in: range)
        }
        // "A dẫn đầu đoàn công tác (của B) làm việc với C": the leader of the delegation is a party too.
        let leaders = delegationLeaders(before: before, in: range)
        var cursor = index + verbLength
        // "buổi làm việc của đoàn kiểm tra Bộ Chính trị với Ban Thường vụ Thành ủy Hà Nội": with no subject before the
        // verb, the party after "của" (and a few words naming its delegation) is the subject.
        if named == nil, leaders.isEmpty, needsWith, cursor + 1 < range.upperBound, keys[cursor] == "của" {
            var start = cursor + 1
            while start < range.upperBound, start - cursor <= 4, layout.starting(at: start, types: VietnameseRelationExtractor.parties) == nil,
                document.tokens[start].kind == .word, !document.tokens[start].isCapitalized || keys[start] == "đoàn"
            {
                start += 1
            }
            if start < range.upperBound, let party = layout.starting(at: start, types: VietnameseRelationExtractor.parties) {
                named = party
                cursor = party.end
            }
        }
        // "A phát biểu tại buổi làm việc với B", "Trước khi làm việc với B, Bộ trưởng A …": the subject stands elsewhere.
        if named == nil, leaders.isEmpty, needsWith {
            named = occasionHolder(verbAt: index, adverbsFrom: before, in: range)
                ?? frontedClauseSubject(verbAt: index, adverbsFrom: before, in: range)
        }
        // "Tới thăm Đại sứ quán X, Phó Chủ tịch Quốc hội A đã biểu dương …": a visit fronted at the sentence's start is
        // the main clause's subject's.
        if named == nil, leaders.isEmpty, !needsWith, index == range.lowerBound + 1,
            Self.visitOpeners.contains(keys[range.lowerBound])
        {
            named = subjectAfterFrontedClause(verbAt: index, in: range)
        }
        // "A đã gặp B và có buổi trao đổi với C": a verb joined by "và" to an earlier one shares its subject.
        if named == nil, leaders.isEmpty, before > range.lowerBound, keys[before - 1] == "và", let last = lastSubject,
            last.sentenceStart == range.lowerBound
        {
            named = last.subject
        }
        guard let subject = named ?? leaders.first else { return }
        lastSubject = (range.lowerBound, subject)
        var subjects = [subject] + leaders.filter { $0.index != subject.index }
        // "Liên hiệp A và Hội B sẽ đón đoàn của C": each body of a subject of two bodies joined by "và" is a party; so is
        // the person who comes with a body ("ông A cùng Đoàn đại biểu Quốc hội tỉnh B có buổi làm việc với C").
        // "Thứ trưởng A và lãnh đạo Cục B đã có buổi họp với C": the official joined to a body's leaders is a party too.
        let leadersOf = subject.start >= range.lowerBound + 2
            && Self.leadershipWords.contains(keys[subject.start - 2] + " " + keys[subject.start - 1])
        let joint = leadersOf ? subject.start - 2 : subject.start
        if subject.mention.type == .organization, joint > range.lowerBound + 1,
            let first = partyEnding(at: joint - 1, in: range),
            (keys[joint - 1] == "và" && (first.mention.type == .organization || leadersOf))
                || (keys[joint - 1] == "cùng" && first.mention.type == .person)
        {
            subjects.append(first)
        }
        // "Thứ trưởng Bộ A Nguyễn Văn B và Thứ trưởng Bộ C Lê Văn D đã làm việc với E": two officials joined by "và", each
        // with the posts written before the name, are both parties.
        if subject.mention.type == .person {
            let body = layout.ending(at: subject.start, types: [.organization])
            let other = titleStart(before: body?.start ?? subject.start, in: range)
            if other < (body?.start ?? subject.start), other > range.lowerBound + 1, keys[other - 1] == "và",
                let first = partyEnding(at: other - 1, in: range), first.mention.type == .person
            {
                subjects.append(first)
            }
        }
        // "Thay mặt Quốc hội Việt Nam, Chủ tịch Quốc hội A nhiệt liệt chào mừng Đoàn … Thượng viện B": the body A speaks
        // for meets the bodies A meets.
        let represented = representedBody(before: subject.start, in: range)
        if needsWith {
            // Adverbs, and `freeWords` words of what the verb is about ("trao đổi học thuật với"), before "với".
            var free = freeWords
            while cursor < range.upperBound, cursor - index <= 8, !withWords.contains(keys[cursor]) {
                if !VietnameseRelationExtractor.adverbs.contains(keys[cursor]) {
                    guard free > 0, document.tokens[cursor].kind == .word, !document.tokens[cursor].isCapitalized else { break }
                    free -= 1
                }
                cursor += 1
            }
            // "A và B sẽ phối hợp chặt chẽ cùng các đơn vị khác": a partner word that leads to no party leaves the
            // coordinated subject as the parties.
            let partnerStart = cursor + 1 < range.upperBound && withWords.contains(keys[cursor])
                ? skipPartyPrefix(from: cursor + 1, in: range) : range.upperBound
            let partnerFollows = partnerStart < range.upperBound
                && layout.starting(at: partnerStart, types: VietnameseRelationExtractor.parties) != nil
            // "Sở Xây dựng đã phối hợp Sở GTVT kiểm tra": "phối hợp" may take its partner body with no "với", right after
            // it or its adverbs ("sự phối hợp của Tỉnh ủy, UBND tỉnh X" names no partner).
            let partnerWithoutWith = keys[index] == "phối" && cursor < range.upperBound
                && layout.starting(at: cursor, types: [.organization]) != nil
                && (index + verbLength..<cursor).allSatisfy { keys[$0] != "," && VietnameseRelationExtractor.adverbs.contains(keys[$0]) }
            guard partnerWithoutWith || partnerFollows || (cursor + 1 < range.upperBound && keys[cursor] == "với") else {
                // "Tập đoàn Dầu khí Việt Nam (PVN) và Tập đoàn Dệt may (Vinatex) hợp tác đầu tư", "A và B hội đàm": a
                // coordinated subject — but not of "làm việc", which two parties may do side by side.
                guard predicate == .cooperatesWith || ["hội", "điện"].contains(keys[index]) else { return }
                var other = subject.start
                if other > range.lowerBound + 2, keys[other - 1] == ")", keys[other - 3] == "(" { other -= 3 }
                // "Chủ tịch nước A và Tổng thống (Czech) B hội đàm": the second party's title (and country) first.
                if subject.mention.type == .person { other = titleStart(before: other, in: range) }
                guard other > range.lowerBound + 1, keys[other - 1] == "và" || keys[other - 1] == ",",
                    let first = partyEnding(at: other - 1, in: range)
                else { return }
                let joinedByAnd = keys[other - 1] == "và"
                // "Sở A, Trường B, Trường C và Trường D cùng phối hợp": every body of a list of bodies is a party.
                var parties = [subject, unitBeforeDash(first)]
                var listStart = first.start
                // A body after a preposition opens another phrase ("Theo Sở Y tế, Bệnh viện A và Bệnh viện B phối hợp").
                while subject.mention.type == .organization, listStart > range.lowerBound + 1, keys[listStart - 1] == ",",
                    let earlier = partyEnding(at: listStart - 1, in: range), earlier.mention.type == .organization,
                    earlier.start == range.lowerBound || !Self.phraseOpeners.contains(keys[earlier.start - 1])
                {
                    parties.append(earlier)
                    listStart = earlier.start
                }
                // "Bộ A, Hội B, Báo C, Tập đoàn D phối hợp tổ chức": a list of bodies set apart by commas alone, of three
                // bodies at least ("Theo Sở A, Bệnh viện B phối hợp" is one body after a phrase, not a list), that opens
                // its clause — at the sentence's start or after a comma, else a body of the list went unread.
                guard joinedByAnd
                    || (predicate == .cooperatesWith && first.mention.type == .organization && parties.count >= 3
                        && (listStart == range.lowerBound || keys[listStart - 1] == ","))
                else { return }
                // "Phòng Cảnh sát kinh tế, Công an tỉnh A, Cục Hải quan tỉnh A phối hợp": a unit set apart by a comma
                // from the next body, which stands higher, is that body's unit (see ``isUnit(_:of:)``), not its partner.
                // `parties` runs backwards through the text, the subject last in it; only "và" may stand before it.
                addPairwise(parties.reversed(), predicate, at: index, rule: "\(predicate.rawValue)-coordinated") { unit, owner in
                    (owner.index != subject.index || !joinedByAnd) && Self.isUnit(unit, of: owner)
                }
                return
            }
            if !partnerWithoutWith { cursor += 1 }
        }
        // "tiếp ông A", "tiếp Bộ trưởng A", "tiếp Đoàn công tác của Học viện X": honorifics, titles and the
        // delegation stand before the party.
        cursor = skipPartyPrefix(from: cursor, in: range)
        var attributes: [String: String] = [:]
        if predicate == .metWith, let date = sentenceDate(in: range) { attributes["date"] = date }
        // A list of parties: "B, C và D".
        while cursor < range.upperBound, let object = layout.starting(at: cursor, types: VietnameseRelationExtractor.parties) {
            for party in subjects {
                add(party.index, predicate, object.index, at: index, rule: "\(predicate.rawValue)-cue", attributes: attributes)
            }
            if let represented, object.mention.type == .organization {
                add(represented.index, predicate, object.index, at: index, rule: "\(predicate.rawValue)-represented", attributes: attributes)
            }
            cursor = object.end
            // "tiếp Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng": the posts of the person
            // met are not more parties.
            if object.mention.type == .person { cursor = skipPosts(from: cursor, in: range) }
            // "làm việc với Trạm Y tế phường 16, quận 4 và Trạm Y tế phường 11, quận 3": the place after a body says where
            // it is, and the list goes on after it.
            if object.mention.type == .organization, cursor + 1 < range.upperBound, keys[cursor] == ",",
                let place = layout.starting(at: cursor + 1, types: [.place])
            {
                cursor = place.end
            }
            // "nghe Bộ Văn hóa, Thể thao & Du lịch (VH,TT&DL) và UBND TP Đà Nẵng": the short form in parentheses is the
            // same party.
            if cursor < range.upperBound, keys[cursor] == "(", let close = (cursor + 1..<min(cursor + 8, range.upperBound)).first(where: { keys[$0] == ")" }),
                !(cursor + 1..<close).contains(where: { keys[$0] == "và" })
            {
                cursor = close + 1
            }
            guard cursor < range.upperBound, keys[cursor] == "," || keys[cursor] == "và" else { break }
            cursor = skipPartyPrefix(from: cursor + 1, in: range)
        }
    }

    /// "Thanh tra Chính phủ đã đến Sở Tài nguyên và Môi trường tỉnh Yên Bái làm việc": a party that goes to another to
    /// work there meets it. Reads "A (adverbs) đến|tới|xuống (trụ sở) B làm việc", B right before "làm việc" at `index`
    /// and A right before the verb of motion, with only adverbs between: a posting ("được điều động đến B làm việc",
    /// "chuyển đến B làm việc") has another verb there, and no party.
    private mutating func visitToWork(verbAt index: Int, in range: Range<Int>) {
        guard let host = partyEnding(at: index, in: range), host.mention.type == .organization else { return }
        var motion = host.start - 1
        if motion > range.lowerBound + 1, keys[motion] == "sở", keys[motion - 1] == "trụ" { motion -= 2 }
        guard motion > range.lowerBound, Self.visitOpeners.contains(keys[motion]) else { return }
        var before = motion
        while before > range.lowerBound, layout.ending(at: before, types: VietnameseRelationExtractor.parties) == nil,
            Self.verbModifiers.contains(keys[before - 1])
        {
            before -= 1
        }
        // A body, or an official named with a title, visits; "anh A đến Công ty B làm việc" is A taking up a job there.
        guard let visitor = partyEnding(at: before, in: range),
            visitor.mention.type == .organization || titleStart(before: visitor.start, in: range) < visitor.start
        else { return }
        var attributes: [String: String] = [:]
        if let date = sentenceDate(in: range) { attributes["date"] = date }
        add(visitor.index, .metWith, host.index, at: index, rule: "met_with-visit-to-work", attributes: attributes)
    }

    /// The first token inside the parenthesis that follows a phrase naming bodies in general at `start` ("các Bộ, ngành
    /// liên quan (", "các cơ quan chức năng ("), when a body opens it; nil otherwise.
    private func bodiesInParentheses(afterGeneralPhraseAt start: Int, in range: Range<Int>) -> Int? {
        guard keys[start] == "các" else { return nil }
        var cursor = start + 1
        while cursor < range.upperBound, cursor - start <= 8, Self.generalBodyWords.contains(keys[cursor]) { cursor += 1 }
        guard cursor > start + 1, cursor + 1 < range.upperBound, keys[cursor] == "(",
            layout.starting(at: cursor + 1, types: [.organization]) != nil
        else { return nil }
        return cursor + 1
    }

    /// Words of a phrase that names bodies in general: "các bộ, ngành, địa phương có liên quan", "các cơ quan chức năng".
    static let generalBodyWords: Set<String> = [
        "bộ", "ngành", ",", "địa", "phương", "cơ", "quan", "đơn", "vị", "có", "liên", "chức", "năng", "trung", "ương", "sở",
    ]

    /// The end of the body before "và các <bodies in general>" that ends right before `end` ("Sở A và các sở ngành, đơn
    /// vị liên quan"), or nil when no such phrase stands there.
    private func pastGeneralCompanions(endingAt end: Int, in range: Range<Int>) -> Int? {
        var start = end
        while start > range.lowerBound, end - start < 12, Self.generalBodyWords.contains(keys[start - 1]) { start -= 1 }
        guard start < end, start - 2 > range.lowerBound, keys[start - 1] == "các", keys[start - 2] == "và",
            layout.ending(at: start - 2, types: [.organization]) != nil
        else { return nil }
        return start - 2
    }

    /// Prepositions that open a phrase of their own before a body: "Theo Sở Y tế, …", "Tại Bộ Tài chính, …".
    static let phraseOpeners: Set<String> = ["theo", "tại", "của", "với", "cho", "ở", "từ", "trong"]

    /// The party that ends right before token `end`, or before its short form in parentheses ("Tập đoàn Dệt may
    /// (Vinatex)").
    func partyEnding(at end: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        if let party = layout.ending(at: end, types: VietnameseRelationExtractor.parties) { return party }
        guard end > range.lowerBound + 3, keys[end - 1] == ")", keys[end - 3] == "(" else { return nil }
        return layout.ending(at: end - 3, types: VietnameseRelationExtractor.parties)
    }

    /// Where "đoàn" opens the delegation that accompanies a subject right before token `end`: "cùng đoàn công tác",
    /// "và đoàn đại biểu quân sự cấp cao TQ" — "cùng" or "và", "đoàn", then at most eight lower-case words or places
    /// (its country), never a party of its own (then that body's delegation is the party).
    private func accompanyingDelegationStart(endingAt end: Int, in range: Range<Int>) -> Int? {
        var cursor = end
        while cursor > range.lowerBound + 1, end - cursor <= 8 {
            if keys[cursor - 1] == "đoàn", ["cùng", "và"].contains(keys[cursor - 2]) { return cursor - 1 }
            if let place = layout.ending(at: cursor, types: [.place]) {
                cursor = place.start
                continue
            }
            guard document.tokens[cursor - 1].kind == .word, !document.tokens[cursor - 1].isCapitalized else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// Where "cử" opens the sending of a body's staff that ends right before token `end`: "cử cán bộ xuống", "cử đoàn
    /// công tác đến", "cử đại diện về" — "cử", at most six words of staff and of motion, and nothing else.
    private func dispatchStart(endingAt end: Int, in range: Range<Int>) -> Int? {
        var cursor = end
        while cursor > range.lowerBound, end - cursor <= 6 {
            if keys[cursor - 1] == "cử" { return cursor < end ? cursor - 1 : nil }
            guard Self.dispatchWords.contains(keys[cursor - 1]) else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// The staff a body sends and the motion of sending: "cán bộ", "đoàn công tác", "tổ kiểm tra", "đại diện", "xuống",
    /// "đến", "về".
    static let dispatchWords: Set<String> = [
        "cán", "bộ", "đoàn", "công", "tác", "tổ", "kiểm", "tra", "chuyên", "viên", "đại", "diện", "lãnh", "đạo",
        "xuống", "đến", "về", "lên", "vào", "sang", "trực", "tiếp",
    ]

    /// The unit written before a dash and its parent ("Quỹ Tấm lòng Việt - Đài Truyền hình Việt Nam") where `party` is
    /// the parent: the unit is the one that acts; `party` itself otherwise.
    private func unitBeforeDash(_ party: MentionLayout.Placed) -> MentionLayout.Placed {
        guard party.mention.type == .organization, party.start > 1, ["-", "–"].contains(keys[party.start - 1]),
            let unit = layout.ending(at: party.start - 1, types: [.organization])
        else { return party }
        return unit
    }

    /// "hợp tác thành công giữa A và B": within a few words after the verb, "giữa" and two parties joined by "và" (or
    /// "với": "buổi làm việc giữa A với B"), or a list of them ("cuộc gặp mặt truyền thống giữa A, B, C và D": each pair).
    private mutating func between(afterVerbAt start: Int, _ predicate: Predicate, at index: Int, in range: Range<Int>) -> Bool {
        var cursor = start
        while cursor < range.upperBound, cursor - start < 4, keys[cursor] != "giữa",
            document.tokens[cursor].kind == .word, !document.tokens[cursor].isCapitalized
        {
            cursor += 1
        }
        guard keys.indices.contains(cursor), keys[cursor] == "giữa" else { return false }
        let parties = partiesAfterBetween(at: cursor, types: VietnameseRelationExtractor.parties, list: false, in: range)
        guard parties.count >= 2 else { return false }
        // "cuộc gặp mặt giữa A, B, C và D": every two of the parties — but a unit with a comma right after it and the
        // body after the comma, which stands higher, are the unit and its owner (see ``isUnit(_:of:)``).
        let keys = keys
        addPairwise(parties, predicate, at: index, rule: "\(predicate.rawValue)-between") { unit, owner in
            unit.end < range.upperBound && keys[unit.end] == "," && Self.isUnit(unit, of: owner)
        }
        return true
    }

    /// The person named before a chain of posts (", Title Body, Title Body") that ends at token `end`, if any.
    func appositiveHolder(endingAt end: Int, in range: Range<Int>) -> MentionLayout.Placed? {
        var start = end - 1
        while start > range.lowerBound {
            guard let person = layout.ending(at: start, types: [.person]) else {
                start -= 1
                continue
            }
            // "ông A, Phó Chủ tịch UBND tỉnh B làm việc với C", "ông A - Phó Chủ tịch UBND tỉnh B làm việc với C": the posts
            // set off by a comma or a dash.
            guard TokenKeys.commaOrDash.contains(keys[start]) else { return nil }
            // Only posts between the person and the end: titles, bodies, places, commas and "và".
            var cursor = start + 1
            while cursor < end {
                if let body = layout.starting(at: cursor, types: [.organization, .place]) {
                    cursor = body.end
                } else if let title = lexicon.titles.longestMatch(in: keys, at: cursor) {
                    // "Trưởng Ban Kinh tế Trung ương": the title may take in its body's head word.
                    let next = cursor + title.length
                    cursor = title.length > 1 && layout.starting(at: next - 1, types: [.organization]) != nil ? next - 1 : next
                } else if [",", "và", "kiêm", "thứ", "nhất", "hai", "phó", "quyền"].contains(keys[cursor]) {
                    cursor += 1
                } else {
                    return nil
                }
            }
            return cursor == end ? person : nil
        }
        return nil
    }

    /// The token after a chain of posts (", Title Body, Title Body") that describes the person before `start`;
    /// `start` itself when a new party follows the title instead ("…, Thủ tướng Ấn Độ Narendra Modi").
    private func skipPosts(from start: Int, in range: Range<Int>) -> Int {
        var cursor = start
        while cursor + 1 < range.upperBound, keys[cursor] == "," || keys[cursor] == "và" {
            var post = cursor + 1
            while post < range.upperBound, ["phó", "quyền", "nguyên", "cựu"].contains(keys[post]) { post += 1 }
            guard let title = lexicon.titles.longestMatch(in: keys, at: post) else { break }
            post += title.length
            guard let body = layout.starting(at: post, types: [.organization]) else { break }
            post = body.end
            // "… và Tổng Giám đốc Tổ chức Y tế thế giới (WHO) Tedros …": a holder after the body (or its short form) is a
            // new party, not a post of the person before.
            guard layout.starting(at: acronymEnd(after: post, in: range) ?? post, types: [.person]) == nil else { break }
            cursor = post
        }
        return cursor
    }

    /// Words before a party that are not the party: "ông", "đồng chí", "đoàn công tác của", a title.
    private func skipPartyPrefix(from start: Int, in range: Range<Int>) -> Int {
        var cursor = start
        while cursor < range.upperBound, layout.starting(at: cursor, types: VietnameseRelationExtractor.parties) == nil {
            // "phối hợp với các Bộ, ngành liên quan (Bộ Ngoại giao, Bộ Công an)": the bodies in parentheses after a
            // phrase that names them in general are the parties.
            if let inner = bodiesInParentheses(afterGeneralPhraseAt: cursor, in: range) { return inner }
            // "tiếp Đoàn do Chủ nhiệm Ủy ban Quân vụ Hạ viện Hoa Kỳ William Thornberry làm Trưởng đoàn": a delegation led by
            // a body's head stands for that body (annotation guide).
            if keys[cursor] == "do", cursor > start, keys[cursor - 1] == "đoàn", cursor + 1 < range.upperBound,
                let title = lexicon.titles.longestMatch(in: keys, at: cursor + 1),
                layout.starting(at: cursor + 1 + title.length, types: [.organization]) != nil
            {
                return cursor + 1 + title.length
            }
            // "tiếp đoàn công tác cấp cao Mỹ do ông A, nguyên Ngoại trưởng Mỹ, dẫn đầu": the person who leads the
            // delegation is met too; its rank and its country stand between "đoàn" and "do".
            if keys[start..<cursor].contains("đoàn") {
                if keys[cursor] == "do", cursor + 1 < range.upperBound {
                    let leader = skipPartyPrefix(from: cursor + 1, in: range)
                    if layout.starting(at: leader, types: [.person]) != nil { return leader }
                }
                if keys[cursor] == "cấp", cursor + 1 < range.upperBound, keys[cursor + 1] == "cao" {
                    cursor += 2
                    continue
                }
                if let country = countryEnd(at: cursor), country < range.upperBound, keys[country] == "do" {
                    cursor = country
                    continue
                }
            }
            // "tiếp Đoàn đại biểu cấp cao Đảng X": a delegation stands for its body (annotation guide).
            if keys[cursor] == "đoàn", cursor + 2 < range.upperBound, keys[cursor + 1] == "đại", keys[cursor + 2] == "biểu" {
                cursor += 3
                if cursor + 1 < range.upperBound, keys[cursor] == "cấp", keys[cursor + 1] == "cao" { cursor += 2 }
                continue
            }
            // "thăm cán bộ, chiến sĩ Bộ đội Biên phòng An Giang", "làm việc với tập thể cán bộ, công chức Vụ X": the staff
            // of a body stand for it.
            if Self.staffWords.contains(keys[cursor])
                || (keys[cursor] == "," && cursor > start && Self.staffWords.contains(keys[cursor - 1]) && cursor + 1 < range.upperBound
                    && Self.staffWords.contains(keys[cursor + 1]))
            {
                cursor += 1
                continue
            }
            // "thăm, làm việc tại B": a comma joins the two verbs; so in "thăm hỏi, động viên chị B", "thăm, chúc mừng B",
            // "thăm, tặng quà B".
            if keys[cursor] == ",", cursor + 2 < range.upperBound,
                Self.visitCompanionVerbs.contains([keys[cursor + 1], keys[cursor + 2]])
            {
                cursor += 3
                continue
            }
            // "ghé thăm trụ sở Công an tỉnh B": a body's seat stands for it.
            if keys[cursor] == "trụ", cursor + 1 < range.upperBound, keys[cursor + 1] == "sở" {
                cursor += 2
                continue
            }
            // "làm việc với lãnh đạo Sở B": the leaders of a body stand for it, as its staff do.
            if keys[cursor] == "lãnh", cursor + 2 < range.upperBound, keys[cursor + 1] == "đạo" {
                cursor += 2
                continue
            }
            if ["ông", "bà", "đồng", "chí", "đoàn", "công", "tác", "của", "các", "phó", "quyền", "và", "làm", "việc", "tại",
                "với", "hỏi", "chúc", "tết", "thân", "mật", "song", "phương", "riêng", "giáo", "sư", "tiến", "sĩ", "ngài",
                "gs", "pgs", "ts", "chị", "anh", "cụ"].contains(keys[cursor])
            {
                cursor += 1
            } else if cursor + 1 < range.upperBound, VietnameseLexicon.rankStarts(in: keys, at: cursor) {
                // A military rank: "Đại tướng Ngô Xuân Lịch".
                cursor += 2
            } else if let title = lexicon.titles.longestMatch(in: keys, at: cursor) {
                cursor += title.length
                // "Chủ tịch Ủy ban châu Âu Jean-Claude Juncker", "Bộ trưởng Ngoại giao Lào Saleumxay Kommasith": the
                // holder, not the body (nor its country), is the party.
                // "Tổng Giám đốc Tổ chức Y tế thế giới (WHO) Tedros Adhanom Ghebreyesus": past the body's short form too.
                // A title may run to the sentence's end or past it ("… tiếp kiến Tổng thống."): no holder after it then.
                if let body = layout.starting(at: cursor, types: [.organization]),
                    let holderStart = [body.end, countryEnd(at: body.end), acronymEnd(after: body.end, in: range)].compactMap(\.self)
                        .first(where: { layout.starting(at: $0, types: [.person]) != nil })
                {
                    cursor = holderStart
                } else if let holder = (cursor + 1..<max(cursor + 1, min(cursor + 8, range.upperBound))).first(where: {
                    layout.starting(at: $0, types: [.person]) != nil
                }), document.tokens[cursor].isCapitalized || keys[cursor] == "nước",
                    (cursor..<holder).allSatisfy({ document.tokens[$0].kind == .word && !["và", "với", "của"].contains(keys[$0]) }),
                    layout.starting(at: cursor, types: VietnameseRelationExtractor.parties) == nil
                {
                    // "Chủ tịch Hội đồng châu Âu Donald Tusk", "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình":
                    // a body or a country the extractors did not name, then its holder.
                    cursor = holder
                }
            } else if let countryEnd = countryEnd(at: cursor), layout.starting(at: countryEnd, types: [.person]) != nil {
                // "Tổng thống Indonesia Joko Widodo": the country between the title and the name.
                cursor = countryEnd
            } else {
                break
            }
        }
        return cursor
    }

    /// The token after a short form in parentheses that opens at `index` ("(WHO)"), if one does.
    private func acronymEnd(after index: Int, in range: Range<Int>) -> Int? {
        guard index + 3 < range.upperBound, keys[index] == "(" else { return nil }
        if keys[index + 2] == ")" { return index + 3 }
        // "Hội đồng Liên bang Nga (Thượng viện) Valentina Matvienko": another name of the body in parentheses.
        if let other = layout.starting(at: index + 1, types: [.organization]), other.end < range.upperBound, keys[other.end] == ")" {
            return other.end + 1
        }
        return nil
    }

    /// The token after a country that starts at `index`, if one does.
    private func countryEnd(at index: Int) -> Int? {
        guard index < keys.count, let country = lexicon.places.longestMatch(in: keys, at: index), country.payload.kind == "country"
        else { return nil }
        return index + country.length
    }

    /// Where a title (and a country after it) that ends right before `index` starts ("Tổng thống Czech | Milos
    /// Zeman"); `index` when none does.
    private func titleStart(before index: Int, in range: Range<Int>) -> Int {
        var end = index
        for start in stride(from: end - 1, through: max(range.lowerBound, end - 3), by: -1) where countryEnd(at: start) == end {
            end = start
            break
        }
        // The longest title that ends there: "Thứ trưởng", not its last word "Trưởng".
        for start in stride(from: max(range.lowerBound, end - 5), to: end, by: 1) {
            if let title = lexicon.titles.longestMatch(in: keys, at: start), start + title.length == end {
                // "Phó Tổng thống", "Quyền Giám đốc": the lexicon holds the title without its rank.
                return start > range.lowerBound && Self.rankWords.contains(keys[start - 1]) ? start - 1 : start
            }
        }
        return index
    }

    /// Words of rank before a title that the lexicon holds without them: "Phó", "Quyền".
    static let rankWords: Set<String> = ["phó", "quyền"]

    /// "ký kết … giữa A và B", "A ký kết chương trình hợp tác với B".
    private mutating func signed(at index: Int, in range: Range<Int>) {
        var before = index
        while before > range.lowerBound, Self.verbModifiers.contains(keys[before - 1]) { before -= 1 }
        if let subject = layout.ending(at: before, types: [.organization]) {
            var cursor = index + 1
            while cursor < range.upperBound, cursor - index <= 10, keys[cursor] != "với", keys[cursor] != "giữa",
                layout.starting(at: cursor, types: [.organization]) == nil
            {
                cursor += 1
            }
            if cursor < range.upperBound, keys[cursor] == "với", case let partnerStart = skipPartyPrefix(from: cursor + 1, in: range),
                partnerStart < range.upperBound, let partner = layout.starting(at: partnerStart, types: [.organization])
            {
                add(subject.index, .signedWith, partner.index, at: index, rule: "ky-ket-voi")
                return
            }
            // "A ký hợp đồng cung cấp cát cho B": a contract's other party after "cho".
            if keys[index + 1] == "hợp", cursor < range.upperBound, cursor > index + 1, keys[cursor - 1] == "cho",
                let partner = layout.starting(at: cursor, types: [.organization])
            {
                add(subject.index, .signedWith, partner.index, at: index, rule: "ky-hop-dong-cho")
                return
            }
            // "Phòng GD&ĐT thành phố Huế và Trường Cao đẳng Công nghiệp Huế đã ký kết biên bản ghi nhớ": the parties are
            // the coordinated subject — not of "ký hợp đồng", which each may sign with a third party ("HABECO và SABECO
            // đã ký hợp đồng tư vấn").
            // "Đài Tiếng nói Việt Nam (VOV) và UBND Nghệ An đã ký kết": past the first party's short form.
            if keys[index + 1] != "hợp", subject.start > range.lowerBound + 1, keys[subject.start - 1] == "và",
                let first = partyEnding(at: subject.start - 1, in: range), first.mention.type == .organization
            {
                add(first.index, .signedWith, subject.index, at: index, rule: "ky-ket-coordinated")
                return
            }
        }
        var cursor = index
        // Only where "giữa" follows the verb closely, in its clause: a "giữa" further on opens another clause's parties
        // ("lễ ký kết, … sự phối hợp giữa A và B").
        while cursor < range.upperBound, cursor - index <= 12, ![",", ":", "giữa"].contains(keys[cursor]) { cursor += 1 }
        guard cursor < range.upperBound, keys[cursor] == "giữa" else { return }
        let parties = partiesAfterBetween(at: cursor, types: [.organization], list: true, in: range)
        for party in parties.dropFirst() {
            add(parties[0].index, .signedWith, party.index, at: index, rule: "ky-ket-giua")
        }
    }

    /// The parties after "giữa" at `index`: the first, any more after commas ("giữa A, B, C và D"), then the one after
    /// "và" or "với" that closes them and, when `list`, more after commas — "giữa Thủ tướng Nhật Bản A và Thủ tướng New
    /// Zealand B", "giữa Sở Xây dựng (cơ quan nhà nước có thẩm quyền) và Tập đoàn A (Nhà đầu tư), Công ty B (Doanh
    /// nghiệp dự án)": titles before each party and a role or short form in parentheses after it are passed over.
    /// Fewer than two parties when the phrase names fewer.
    private func partiesAfterBetween(at index: Int, types: Set<EntityType>, list: Bool, in range: Range<Int>) -> [MentionLayout.Placed] {
        guard index + 1 < range.upperBound,
            let first = layout.starting(at: skipPartyPrefix(from: index + 1, in: range), types: types)
        else { return [] }
        var parties = [first]
        var after = pastParenthesis(from: first.end, in: range)
        // "giữa A, B, C và D": more parties after commas, when "và" closes the list — past a person's posts ("giữa ông A,
        // Phó Giám đốc Sở B với …" names one party before "với").
        if first.mention.type == .person { after = skipPosts(from: after, in: range) }
        while after + 1 < range.upperBound, keys[after] == ",",
            let party = layout.starting(at: skipPartyPrefix(from: after + 1, in: range), types: types)
        {
            parties.append(party)
            after = pastParenthesis(from: party.end, in: range)
            if party.mention.type == .person { after = skipPosts(from: after, in: range) }
        }
        guard after + 1 < range.upperBound, keys[after] == "và" || keys[after] == "với" else { return [first] }
        while after + 1 < range.upperBound, let party = layout.starting(at: skipPartyPrefix(from: after + 1, in: range), types: types) {
            parties.append(party)
            after = pastParenthesis(from: party.end, in: range)
            guard list, after < range.upperBound, keys[after] == "," || keys[after] == "và" else { break }
        }
        return parties
    }

    /// The token after a parenthesis that opens at `start` and closes within 15 tokens (a party's role, a short form);
    /// `start` itself when no parenthesis opens there.
    private func pastParenthesis(from start: Int, in range: Range<Int>) -> Int {
        guard start < range.upperBound, keys[start] == "(",
            let close = (start + 1..<min(start + 16, range.upperBound)).first(where: { keys[$0] == ")" })
        else { return start }
        return close + 1
    }

    /// The date of a sentence that opens with one ("Chiều 23/6, …").
    private func sentenceDate(in range: Range<Int>) -> String? {
        // A date among the sentence's first three tokens ("Chiều 23/6, …"), looked up by token, not by a scan of
        // every mention of the article.
        for token in range.lowerBound..<min(range.lowerBound + 3, range.upperBound) {
            if let date = layout.starting(at: token, types: [.date]) { return date.mention.attributes["iso"] }
        }
        return nil
    }

    func dateAttribute(_ mention: EntityMention) -> [String: String] {
        mention.attributes["date"].map { ["date": $0] } ?? [:]
    }
}
