import MekongPluginAPI
import VietnameseLexicon

/// Units listed before one owner that closes the last of them: "Ban Tổ chức và Ban Tuyên giáo Tỉnh ủy X", "Ban Pháp
/// chế và Ban Kinh tế - Ngân sách HĐND tỉnh Y" name each unit of that owner (annotation guide: elliptical and
/// distributive bodies are each named in full).
extension OrganizationGrammar {
    /// Whether `unit` may take the owner of a later item of its list: no owner, place or known name of its own, and
    /// no short form that the article's territory completes ("Ban Chấp hành Đảng bộ quận, Ban Thường vụ Quận ủy").
    func awaitsOwner(_ unit: ParsedOrganization) -> Bool {
        unit.nested.isEmpty && unit.place == nil && unit.rule != "known" && (!unit.isShortForm || unit.rule == "bare-head")
            && unit.end + 1 < keys.count
            && (keys[unit.end] == "," || keys[unit.end] == "và")
    }

    /// A bare head that holds a word of the name ("Ban Tổ chức"), at `index`, followed by "và" or a comma and another
    /// name with the same head word: a unit of the owner that closes the list, named by no rule on its own.
    func bareHeadBeforeListItem(at index: Int) -> ParsedOrganization? {
        guard document.tokens[index].isCapitalized, let head = lexicon.heads.longestMatch(in: keys, at: index), head.length > 1,
            head.payload == .body, ((index + 1)..<(index + head.length)).contains(where: { document.tokens[$0].isCapitalized })
        else { return nil }
        let end = index + head.length
        guard end + 1 < keys.count, keys[end] == "," || keys[end] == "và", keys[end + 1] == keys[index],
            document.tokens[end + 1].isCapitalized, !document.startsSentence[end + 1]
        else { return nil }
        return ParsedOrganization(
            start: index, end: end, canonicalName: expand(index, end), aliases: [], isShortForm: true, nested: [],
            rule: "bare-head")
    }

    /// `pending` (units of one list, each right before the next, the last right before `last`) each completed with the
    /// body that closes `last`'s name, when every unit starts with the head word of `last` and that owner is a body
    /// nested at the end of `last` ("Tỉnh ủy X", "HĐND huyện"); empty otherwise.
    func unitsSharingOwner(_ pending: [ParsedOrganization], with last: ParsedOrganization) -> [ParsedOrganization] {
        guard let closest = pending.last, closest.end + 1 == last.start, let owner = last.nested.first, owner.end == last.end,
            owner.start > last.start, pending.allSatisfy({ keys[$0.start] == keys[last.start] && awaitsOwner($0) })
        else { return [] }
        // "Ban Pháp chế HĐND huyện": the unit's words with the owner's as the text writes them, as a body written in full
        // has both its surface and its expansion.
        let ownerSurface = text(owner.start, owner.end)
        return pending.map { unit in
            ParsedOrganization(
                start: unit.start, end: unit.end, canonicalName: unit.canonicalName + " " + owner.canonicalName,
                aliases: [text(unit.start, unit.end) + " " + ownerSurface], isShortForm: owner.isShortForm, nested: [],
                rule: "shared-owner")
        }
    }
}
