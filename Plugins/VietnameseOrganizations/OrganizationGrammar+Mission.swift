import MekongPluginAPI
import VietnameseLexicon

/// A diplomatic mission is named with the place it sits in: "Đại sứ quán Việt Nam tại Nhật Bản", "Tổng Lãnh sự quán
/// Hoa Kỳ tại Thành phố Hồ Chí Minh" (the text says where the body is, so it lies there: annotation guide). So is a
/// high court or procuracy: "Tòa án nhân dân cấp cao tại Hà Nội", "Viện kiểm sát nhân dân cấp cao tại Đà Nẵng".
extension OrganizationGrammar {
    /// Heads of diplomatic missions, as their words' keys.
    static let missionHeads: Set<String> = ["đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán"]
    /// The words that close the name of a body of the high level, which is named by its seat.
    static let highLevelWords = ["cấp", "cao"]

    /// Whether `end` closes a name with ``highLevelWords`` and "tại" and a place follow it: the seat of a high court.
    func seatFollows(highLevelName end: Int) -> Bool {
        end >= 2 && end + 1 < keys.count && Array(keys[(end - 2)..<end]) == Self.highLevelWords && keys[end] == "tại"
            && document.tokens[end + 1].isCapitalized && !document.startsSentence[end + 1] && placeEnd(at: end + 1) != nil
    }

    /// `parsed` taken on to the place after "tại" when it is a mission of a named country or a body of the high level;
    /// otherwise unchanged. The name without the seat stays an alias ("Đại sứ quán Czech").
    func extendedToMissionSeat(_ parsed: ParsedOrganization) -> ParsedOrganization {
        let seat = parsed.end + 1
        guard seat < keys.count, keys[parsed.end] == "tại", document.tokens[seat].isCapitalized, !document.startsSentence[seat],
            let head = lexicon.heads.longestMatch(in: keys, at: parsed.start), parsed.end > parsed.start + head.length,
            Self.missionHeads.contains(keys[parsed.start..<(parsed.start + head.length)].joined(separator: " "))
                || seatFollows(highLevelName: parsed.end),
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
