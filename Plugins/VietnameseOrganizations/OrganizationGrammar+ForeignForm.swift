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
        guard tokens[index].kind == .word, tokens[index].isCapitalized, !Self.foreignCompanyForms.contains(keys[index]),
            index == 0 || document.startsSentence[index] || !(tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized)
        else { return nil }
        var end = index + 1
        while end < tokens.count, end - index <= 3, tokens[end].kind == .word, tokens[end].isCapitalized,
            !document.startsSentence[end], !Self.foreignCompanyForms.contains(keys[end])
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
