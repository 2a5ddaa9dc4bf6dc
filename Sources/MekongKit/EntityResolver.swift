import Foundation
import MekongCore
import MekongPluginAPI

/// Turns one article's mentions and relation candidates into entities and relations.
///
/// Mentions of one type whose canonical names have the same key (case, tone-mark position and white
/// space ignored), or where one's canonical name is the other's alias, are one entity. Its name is the
/// canonical name most mentions use (the longest on a tie); every other surface form is an alias. A
/// relation stated twice in the article is one relation with two pieces of evidence.
public struct EntityResolver: Sendable {
    /// Keys of the words that join the parts of a body's name: "và", "&", dashes and commas.
    static let andKey = NameNormalizer.key("và")
    static let connectorKeys: Set<Substring> = [Substring(andKey), "&", "-", "–", ","]

    /// A name's key without its connectors.
    static func looseKey(_ name: String) -> String {
        let key = NameNormalizer.key(name)
        // Most names have no connector: their key is already loose.
        guard mayHoldConnector(key) else { return key }
        return key.split(separator: " ").filter { !connectorKeys.contains($0) }
            .map { $0.hasSuffix(",") ? String($0.dropLast()) : String($0) }.joined(separator: " ")
    }

    /// ``connectorKeys`` as UTF-8 bytes.
    private static let connectorBytes: [[UInt8]] = connectorKeys.map { Array($0.utf8) }

    /// Whether `key` holds the bytes of a connector, in one pass: `String.contains` would find characters,
    /// normalizing the key, at every name. A byte match inside a longer character only sends the key through the
    /// general path above, which gives the same key.
    private static func mayHoldConnector(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            bytes.indices.contains { index in
                connectorBytes.contains { connector in
                    bytes[index] == connector[0] && index + connector.count <= bytes.count
                        && bytes[index..<(index + connector.count)].elementsEqual(connector)
                }
            }
        }
    }

    /// Attributes extractors use among themselves, not kept on entities.
    static let internalAttributes: Set<String> = ["unit"]

    /// A resolver; it holds no state, so one can serve every article.
    public init() {}

    /// Resolves the pipeline's result on `document`.
    public func resolve(_ result: Pipeline.Result, of document: Document) -> ArticleContribution {
        let article = document.article
        let mentions = result.mentions
        // Union-find over mentions, keyed by type and name keys.
        var parent = Array(mentions.indices)
        func find(_ index: Int) -> Int {
            var root = index
            while parent[root] != root { root = parent[root] }
            var cursor = index
            while parent[cursor] != root {
                let next = parent[cursor]
                parent[cursor] = root
                cursor = next
            }
            return root
        }
        // Keys by bytes (``UTF8Key``): their tone marks are combining characters, which `String` would normalize again
        // at every look-up.
        var byCanonical: [UTF8Key: Int] = [:]
        for (index, mention) in mentions.enumerated() {
            let key = UTF8Key(mention.type.rawValue + "\u{1F}" + NameNormalizer.key(mention.canonicalName))
            if let first = byCanonical[key] { parent[find(index)] = find(first) } else { byCanonical[key] = index }
        }
        for (index, mention) in mentions.enumerated() {
            for alias in mention.aliases {
                let key = UTF8Key(mention.type.rawValue + "\u{1F}" + NameNormalizer.key(alias))
                if let other = byCanonical[key] { parent[find(index)] = find(other) }
            }
        }
        // "Sở Tài nguyên Môi trường", "Sở Tài nguyên và Môi trường", "Sở Tài nguyên - Môi trường": one body, written
        // with or without the words that join the parts of its name.
        var byLooseName: [UTF8Key: Int] = [:]
        for (index, mention) in mentions.enumerated() where mention.type == .organization {
            let loose = UTF8Key(Self.looseKey(mention.canonicalName))
            if let first = byLooseName[loose] { parent[find(index)] = find(first) } else { byLooseName[loose] = index }
        }
        var groups: [Int: [Int]] = [:]
        for index in mentions.indices { groups[find(index), default: []].append(index) }

        var entityIDOfMention = [String](repeating: "", count: mentions.count)
        var entities: [Entity] = []
        for root in groups.keys.sorted() {
            let members = groups[root]!
            let entity = makeEntity(members.map { mentions[$0] }, article: article)
            for member in members { entityIDOfMention[member] = entity.id }
            entities.append(entity)
        }

        var relationsByID: [String: Relation] = [:]
        var order: [String] = []
        for candidate in result.relations {
            guard case .existing(let s) = candidate.subject, case .existing(let o) = candidate.object,
                mentions.indices.contains(s), mentions.indices.contains(o)
            else { continue }
            let subject = entityIDOfMention[s]
            let object = entityIDOfMention[o]
            guard subject != object else { continue }
            let attributes = candidate.attributes
            let id = StableID.relation(subject: subject, predicate: candidate.predicate, object: object, attributes: attributes)
            let evidence = Evidence(
                article: article.id, start: candidate.evidence.start, end: candidate.evidence.end,
                text: document.text(candidate.evidence),
                extractor: candidate.extractor, rule: candidate.rule, confidence: candidate.confidence)
            if var existing = relationsByID[id] {
                if !existing.evidence.contains(where: { $0.start == evidence.start && $0.extractor == evidence.extractor }) {
                    existing.evidence.append(evidence)
                }
                for (key, value) in attributes where existing.attributes[key] == nil { existing.attributes[key] = value }
                relationsByID[id] = existing
            } else {
                relationsByID[id] = Relation(
                    id: id, subject: subject, predicate: candidate.predicate, object: object, attributes: attributes,
                    evidence: [evidence])
                order.append(id)
            }
        }
        return ArticleContribution(article: article, entities: entities, relations: order.compactMap { relationsByID[$0] })
    }

    private func makeEntity(_ members: [EntityMention], article: Article) -> Entity {
        var counts: [String: Int] = [:]
        for member in members { counts[member.canonicalName, default: 0] += 1 }
        let name = counts.max { lhs, rhs in
            (lhs.value, lhs.key.unicodeScalars.count, rhs.key) < (rhs.value, rhs.key.unicodeScalars.count, lhs.key)
        }!.key
        let type = members[0].type
        var aliases: [String] = []
        var seen: Set<String> = [name]
        for member in members.sorted(by: { $0.span < $1.span }) {
            // An elliptical mention's surface ("HĐND" of "Tỉnh ủy, HĐND, UBND tỉnh X") names no one body.
            let surface = member.hints.isElliptical ? [] : [member.text]
            for alias in [member.canonicalName] + surface + member.aliases where seen.insert(alias).inserted {
                aliases.append(alias)
            }
        }
        var attributes: [String: String] = [:]
        for member in members {
            // The built-in Vietnamese extractors pass hints among themselves; other plugins' attributes all stay.
            let hints = member.extractor.hasPrefix("vi.") ? Self.internalAttributes : []
            for (key, value) in member.attributes where !hints.contains(key) && attributes[key] == nil {
                attributes[key] = value
            }
        }
        let mentions = members.sorted { $0.span < $1.span }.map {
            Mention(article: article.id, start: $0.span.start, end: $0.span.end, text: $0.text)
        }
        return Entity(
            id: StableID.entity(type: type, name: name), type: type, name: name, aliases: aliases, attributes: attributes,
            mentions: mentions)
    }
}
