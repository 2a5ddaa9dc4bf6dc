import MekongPluginAPI
import VietnameseLexicon

/// A national body named after the country, followed by a territory with its unit word, is that territory's branch:
/// "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "Hội Cựu chiến binh Việt Nam huyện Đông Anh", "Ủy ban MTTQ VN TPHCM" (the
/// body lies in the territory and is part of the national one).
extension OrganizationGrammar {
    /// The country's name that closes a national body's name, as token keys.
    static let countryClosingNationalName = ["việt", "nam"]

    /// `parsed` taken on to the territory that follows it when `parsed` is a national body named after the country and
    /// a unit word and a place follow it right away; otherwise `parsed` unchanged.
    func extendedToBranch(_ parsed: ParsedOrganization) -> ParsedOrganization {
        let closing = Self.countryClosingNationalName
        // "Ủy ban MTTQ VN TPHCM": the country written as the lexicon's abbreviation of its name.
        let closingLength = lexicon.abbreviations[document.tokens[max(parsed.end - 1, 0)].text]
            .map { TokenKeys.split($0) == closing } == true ? 1 : closing.count
        // A known national body alone ("Mặt trận Tổ quốc Việt Nam" inside "Ủy ban MTTQ Việt Nam tỉnh X") stays the
        // parent that the branch's own head names.
        guard !parsed.isShortForm, parsed.rule != "known", parsed.end - parsed.start > closingLength,
            closingLength == 1 || Array(keys[(parsed.end - closing.count)..<parsed.end]) == closing,
            // A unit word, or the city's short form that holds it ("TPHCM").
            unitWordEnd(at: parsed.end) != nil || (parsed.end < keys.count && cityShortForm(at: parsed.end) != nil),
            let placeEnd = placeEnd(at: parsed.end)
        else { return parsed }
        let place = placeName(from: parsed.end, to: placeEnd)
        guard place != "Việt Nam" else { return parsed }
        var branch = parsed
        let territory = expand(parsed.end, placeEnd)
        branch.canonicalName = parsed.canonicalName + " " + territory
        branch.aliases = parsed.aliases.map { $0 + " " + text(parsed.end, placeEnd) }
        branch.end = placeEnd
        branch.place = place
        // "Ủy ban Mặt trận Tổ quốc Việt Nam" read as a territorial head before the country: the national body is the
        // branch's parent, not its place.
        if branch.nested.isEmpty {
            var national = parsed
            national.place = nil
            branch.nested = [national]
        }
        return branch
    }
}
