extension VietnameseLexicon {
    /// Punctuation and words no name of a body or a place holds: they end one name or open what the sentence says of
    /// it ("Trường Chinh ở làng Hành Thiện", "Bộ thì bà Cẩm", "… cán bộ đến BVĐK Thanh Bình"). The name tagger's
    /// vetting reads them.
    /// A colon ends one too: "Tổng công ty: DIC, Sông Hồng" lists bodies after their shared head.
    public static let nameBreakingWords: Set<String> = [
        ";", ":", "(", ")", "-", "–", "ở", "thì", "là", "tại", "đến", "từ", "theo", "cho", "nhưng", "mà",
    ]

    /// The words of a state award given to a body or a person ("trao tặng Học viện X Huân chương Bảo vệ Tổ quốc",
    /// "tặng Bằng khen cho Trường Y"): an award is no part of a body's name, so one ends the name before it.
    static let awardWords: [[String]] = [
        ["huân", "chương"], ["huy", "chương"], ["bằng", "khen"], ["cờ", "thi", "đua"], ["kỷ", "niệm", "chương"], ["huy", "hiệu"],
    ]

    /// Whether the name of a state award (``awardWords``) starts at `index` of `keys`.
    public static func startsAward(_ keys: [String], at index: Int) -> Bool {
        awardWords.contains { award in
            index + award.count <= keys.count && keys[index..<index + award.count].elementsEqual(award)
        }
    }

    /// Words a name the grammar ended is not carried over: a term ("Quốc hội khóa XIV") and the prepositions that open
    /// what the sentence says of the body ("Bộ Giao thông vận tải về cổ phần hóa Cảng Quy Nhơn").
    public static let nameCarryingStops: Set<String> = ["khóa", "về", "của", "tại", "với", "cho", "đến", "từ", "trên", "theo"]

    /// Words that name a street, a square or a facility before its name, which is often a district's too ("đường Ngô
    /// Quyền", "cảng Nghi Sơn", "sân bay Phù Cát").
    public static let facilityWords: Set<String> = ["đường", "phố", "ngõ", "hẻm", "quảng", "trường", "cầu", "chợ", "bến", "cảng", "bay", "ga"]

    /// Capitalized words that open the name of a site rather than of a territory ("Khu công nghiệp Nội Bài", "Chùa
    /// Hương", "Sông Hồng", "Thủ đô Hà Nội", "Phủ Chủ tịch"): a name they open is not a place of the gazetteer's kind.
    public static let siteWords: Set<String> = facilityWords.union([
        "khu", "chùa", "đền", "đình", "phủ", "thủ", "thành", "sông", "núi", "hồ", "đảo", "vịnh", "tòa", "sân",
        "khách", "tuyến", "dự", "công", "viên",
    ])

    /// The last words of memorials named after a person, with or without the person's title: "lăng Bác", "Lăng Chủ tịch
    /// Hồ Chí Minh", "tượng đài Tổng Bí thư Trần Phú". "tượng" and "đài" close a memorial only as `closesMemorial` reads.
    static let memorials: Set<String> = ["lăng", "tượng", "đài"]
    /// The words before "tượng" that make it a statue: "bức tượng", "pho tượng" — not "đối tượng", "hình tượng".
    static let statueCounters: Set<String> = ["bức", "pho"]

    /// Words after which a name is a thought, street, prize, decoration or year, not a person ("tư tưởng Hồ Chí Minh",
    /// "phong cách Hồ Chí Minh", "đường Nguyễn Huệ", "Huân chương Hồ Chí Minh", "Xuân Giáp Thìn").
    public static let nonPersonCues: Set<String> = memorials.union([
        "tưởng", "đường", "phố", "giải", "thưởng", "nghĩa", "tên", "mang", "cách", "xuân", "tết", "năm",
        "cầu", "chợ", "bến", "hẻm", "ngõ", "ngách", "lộ", "viên", "trường", "phường",
        // "xã Lý Thường Kiệt", "thị trấn Nguyễn Huệ": communes and towns named after a hero, as wards are.
        "xã", "trấn",
        // "khu vực Hàng Xanh", "các khu vực như: Hoàng Sa, Tôn Đức Thắng": an area named after its street.
        "vực",
        // "Huân chương", "Huy chương", "Kỷ niệm chương": an order or a medal named after a person.
        "chương",
        // "bệnh viện Bạch Mai", "học viện Nguyễn Văn Cừ": institutes and hospitals written in lower case.
        "viện",
        // "nước thải chảy ra biển Nguyễn Tất Thành": the shore named after its street.
        "biển",
    ]).union(schoolCues)

    /// The last word of a school's level ("THPT", "THCS", "Tiểu học", "Mầm non", "chuyên", "ĐH", "CĐ", "Cao đẳng"),
    /// after which a person's name is the school's own, even where the level is read as an acronym of its own or follows
    /// a title: "hiệu trưởng ĐH Tôn Đức Thắng", "THPT Chu Văn An", "đại học Tôn Đức Thắng" ("học" only after "đại",
    /// "trung", "tiểu" here: not "theo học").
    public static let schoolCues: Set<String> = ["thpt", "thcs", "học", "non", "chuyên", "ptth", "ptcs", "đh", "cđ", "đẳng"]

    /// The words before "học" that make it a school's word: "đại học", "trung học", "tiểu học".
    static let wordsBeforeSchoolHoc: Set<String> = ["đại", "trung", "tiểu"]

    /// The word a name or a list of names at `index` follows, over "như" and "như:": "phố" in "các phố như Tạ Hiện",
    /// "vực" in "khu vực như: Hoàng Sa, Tôn Đức Thắng". A memorial's word that closes no memorial ("lễ đài",
    /// "đối tượng") is no cue: "", nor is "viên" outside "công viên" ("thanh tra viên Nguyễn Văn Hùng").
    public static func nonPersonCue(before index: Int, _ keys: [String]) -> String {
        var cursor = index - 1
        if cursor >= 2, keys[cursor] == ":", keys[cursor - 1] == "như" { cursor -= 1 }
        if cursor >= 1, keys[cursor] == "như" { cursor -= 1 }
        guard cursor >= 0, !memorials.contains(keys[cursor]) || closesMemorial(at: cursor, keys) else { return "" }
        if keys[cursor] == "học", cursor == 0 || !wordsBeforeSchoolHoc.contains(keys[cursor - 1]) { return "" }
        // "công viên Lê Nin" is a park; "thanh tra viên", "chấp hành viên", "phóng viên" name a person's job.
        if keys[cursor] == "viên", cursor == 0 || keys[cursor - 1] != "công" { return "" }
        return keys[cursor]
    }

    /// Whether the name at `index` follows one of `nonPersonCues` ("đường Nguyễn Huệ", "các phố như Tạ Hiện").
    public static func isNonPersonCue(before index: Int, _ keys: [String]) -> Bool {
        nonPersonCues.contains(nonPersonCue(before: index, keys))
    }

    /// Whether the word at `index` closes a memorial's name: "lăng"; "đài" after "tượng" ("tượng đài"), not in "lễ đài"
    /// or "khán đài"; "tượng" after one of `statueCounters` ("bức tượng"), not in "đối tượng" or "hình tượng".
    public static func closesMemorial(at index: Int, _ keys: [String]) -> Bool {
        switch keys[index] {
        case "lăng": true
        case "đài": index > 0 && keys[index - 1] == "tượng"
        case "tượng": index > 0 && statueCounters.contains(keys[index - 1])
        default: false
        }
    }
}
