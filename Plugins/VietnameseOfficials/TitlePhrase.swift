import MekongPluginAPI
import VietnameseLexicon

/// A title as written before or after a name: "Phó Bí thư Thường trực", "nguyên Bí thư", "Quyền Giám đốc".
struct TitlePhrase {
    /// First token of the phrase (a time word included).
    var start: Int
    /// Token after the phrase.
    var end: Int
    /// The post without time words ("nguyên", "cựu", "tân") and without the organization.
    var title: String
    /// "nguyên"/"cựu"/"từng" when the post was held in the past.
    var past: Bool

    static let timeWords: Set<String> = ["nguyên", "cựu", "tân", "từng"]
    /// Words after a title that belong to it: "Phó Bí thư Thường trực", "Phó Giám đốc phụ trách", "Phó Trưởng đoàn
    /// chuyên trách" (full-time).
    static let qualifiers: [[String]] = [["thường", "trực"], ["phụ", "trách"], ["chuyên", "trách"]]

    /// Reads a title phrase starting at `index`.
    static func read(_ document: Document, _ keys: [String], at index: Int, lexicon: VietnameseLexicon) -> TitlePhrase? {
        var cursor = index
        var past = false
        if cursor < keys.count, timeWords.contains(keys[cursor]) {
            past = keys[cursor] != "tân"
            cursor += 1
        }
        let titleStart = cursor
        // "Phó ban" is a title of its own, read whole; otherwise "Phó"/"Quyền" qualify the title after them.
        let whole = lexicon.titles.longestMatch(in: keys, at: titleStart).map { titleStart + $0.length }
        while cursor < keys.count, keys[cursor] == "phó" || keys[cursor] == "quyền" { cursor += 1 }
        let qualified = lexicon.titles.longestMatch(in: keys, at: cursor).map { cursor + $0.length }
        // "Phó" alone before a body ("Phó Ban …") is not a title here.
        guard let end = [whole, qualified].compactMap({ $0 }).max() else { return nil }
        cursor = end
        for qualifier in qualifiers where cursor + qualifier.count <= keys.count
            && Array(keys[cursor..<cursor + qualifier.count]) == qualifier
        {
            cursor += qualifier.count
            break
        }
        let span = TextSpan(start: document.tokens[titleStart].span.start, end: document.tokens[cursor - 1].span.end)
        return TitlePhrase(start: index, end: cursor, title: document.text(span), past: past)
    }

    /// The title phrase that ends exactly at token `end` (searching a few tokens back), if any.
    static func ending(at end: Int, _ document: Document, _ keys: [String], lexicon: VietnameseLexicon, slack: Int = 0)
        -> TitlePhrase?
    {
        var best: TitlePhrase?
        for start in stride(from: end - 1, through: max(0, end - 7), by: -1) {
            if let phrase = read(document, keys, at: start, lexicon: lexicon), phrase.end >= end, phrase.end <= end + slack {
                best = phrase
            }
        }
        return best
    }
}
