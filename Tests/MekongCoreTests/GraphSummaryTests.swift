import Testing

@testable import MekongCore

/// A large graph is summarized, not drawn whole: isolated entities left out unless asked for, then the
/// entities with the most relations kept, with counts of what was left out.
@Suite("Graph summaries")
struct GraphSummaryTests {
    static func entity(_ name: String, _ type: EntityType = .organization) -> Entity {
        Entity(id: StableID.entity(type: type, name: name), type: type, name: name)
    }

    static func relation(_ subject: Entity, _ predicate: Predicate, _ object: Entity) -> Relation {
        Relation(
            id: StableID.relation(subject: subject.id, predicate: predicate, object: object.id, attributes: [:]),
            subject: subject.id, predicate: predicate, object: object.id)
    }

    static let hub = entity("Tỉnh ủy An Giang")
    static let secondHub = entity("UBND tỉnh An Giang")
    static let leaves = (1...5).map { entity("Ban \($0)") }
    static let lonely = [entity("Sở Tài chính"), entity("23/6", .date)]
    /// The hub has 6 relations, the second hub 3, each leaf 1 or 2.
    static let graph = KnowledgeGraph(
        entities: [hub, secondHub] + leaves + lonely,
        relations: leaves.map { relation($0, .partOf, hub) } + [relation(secondHub, .cooperatesWith, hub)]
            + leaves.prefix(2).map { relation($0, .cooperatesWith, secondHub) })

    @Test("isolated entities are left out unless asked for")
    func isolatedLeftOut() {
        let summary = Self.graph.summarized(maxEntities: nil, includeIsolated: false)
        #expect(Set(summary.graph.entities.map(\.id)) == Set(([Self.hub, Self.secondHub] + Self.leaves).map(\.id)))
        #expect(summary.leftOutIsolatedEntities == 2)
        #expect(summary.leftOutConnectedEntities == 0)
        #expect(summary.leftOutRelations == 0)
        let all = Self.graph.summarized(maxEntities: nil, includeIsolated: true)
        #expect(all.graph.entities.count == Self.graph.entities.count)
        #expect(!all.leftSomethingOut)
    }

    @Test("past the limit, the entities with the most relations are kept, with the relations between them")
    func highestDegreeKept() {
        let summary = Self.graph.summarized(maxEntities: 4, includeIsolated: false)
        let kept = Set(summary.graph.entities.map(\.id))
        // The two hubs, then the two leaves that also cooperate with the second hub.
        #expect(kept == Set([Self.hub, Self.secondHub, Self.leaves[0], Self.leaves[1]].map(\.id)))
        #expect(summary.graph.relations.count == 5)
        #expect(summary.connectedEntityCount == 7)
        #expect(summary.leftOutConnectedEntities == 3)
        #expect(summary.leftOutRelations == 3)
        #expect(summary.leftOutIsolatedEntities == 2)
    }

    @Test("an entity whose every relation was cut is not drawn alone: a neighbour of the kept ones takes its place")
    func noEntityDrawnAlone() {
        func entity(_ id: String) -> Entity { Entity(id: "org:" + id, type: .organization, name: id) }
        let (hub, a, b, first, second) = (entity("h"), entity("a"), entity("b"), entity("l1"), entity("l2"))
        let graph = KnowledgeGraph(
            entities: [hub, a, b, first, second],
            relations: [
                Self.relation(first, .partOf, hub), Self.relation(second, .partOf, hub), Self.relation(a, .cooperatesWith, b),
            ])
        // By rank: h (2 relations), then a, b, l1, l2 (1 each, in id order). The first two would be h and a,
        // and neither has its partner among them: h stays, as the best-ranked, with its best-ranked neighbour.
        let summary = graph.summarized(maxEntities: 2, includeIsolated: false)
        #expect(Set(summary.graph.entities.map(\.id)) == ["org:h", "org:l1"])
        for entity in summary.graph.entities { #expect(!summary.graph.relations(of: entity.id).isEmpty, "\(entity.name)") }
        #expect(summary.leftOutConnectedEntities == 3)
    }

    @Test("around a focus, the nearest entities are kept first, however connected the farther ones are")
    func nearestToTheFocusKept() {
        func entity(_ id: String) -> Entity { Entity(id: "org:" + id, type: .organization, name: id) }
        let (focus, near, second, hub) = (entity("focus"), entity("near"), entity("second"), entity("hub"))
        let spokes = (1...6).map { entity("spoke\($0)") }
        let graph = KnowledgeGraph(
            entities: [focus, near, second, hub] + spokes,
            relations: [Self.relation(near, .partOf, focus), Self.relation(second, .partOf, near), Self.relation(hub, .partOf, second)]
                + spokes.map { Self.relation($0, .partOf, hub) })
        let summary = graph.summarized(maxEntities: 3, includeIsolated: false, keeping: focus.id)
        #expect(Set(summary.graph.entities.map(\.id)) == [focus.id, near.id, second.id])
        // Without a focus the hub, with the most relations, comes first.
        let unfocused = graph.summarized(maxEntities: 3, includeIsolated: false)
        #expect(unfocused.graph.entity(id: hub.id) != nil)
    }

    @Test("the focus entity is kept whatever its degree")
    func focusKept() {
        let summary = Self.graph.summarized(maxEntities: 2, includeIsolated: false, keeping: Self.leaves[4].id)
        #expect(Set(summary.graph.entities.map(\.id)) == Set([Self.leaves[4].id, Self.hub.id]))
        #expect(summary.focus == Self.leaves[4].id)
        let lonely = Self.graph.summarized(maxEntities: nil, includeIsolated: false, keeping: Self.lonely[0].id)
        #expect(lonely.graph.entity(id: Self.lonely[0].id) != nil)
    }
}
