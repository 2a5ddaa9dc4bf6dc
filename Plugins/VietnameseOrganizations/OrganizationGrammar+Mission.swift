import MekongPluginAPI
import VietnameseLexicon

/// A diplomatic mission is named with the place it sits in: "Đại sứ quán Việt Nam tại Nhật Bản", "Tổng Lãnh sự quán
/// Hoa Kỳ tại Thành phố Hồ Chí Minh" (the text says where the body is, so it lies there: annotation guide).
extension OrganizationGrammar {
    /// Heads of diplomatic missions, as their words' keys.
    static let missionHeads: Set<String> = ["đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán"]

    /// `parsed` taken on to the place after "tại" when it is a mission of a named country; otherwise unchanged. The
    /// name without the seat stays an alias ("Đại sứ quán Czech").
    func extendedToMissionSeat(_ parsed: ParsedOrganization) -> ParsedOrganization {
        let seat = parsed.end + 1
        guard seat < keys.count, keys[parsed.end] == "tại", document.tokens[seat].isCapitalized, !document.startsSentence[seat],
            let head = lexicon.heads.longestMatch(in: keys, at: parsed.start), parsed.end > parsed.start + head.length,
            Self.missionHeads.contains(keys[parsed.start..<(parsed.start + head.length)].joined(separator: " ")),
            let seatEnd = placeEnd(at: seat)
        else { return parsed }
        var mission = parsed
        mission.aliases = parsed.aliases.map { $0 + " tại " + text(seat, seatEnd) } + [parsed.canonicalName]
        mission.canonicalName = parsed.canonicalName + " tại " + expand(seat, seatEnd)
        mission.end = seatEnd
        mission.place = placeName(from: seat, to: seatEnd)
        return mission
    }
}
