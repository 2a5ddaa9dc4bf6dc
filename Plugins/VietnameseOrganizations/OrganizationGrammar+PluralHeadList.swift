import MekongPluginAPI
import VietnameseLexicon

/// Bodies listed by their own names only, after a head the sentence gives once in the plural ("7 trường THCS ở Hà Nội
/// …, gồm Chu Văn An, Cầu Giấy, Nghĩa Tân") or right before a colon ("gồm Tổng công ty: DIC, Sông Hồng, VIGLACERA"):
/// each name is a body of that head, "Trường THCS Chu Văn An", "Tổng công ty Sông Hồng" — never the person or the
/// district it is named after.
extension OrganizationGrammar {
    /// How far before "gồm" the plural head may stand, in tokens.
    static let pluralHeadReach = 40

    /// The bodies listed after "gồm" (or "gồm:") at `index` when the same sentence named their head in the plural before
    /// it (after a plural marker or a count: "các trường THPT", "7 trường THCS", "những Sở"), and the token after the
    /// list. Nil unless at least two
    /// names follow, each of capitalized words that no head or title opens.
    func listAfterPluralHead(at index: Int) -> (bodies: [ParsedOrganization], end: Int)? {
        guard keys[index] == "gồm", index > 2 else { return nil }
        var back = index - 1
        var head: String?
        while back >= 0, index - back <= Self.pluralHeadReach {
            if keys[back] == "gồm" { return nil }
            if lexicon.spreadsOverPlaces(document, at: back), let named = pluralHead(at: back + 1) {
                head = named
                break
            }
            if document.startsSentence[back] { return nil }
            back -= 1
        }
        guard let head else { return nil }
        var cursor = index + 1
        if cursor < keys.count, keys[cursor] == ":" { cursor += 1 }
        return listedNames(from: cursor, head: head)
    }

    /// The bodies after a head and a colon at `index` ("Tổng công ty: DIC, Sông Hồng"), right after "gồm", "là" or a
    /// plural marker, and the token after the list.
    func listAfterHeadColon(at index: Int) -> (bodies: [ParsedOrganization], end: Int)? {
        guard index > 0, document.tokens[index].isCapitalized,
            ["gồm", "là"].contains(keys[index - 1]) || VietnameseLexicon.pluralMarkers.contains(keys[index - 1]),
            let head = lexicon.heads.longestMatch(in: keys, at: index), index + head.length + 1 < keys.count,
            keys[index + head.length] == ":"
        else { return nil }
        return listedNames(from: index + head.length + 1, head: text(index, index + head.length))
    }

    /// The head a plural marker or a count at `index - 1` governs, written as a body's name begins: "trường THCS" → "Trường THCS",
    /// "sở" → "Sở". Schools need their level ("các trường" alone lists anything); other heads are one word of the
    /// lexicon's heads ("Sở", "Bộ", "Cục") or the head of a company.
    private func pluralHead(at index: Int) -> String? {
        guard index + 1 < keys.count else { return nil }
        if keys[index] == "trường" {
            guard Self.levelsBeforeOwnName.contains(keys[index + 1]), document.tokens[index + 1].isAllCaps else { return nil }
            return "Trường " + document.tokens[index + 1].text
        }
        guard let head = lexicon.heads.longestMatch(in: keys, at: index), head.length <= 3,
            Self.listedHeads.contains(keys[index..<index + head.length].joined(separator: " "))
        else { return nil }
        let written = text(index, index + head.length)
        return written.prefix(1).uppercased() + written.dropFirst()
    }

    /// Heads whose bodies the news lists by their own names after the plural.
    static let listedHeads: Set<String> = [
        "sở", "bộ", "cục", "vụ", "tổng cục", "tổng công ty", "tập đoàn", "ngân hàng", "bệnh viện",
    ]

    /// The names from `start` on, each a run of up to six words that opens with a capital ("Xây dựng Hà Nội") and ends at
    /// a comma, "và", a semicolon, a full stop or the sentence's end, read as bodies of `head`. The list stops at an item
    /// that a head, a title or a lower-case word opens ("… và hệ THCS của trường …").
    private func listedNames(from start: Int, head: String) -> (bodies: [ParsedOrganization], end: Int)? {
        var bodies: [ParsedOrganization] = []
        var cursor = start
        var end = start
        while cursor < keys.count, document.tokens[cursor].kind == .word, document.tokens[cursor].isCapitalized,
            !document.startsSentence[cursor], lexicon.heads.longestMatch(in: keys, at: cursor) == nil,
            lexicon.titles.longestMatch(in: keys, at: cursor) == nil
        {
            // "Xây dựng Hà Nội": words in lower case may follow the item's first.
            var itemEnd = cursor
            while itemEnd < keys.count, itemEnd - cursor < 6, document.tokens[itemEnd].kind == .word,
                itemEnd == cursor || !document.startsSentence[itemEnd], keys[itemEnd] != "và"
            {
                itemEnd += 1
            }
            guard itemEnd >= keys.count || document.startsSentence[itemEnd] || [",", "và", ";", "."].contains(keys[itemEnd])
            else { break }
            bodies.append(ParsedOrganization(
                start: cursor, end: itemEnd, canonicalName: head + " " + text(cursor, itemEnd), aliases: [], isShortForm: false,
                nested: [], rule: "plural-head-list"))
            end = itemEnd
            guard itemEnd + 1 < keys.count, keys[itemEnd] == "," || keys[itemEnd] == "và" else { break }
            cursor = itemEnd + 1
        }
        return bodies.count >= 2 ? (bodies, end) : nil
    }
}
