import MekongCore

/// The comparison keys of the gold scoring rules: names by ``NameNormalizer/key(_:)``, documents also by
/// symbol ("Quy định số 11-QĐ/TW" = "11-QD/TW").
enum NameMatchKey {
    static let documentTypeWords = [
        "quy định", "quyết định", "nghị quyết", "chỉ thị", "kết luận", "hướng dẫn", "đề án", "kế hoạch", "thông báo",
        "nghị định", "thông tư", "công văn", "văn bản", "chương trình", "thông tri", "tờ trình", "báo cáo", "quy chế",
    ]

    static func keys(type: String, names: [String]) -> Set<String> {
        var keys = Set(names.map(NameNormalizer.key))
        if type == EntityType.document.rawValue {
            for name in names { keys.insert(documentKey(name)) }
        }
        return keys
    }

    static func documentKey(_ name: String) -> String {
        var key = NameNormalizer.key(name)
        for word in documentTypeWords where key.hasPrefix(word + " ") {
            key = String(key.dropFirst(word.count + 1))
            break
        }
        if key.hasPrefix("số ") { key = String(key.dropFirst(3)) }
        return "doc:" + key.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "đ", with: "d")
    }

    /// A title without leading time or acting words, compared by key.
    static func title(_ title: String?) -> String {
        var words = NameNormalizer.key(title ?? "").split(separator: " ").map(String.init)
        while let first = words.first, ["nguyên", "cựu", "tân", "quyền"].contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
