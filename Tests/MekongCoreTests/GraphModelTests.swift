@testable import MekongCore
import Testing

@Suite("The graph vocabulary")
struct GraphModelTests {
    @Test("entity id prefixes: short for organizations and documents, the type itself otherwise")
    func idPrefixes() {
        #expect(EntityType.organization.idPrefix == "org")
        #expect(EntityType.document.idPrefix == "doc")
        #expect(EntityType.person.idPrefix == "person")
        #expect(EntityType("acme.product").idPrefix == "acme.product")
    }

    @Test("only the four core types are scored")
    func coreTypes() {
        #expect(EntityType.core.allSatisfy { $0.isCore })
        #expect(!EntityType.event.isCore)
        #expect(!EntityType("acme.product").isCore)
    }

    @Test("met_with, cooperates_with and signed_with are the symmetric predicates")
    func symmetricPredicates() {
        #expect(Set(Predicate.core.filter(\.isSymmetric)) == [.metWith, .cooperatesWith, .signedWith])
        #expect(Predicate.holdsPosition.identifyingAttributes == ["title"])
        #expect(Predicate.partOf.identifyingAttributes.isEmpty)
    }

    @Test("a relation's confidence is its best evidence, or 0 without evidence")
    func relationConfidence() {
        func evidence(_ confidence: Double) -> Evidence {
            Evidence(article: "a", start: 0, end: 1, text: "x", extractor: "e", confidence: confidence)
        }
        var relation = Relation(id: "r:1", subject: "a", predicate: .partOf, object: "b")
        #expect(relation.confidence == 0)
        relation.evidence = [evidence(0.4), evidence(0.95), evidence(0.7)]
        #expect(relation.confidence == 0.95)
    }

    @Test("the other end of a relation, from either end, and none from elsewhere")
    func otherEnd() {
        let relation = Relation(id: "r:1", subject: "person:a", predicate: .holdsPosition, object: "org:b")
        #expect(relation.otherEnd(from: "person:a") == "org:b")
        #expect(relation.otherEnd(from: "org:b") == "person:a")
        #expect(relation.otherEnd(from: "place:c") == nil)
    }

    @Test("an entity's names are its canonical name first, then its aliases")
    func allNames() {
        let entity = Entity(id: "org:x", type: .organization, name: "Ủy ban nhân dân tỉnh Yên Bái", aliases: ["UBND tỉnh Yên Bái"])
        #expect(entity.allNames == ["Ủy ban nhân dân tỉnh Yên Bái", "UBND tỉnh Yên Bái"])
    }

    @Test(
        "edit distance counts Unicode scalars",
        arguments: [
            ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3),
            ("le van nung", "le van nunh", 1), ("Nưng", "Nung", 1), ("Nưng", "Nửng", 1), ("ab", "ba", 2),
        ])
    func editDistance(lhs: String, rhs: String, expected: Int) {
        #expect(EditDistance.between(lhs, rhs) == expected)
        #expect(EditDistance.between(rhs, lhs) == expected)
    }
}
