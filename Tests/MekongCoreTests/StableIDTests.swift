@testable import MekongCore
import Testing

@Suite("Stable ids")
struct StableIDTests {
    /// `prefix:slug-8hex`, the slug made of lower-case ASCII words joined by single dashes.
    private func isWellFormedEntityID(_ id: String, prefix: String) -> Bool {
        guard id.hasPrefix(prefix + ":") else { return false }
        let rest = id.dropFirst(prefix.count + 1)
        guard let dash = rest.lastIndex(of: "-") else { return false }
        let hash = rest[rest.index(after: dash)...]
        let slug = rest[..<dash]
        return hash.count == 8 && hash.allSatisfy { $0.isHexDigit && !$0.isUppercase }
            && slug.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
            && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--")
    }

    @Test("FNV-1a matches the published test vectors, so ids are the same on every platform and run")
    func fnv1aVectors() {
        #expect(StableID.fnv1a("") == 0x811C_9DC5)
        #expect(StableID.fnv1a("a") == 0xE40C_292C)
        #expect(StableID.fnv1a("foobar") == 0xBF9C_F968)
        #expect(StableID.hex(0x0000_00AB) == "000000ab")
    }

    @Test("an entity id is readable: the type's prefix, the slug of the name and a hash")
    func entityIDShape() {
        let id = StableID.entity(type: .organization, name: "Tỉnh ủy An Giang")
        #expect(id.hasPrefix("org:tinh-uy-an-giang-"))
        #expect(isWellFormedEntityID(id, prefix: "org"))
        #expect(isWellFormedEntityID(StableID.entity(type: .document, name: "Quy định số 11-QĐ/TW"), prefix: "doc"))
        #expect(isWellFormedEntityID(StableID.entity(type: .person, name: "Lê Văn Nưng"), prefix: "person"))
        #expect(isWellFormedEntityID(StableID.entity(type: EntityType("acme.product"), name: "Ô tô"), prefix: "acme.product"))
    }

    @Test("the same name gives the same entity id every time")
    func entityIDIsDeterministic() {
        let first = StableID.entity(type: .place, name: "Cần Thơ")
        #expect(StableID.entity(type: .place, name: "Cần Thơ") == first)
    }

    @Test(
        "spellings of one name that share a key share the entity id",
        arguments: [
            ("Thanh Ho\u{00E1}", "Thanh H\u{00F3}a"),
            ("Tỉnh ủy An Giang", "TỈNH ỦY AN GIANG"),
            ("Tỉnh ủy An Giang", "«Tỉnh ủy  An\u{00A0}Giang»"),
            ("Lê Văn Nưng", "Lê Văn Nưng".decomposedStringWithCanonicalMapping),
        ])
    func entityIDFollowsKey(one: String, other: String) {
        #expect(StableID.entity(type: .place, name: one) == StableID.entity(type: .place, name: other))
    }

    @Test("names that fold to the same slug but differ in tone get different ids")
    func sameSlugDifferentNames() {
        let haNoi = StableID.entity(type: .place, name: "Hà Nội")
        let haNoi2 = StableID.entity(type: .place, name: "Hạ Nội")
        #expect(haNoi.hasPrefix("place:ha-noi-"))
        #expect(haNoi2.hasPrefix("place:ha-noi-"))
        #expect(haNoi != haNoi2)
    }

    @Test("one name of two types gives two ids, even when the types share an id prefix")
    func entityIDDependsOnType() {
        #expect(StableID.entity(type: .person, name: "Hồ Chí Minh") != StableID.entity(type: .place, name: "Hồ Chí Minh"))
        // A plugin type literally named "org" has the same prefix as `organization`, but is another type.
        let plugin = StableID.entity(type: EntityType("org"), name: "Sở Y tế")
        let core = StableID.entity(type: .organization, name: "Sở Y tế")
        #expect(plugin.hasPrefix("org:so-y-te-") && core.hasPrefix("org:so-y-te-"))
        #expect(plugin != core)
    }

    @Test("a very long name keeps the id short and well formed")
    func longNameIsTruncated() {
        let name = String(repeating: "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu ", count: 6)
        let id = StableID.entity(type: .organization, name: name)
        #expect(id.count <= "org:".count + 60 + 1 + 8)
        #expect(id.hasPrefix("org:uy-ban-nhan-dan-tinh-ba-ria-vung-tau-"))
    }

    @Test("a relation id is `r:` and 16 hex digits, the same for the same input")
    func relationIDShape() {
        let id = StableID.relation(subject: "person:a-1", predicate: .partOf, object: "org:b-2", attributes: [:])
        #expect(id.hasPrefix("r:"))
        #expect(id.dropFirst(2).count == 16)
        #expect(id.dropFirst(2).allSatisfy { $0.isHexDigit })
        #expect(StableID.relation(subject: "person:a-1", predicate: .partOf, object: "org:b-2", attributes: [:]) == id)
    }

    @Test("a symmetric relation has one id whichever end is the subject", arguments: [Predicate.metWith, .cooperatesWith, .signedWith])
    func symmetricRelations(predicate: Predicate) {
        let forward = StableID.relation(subject: "org:a-1", predicate: predicate, object: "org:b-2", attributes: [:])
        let backward = StableID.relation(subject: "org:b-2", predicate: predicate, object: "org:a-1", attributes: [:])
        #expect(forward == backward)
    }

    @Test("a directed relation reversed is another relation", arguments: [Predicate.partOf, .locatedIn, .issued, .holdsPosition])
    func directedRelations(predicate: Predicate) {
        let forward = StableID.relation(subject: "org:a-1", predicate: predicate, object: "org:b-2", attributes: [:])
        let backward = StableID.relation(subject: "org:b-2", predicate: predicate, object: "org:a-1", attributes: [:])
        #expect(forward != backward)
    }

    @Test("two posts of one person in one body are two relations; the same post written twice is one")
    func holdsPositionTitle() {
        func id(_ title: String, extra: [String: String] = [:]) -> String {
            StableID.relation(
                subject: "person:le-van-nung-1", predicate: .holdsPosition, object: "org:tinh-uy-an-giang-2",
                attributes: extra.merging(["title": title]) { $1 })
        }
        #expect(id("Phó Bí thư Thường trực") != id("Chủ tịch Hội đồng nhân dân"))
        #expect(id("Phó Bí thư Thường trực") == id("phó bí thư  thường trực"))
        #expect(id("Bí thư Tỉnh u\u{1EF7}") == id("Bí thư Tỉnh \u{1EE7}y"))
        // Only the title identifies the relation; other attributes do not.
        #expect(id("Bí thư", extra: ["since": "2020"]) == id("Bí thư"))
    }

    @Test("attributes do not identify relations whose predicate has no identifying attribute")
    func nonIdentifyingAttributes() {
        let plain = StableID.relation(subject: "org:a-1", predicate: .issued, object: "doc:b-2", attributes: [:])
        let dated = StableID.relation(subject: "org:a-1", predicate: .issued, object: "doc:b-2", attributes: ["date": "2021-05-19"])
        #expect(plain == dated)
    }

    @Test("an article id is 12 lower-case hex digits and depends on its material")
    func articleID() {
        let id = StableID.article("examples/articles/an-giang.txt")
        #expect(id.count == 12)
        #expect(id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(StableID.article("examples/articles/an-giang.txt") == id)
        #expect(StableID.article("examples/articles/can-tho.txt") != id)
    }
}
