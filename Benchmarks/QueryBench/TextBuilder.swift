import MekongCore

/// Builds an article's text sentence by sentence, recording every entity's mention (scalar offsets, as the
/// pipeline records them) and every relation a sentence states, with the sentence as its evidence.
struct TextBuilder {
    /// A piece of a sentence: plain words, or an entity's name.
    enum Piece {
        case text(String)
        case entity(String, EntityType)
    }

    let article: String
    private(set) var text = ""
    private var offset = 0
    private var byName: [String: Entity] = [:]
    private var order: [String] = []
    private(set) var relations: [Relation] = []

    init(article: String) {
        self.article = article
    }

    /// The entities named so far, in the order first named.
    var entities: [Entity] { order.map { byName[$0]! } }

    /// Appends a sentence; each of `states` (subject, predicate, object, attributes — names of entities in the
    /// sentence) becomes a relation with the sentence as its evidence.
    mutating func sentence(_ pieces: [Piece], states: [(String, Predicate, String, [String: String])]) {
        if !text.isEmpty { append(" ") }
        let start = offset
        var sentence = ""
        for piece in pieces {
            switch piece {
            case .text(let words):
                append(words)
                sentence += words
            case .entity(let name, let type):
                let mention = Mention(article: article, start: offset, end: offset + name.unicodeScalars.count, text: name)
                if byName[name] == nil {
                    byName[name] = Entity(id: StableID.entity(type: type, name: name), type: type, name: name)
                    order.append(name)
                }
                byName[name]!.mentions.append(mention)
                append(name)
                sentence += name
            }
        }
        for (subject, predicate, object, attributes) in states {
            guard let from = byName[subject], let to = byName[object] else { continue }
            relations.append(Relation(
                id: StableID.relation(subject: from.id, predicate: predicate, object: to.id, attributes: attributes),
                subject: from.id, predicate: predicate, object: to.id, attributes: attributes,
                evidence: [Evidence(
                    article: article, start: start, end: offset, text: sentence, extractor: "bench.synthetic",
                    confidence: 0.85)]))
        }
    }

    private mutating func append(_ words: String) {
        text += words
        offset += words.unicodeScalars.count
    }
}
