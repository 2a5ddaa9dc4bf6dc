import MekongPluginAPI
import VietnameseLexicon

/// News outlets cited by name: "PV Dân trí", "Như Pháp Luật TP.HCM đã thông tin", "trả lời VietNamNet".
extension OrganizationGrammar {
    /// Words right before an outlet's name that cite it.
    static let mediaCuesBefore: Set<String> = [
        "báo", "tờ", "pv", "phóng", "viên", "theo", "với", "lời", "như", "của", "trên", "cho", "tin", "nguồn",
    ]
    /// Verbs after "đã"/"vừa" that say an outlet reported something.
    static let mediaReports: Set<String> = ["đưa", "phản", "thông", "đăng", "có", "nêu", "liên"]

    /// The outlet whose name starts at `index` where the text cites it, or nil.
    func mediaOutlet(at index: Int) -> ParsedOrganization? {
        guard document.tokens[index].isCapitalized else { return nil }
        // The cheap test first: a citing word before, or "đã"/"vừa" within the next few words.
        let citedBefore = index > 0 && !document.startsSentence[index] && Self.mediaCuesBefore.contains(keys[index - 1])
        guard citedBefore || (index + 1..<min(index + 6, keys.count)).contains(where: { ["đã", "vừa", "từng"].contains(keys[$0]) }),
            let match = lexicon.media.longestMatch(in: keys, at: index)
        else { return nil }
        let end = index + match.length
        // The whole name as written: not the start of a longer capitalized name ("Tuổi Trẻ Thủ đô").
        guard end >= keys.count || !document.tokens[end].isCapitalized || document.startsSentence[end] else { return nil }
        let reportsAfter = end + 1 < keys.count && ["đã", "vừa", "từng"].contains(keys[end])
            && Self.mediaReports.contains(keys[end + 1])
        guard citedBefore || reportsAfter else { return nil }
        return ParsedOrganization(
            start: index, end: end, canonicalName: match.payload, aliases: [text(index, end)], isShortForm: false,
            nested: [], rule: "media")
    }
}
