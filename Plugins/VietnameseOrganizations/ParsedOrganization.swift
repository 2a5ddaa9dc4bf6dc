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

    /// This body read over "(ACRONYM)" after its head (the "(" at `open`): its names without the parenthesis ("Ủy ban nhân
    /// dân tỉnh Nghệ An"), and the name the acronym then begins ("UBND tỉnh Nghệ An") as an alias.
    func withoutAcronym(_ acronym: String, openingAt open: Int, in grammar: OrganizationGrammar) -> ParsedOrganization {
        var parsed = self
        // The canonical name spells abbreviations out: "(UBND)" is "(Ủy ban nhân dân)" there.
        let forms = [acronym] + (grammar.lexicon.abbreviations[acronym].map { [$0] } ?? [])
        func dropped(_ name: String) -> String {
            forms.reduce(name) { $0.replacingOccurrences(of: " (" + $1 + ")", with: "") }
        }
        parsed.canonicalName = dropped(canonicalName)
        parsed.aliases = aliases.map(dropped)
        parsed.aliases.append(acronym + " " + grammar.text(open + 3, end).trimmingSpaces())
        return parsed
    }

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
