import Foundation
import MekongPluginAPI

/// The word lists the Vietnamese extractors share: family names, titles, organization heads, known
/// bodies, abbreviations and places. Loaded once per process from the target's resources.
public struct VietnameseLexicon: Sendable {
    /// The lexicon built from the bundled resources.
    public static let shared: VietnameseLexicon = {
        do { return try VietnameseLexicon(bundle: .module) } catch {
            // The resources are part of the build; their absence is a packaging bug, not a user error.
            fatalError("Mekong's Vietnamese lexicon could not be loaded: \(error)")
        }
    }()

    /// Lower-cased family names.
    public let surnames: Set<String>
    /// Lower-cased foreign given names (`foreign-given-names.txt`: the 1990 US Census's most frequent and a curated list
    /// of other languages'): one opens a foreign person's name that nothing else cues ("Donald Trump đã …").
    public let foreignGivenNames: Set<String>
    /// One-word heads of bodies that are family names too ("Đoàn"), as token keys.
    public let surnameHeads: Set<String>
    /// Titles, matched on lower-cased tokens; the payload is the title as the list writes it.
    public let titles: PhraseMatcher<String>
    /// Organization head nouns.
    public let heads: PhraseMatcher<OrganizationHeadClass>
    /// Known bodies: any of their names → the canonical name.
    public let organizations: PhraseMatcher<String>
    /// Places: the name (and "TP.HCM"-like forms) → the entry.
    public let places: PhraseMatcher<PlaceEntry>
    /// Foreign places smaller than a country, by name, with their unit ("city", "state", "province", "region"): the
    /// countries' rows whose third column says "city" ("Bắc Kinh", "Tokyo") and the rows of `foreign-places.tsv`
    /// ("Chicago", "Maryland", "Vân Nam"), so that "tại Bắc Kinh, Trung Quốc" chains the city into its country.
    public let foreignPlaceUnits: [String: String]
    /// Communes, wards and townships (the third level of units, before and after the 2025 reform: `communes.tsv`), by
    /// name → the kinds of unit that bear it ("commune", "ward", "township", "special zone"). Too many, and too many of
    /// their names are common words, to be read without a unit word; after one they say where the name ends
    /// ("phường Nguyễn Thái Học", named after a person; "xã Châu Hưng A"; "TT Sịa"). See ``unknownPlaceEnd(in:at:address:)``.
    public let communes: PhraseMatcher<Set<String>>
    /// The provinces of the districts that share a name ("Châu Thành" of ten provinces, "Tân Phú" of two), in the
    /// gazetteer's order, by the name as the gazetteer (and so ``PlaceEntry/name``) writes it: ``places`` holds the first
    /// of them only, so a bare such name does not say which province it lies in. See ``province(of:in:)``.
    let sharedDistrictProvinces: [String: [String]]
    /// Abbreviation (as written) → expansion.
    public let abbreviations: [String: String]
    /// Two-syllable words of organization names, lower-cased ("chính trị", "tổ chức").
    public let nameCompounds: Set<String>
    /// The name compounds that are also verbs ("tổ chức", "kiểm tra"): in lower case they continue a name
    /// only when more of it follows.
    public let verbalCompounds: Set<String>

    /// News outlets, by any of their names → the usual name. Taken only where the text cites an outlet.
    public let media: PhraseMatcher<String>

    /// Foreign companies and outlets named alone ("Facebook", "Reuters"), by any of their names → the canonical name.
    /// Taken only where the name stands alone, not inside another name.
    public let brands: PhraseMatcher<String>

    /// Documents known by name (`documents.tsv`): the laws, codes and ordinances by their titles with the type word
    /// ("luật đất đai", "bộ luật hình sự"), the Constitution and the Party's Charter, and the press's initials of the
    /// codes ("BLHS"), each → its title.
    public let knownDocuments: PhraseMatcher<String>

    /// What a person is, besides posts ("phi công vũ trụ", "anh hùng …", "nhà báo"), lower-cased: an item of these
    /// between commas after a name does not end the line of the name's posts.
    public let personDescriptors: PhraseMatcher<Bool>

    /// Lower-case words of a company's or an outlet's kind ("hãng tin", "quỹ đầu tư", "tập đoàn"), lower-cased: a foreign
    /// name right after one is a company's ("hãng hàng không Qatar Airways").
    public let companyKinds: PhraseMatcher<Bool>

    /// Verbs and adverbs of one or two syllables that carry a sentence on after a name ("khởi tố", "cho biết"):
    /// a name's lower-case words end before them.
    public let clauseVerbs: Set<String>
    /// The two-syllable `clauseVerbs`, first syllable → second syllables, for `isClauseVerb(_:_:)`.
    private let clauseVerbPairs: [String: Set<String>]

    /// Loads the lexicon from a bundle holding `Resources/*.tsv|txt`.
    public init(bundle: Bundle) throws {
        func lines(_ name: String, _ ext: String) throws -> [[String]] {
            guard let url = bundle.url(forResource: name, withExtension: ext, subdirectory: "Resources")
                ?? bundle.url(forResource: name, withExtension: ext)
            else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(name).\(ext)"]) }
            // One canonical composition of the whole file: tabs, line feeds and spaces compose with nothing, so this
            // is the composition of each field, at one Foundation call per file instead of one per field.
            return Self.rows(of: try String(contentsOf: url, encoding: .utf8).precomposedStringWithCanonicalMapping)
        }
        surnames = Set(try lines("surnames", "txt").map { $0[0].lowercased() })
        foreignGivenNames = Set(try lines("foreign-given-names", "txt").map { $0[0].lowercased() })

        var titles = PhraseMatcher<String>()
        for row in try lines("titles", "txt") { titles.add(row[0], row[0]) }
        self.titles = titles

        var heads = PhraseMatcher<OrganizationHeadClass>()
        var surnameHeads: Set<String> = []
        for row in try lines("organization-heads", "txt") where row.count >= 2 {
            heads.add(row[0], OrganizationHeadClass(rawValue: row[1]) ?? .body)
            let words = TokenKeys.split(row[0])
            if words.count == 1, surnames.contains(words[0]) { surnameHeads.insert(words[0]) }
        }
        self.heads = heads
        self.surnameHeads = surnameHeads

        var abbreviations: [String: String] = [:]
        for row in try lines("abbreviations", "tsv") where row.count >= 2 { abbreviations[row[0]] = row[1] }
        self.abbreviations = abbreviations
        let replaceable = Self.replaceableAbbreviations(abbreviations)

        var organizations = PhraseMatcher<String>()
        for row in try lines("organizations", "tsv") {
            var aliases = row.count > 1 ? row[1].split(separator: "|").map(String.init) : []
            // "Tập đoàn TKV", "Ngân hàng Vietcombank": the body's head before its acronym or its one-word brand names it too.
            let nameWords = row[0].split(separator: " ")
            if let head = heads.longestMatch(in: TokenKeys.split(row[0]), at: 0), head.length < nameWords.count {
                let headWords = nameWords.prefix(head.length).joined(separator: " ")
                aliases += aliases.filter { Self.isAcronym($0) || Self.isOneWordBrand($0) }.map { headWords + " " + $0 }
            }
            let written = [row[0]] + aliases
            for name in written + Self.dashedVariants(of: row[0])
                + written.flatMap({ Self.abbreviatedVariants(of: $0, replacing: replaceable) })
            {
                organizations.add(name, row[0])
                for variant in Self.ampersandVariants(of: name) { organizations.add(variant, row[0]) }
            }
        }
        self.organizations = organizations

        var places = PhraseMatcher<PlaceEntry>()
        var districtProvinces: [String: [String]] = [:]
        for row in try lines("places", "tsv") where row.count >= 3 {
            let province = row.count > 3 && !row[3].isEmpty ? row[3] : nil
            places.add(row[0], PlaceEntry(name: row[0], kind: row[1], fullName: row[2], province: province))
            if let province { districtProvinces[row[0], default: []].append(province) }
        }
        sharedDistrictProvinces = districtProvinces.filter { $0.value.count > 1 }
        var foreignPlaceUnits: [String: String] = [:]
        // Foreign places are read as countries are: never a place inside a body's name, no district of the gazetteer.
        // Their country is named as countries.tsv names it ("Úc" is "Australia"), so the countries come first.
        for file in ["countries", "foreign-places"] {
            for row in try lines(file, "tsv") {
                if row.count > 2, !row[2].isEmpty { foreignPlaceUnits[row[0]] = row[2] }
                let written = row.count > 3 && !row[3].isEmpty ? TokenKeys.split(row[3]) : []
                let known = places.longestMatch(in: written, at: 0).flatMap { $0.length == written.count ? $0.payload.name : nil }
                let country = written.isEmpty ? nil : known ?? row[3]
                let entry = PlaceEntry(name: row[0], kind: "country", fullName: row[0], province: nil, country: country)
                places.add(row[0], entry)
                if row.count > 1 { for alias in row[1].split(separator: "|") where !alias.isEmpty { places.add(String(alias), entry) } }
            }
        }
        for (spelling, name) in Self.placeSpellings {
            if let entry = places.longestMatch(in: TokenKeys.split(name), at: 0)?.payload { places.add(spelling, entry) }
        }
        let saigon = PlaceEntry(name: Self.hoChiMinhCity, kind: "province", fullName: Self.hoChiMinhCity, province: nil)
        for form in [Self.hoChiMinhCity, "TP.HCM", "TP HCM", "TPHCM", "TP. HCM", "TP Hồ Chí Minh", "TP. Hồ Chí Minh",
                     "TP.Hồ Chí Minh"]
        {
            places.add(form, saigon)
        }
        self.places = places
        self.foreignPlaceUnits = foreignPlaceUnits
        var communes = PhraseMatcher<Set<String>>()
        for row in try lines("communes", "tsv") where row.count >= 2 {
            communes.add(row[0], Set(row[1].split(separator: "|").map(String.init)))
        }
        self.communes = communes

        let compounds = try lines("name-compounds", "txt")
        nameCompounds = Set(compounds.map { $0[0].lowercased() })
        verbalCompounds = Set(compounds.filter { $0.count > 1 && $0[1] == "verbal" }.map { $0[0].lowercased() })

        var personDescriptors = PhraseMatcher<Bool>()
        for row in try lines("person-descriptors", "txt") { personDescriptors.add(row[0].lowercased(), true) }
        self.personDescriptors = personDescriptors
        var companyKinds = PhraseMatcher<Bool>()
        for row in try lines("company-kinds", "txt") { companyKinds.add(row[0].lowercased(), true) }
        self.companyKinds = companyKinds

        clauseVerbs = Set(try lines("clause-verbs", "txt").map { $0[0].lowercased() })
        var clauseVerbPairs: [String: Set<String>] = [:]
        for verb in clauseVerbs {
            let syllables = verb.split(separator: " ")
            if syllables.count == 2 { clauseVerbPairs[String(syllables[0]), default: []].insert(String(syllables[1])) }
        }
        self.clauseVerbPairs = clauseVerbPairs

        // A list of names and their other forms ("name<TAB>form|form"), each form → the name.
        func namesWithForms(_ name: String) throws -> PhraseMatcher<String> {
            var matcher = PhraseMatcher<String>()
            for row in try lines(name, "tsv") {
                matcher.add(row[0], row[0])
                if row.count > 1 { for alias in row[1].split(separator: "|") { matcher.add(String(alias), row[0]) } }
            }
            return matcher
        }
        media = try namesWithForms("media")
        brands = try namesWithForms("brands")
        knownDocuments = try namesWithForms("documents")
    }

    /// How many words long the head is that two bodies' names (token keys) both open with, or nil when they open with
    /// different heads — the whole head, not its first word: "Hội đồng …" and "Hội Nông dân" share none.
    public func sharedHeadLength(_ first: [String], _ second: [String]) -> Int? {
        guard let head = heads.longestMatch(in: first, at: 0), let other = heads.longestMatch(in: second, at: 0),
            head.length == other.length, first.prefix(head.length) == second.prefix(other.length)
        else { return nil }
        return head.length
    }

    /// The rows of a resource file: its lines split at tabs, each field without the spaces and tabs around it
    /// (tabs and Unicode's space separators); blank lines and lines whose first word opens with "#" left out.
    ///
    /// Read byte by byte (line feeds and tabs are bytes no multi-byte character contains): every `mekong` run reads some
    /// 14,000 lines, and in a debug build splitting them as Characters took a fifth of a second.
    static func rows(of text: String) -> [[String]] {
        let bytes = Array(text.utf8)
        /// The field `start..<end` without the tabs and Unicode space separators around it.
        func field(_ start: Int, _ end: Int) -> String {
            let scalars = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars
            func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
            guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
            else { return "" }
            return String(scalars[first...last])
        }
        var rows: [[String]] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var fields: [String] = []
            var fieldStart = lineStart
            for index in lineStart...lineEnd where index == lineEnd || bytes[index] == UInt8(ascii: "\t") {
                fields.append(field(fieldStart, index))
                fieldStart = index + 1
            }
            guard let first = fields.first(where: { !$0.isEmpty }), !first.hasPrefix("#") else { continue }
            rows.append(fields)
        }
        return rows
    }

    /// Whether `name` is a brand of one word that is no Vietnamese syllable: "Vietcombank", "Agribank", "Viettel".
    static func isOneWordBrand(_ name: String) -> Bool {
        name.count >= 4 && !name.contains(" ") && name.first?.isUppercase == true && !VietnameseSyllable.isVietnamese(name)
    }

    /// Whether `name` is an acronym: one word of two to eight capitals or digits, at least two of them capitals
    /// ("TKV", "EVN", "PVN").
    static func isAcronym(_ name: String) -> Bool {
        (2...8).contains(name.count) && name.allSatisfy { $0.isUppercase || $0.isNumber }
            && name.filter(\.isUppercase).count >= 2
    }

    /// Words before a body's name that make it a kind of body, not one body: "các Sở", "những Ban", "mọi cơ quan",
    /// "mỗi Sở", "từng Sở". After a head ("UBND các quận") they spread it over many territories.
    public static let manyBodiesWords: Set<String> = ["các", "những", "mọi", "mỗi", "từng"]

    /// The words after a body's name that make it a kind of body and no one body: "các cấp" ("Ủy ban MTTQ Việt Nam các
    /// cấp"), or any locality's ("thông báo tới Sở Công Thương tại địa bàn", "Sở Y tế địa phương", "Công an sở tại").
    public static let genericBodyTails: [[String]] = [
        ["các", "cấp"], ["tại", "địa", "bàn"], ["trên", "địa", "bàn"], ["địa", "phương"], ["sở", "tại"],
    ]

    /// Whether a body named in tokens `start..<end` of `keys` stands for a kind of body by the words around it: one of
    /// ``manyBodiesWords`` or "mô hình" before it, one of ``genericBodyTails`` after it, or a level ("cấp tỉnh") closing it. (A name
    /// that ends with the words of a tail is left alone: "Cục Công Thương địa phương" is one department.)
    public static func namesKindOfBody(_ keys: [String], start: Int, end: Int) -> Bool {
        if start > 0, manyBodiesWords.contains(keys[start - 1]) { return true }
        // "thực hiện mô hình Trung tâm Kiểm soát bệnh tật tuyến tỉnh", "theo mô hình Trung tâm Quốc tế Hỗn hợp": a model
        // of a body, which many may follow.
        if start > 1, keys[start - 2] == "mô", keys[start - 1] == "hình" { return true }
        // "UBND cấp tỉnh", "Ban Tuyển sinh quân sự cấp quận": a name closed by a level names the bodies of every unit of
        // it ("Tòa án nhân dân cấp cao" is one body: "cao" names no unit).
        if (start + 1..<end).contains(where: { level in
            keys[level] == "cấp" && (territoryUnitEnd(in: keys, at: level + 1, limit: end) == end
                || (level + 3 == end && keys[level + 1] == "cơ" && keys[level + 2] == "sở"))
        }) {
            return true
        }
        return genericBodyTails.contains { words in
            end + words.count <= keys.count && keys[end..<(end + words.count)].elementsEqual(words)
        }
    }

    /// Other spellings of places of the gazetteer, and the name each spells: "Thừa Thiên - Huế" is "Thừa Thiên Huế",
    /// and so is "TT-Huế", the province's name abbreviated as the press writes it ("tỉnh TT-Huế").
    public static let placeSpellings: [String: String] = [
        "Thừa Thiên - Huế": "Thừa Thiên Huế", "TT-Huế": "Thừa Thiên Huế", "TT - Huế": "Thừa Thiên Huế",
    ]

    /// Military and police ranks written before a name ("Thượng tướng Tô Lâm", "Đại tá Nguyễn Văn A"): no part of
    /// the body named before them. Token keys, two words each: the second words by the first.
    public static let ranks: [String: Set<String>] = [
        "đại": ["tướng", "tá", "úy"], "thượng": ["tướng", "tá", "úy"], "trung": ["tướng", "tá", "úy"],
        "thiếu": ["tướng", "tá", "úy"], "đô": ["đốc"],
    ]

    /// Whether a rank of ``ranks`` starts at `index` of `keys`.
    public static func rankStarts(in keys: [String], at index: Int) -> Bool {
        guard index + 1 < keys.count, let seconds = ranks[keys[index]] else { return false }
        return seconds.contains(keys[index + 1])
    }

    /// Capitalized words that open a clause ("Chiều nay", "Theo ông", "Kết thúc"): where crawlers glued
    /// two sentences without a full stop, a name ends before them.
    public let clauseOpeners: Set<String> = [
        "chiều", "sáng", "tối", "trưa", "hôm", "theo", "kết", "ông", "bà", "trong", "tại", "sau", "trước", "khi",
        "ngày", "với", "để", "về", "cụ", "thực", "phát", "năm", "tháng", "đây", "hiện", "tuy", "nhưng", "do", "vì",
        "từ", "đến", "qua", "cùng", "đồng", "này", "ảnh", "nguồn", "tin", "bài", "dưới", "báo", "đối", "ngoài", "nhà",
        "không", "thời", "nội", "khẳng", "chúng", "nhân", "trăn", "chủ",
        // "Cục Quản lý chất lượng Cũng theo …": a glued sentence that opens with "Cũng".
        "cũng",
    ]

    /// Lower-case words that never complete a capitalized word inside a name or a title: function words and the verbs that
    /// follow a body's name in news ("Cục Y đã", "Trung tâm Hà Nội tiếp nhận").
    public let wordBoundaries: Set<String> = [
        "đã", "đang", "sẽ", "vừa", "mới", "và", "với", "của", "cho", "tại", "ở", "là", "có", "được", "bị", "về", "trong",
        "theo", "đến", "từ", "để", "thì", "mà", "cũng", "còn", "không", "chưa", "đều", "này", "đó", "kia", "nay", "các",
        "những", "một", "cùng", "do", "bởi", "nên", "thuộc", "gồm", "trên", "dưới", "sau", "trước", "khi", "nhưng", "hay",
        "hoặc", "như", "ra", "vào", "lên", "xuống", "qua", "lại", "đi", "nói", "tiếp", "thăm", "họp", "trao", "gửi",
        "ký", "làm", "tổ", "phối", "tiến", "tham", "chỉ", "yêu", "đề", "kiến", "công", "báo", "tặng", "nhận",
        "đưa", "xin", "ban", "quyết", "thông", "triển", "thực", "phát", "xây", "chủ", "đạt", "tăng", "giảm", "vẫn",
        "rất", "đây", "ấy", "nhằm", "nhất", "hơn", "cả", "thêm", "tới", "năm", "tháng", "ngày", "sáng", "chiều", "tối",
        "số", "kỳ", "khóa", "thứ", "lần", "nhiều", "ít", "mỗi", "mọi", "toàn", "tự", "liên", "tiếng", "người", "ông", "bà",
        "mang", "nêu", "nhậm",
    ]

    /// Whether the capitalized word at `index` of `keys` opens a clause: one of ``clauseOpeners``, except a
    /// word that opens a clause only in one compound ("Thực hiện", not "Thực vật" of "Cục Bảo vệ Thực vật";
    /// "Đồng chí", not "Đồng Tháp"), and never the first word of a place of two or more words the gazetteer knows
    /// ("Đồn Biên phòng Tuy Đức", "huyện Năm Căn").
    public func opensClause(_ keys: [String], at index: Int) -> Bool {
        guard index < keys.count, clauseOpeners.contains(keys[index]) else { return false }
        if let place = places.longestMatch(in: keys, at: index), place.length >= 2 { return false }
        guard Self.openerCompounds[keys[index]] != nil else { return true }
        // "Quy chế làm việc của Chủ tịch UBND tỉnh": a post after a function word goes on with the phrase; only one glued
        // to a name opens what follows it.
        if keys[index] == "chủ", index > 0, wordBoundaries.contains(keys[index - 1]) { return false }
        return opensClauseWithNextWord(keys, at: index)
    }

    /// Openers that open a clause only with one of these second words.
    private static let openerCompounds: [String: Set<String>] = [
        "thực": ["hiện", "tế"], "đồng": ["chí", "thời"],
        // "Phát biểu tại …", not "Thịnh Phát" closing a company's name.
        "phát": ["biểu", "hiện", "động", "triển", "huy", "sinh", "đi", "ra"],
        // "… vụ Lê Duy Phong Báo cáo tại phiên họp", "Đối với …", "Ngoài ra, …", "Nhà tôi …": never a given name.
        "báo": ["cáo"], "đối": ["với"], "ngoài": ["ra"], "nhà": ["tôi"],
        // "Tổng Giám đốc Đặng Thanh Hải Không thể bỏ qua …": a headline glued on.
        "không": ["thể", "chỉ", "có", "được", "phải", "nên", "để", "ai", "còn", "cho"],
        // "… Báo Người Lao Động Thời điểm cắm mốc …", "… Ủy ban Dân tộc Nội dung chất vấn …": not "Thời báo", "Ban Nội chính".
        "thời": ["gian", "điểm", "hạn"], "nội": ["dung"],
        // "Ảnh: VGP/Lê Sơn Khẳng định quyết tâm …": a caption glued to the next sentence.
        "khẳng": ["định"],
        // "Tổng cục trưởng … Nguyễn Văn Tuấn Chúng tôi cũng …", "… Chất lượng Nhân dịp này, …", "Đại biểu … Hoàng
        // Quang Hàm Trăn trở về …": a quote or a sentence glued on, not "Chúng", "Nhân" as a given name.
        "chúng": ["tôi", "ta"], "nhân": ["dịp"], "trăn": ["trở"],
        // "… tân Bí thư TP.HCM Nguyễn Thiện Nhân Chủ tịch Quốc hội …": a caption's next post glued on.
        "chủ": ["tịch", "nhiệm"],
    ]

    /// Whether the word at `index` of `keys` opens a clause together with the word after it ("Phát biểu", "Đồng chí"),
    /// though it may be a given name on its own ("Phát", "Đồng").
    public func opensClauseWithNextWord(_ keys: [String], at index: Int) -> Bool {
        guard index + 1 < keys.count, let compound = Self.openerCompounds[keys[index]] else { return false }
        return compound.contains(keys[index + 1])
    }

    /// Whether a title of the lexicon ("Vụ trưởng", "Tổng thống") ends right before `index` of `keys`, or, with
    /// `gap`, before up to that many more tokens none of which is a conjunction, a preposition or punctuation
    /// (room for a country's formal name: "Tổng thống Hợp chúng quốc | Hoa Kỳ").
    public func titleEnds(before index: Int, in keys: [String], gap: Int = 0) -> Bool {
        guard index <= keys.count else { return false }
        for titleEnd in stride(from: index, through: max(1, index - gap), by: -1) {
            let endsHere = (max(0, titleEnd - 5)..<titleEnd).contains { start in
                titles.longestMatch(in: keys, at: start).map { start + $0.length == titleEnd } ?? false
            }
            if endsHere { return true }
            guard !Self.gapBreakers.contains(keys[titleEnd - 1]) else { return false }
        }
        return false
    }

    /// Tokens that end the room between a title and what it governs.
    private static let gapBreakers: Set<String> = ["và", "với", "của", ",", ".", "(", ")"]

    /// The city whose name keeps its unit word ("Thành phố Hồ Chí Minh": "Hồ Chí Minh" alone is the person).
    public static let hoChiMinhCity = "Thành phố Hồ Chí Minh"
    /// The gazetteer's name of that city without its unit word.
    public static let hoChiMinhBare = "Hồ Chí Minh"

    /// The name a place goes by: the gazetteer's, except the city whose unit word belongs to its name.
    public static func placeName(_ gazetteerName: String) -> String {
        gazetteerName == hoChiMinhBare ? hoChiMinhCity : gazetteerName
    }

    /// Whether `place` is a country itself, not a foreign city, state or province that the gazetteer reads as countries
    /// are ("Austin", "London", "Vân Nam": their kind is `country` too, their unit their own).
    public func isCountry(_ place: PlaceEntry) -> Bool {
        place.kind == "country" && unit(of: place) == "country"
    }

    /// The unit a mention of a gazetteer place carries in its `unit` attribute: a foreign place's own ("city" for "Bắc
    /// Kinh", "state" for "Maryland") and `country` for a country, whatever is written before them; else the unit word
    /// written before the name (`written`: "city" for "thành phố Yên Bái"), or without one the gazetteer's kind,
    /// `district` or `province`.
    public func unit(of place: PlaceEntry, written: String? = nil) -> String {
        if let unit = foreignPlaceUnits[place.name] { return unit }
        if place.kind == "country" { return "country" }
        return written ?? (place.kind == "district" ? "district" : "province")
    }

    /// The provinces a district of `place`'s name lies in: its own, or for a name several provinces' districts share
    /// ("Châu Thành") all of theirs, in the gazetteer's order. Empty for a province or a country.
    public func provinces(ofDistrict place: PlaceEntry) -> [String] {
        guard let province = place.province else { return [] }
        return sharedDistrictProvinces[place.name] ?? [province]
    }

    /// The province a district of `place`'s name lies in, as `text` tells it: its own, or for a name several provinces'
    /// districts share the one of them `text` names; nil when it names none or several of them (abstaining rather
    /// than guessing the first), and for a province or a country.
    public func province(of place: PlaceEntry, in text: String) -> String? {
        let candidates = provinces(ofDistrict: place)
        guard candidates.count > 1 else { return candidates.first }
        let named = candidates.filter { text.contains($0) }
        return named.count == 1 ? named[0] : nil
    }

    /// Whether a lower-cased token is a family name.
    public func isSurname(_ key: String) -> Bool { surnames.contains(key) }

    /// Whether the keys `first` then `second` are one of the two-syllable `clauseVerbs` ("cho biết"), read without
    /// joining them into one string.
    public func isClauseVerb(_ first: String, _ second: String) -> Bool {
        clauseVerbPairs[first]?.contains(second) == true
    }

    /// Words that refer to a person or address one, before a name or alone ("Anh Trần Văn Diệu", "Anh có thể …"):
    /// "Anh" is also England, so a sentence that opens with it speaks of a man.
    public static let personPronouns: Set<String> = ["ông", "bà", "anh", "chị", "cô", "em", "chú", "bác", "cậu"]

    /// Words of a business's legal form, which follow its head ("công ty TNHH", "công ty cổ phần", "Cty CP", "TNHH MTV"),
    /// as token keys of one or two words.
    public static let companyLegalForms: Set<String> = ["tnhh", "cp", "cổ phần", "mtv"]

    /// Whether `code` is a police department's code as written ("PC47", "PA71", "PK20E", "PC54"): "P", the branch's
    /// letter, two digits and sometimes a letter.
    public static func isPoliceDepartmentCode(_ code: String) -> Bool {
        let scalars = Array(code.unicodeScalars)
        return (4...5).contains(scalars.count) && scalars[0] == "P" && "ACKXVH".unicodeScalars.contains(scalars[1])
            && ("0"..."9").contains(scalars[2]) && ("0"..."9").contains(scalars[3])
            && (scalars.count == 4 || ("A"..."Z").contains(scalars[4]))
    }

    /// Whether the "và" at `index` of `keys` joins the two sizes of "nhỏ và vừa" (small and medium-sized) or "vừa và
    /// nhỏ", one term of a name ("Luật Hỗ trợ doanh nghiệp nhỏ và vừa", "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam").
    public static func joinsSizePair(_ keys: [String], at index: Int) -> Bool {
        guard index >= 1, index + 1 < keys.count, keys[index] == "và" else { return false }
        return (keys[index - 1] == "nhỏ" && keys[index + 1] == "vừa") || (keys[index - 1] == "vừa" && keys[index + 1] == "nhỏ")
    }

    /// Legal forms written out in full, as token keys ("Công ty trách nhiệm hữu hạn X" is "Công ty TNHH X"): words of the
    /// company's name, whatever their case.
    public static let spelledCompanyLegalForms: [[String]] = [["trách", "nhiệm", "hữu", "hạn"], ["một", "thành", "viên"]]

    /// Words whose first syllable is an organization's head but which name no body, as token keys: "Trường hợp …" (in
    /// the case), "Ban đầu" (at first), "Sở hữu" (property), "Cục bộ" (local), "Đoàn kết" (unity), "Hội trường" (a hall),
    /// "Ban hành" (to issue), "Đoàn viên" (a member).
    public static let headWordCompounds: Set<String> = [
        "trường hợp", "ban đầu", "ban ngày", "sở hữu", "sở dĩ", "cục bộ", "đoàn kết", "hội tụ", "hội trường", "ban hành",
        "đoàn viên", "hội viên",
    ]

    /// Whether the tokens at `index` open one of ``headWordCompounds`` (its second syllable in lower case: "Hội Trường
    /// Sơn" is an association), so that the head there opens no body.
    public static func opensHeadWordCompound(in document: Document, at index: Int) -> Bool {
        let keys = document.tokenKeys
        return index + 1 < keys.count && !document.tokens[index + 1].isCapitalized
            && headWordCompounds.contains(keys[index] + " " + keys[index + 1])
    }

    /// Academic and professional titles abbreviated before a name, as token keys ("PGS.TS Nguyễn Mai Hương", "ThS. Lê
    /// Văn A", "BS Trần B"): written in capitals (or "ThS"), they open a person's name and end a body's before it.
    public static let academicTitles: Set<String> = ["gs", "pgs", "ts", "ths", "tskh", "bs", "bsck", "ds", "ks", "ls", "nsnd", "nsưt"]

    /// Whether the token at `index` is one of ``academicTitles`` written as an abbreviation (in capitals, or "ThS").
    public static func isAcademicTitle(in document: Document, at index: Int) -> Bool {
        let token = document.tokens[index]
        return academicTitles.contains(document.tokenKeys[index]) && (token.isAllCaps || token.text == "ThS")
    }

    /// Whether the one-word place at `index` names a person or is a word of a compound instead: a pronoun opening a
    /// sentence ("Anh làm hình ảnh như vậy") or before "hùng" ("Anh hùng lao động"), or a given name after a
    /// pronoun ("bà Nga", "ông Đức").
    public func isPersonWordNotPlace(_ document: Document, at index: Int, keys: [String]) -> Bool {
        if index > 0, Self.personPronouns.contains(keys[index - 1]) { return true }
        guard Self.personPronouns.contains(keys[index]) else { return false }
        return document.startsSentence[index] || (index + 1 < keys.count && keys[index + 1] == "hùng")
    }

    /// Whether `place` (a gazetteer name, "Hà Nội" or "Thành phố Hồ Chí Minh") is a centrally-run city: a
    /// province-level unit with no "tỉnh" bodies, so that a bare "UBND tỉnh" in an article about it is no body
    /// of it.
    public func isCentralCity(_ place: String) -> Bool {
        let words = TokenKeys.split(place)
        guard let match = places.longestMatch(in: words, at: 0), match.length == words.count else { return false }
        return match.payload.kind == "province" && match.payload.fullName.hasPrefix("Thành phố")
    }
}
