import MekongPluginAPI
import VietnameseLexicon

/// The central committee of a mass organization, named by "Trung ương" before the organization's own name ("Trung ương
/// Hội Sinh viên Việt Nam", "Trung ương Hội Chữ thập đỏ Việt Nam"): a body of its own, part of the organization, which
/// is named inside it.
extension OrganizationGrammar {
    /// The heads of mass organizations that "Trung ương" may stand before.
    static let massOrganizationHeads: Set<String> = ["hội", "liên", "hiệp", "mặt", "đoàn", "tổng"]

    /// "Trung ương" at `index` and the mass organization parsed right after it, as one body with the organization
    /// nested; nil where the lexicon knows the whole name ("Trung ương Đảng", "Trung ương Đoàn …"), which the grammar
    /// reads as it is.
    func centralCommittee(at index: Int) -> ParsedOrganization? {
        guard index + 3 < keys.count, keys[index] == "trung", keys[index + 1] == "ương", document.tokens[index].isCapitalized,
            document.tokens[index + 1].kind == .word, Self.massOrganizationHeads.contains(keys[index + 2]),
            document.tokens[index + 2].isCapitalized, lexicon.organizations.longestMatch(in: keys, at: index) == nil,
            let inner = parse(at: index + 2, allowSubHeadAfterTitle: false), inner.start == index + 2, !inner.isShortForm
        else { return nil }
        var organization = inner
        organization.nested = []
        return ParsedOrganization(
            start: index, end: inner.end, canonicalName: "Trung ương " + inner.canonicalName,
            aliases: [text(index, inner.end)], isShortForm: false, nested: [organization], rule: "central-committee")
    }
}
