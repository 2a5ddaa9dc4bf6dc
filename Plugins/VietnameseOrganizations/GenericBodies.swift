import MekongPluginAPI
import VietnameseLexicon

/// Organization names that the text uses for a kind of body, not for one body: after one of
/// ``VietnameseLexicon/manyBodiesWords`` ("yêu cầu các Sở Giao thông vận tải", "các Ban HĐND thành phố") and before
/// "các cấp" ("Ủy ban MTTQ Việt Nam các cấp"). They are neither entities nor the ends of relations (annotation guide:
/// a generic mention is no entity).
enum GenericBodies {
    /// Whether `mention`, as the text writes it, stands for a kind of body.
    static func isGeneric(_ mention: EntityMention, in document: Document) -> Bool {
        guard mention.type == .organization, !mention.hints.isNested else { return false }
        let keys = document.tokenKeys
        let start = document.tokenIndex(atOrAfter: mention.span.start)
        let end = document.tokenIndex(atOrAfter: mention.span.end)
        if start > 0, VietnameseLexicon.manyBodiesWords.contains(keys[start - 1]) { return true }
        return end + 1 < keys.count && keys[end] == "các" && keys[end + 1] == "cấp"
    }
}
