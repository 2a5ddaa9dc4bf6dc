import MekongCore

/// Builds small article contributions in code, the way the pipeline hands them to the store.
enum ContributionFixtures {
    static func article(_ id: String, version: String = "v1", text: String? = nil) -> Article {
        Article(
            id: id, title: "Bài \(id)", path: "articles/\(id).txt", source: "TTXVN", sha256: "sha-\(id)-\(version)",
            text: text ?? "Nội dung bài \(id) (\(version)).")
    }

    static func entity(
        _ type: EntityType, _ name: String, aliases: [String] = [], article: String, at start: Int = 0,
        attributes: [String: String] = [:]
    ) -> Entity {
        Entity(
            id: StableID.entity(type: type, name: name), type: type, name: name, aliases: aliases,
            attributes: attributes,
            mentions: [Mention(article: article, start: start, end: start + name.unicodeScalars.count, text: name)])
    }

    static func relation(
        _ subject: Entity, _ predicate: Predicate, _ object: Entity, article: String, at start: Int = 0,
        attributes: [String: String] = [:], extractor: String = "test.rules"
    ) -> Relation {
        Relation(
            id: StableID.relation(
                subject: subject.id, predicate: predicate, object: object.id, attributes: attributes),
            subject: subject.id, predicate: predicate, object: object.id, attributes: attributes,
            evidence: [
                Evidence(
                    article: article, start: start, end: start + 40, text: "Câu \(start) của bài \(article).",
                    extractor: extractor, confidence: 0.9)
            ])
    }

    /// An article naming the academy, an official who holds a post there, and the province.
    static func academyArticle(_ id: String = "a1", version: String = "v1", includeProvince: Bool = true)
        -> ArticleContribution
    {
        let academy = entity(
            .organization, "Học viện Chính trị quốc gia Hồ Chí Minh", aliases: ["Học viện"], article: id, at: 10)
        let person = entity(.person, "Hoàng Phúc Lâm", article: id, at: 80)
        var entities = [academy, person]
        var relations = [
            relation(person, .holdsPosition, academy, article: id, at: 70, attributes: ["title": "Phó Giám đốc"])
        ]
        if includeProvince {
            let province = entity(.place, "An Giang", article: id, at: 120)
            entities.append(province)
            relations.append(relation(academy, .locatedIn, province, article: id, at: 110))
        }
        return ArticleContribution(article: article(id, version: version), entities: entities, relations: relations)
    }
}
