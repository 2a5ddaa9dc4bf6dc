import MekongPluginAPI
import VietnameseLexicon

/// A body named after its remit with "về": "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng", "Ủy ban Quốc gia về
/// người cao tuổi", "Phòng Cảnh sát điều tra tội phạm về ma túy".
extension OrganizationGrammar {
    /// Last words of a name after which "về" opens the body's remit: the national or central level a committee is
    /// named by, and the crimes a police unit investigates.
    static let remitOpeners: [[String]] = [["trung", "ương"], ["quốc", "gia"], ["tội", "phạm"], ["nhà", "nước"], ["quốc", "tế"]]

    /// `parsed` taken on to its remit when "về" and a run of name compounds (``complementEnd(at:nameStart:afterHead:afterConjunction:)``)
    /// follow a name that ends with one of ``remitOpeners``; otherwise `parsed` unchanged. "Ban Chỉ đạo Trung ương về
    /// làm việc với tỉnh" keeps its name: a verbal compound that the clause goes on after is the sentence's.
    func extendedToRemit(_ parsed: ParsedOrganization) -> ParsedOrganization {
        guard !parsed.isShortForm, parsed.end + 2 < keys.count, keys[parsed.end] == "về", !document.startsSentence[parsed.end + 1],
            Self.remitOpeners.contains(where: { words in
                parsed.end - parsed.start > words.count && Array(keys[(parsed.end - words.count)..<parsed.end]) == words
            }),
            let end = complementEnd(at: parsed.end + 1, nameStart: parsed.start, afterHead: parsed.start + 1)
        else { return parsed }
        var named = parsed
        named.canonicalName = parsed.canonicalName + " " + expand(parsed.end, end)
        named.aliases = parsed.aliases.map { $0 + " " + text(parsed.end, end) }
        named.end = end
        return named
    }
}

extension OrganizationGrammar {
    /// `parsed` taken on over "và cộng sự" / "& cộng sự" (and partners) that closes a law firm's or a company's name:
    /// "Văn phòng Luật sư Kim Phụng và cộng sự", "Công ty Luật Thanh và Cộng sự"; otherwise `parsed` unchanged.
    func extendedToPartners(_ parsed: ParsedOrganization) -> ParsedOrganization {
        let end = parsed.end
        guard !parsed.isShortForm, end + 2 < keys.count, ["và", "&"].contains(keys[end]), keys[end + 1] == "cộng",
            keys[end + 2] == "sự", !document.startsSentence[end + 1],
            end + 3 >= keys.count || document.startsSentence[end + 3] || !document.tokens[end + 3].isCapitalized
        else { return parsed }
        var named = parsed
        named.canonicalName = parsed.canonicalName + " " + expand(end, end + 3)
        named.aliases = parsed.aliases.map { $0 + " " + text(end, end + 3) }
        named.end = end + 3
        return named
    }
}
