import VietnameseLexicon

/// How high a body stands in the state and Party hierarchy, read from the head of its name: a unit ("Phòng",
/// "Khoa") belongs to a department ("Vụ", "Cục", "Trung tâm"), which belongs to a general department or a
/// provincial department ("Tổng cục", "Sở"), which belongs to a ministry, a central board, a people's committee
/// or a state group. Only the order matters: "Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ" names a department of
/// the ministry after it because the ministry stands higher.
enum UnitLevel {
    /// The level of a body by its canonical name, or nil for bodies whose place in a hierarchy the head does not
    /// tell (a party committee, a school, an association).
    static func of(_ name: String) -> Int? {
        let words = TokenKeys.split(name)
        guard let first = words.first else { return nil }
        let second = words.count > 1 ? words[1] : ""
        switch first {
        case "phòng", "khoa", "tổ", "trạm", "đội": return 1
        case "chi": return ["cục", "nhánh"].contains(second) ? 1 : nil
        case "vụ", "cục", "viện", "thanh": return first == "thanh" && second != "tra" ? nil : 2
        case "trung": return second == "tâm" ? 2 : nil
        case "văn": return second == "phòng" && words.count > 2 ? 2 : nil
        case "tổng":
            if second == "cục" { return 3 }
            return second == "công" ? 4 : nil
        case "sở": return 3
        case "bộ":
            // Not "Bộ Chính trị", "Bộ đội …", "Bộ Chỉ huy …", "Bộ Tư lệnh …".
            return ["chính", "đội", "chỉ", "tư"].contains(second) ? nil : 4
        case "ban":
            // A central board ("Ban Tổ chức Trung ương") owns departments ("Vụ Địa phương I").
            return words.suffix(2) == ["trung", "ương"] ? 4 : nil
        case "tập": return second == "đoàn" ? 4 : nil
        case "ủy", "ubnd": return name.hasPrefix("Ủy ban nhân dân") || first == "ubnd" ? 4 : nil
        default: return nil
        }
    }
}
