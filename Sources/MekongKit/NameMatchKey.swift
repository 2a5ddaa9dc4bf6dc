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

    /// The type words and "số" in key form: keys compare only with keys (the tone mark sits at a
    /// syllable's end in a key).
    static let documentTypeKeys = documentTypeWords.map { NameNormalizer.key($0).split(separator: " ").map(String.init) }
    static let numberWordKey = NameNormalizer.key("số")
    static let titlePrefixKeys = Set(["nguyên", "cựu", "tân", "quyền"].map(NameNormalizer.key))

    static func documentKey(_ name: String) -> String {
        var words = NameNormalizer.key(name).split(separator: " ").map(String.init)
        for typeWords in documentTypeKeys where words.count > typeWords.count && words.starts(with: typeWords) {
            words.removeFirst(typeWords.count)
            break
        }
        if words.first == numberWordKey { words.removeFirst() }
        return "doc:" + words.joined().replacingOccurrences(of: "đ", with: "d")
    }

    /// A title without leading time or acting words, compared by key.
    static func title(_ title: String?) -> String {
        var words = NameNormalizer.key(title ?? "").split(separator: " ").map(String.init)
        while let first = words.first, titlePrefixKeys.contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
