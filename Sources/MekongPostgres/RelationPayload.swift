import MekongCore

/// A relation as `mekong_store_relations` reads it: its id computed from the stored ends (``MekongCore/StableID``),
/// its report attributes already on its evidence.
struct RelationPayload: Encodable {
    var id: String
    var subject: String
    var predicate: String
    var object: String
    var attributes: [String: String]
    var evidence: [Evidence]

    /// A piece of evidence; its article is the one being stored.
    struct Evidence: Encodable {
        var start: Int
        var end: Int
        var text: String
        var extractor: String
        var rule: String?
        var confidence: Double
        var attributes: [String: String]

        init(_ evidence: MekongCore.Evidence) {
            start = evidence.start
            end = evidence.end
            text = evidence.text
            extractor = evidence.extractor
            rule = evidence.rule
            confidence = evidence.confidence
            attributes = evidence.attributes
        }
    }
}
