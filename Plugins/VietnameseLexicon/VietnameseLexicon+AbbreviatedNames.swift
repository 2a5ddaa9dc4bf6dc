/// Known bodies are written with the abbreviations of their words as often as in full: "Ban Chấp hành TƯ", "Quân ủy
/// TƯ", "Ủy ban MTTQ Việt Nam tỉnh …". The lexicon keeps one spelling per body and derives these from the
/// abbreviations it knows.
extension VietnameseLexicon {
    /// The spellings of `name` with one run of its words written as an abbreviation of `abbreviations` (abbreviation →
    /// expansion): only expansions of two or more words that start with a capital ("Trung ương", "Mặt trận Tổ quốc"),
    /// each replaced wherever it stands as whole words in the name; the city's short forms are the gazetteer's.
    static func abbreviatedVariants(of name: String, abbreviations: [String: String]) -> [String] {
        var variants: [String] = []
        for (abbreviation, expansion) in abbreviations.sorted(by: { $0.key < $1.key })
        where expansion.contains(" ") && expansion.first?.isUppercase == true && !abbreviation.hasPrefix("TP") {
            let padded = " " + name + " "
            guard padded.contains(" " + expansion + " ") else { continue }
            let variant = padded.replacingOccurrences(of: " " + expansion + " ", with: " " + abbreviation + " ")
            variants.append(String(variant.dropFirst().dropLast()))
        }
        return variants
    }
}
