import MekongPluginAPI

extension VietnameseLexicon {
    /// Whether the country the lexicon reads from token `start` to `end` is here no place: a language ("tiếng Anh,
    /// tiếng Nga", not "nhà văn nổi tiếng Nga"), the first syllable of a word ("Pháp lệnh Người có công", "pháp luật"),
    /// a canal named after it ("mương Nhật Bản"), a word of the state's honorary title for a mother of martyrs ("Bà mẹ
    /// Việt Nam anh hùng"), or a photographer's name in a credit ("Ảnh: Anh Nguyễn").
    ///
    /// The place extractor and the name tagger's vetting both read it, so that what the grammar refuses the tagger
    /// does not bring back.
    public static func countryIsNoPlace(in document: Document, from start: Int, to end: Int) -> Bool {
        let keys = document.tokenKeys
        guard start > 0 else { return false }
        let before = keys[start - 1]
        if before == "tiếng", start < 2 || !["nổi", "danh"].contains(keys[start - 2]) { return true }
        if end == start + 1, end < keys.count, countryWords[keys[start]]?.contains(keys[end]) ?? false { return true }
        // Not "kênh", which is also a channel of talks: "qua kênh Trung Quốc".
        if before == "mương" || before == "rạch" { return true }
        if before == "mẹ", end + 1 < keys.count, keys[end] == "anh", keys[end + 1] == "hùng" { return true }
        if start >= 2, before == ":", keys[start - 2] == "ảnh", end < keys.count {
            return document.tokens[end].kind == .word && document.tokens[end].isCapitalized
        }
        return false
    }

    /// Countries of one syllable that open Sino-Vietnamese words: "Pháp lệnh", "pháp luật", "pháp lý" (not "nhân" or
    /// "định", which follow the country too: "Đại sứ Pháp nhân dịp …", "người Pháp định cư").
    static let countryWords: [String: Set<String>] = ["pháp": ["lệnh", "luật", "lý", "quyền", "chế"]]
}
