/// What the storing functions answer, as JSON.
enum StoringResult {
    /// `mekong_store_entities`: the change, and the stored id of each entity in order (absent when unchanged).
    struct Entities: Decodable {
        var change: String
        var ids: [String]?
        var added: Int?
        var merged: Int?
    }

    /// `mekong_store_relations`: relations and pieces of evidence added, relations dropped for a missing end.
    struct Relations: Decodable {
        var added: Int
        var evidence: Int
        var dropped: Int
    }
}
