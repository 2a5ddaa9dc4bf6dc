import MekongPluginAPI

/// An organization name the grammar delimited: its tokens, canonical name and nested bodies.
struct ParsedOrganization {
    /// First token index.
    var start: Int
    /// Token index after the last one.
    var end: Int
    /// The name with abbreviations expanded.
    var canonicalName: String
    var aliases: [String]
    /// A bare head without owner ("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy") that only a full name of the article
    /// can give meaning to.
    var isShortForm: Bool
    /// Bodies named inside this one ("Tỉnh ủy An Giang" inside "Ban Thường vụ Tỉnh ủy An Giang").
    var nested: [ParsedOrganization]
    var rule: String
    /// The place a territorial body belongs to ("An Giang" in "Tỉnh ủy An Giang").
    var place: String?

    /// A mention of this body. `elliptical` marks a body named in full only by a coordination ("Tỉnh ủy,
    /// HĐND, UBND tỉnh X"): its surface is not one of its names. `parent` is the owner the name implies.
    func mention(in document: Document, nested: Bool = false, elliptical: Bool = false, parent: String? = nil)
        -> EntityMention
    {
        let span = TextSpan(start: document.tokens[start].span.start, end: document.tokens[end - 1].span.end)
        let text = document.text(span)
        let hints = MentionHints(
            isNested: nested, isShortForm: isShortForm, isElliptical: elliptical, place: place, parent: parent)
        return EntityMention(
            type: .organization, span: span, text: text, canonicalName: canonicalName,
            aliases: aliases.filter { $0 != canonicalName }, hints: hints,
            confidence: isShortForm ? 0.6 : (rule == "known" ? 0.95 : 0.85), rule: rule)
    }
}
