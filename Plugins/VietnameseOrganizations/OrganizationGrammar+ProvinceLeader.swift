import MekongPluginAPI
import VietnameseLexicon

/// A leader named by the province alone: "Bí thư Sóc Trăng - Nguyễn Văn Thể", "Chủ tịch Hà Nội Nguyễn Đức Chung",
/// headline shorthand for the secretary of the province's party committee and the chairman of its people's
/// committee. The province's bare name, between the title and the leader's name, stands for that body (as the
/// development gold reads it); the body is named in full ("Tỉnh ủy Sóc Trăng", "Ủy ban nhân dân thành phố Hà Nội").
extension OrganizationGrammar {
    /// The body of the leader whose title ends right before the province named at `index`, when the leader's name
    /// follows the province (after a dash or not). Nil for anything else: "Tổng Bí thư", a province named with its
    /// unit word (the grammar reads "Bí thư tỉnh X" as it is), "Chủ tịch Hồ Chí Minh" (the person).
    func committeeOfProvinceLeader(at index: Int) -> ParsedOrganization? {
        let tokens = document.tokens
        guard index >= 2, tokens[index].isCapitalized else { return nil }
        let title = keys[index - 2] + " " + keys[index - 1]
        guard title == "bí thư" || title == "chủ tịch", index < 3 || keys[index - 3] != "tổng",
            let match = lexicon.places.longestMatch(in: keys, at: index), match.payload.kind == "province",
            match.payload.name != VietnameseLexicon.hoChiMinhCity || keys[index] != "hồ"
        else { return nil }
        let end = index + match.length
        var name = end
        if name < keys.count, ["-", "–"].contains(keys[name]) { name += 1 }
        guard name + 1 < keys.count, tokens[name].isCapitalized, tokens[name + 1].isCapitalized,
            lexicon.isSurname(keys[name]), !document.startsSentence[name]
        else { return nil }
        let province = match.payload.name
        let central = lexicon.isCentralCity(province)
        let body: String
        if title == "bí thư" {
            body = (central ? "Thành ủy " : "Tỉnh ủy ") + province
        } else if province == VietnameseLexicon.hoChiMinhCity {
            body = "Ủy ban nhân dân " + province
        } else {
            body = (central ? "Ủy ban nhân dân thành phố " : "Ủy ban nhân dân tỉnh ") + province
        }
        return ParsedOrganization(
            start: index, end: end, canonicalName: body, aliases: [], isShortForm: false, nested: [],
            rule: "province-leader", place: province)
    }
}
