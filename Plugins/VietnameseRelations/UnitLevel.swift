import VietnameseLexicon

/// How high a body stands in the state and Party hierarchy, read from the head of its name: a unit ("Phòng",
/// "Khoa") belongs to a department ("Vụ", "Cục", "Trung tâm", a school, a Party committee of an agency), which
/// belongs to a general or provincial department ("Tổng cục", "Sở", an academy), which belongs to a ministry, a
/// central board, a people's committee, a provincial Party committee or a state group, which belong to the
/// Government, the National Assembly or the Central Committee. Only the order matters: "Vụ trưởng Vụ Tổ chức cán
/// bộ, Bộ Nội vụ" and "Vụ A - Bộ B" name a department of the ministry after it because the ministry stands higher.
enum UnitLevel {
    /// The level of a body by its canonical name, or nil for bodies whose place in a hierarchy the head does not
    /// tell (an association, a company, "Bộ Chính trị").
    static func of(_ name: String) -> Int? {
        let words = TokenKeys.split(name)
        guard let first = words.first else { return nil }
        let second = words.count > 1 ? words[1] : ""
        let head = first + " " + second
        // "Văn phòng Chính phủ", "Thanh tra Chính phủ", "Văn phòng Quốc hội": the office or inspectorate of a highest
        // body stands as high as a ministry, above the departments it owns ("Cục Quản trị, Văn phòng Chính phủ").
        if ["văn phòng", "thanh tra"].contains(head), highestBodies.contains(Array(words.dropFirst(2))) { return 4 }
        if let level = twoWordHeads[head] { return level }
        // The police's departments by their codes: a provincial police's "PC44", "PA71" (a unit of "Công an tỉnh").
        if words.count == 1, VietnameseLexicon.isPoliceDepartmentCode(first.uppercased()) { return 1 }
        switch first {
        case "phòng", "khoa", "tổ", "trạm", "đội": return 1
        case "vụ", "cục", "viện", "trường", "báo", "quỹ": return 2
        case "sở": return 3
        case "bộ":
            // Not "Bộ Chính trị", "Bộ đội …", "Bộ Chỉ huy …".
            return ["chính", "đội", "chỉ"].contains(second) ? nil : 4
        case "ban":
            // A central board ("Ban Tổ chức Trung ương") owns departments ("Vụ Địa phương I"); other boards are units.
            if second == "chấp" { return 5 }
            return words.suffix(2) == ["trung", "ương"] ? 4 : 2
        case "ủy":
            guard second == "ban" else { return nil }
            return words.count > 3 && words[2] == "nhân" && words[3] == "dân" ? 4 : 2
        case "ubnd": return 4
        default: return nil
        }
    }

    /// Whether `inner` is a part of the university or academy `outer` by their heads alone: a faculty, department,
    /// institute or centre ("Khoa", "Bộ môn", "Phòng", "Viện", "Trung tâm") belongs to a school or an academy
    /// ("Trường …", "Học viện …"), and a school or any of those to a university of several schools ("Đại học Quốc
    /// gia Hà Nội", "Đại học Huế"). ``of(_:)`` ranks an institute beside a school and a school below an academy, as
    /// the state's hierarchy does, which the chain "Viện Cơ khí Động lực, Trường Đại học Bách khoa Hà Nội" needs
    /// otherwise.
    static func isAcademicPart(_ inner: String, of outer: String) -> Bool {
        guard let innerRank = academicRank(TokenKeys.split(inner), asPart: true),
            let outerRank = academicRank(TokenKeys.split(outer), asPart: false)
        else { return false }
        return innerRank < outerRank
    }

    /// 3 for a university of several schools, 2 for a school or an academy, 1 (as a part only) for a faculty,
    /// department, institute or centre; nil for any other head.
    private static func academicRank(_ words: [String], asPart: Bool) -> Int? {
        if words.starts(with: ["đại", "học"]) { return 3 }
        if words.starts(with: ["trường"]) || words.starts(with: ["học", "viện"]) { return 2 }
        guard asPart else { return nil }
        if words.starts(with: ["viện", "hàn"]) { return nil }
        if ["khoa", "phòng", "viện"].contains(words.first ?? "") || words.starts(with: ["bộ", "môn"])
            || words.starts(with: ["trung", "tâm"])
        {
            return 1
        }
        return nil
    }

    /// The names of the highest bodies, whose offices and inspectorates rank as ministries.
    private static let highestBodies: Set<[String]> = [
        ["chính", "phủ"], ["quốc", "hội"], ["trung", "ương"], ["trung", "ương", "đảng"], ["chủ", "tịch", "nước"],
    ]

    /// Heads of two words, which the first word alone would misread ("Văn phòng", "Tổng cục", "Học viện").
    private static let twoWordHeads: [String: Int] = [
        "chi cục": 1, "chi nhánh": 1, "bộ môn": 1,
        "văn phòng": 2, "trung tâm": 2, "thanh tra": 2, "đảng ủy": 2, "đảng đoàn": 2, "bệnh viện": 2, "tạp chí": 2,
        "nhà xuất": 2, "hội đồng": 2, "công ty": 2,
        "tổng cục": 3, "học viện": 3, "đại học": 3, "công an": 3,
        "tập đoàn": 4, "tổng công": 4, "đài truyền": 4, "đài tiếng": 4, "tỉnh ủy": 4, "thành ủy": 4, "ngân hàng": 4, "viện hàn": 4, "bộ tư": 4,
        "quốc hội": 5, "chính phủ": 5, "trung ương": 5,
    ]
}
