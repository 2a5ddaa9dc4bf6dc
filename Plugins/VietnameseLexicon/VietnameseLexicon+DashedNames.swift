/// Ministries are often written with dashes for their "và" and commas: "Bộ Tài nguyên - Môi trường", "Bộ Văn hóa -
/// Thể thao - Du lịch". The lexicon keeps one spelling per ministry and derives these.
extension VietnameseLexicon {
    /// The dashed spellings of a ministry's name ("Bộ X và Y" → "Bộ X - Y"; "Bộ X, Y và Z" → "Bộ X - Y và Z",
    /// "Bộ X - Y - Z"), or none for any other name.
    static func dashedVariants(of name: String) -> [String] {
        guard name.hasPrefix("Bộ "), name.contains(" và ") || name.contains(", "), !name.contains(" - ") else { return [] }
        let body = name.dropFirst(3)
        let parts = body.replacingOccurrences(of: ", ", with: "|").replacingOccurrences(of: " và ", with: "|")
            .split(separator: "|").map(String.init)
        guard parts.count >= 2 else { return [] }
        var variants = ["Bộ " + parts.joined(separator: " - ")]
        if parts.count > 2 {
            // "Bộ Văn hóa - Thể thao và Du lịch": the comma alone becomes a dash.
            variants.append("Bộ " + body.replacingOccurrences(of: ", ", with: " - "))
        }
        return variants
    }

    /// "Bộ Thông tin & Truyền thông", "Bộ Văn hóa, Thể thao & Du lịch": a name's "và" written as an ampersand,
    /// everywhere or only in the last place (the news writes both).
    static func ampersandVariants(of name: String) -> [String] {
        guard let last = name.range(of: " và ", options: .backwards) else { return [] }
        let everywhere = name.replacingOccurrences(of: " và ", with: " & ")
        let lastOnly = name.replacingCharacters(in: last, with: " & ")
        return everywhere == lastOnly ? [everywhere] : [everywhere, lastOnly]
    }
}
