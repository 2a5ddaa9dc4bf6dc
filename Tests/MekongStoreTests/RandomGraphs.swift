import MekongCore
@testable import MekongStore

/// A small, fast, seeded generator, so that a failing random graph can be rebuilt from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Stores of random articles whose names collide in every way the queries must tell apart: the same name
/// with other tone marks (one search form, two entities), aliases shared by several entities, names inside
/// other names; and relations dense enough that most pairs have several shortest paths.
enum RandomGraphs {
    static let families = ["Nguyễn", "Nguyen", "Trần", "Lê", "Lệ", "Phạm", "Đỗ", "Do", "Võ", "Hồ"]
    static let middles = ["Văn", "Thị", "Van", "Đức", "Minh"]
    static let givens = ["An", "Ân", "Bình", "Binh", "Thắng", "Thang", "Lâm", "Nưng", "Hà"]
    static let bodies = ["Tỉnh ủy", "Ủy ban nhân dân", "Sở Tài chính", "Ban Thường vụ Tỉnh ủy", "Hội đồng nhân dân"]
    static let places = ["An Giang", "Hà Nội", "Hà Nam", "Đồng Tháp", "Cần Thơ", "Long An"]
    static let predicates: [Predicate] = [.holdsPosition, .partOf, .locatedIn, .metWith, .cooperatesWith, .concerns]

    /// A store of `articles` random articles (about `entitiesPerArticle` entities and twice as many relations each).
    static func store(seed: UInt64, articles: Int = 30, entitiesPerArticle: Int = 8) throws -> GraphStore {
        var random = SplitMix64(state: seed)
        let store = try GraphStore.inMemory()
        for index in 0..<articles {
            let id = "art-\(seed)-\(index)"
            var entities: [Entity] = []
            for slot in 0..<entitiesPerArticle {
                let (type, name, aliases) = randomName(&random)
                var entity = ContributionFixtures.entity(type, name, aliases: aliases, article: id, at: slot * 100)
                if Int.random(in: 0..<5, using: &random) == 0 { entity.attributes = ["role": "r\(slot)"] }
                entities.append(entity)
            }
            var relations: [Relation] = []
            for slot in 0..<(entitiesPerArticle * 2) {
                let subject = entities.randomElement(using: &random)!
                let object = entities.randomElement(using: &random)!
                let predicate = predicates.randomElement(using: &random)!
                let attributes = predicate == .holdsPosition ? ["title": ["Bí thư", "Chủ tịch"].randomElement(using: &random)!] : [:]
                relations.append(ContributionFixtures.relation(
                    subject, predicate, object, article: id, at: slot * 50, attributes: attributes))
            }
            try store.ingest(ArticleContribution(
                article: ContributionFixtures.article(id), entities: entities, relations: relations))
        }
        return store
    }

    private static func randomName(_ random: inout SplitMix64) -> (EntityType, String, [String]) {
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            let family = families.randomElement(using: &random)!
            let given = givens.randomElement(using: &random)!
            let name = "\(family) \(middles.randomElement(using: &random)!) \(given)"
            return (.person, name, Bool.random(using: &random) ? ["Ông \(given)"] : [])
        case 1:
            let body = bodies.randomElement(using: &random)!
            let place = places.randomElement(using: &random)!
            return (.organization, "\(body) \(place)", Bool.random(using: &random) ? [body] : [])
        default:
            return (.place, places.randomElement(using: &random)!, [])
        }
    }
}
