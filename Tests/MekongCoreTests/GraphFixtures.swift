import MekongCore

/// A small graph built in code: two articles about An Giang and Cần Thơ.
///
/// Relations form a chain `Hoàng Phúc Lâm — Học viện — Tỉnh ủy — An Giang`, with `Lê Văn Nưng` and
/// `Cần Thơ` hanging off it; the two "Sở Y tế" share an alias and touch nothing.
enum GraphFixtures {
    static func article(_ id: String, published: String? = nil) -> Article {
        Article(
            id: id, title: "Bài \(id)", path: "articles/\(id).txt", source: "TTXVN", published: published,
            sha256: "sha-\(id)", text: "Nội dung bài \(id).")
    }

    /// An entity with its stable id and one mention per article given (an article may repeat).
    static func entity(_ type: EntityType, _ name: String, aliases: [String] = [], in articles: [String]) -> Entity {
        Entity(
            id: StableID.entity(type: type, name: name), type: type, name: name, aliases: aliases,
            mentions: articles.enumerated().map { index, article in
                Mention(article: article, start: index * 10, end: index * 10 + name.unicodeScalars.count, text: name)
            })
    }

    static func relation(
        _ subject: Entity, _ predicate: Predicate, _ object: Entity, in article: String, attributes: [String: String] = [:]
    ) -> Relation {
        relation(subject.id, predicate, object.id, in: article, attributes: attributes)
    }

    static func relation(
        _ subject: String, _ predicate: Predicate, _ object: String, in article: String, attributes: [String: String] = [:]
    ) -> Relation {
        Relation(
            id: StableID.relation(subject: subject, predicate: predicate, object: object, attributes: attributes),
            subject: subject, predicate: predicate, object: object, attributes: attributes,
            evidence: [
                Evidence(article: article, start: 0, end: 12, text: "Nội dung bài", extractor: "test.rules", confidence: 0.9)
            ])
    }

    static let academy = entity(
        .organization, "Học viện Chính trị khu vực IV", aliases: ["Học viện khu vực IV"], in: ["a1", "a1", "a2"])
    static let tinhUy = entity(.organization, "Tỉnh ủy An Giang", aliases: ["Tỉnh ủy"], in: ["a1", "a1"])
    static let nung = entity(.person, "Lê Văn Nưng", in: ["a1"])
    static let lam = entity(.person, "Hoàng Phúc Lâm", in: ["a2"])
    static let anGiang = entity(.place, "An Giang", in: ["a1", "a2"])
    static let canTho = entity(.place, "Cần Thơ", in: ["a2"])
    static let soYTeHaNoi = entity(.organization, "Sở Y tế Hà Nội", aliases: ["Sở Y tế"], in: ["a1"])
    static let soYTeAnGiang = entity(.organization, "Sở Y tế An Giang", aliases: ["Sở Y tế"], in: ["a1"])

    static let nungHoldsPosition = relation(nung, .holdsPosition, tinhUy, in: "a1", attributes: ["title": "Phó Bí thư Thường trực"])
    static let tinhUyInAnGiang = relation(tinhUy, .locatedIn, anGiang, in: "a1")
    static let academyCooperates = relation(academy, .cooperatesWith, tinhUy, in: "a1")
    static let lamHoldsPosition = relation(lam, .holdsPosition, academy, in: "a2", attributes: ["title": "Giám đốc"])
    static let academyInCanTho = relation(academy, .locatedIn, canTho, in: "a2")

    static var allEntities: [Entity] { [academy, tinhUy, nung, lam, anGiang, canTho, soYTeHaNoi, soYTeAnGiang] }
    static var allRelations: [Relation] {
        [nungHoldsPosition, tinhUyInAnGiang, academyCooperates, lamHoldsPosition, academyInCanTho]
    }

    static var graph: KnowledgeGraph {
        KnowledgeGraph(articles: [article("a1"), article("a2", published: "2021-05-19")], entities: allEntities, relations: allRelations)
    }
}

extension KnowledgeGraph {
    /// The ids of the entities, as a set, to compare with expectations that do not care about order.
    var entityIDs: Set<String> { Set(entities.map(\.id)) }
    var relationIDs: Set<String> { Set(relations.map(\.id)) }
}
