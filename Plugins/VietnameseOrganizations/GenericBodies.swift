import MekongPluginAPI
import VietnameseLexicon

/// Organization names that the text uses for a kind of body, not for one body: after one of
/// ``VietnameseLexicon/manyBodiesWords`` ("yêu cầu các Sở Giao thông vận tải", "các Ban HĐND thành phố") or before one of
/// ``VietnameseLexicon/genericBodyTails`` ("Ủy ban MTTQ Việt Nam các cấp", "Sở Công Thương tại địa bàn"), or closed by a
/// level ("UBND cấp tỉnh"), unless numbers listed after the name tell the bodies apart ("các Tổng
/// công ty Phát điện 1, 2, 3"). They are neither entities nor the ends of relations (annotation guide:
/// a generic mention is no entity).
enum GenericBodies {
    /// Whether `mention`, as the text writes it, stands for a kind of body.
    static func isGeneric(_ mention: EntityMention, in document: Document) -> Bool {
        guard mention.type == .organization, !mention.hints.isNested else { return false }
        let keys = document.tokenKeys
        let start = document.tokenIndex(atOrAfter: mention.span.start)
        let end = document.tokenIndex(atOrAfter: mention.span.end)
        // "các Tổng công ty Phát điện 1, 2, 3": numbers listed after the first name each body of the list.
        let numberedList = end + 1 < keys.count && [",", "và"].contains(keys[end]) && end > start
            && OrganizationGrammar.isNumberOfBody(document.tokens[end - 1]) && OrganizationGrammar.isNumberOfBody(document.tokens[end + 1])
        return !numberedList && VietnameseLexicon.namesKindOfBody(keys, start: start, end: end)
    }
}
