import MekongPluginAPI
import VietnameseLexicon

/// A board or a Party committee named bare inside one person's chain of posts belongs to the body that closes the
/// chain: "Chủ tịch HĐQT kiêm Tổng giám đốc Công ty PVC" names "Hội đồng quản trị Công ty PVC", and "Bí thư Đảng ủy -
/// Chủ tịch HĐQT - Tổng giám đốc Công ty X" names "Đảng ủy Công ty X" too (annotation guide: boards).
extension OrganizationGrammar {
    /// Heads of the units of a body that a chain of posts may leave bare, before the body is named.
    static let chainUnitHeads: Set<String> = ["hội đồng quản trị", "hđqt", "hội đồng thành viên", "hđtv", "đảng ủy"]
    /// The first words of ``chainUnitHeads``.
    static let chainUnitFirstWords: Set<String> = Set(chainUnitHeads.compactMap { $0.split(separator: " ").first.map(String.init) })
    /// What joins the posts of one person: "kiêm", a comma, a dash.
    static let postJoiners: Set<String> = ["kiêm", ",", "-", "–"]

    /// The bare unit at `index` with the body that closes its chain of posts as owner, or nil when the unit is
    /// followed by its owner's name directly (the ordinary grammar reads that) or the chain ends in no body of the
    /// kind that has boards (a company, a bank, a hospital: not a territory's committee).
    func unitOfChainOwner(at index: Int) -> (unit: ParsedOrganization, owner: String)? {
        // This runs at every token: the cheapest test first.
        guard Self.chainUnitFirstWords.contains(keys[index]), document.tokens[index].isCapitalized,
            let headLength = Self.chainUnitHeadLength(keys, at: index), titleEnds(before: index)
        else { return nil }
        let afterHead = index + headLength
        var position = afterHead
        var posts = 0
        while posts < 3, position < keys.count, Self.postJoiners.contains(keys[position]) {
            let glued = document.tokens[position].span.start == document.tokens[position - 1].span.end
            // "HĐQT-PVC" glued by a dash is a name, not a chain.
            if keys[position] == "-" && glued { return nil }
            var next = position + 1
            while next < keys.count, keys[next] == "phó" || keys[next] == "quyền" { next += 1 }
            guard let title = lexicon.titles.longestMatch(in: keys, at: next) else { return nil }
            position = next + title.length
            posts += 1
            // "- Chủ tịch HĐQT - Tổng giám đốc …": another bare unit of the same owner.
            if let another = Self.chainUnitHeadLength(keys, at: position) { position += another }
        }
        // The owner: a body the grammar heads, or one the lexicon knows by a name of its own ("Tổng Giám đốc TTXVN").
        guard posts > 0, position < keys.count, !document.startsSentence[position],
            lexicon.heads.longestMatch(in: keys, at: position)?.payload == .body
                || lexicon.organizations.longestMatch(in: keys, at: position) != nil,
            let owner = parse(at: position, allowSubHeadAfterTitle: true), !owner.isShortForm
        else { return nil }
        // "Hội đồng quản trị Cty Điện Quang", "HĐQT Cty Điện Quang": the board's head with its owner as the text writes it.
        let ownerSurface = text(owner.start, owner.end)
        let unit = ParsedOrganization(
            start: index, end: afterHead, canonicalName: expand(index, afterHead) + " " + owner.canonicalName,
            aliases: [expand(index, afterHead) + " " + ownerSurface, text(index, afterHead) + " " + ownerSurface],
            isShortForm: false, nested: [], rule: "unit-of-chain-owner")
        return (unit, owner.canonicalName)
    }

    /// The most words of a head of ``chainUnitHeads``.
    static let chainUnitHeadMaxLength = chainUnitHeads.map { $0.split(separator: " ").count }.max() ?? 1

    private static func chainUnitHeadLength(_ keys: [String], at index: Int) -> Int? {
        // "Hội đồng quản trị" is four words: the longest first.
        for length in stride(from: chainUnitHeadMaxLength, through: 1, by: -1) where index + length <= keys.count {
            if chainUnitHeads.contains(keys[index..<index + length].joined(separator: " ")) { return length }
        }
        return nil
    }
}
