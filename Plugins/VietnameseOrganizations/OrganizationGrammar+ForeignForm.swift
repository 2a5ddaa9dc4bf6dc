import MekongPluginAPI
import VietnameseLexicon

/// Companies named with an English legal form closing the name, no Vietnamese head before it: "Tổng Giám đốc Trung Nam
/// Group", "FLC Group", "Hòa Bình Corporation".
extension OrganizationGrammar {
    /// English words that close a company's name ("Group", "Corporation", "Holdings", "JSC").
    static let foreignCompanyForms: Set<String> = ["group", "corporation", "corp", "holdings", "jsc"]

    /// The company whose name starts at `index` and ends with an English legal form: one to four capitalized words,
    /// the first of them opening the capitalized run, then the form. Nil otherwise.
    func companyNamedByForeignForm(at index: Int) -> ParsedOrganization? {
        let tokens = document.tokens
        /// "T&T", "H&M": an ampersand glued between two capitalized words joins them into one.
        func gluedAmpersand(at position: Int) -> Bool {
            position > 0 && position + 1 < tokens.count && keys[position] == "&"
                && tokens[position - 1].span.end == tokens[position].span.start
                && tokens[position].span.end == tokens[position + 1].span.start && tokens[position + 1].isCapitalized
        }
        guard tokens[index].kind == .word, tokens[index].isCapitalized, !Self.foreignCompanyForms.contains(keys[index]),
            index == 0 || document.startsSentence[index] || !(tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized),
            !(index >= 2 && gluedAmpersand(at: index - 1))
        else { return nil }
        var end = index + 1
        while end < tokens.count, end - index <= 5, !document.startsSentence[end],
            (tokens[end].kind == .word && tokens[end].isCapitalized && !Self.foreignCompanyForms.contains(keys[end]))
                || gluedAmpersand(at: end)
        {
            end += 1
        }
        guard end < tokens.count, Self.foreignCompanyForms.contains(keys[end]), tokens[end].isCapitalized,
            !document.startsSentence[end]
        else { return nil }
        return ParsedOrganization(
            start: index, end: end + 1, canonicalName: text(index, end + 1), aliases: [], isShortForm: false, nested: [],
            rule: "foreign-form")
    }
}
