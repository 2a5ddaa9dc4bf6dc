import MekongCore
import Testing

@Suite("Querying the knowledge graph")
struct KnowledgeGraphTests {
    typealias F = GraphFixtures
    let graph = GraphFixtures.graph

    // MARK: Building

    @Test("relations whose subject or object is missing are dropped, and nothing points at them")
    func danglingRelationsAreDropped() {
        let ghost = F.relation(F.nung.id, .partOf, "org:ghost-00000000", in: "a1")
        let orphan = F.relation("person:nobody-00000000", .holdsPosition, F.tinhUy.id, in: "a1")
        let graph = KnowledgeGraph(entities: F.allEntities, relations: [ghost, F.nungHoldsPosition, orphan])
        #expect(graph.relations == [F.nungHoldsPosition])
        #expect(graph.relations(of: F.nung.id) == [F.nungHoldsPosition])
        #expect(graph.relations(of: F.tinhUy.id) == [F.nungHoldsPosition])
        #expect(graph.relations(of: "org:ghost-00000000").isEmpty)
    }

    @Test("lookups by id find entities and articles, and only those")
    func lookupsByID() {
        #expect(graph.entity(id: F.nung.id) == F.nung)
        #expect(graph.entity(id: "person:le-van-nung") == nil)
        #expect(graph.article(id: "a2")?.published == "2021-05-19")
        #expect(graph.article(id: "a3") == nil)
    }

    @Test("the relations of an entity are those touching it at either end")
    func relationsOfEntity() {
        #expect(Set(graph.relations(of: F.tinhUy.id).map(\.id))
            == [F.nungHoldsPosition.id, F.tinhUyInAnGiang.id, F.academyCooperates.id])
        #expect(graph.relations(of: F.soYTeHaNoi.id).isEmpty)
    }

    // MARK: Listing and searching

    @Test(
        "search ignores case and diacritics and looks at aliases too",
        arguments: [
            ("tinh uy", [GraphFixtures.tinhUy.id]),
            ("TỈNH ỦY", [GraphFixtures.tinhUy.id]),
            ("nưng", [GraphFixtures.nung.id]),
            ("NUNG", [GraphFixtures.nung.id]),
            ("hoc vien khu vuc", [GraphFixtures.academy.id]),  // only an alias has these words in a row
            ("can  tho", [GraphFixtures.canTho.id]),
            ("Đà Nẵng", []),
        ])
    func search(query: String, expected: [String]) {
        #expect(graph.entities(search: query).map(\.id) == expected)
    }

    @Test("filtering by type and searching combine")
    func typeAndSearch() {
        #expect(Set(graph.entities(type: .place).map(\.id)) == [F.anGiang.id, F.canTho.id])
        #expect(graph.entities(type: .place, search: "an giang").map(\.id) == [F.anGiang.id])
        #expect(Set(graph.entities(search: "an giang").map(\.id)) == [F.anGiang.id, F.tinhUy.id, F.soYTeAnGiang.id])
        #expect(graph.entities(type: .person, search: "an giang").isEmpty)
    }

    @Test("an empty or blank search lists everything")
    func blankSearch() {
        #expect(graph.entities(search: "").count == F.allEntities.count)
        #expect(graph.entities(search: " \u{00A0} ").count == F.allEntities.count)
    }

    @Test("results come most-mentioned first, then by name")
    func ordering() {
        // Học viện 3 mentions; Tỉnh ủy and An Giang 2; the rest 1, alphabetically.
        let names = graph.entities().map(\.name)
        #expect(names.first == "Học viện Chính trị khu vực IV")
        #expect(Array(names[1...2]) == ["An Giang", "Tỉnh ủy An Giang"])
        let singles = Array(names[3...])
        #expect(singles == singles.sorted())
        #expect(graph.entities(type: .organization, search: "so y te").map(\.name) == ["Sở Y tế An Giang", "Sở Y tế Hà Nội"])
    }

    // MARK: Resolving names

    @Test(
        "resolve finds one entity by id, name or alias, ignoring case and diacritics",
        arguments: [
            (GraphFixtures.nung.id, GraphFixtures.nung.id),
            ("Lê Văn Nưng", GraphFixtures.nung.id),
            ("le van nung", GraphFixtures.nung.id),
            ("Lê Văn Nửng", GraphFixtures.nung.id),  // a wrong tone still finds the name
            ("  LÊ VĂN NƯNG ", GraphFixtures.nung.id),
            ("Học viện khu vực IV", GraphFixtures.academy.id),  // alias
            ("Tỉnh ủy", GraphFixtures.tinhUy.id),  // alias
            ("Nưng", GraphFixtures.nung.id),  // part of exactly one name
            ("Hoàng Phúc", GraphFixtures.lam.id),
        ])
    func resolve(query: String, expectedID: String) throws {
        #expect(try graph.resolve(query).id == expectedID)
    }

    @Test("a name shared by several entities is ambiguous and lists them all")
    func ambiguousAlias() throws {
        #expect(throws: GraphQueryError.ambiguousEntity("Sở Y tế", candidates: [F.soYTeHaNoi, F.soYTeAnGiang])) {
            try graph.resolve("Sở Y tế")
        }
        // Each one is still reachable by its full name or its id.
        #expect(try graph.resolve("So Y te Ha Noi").id == F.soYTeHaNoi.id)
        #expect(try graph.resolve(F.soYTeAnGiang.id).id == F.soYTeAnGiang.id)
    }

    @Test("a whole name beats longer names that contain it; a part of several names is not found but suggests them")
    func partOfSeveralNames() throws {
        // "An Giang" is a whole name (the place), so the place wins over the longer names that contain it.
        #expect(try graph.resolve("an giang").id == F.anGiang.id)
        do {
            _ = try graph.resolve("Sở Y")
            Issue.record("expected an error")
        } catch {
            guard case .unknownEntity(let name, let suggestions) = error else {
                Issue.record("expected unknownEntity, got \(error)")
                return
            }
            #expect(name == "Sở Y")
            #expect(Array(suggestions.prefix(2)).sorted() == ["Sở Y tế An Giang", "Sở Y tế Hà Nội"])
        }
    }

    @Test("the entity whose canonical name is asked for wins over one that only has it as an alias")
    func canonicalNameWins() throws {
        let place = F.entity(.place, "Hà Nội", in: ["a1"])
        let committee = F.entity(.organization, "Ủy ban nhân dân thành phố Hà Nội", aliases: ["Hà Nội"], in: ["a1"])
        let graph = KnowledgeGraph(entities: [committee, place])
        #expect(try graph.resolve("ha noi").id == place.id)
    }

    @Test("two entities with the same canonical name are ambiguous; the error message names both ids")
    func sameCanonicalName() {
        let person = F.entity(.person, "Hồ Chí Minh", in: ["a1"])
        let place = F.entity(.place, "Hồ Chí Minh", in: ["a1"])
        let graph = KnowledgeGraph(entities: [person, place])
        do {
            _ = try graph.resolve("Hồ Chí Minh")
            Issue.record("expected an error")
        } catch {
            #expect(error == .ambiguousEntity("Hồ Chí Minh", candidates: [person, place]))
            let message = error.errorDescription ?? ""
            #expect(message.contains(person.id) && message.contains(place.id))
            #expect(message.contains("[person]") && message.contains("[place]"))
        }
    }

    @Test("a typo is not found, and the closest name is suggested first", arguments: ["Lê Văn Nưnh", "Le Van Nug", "Lê Vn Nưng"])
    func typoSuggestions(query: String) {
        do {
            _ = try graph.resolve(query)
            Issue.record("expected an error for \(query)")
        } catch {
            guard case .unknownEntity(let name, let suggestions) = error else {
                Issue.record("expected unknownEntity, got \(error)")
                return
            }
            #expect(name == query)
            #expect(suggestions.first == "Lê Văn Nưng")
            #expect(error.errorDescription?.contains("Did you mean: \"Lê Văn Nưng\"") == true)
        }
    }

    @Test("a name far from everything is not found, and the message says how to list entities")
    func noSuggestions() {
        do {
            _ = try graph.resolve("xyzzy")
            Issue.record("expected an error")
        } catch {
            #expect(error == .unknownEntity("xyzzy", suggestions: []))
            #expect(error.errorDescription?.contains("mekong entities --search") == true)
        }
    }

    @Test("suggestions come closest first, ties by name, up to the limit")
    func suggestionOrder() {
        let graph = KnowledgeGraph(entities: [
            F.entity(.person, "Lê Văn Tùng", in: ["a1"]),  // two edits from the query
            F.entity(.person, "Lê Văn Nưng", in: ["a1"]),  // one edit
            F.entity(.person, "Lê Văn Hùng", in: ["a1"]),  // two edits
            F.entity(.place, "Cần Thơ", in: ["a1"]),  // far
        ])
        #expect(graph.suggestions(for: "Lê Văn Nưnh") == ["Lê Văn Nưng", "Lê Văn Hùng", "Lê Văn Tùng"])
        #expect(graph.suggestions(for: "Lê Văn Nưnh", limit: 2) == ["Lê Văn Nưng", "Lê Văn Hùng"])
    }

    @Test("suggestions for a shared alias offer every entity that has it")
    func suggestionLimit() {
        let suggestions = graph.suggestions(for: "Sở Y tế")
        #expect(Array(suggestions.prefix(2)).sorted() == ["Sở Y tế An Giang", "Sở Y tế Hà Nội"])
        #expect(graph.suggestions(for: "Sở Y tế", limit: 1).count == 1)
        #expect(graph.suggestions(for: "Can Tho").first == "Cần Thơ")
    }

    // MARK: Neighbourhoods and paths

    @Test("depth 1 keeps the direct neighbours and the relations to them")
    func neighborhoodDepth1() {
        let part = graph.neighborhood(of: F.tinhUy.id, depth: 1)
        #expect(part.entityIDs == [F.tinhUy.id, F.nung.id, F.anGiang.id, F.academy.id])
        #expect(part.relationIDs == [F.nungHoldsPosition.id, F.tinhUyInAnGiang.id, F.academyCooperates.id])
        #expect(part.articles.map(\.id) == ["a1", "a2"])  // An Giang and the academy are named in a2 too
    }

    @Test("depth 2 reaches the neighbours' neighbours")
    func neighborhoodDepth2() {
        let part = graph.neighborhood(of: F.tinhUy.id, depth: 2)
        #expect(part.entityIDs == [F.tinhUy.id, F.nung.id, F.anGiang.id, F.academy.id, F.lam.id, F.canTho.id])
        #expect(part.relationIDs == Set(F.allRelations.map(\.id)))
        #expect(part.entity(id: F.soYTeHaNoi.id) == nil)
    }

    @Test("depth 0 is the entity alone")
    func neighborhoodDepth0() {
        let part = graph.neighborhood(of: F.nung.id, depth: 0)
        #expect(part.entityIDs == [F.nung.id])
        #expect(part.relations.isEmpty)
        #expect(part.articles.map(\.id) == ["a1"])
    }

    @Test("a predicate filter follows only those relations")
    func neighborhoodPredicates() {
        let posts = graph.neighborhood(of: F.tinhUy.id, depth: 2, predicates: [.holdsPosition])
        #expect(posts.entityIDs == [F.tinhUy.id, F.nung.id])
        #expect(posts.relationIDs == [F.nungHoldsPosition.id])

        let places = graph.neighborhood(of: F.academy.id, depth: 3, predicates: [.locatedIn, .cooperatesWith])
        #expect(places.entityIDs == [F.academy.id, F.canTho.id, F.tinhUy.id, F.anGiang.id])
        #expect(!places.relationIDs.contains(F.lamHoldsPosition.id))
        #expect(!places.relationIDs.contains(F.nungHoldsPosition.id))
    }

    @Test("the shortest path crosses relations in either direction, in order")
    func shortestPathThreeHops() throws {
        // Nưng → Tỉnh ủy (subject side), Tỉnh ủy ← Học viện (object side), Học viện → Cần Thơ.
        let path = try #require(graph.shortestPath(from: F.nung.id, to: F.canTho.id))
        #expect(path.map(\.id) == [F.nungHoldsPosition.id, F.academyCooperates.id, F.academyInCanTho.id])
        let back = try #require(graph.shortestPath(from: F.canTho.id, to: F.nung.id))
        #expect(back.map(\.id) == path.reversed().map(\.id))
    }

    @Test("the shortest path prefers fewer hops")
    func shortestPathIsShortest() throws {
        #expect(graph.shortestPath(from: F.lam.id, to: F.anGiang.id)?.count == 3)
        // Lâm meets the Tỉnh ủy directly: two hops instead of three through the academy.
        let shortcut = F.relation(F.lam, .metWith, F.tinhUy, in: "a2")
        let graph = KnowledgeGraph(entities: F.allEntities, relations: F.allRelations + [shortcut])
        let path = try #require(graph.shortestPath(from: F.lam.id, to: F.anGiang.id))
        #expect(path.map(\.id) == [shortcut.id, F.tinhUyInAnGiang.id])
    }

    @Test("there is no path between unconnected entities, to an unknown id, or beyond the depth limit")
    func noPath() {
        #expect(graph.shortestPath(from: F.nung.id, to: F.soYTeHaNoi.id) == nil)
        #expect(graph.shortestPath(from: F.soYTeHaNoi.id, to: F.soYTeAnGiang.id) == nil)
        #expect(graph.shortestPath(from: F.nung.id, to: "place:nowhere-00000000") == nil)
        #expect(graph.shortestPath(from: F.nung.id, to: F.canTho.id, maxDepth: 2) == nil)
        #expect(graph.shortestPath(from: F.nung.id, to: F.canTho.id, maxDepth: 3)?.count == 3)
    }

    @Test("the path from an entity to itself is empty")
    func pathToSelf() {
        #expect(graph.shortestPath(from: F.nung.id, to: F.nung.id) == [])
    }

    // MARK: One article's part

    @Test("restricting to an article keeps its relations, their ends and the entities it names")
    func restrictedToArticle() {
        let part = graph.restricted(toArticle: "a2")
        #expect(part.articles.map(\.id) == ["a2"])
        #expect(part.relationIDs == [F.lamHoldsPosition.id, F.academyInCanTho.id])
        // An Giang has no a2 relation but is named in a2.
        #expect(part.entityIDs == [F.lam.id, F.academy.id, F.canTho.id, F.anGiang.id])
        #expect(part.relations.allSatisfy { $0.evidence.contains { $0.article == "a2" } })
    }

    @Test("an end of an article's relation is kept even when the article does not name it")
    func restrictedKeepsRelationEnds() {
        let a3 = F.relation(F.soYTeHaNoi, .cooperatesWith, F.soYTeAnGiang, in: "a3")
        let graph = KnowledgeGraph(
            articles: [F.article("a1"), F.article("a3")], entities: F.allEntities, relations: F.allRelations + [a3])
        let part = graph.restricted(toArticle: "a3")
        #expect(part.entityIDs == [F.soYTeHaNoi.id, F.soYTeAnGiang.id])
        #expect(part.relationIDs == [a3.id])
        #expect(part.articles.map(\.id) == ["a3"])
    }

    @Test("restricting to an unknown article gives an empty graph")
    func restrictedToUnknownArticle() {
        let part = graph.restricted(toArticle: "zz")
        #expect(part.entities.isEmpty && part.relations.isEmpty && part.articles.isEmpty)
    }
}
