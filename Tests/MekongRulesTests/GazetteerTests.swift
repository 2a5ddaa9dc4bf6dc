import MekongPluginAPI
import Testing
@testable import MekongRules

@Suite("Gazetteers")
struct GazetteerTests {
    @Test("Names and aliases become mentions with their spans and canonical names")
    func namesAndAliases() throws {
        let document = try RuleFixtures.article("hop-tac.txt")
        let extraction = try RuleFixtures.examplePack().extract(from: document)
        let found = extraction.mentions.filter { $0.rule == RulePackExtractor.gazetteerRule }
        let expected: [(type: EntityType, text: String, canonical: String, occurrence: Int)] = [
            (.organization, "Học viện Chính trị quốc gia Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh", 0),
            (.place, "tỉnh An Giang", "An Giang", 0),
            (.place, "tỉnh An Giang", "An Giang", 1),
            (.organization, "HVCTQG", "Học viện Chính trị quốc gia Hồ Chí Minh", 0),
            (.organization, "Ban Thường vụ Tỉnh ủy An Giang", "Ban Thường vụ Tỉnh ủy An Giang", 0),
            (.organization, "Trường Chính trị Tôn Đức Thắng", "Trường Chính trị Tôn Đức Thắng", 0),
            (.organization, "Học viện Chính trị Quốc gia Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh", 0),
        ]
        #expect(found.count == expected.count)
        for (mention, want) in zip(found, expected) {
            #expect(mention.type == want.type)
            #expect(mention.text == want.text)
            #expect(mention.canonicalName == want.canonical)
            #expect(mention.span == RuleFixtures.span(of: want.text, in: document, occurrence: want.occurrence))
            #expect(document.text(mention.span) == want.text)
        }
        let academy = try #require(found.first { $0.text == "HVCTQG" })
        #expect(academy.attributes == ["kind": "academy"])
        #expect(academy.aliases.contains("HVCTQG"))
        #expect(academy.confidence == 0.95)
    }

    @Test("The longest name wins and names do not overlap")
    func longestName() throws {
        let extractor = try RuleFixtures.pack(
            """
            id: test.longest
            gazetteers:
              - type: organization
                entries: [Tỉnh ủy An Giang, Ban Thường vụ Tỉnh ủy An Giang]
              - type: place
                entries: [An Giang]
            """)
        let document = try RuleFixtures.document("Tin\n\nBan Thường vụ Tỉnh ủy An Giang họp tại An Giang.")
        let mentions = try extractor.extract(from: document).mentions
        #expect(mentions.map(\.text) == ["Ban Thường vụ Tỉnh ủy An Giang", "An Giang"])
        #expect(mentions.map(\.type) == [.organization, .place])
    }

    @Test("Case-sensitive names skip lower-case words; others match in any case")
    func caseSensitivity() throws {
        let extractor = try RuleFixtures.pack(
            """
            id: test.case
            gazetteers:
              - type: place
                case_sensitive: true
                entries: [Hòa Bình]
              - type: organization
                entries: [Bộ Y tế]
            """)
        let document = try RuleFixtures.document("Tin\n\nVì hòa bình, tỉnh Hòa Bình và BỘ Y TẾ làm việc.")
        let mentions = try extractor.extract(from: document).mentions
        #expect(mentions.map(\.text) == ["Hòa Bình", "BỘ Y TẾ"])
        #expect(mentions.map(\.canonicalName) == ["Hòa Bình", "Bộ Y tế"])
    }

    @Test("skip_inside leaves out names inside earlier mentions of those types")
    func skipInside() throws {
        var document = try RuleFixtures.document("Tin\n\nTỉnh ủy An Giang chỉ đạo tỉnh An Giang và An Giang.")
        document.mentions = [RuleFixtures.mention(.organization, "Tỉnh ủy An Giang", in: document)]
        let extractor = try RuleFixtures.examplePack()
        let places = try extractor.extract(from: document).mentions.filter { $0.type == .place }
        #expect(places.map(\.text) == ["tỉnh An Giang", "An Giang"])
        #expect(places.allSatisfy { !document.mentions[0].span.overlaps($0.span) })
    }

    @Test("Entries written in decomposed Unicode still match the NFC text")
    func decomposedEntries() throws {
        let decomposed = "Bộ Y tế".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > "Bộ Y tế".unicodeScalars.count)
        let extractor = try RuleFixtures.pack("id: test.nfd\ngazetteers:\n  - type: organization\n    entries: [\(decomposed)]\n")
        let document = try RuleFixtures.document("Tin\n\nBộ Y tế họp.")
        let mentions = try extractor.extract(from: document).mentions
        #expect(mentions.map(\.text) == ["Bộ Y tế"])
        #expect(mentions.first?.canonicalName == "Bộ Y tế")
    }
}
