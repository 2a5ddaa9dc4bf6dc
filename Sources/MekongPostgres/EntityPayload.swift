import MekongCore

/// An entity as `mekong_store_entities` reads it, with what resolution compares computed here, so that the
/// database never folds names itself: the keys and search forms of ``MekongCore/NameNormalizer``, and lengths as
/// Swift counts characters (the fullest name wins by that count, as in the SQLite store).
struct EntityPayload: Encodable {
    var id: String
    var type: String
    var name: String
    var nameLength: Int
    var key: String
    var folded: String
    var attributes: [String: String]
    var aliases: [Alias]
    var mentions: [Mention]

    /// What the function receives: the article and its entities, in order.
    struct Article: Encodable {
        var article: MekongCore.Article
        var entities: [EntityPayload]
    }

    /// An alias, and whether it may join another article's entity (not when it is the name cut short).
    struct Alias: Encodable {
        var name: String
        var nameLength: Int
        var key: String
        var folded: String
        var joins: Bool
    }

    /// A mention as `[start, end, text]`.
    struct Mention: Encodable {
        var start: Int
        var end: Int
        var text: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(start)
            try container.encode(end)
            try container.encode(text)
        }
    }

    init(_ entity: Entity) {
        let key = NameNormalizer.key(entity.name)
        id = entity.id
        type = entity.type.rawValue
        name = entity.name
        nameLength = entity.name.count
        self.key = key
        folded = NameNormalizer.fold(entity.name)
        attributes = entity.attributes
        var seen: Set<String> = [entity.name]
        aliases = entity.aliases.filter { seen.insert($0).inserted }.map { alias in
            let aliasKey = NameNormalizer.key(alias)
            return Alias(
                name: alias, nameLength: alias.count, key: aliasKey, folded: NameNormalizer.fold(alias),
                joins: aliasKey != key && !NameNormalizer.isCutShort(aliasKey, of: key))
        }
        // The first text of a span stays, as in the SQLite store.
        var spans: Set<[Int]> = []
        mentions = entity.mentions.filter { spans.insert([$0.start, $0.end]).inserted }.map {
            Mention(start: $0.start, end: $0.end, text: $0.text)
        }
    }
}
