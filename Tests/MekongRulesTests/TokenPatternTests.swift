import MekongPluginAPI
import Testing
@testable import MekongRules

@Suite("Token patterns")
struct TokenPatternTests {
    @Test("{organization} … với {organization} relates the right mentions, with the sentence as evidence")
    func cooperation() throws {
        let document = try RuleFixtures.article("hop-tac.txt")
        let extraction = try RuleFixtures.examplePack().extract(from: document)
        let relations = extraction.relations.filter { $0.predicate == .cooperatesWith }
        #expect(relations.count == 2)

        let first = try #require(relations.first { $0.rule == "phoi-hop" })
        #expect(name(of: first.subject, extraction, document) == "HVCTQG")
        #expect(name(of: first.object, extraction, document) == "Ban Thường vụ Tỉnh ủy An Giang")
        let sentence = "Sáng 12/3, tại tỉnh An Giang, HVCTQG phối hợp chặt chẽ trong công tác đào tạo cán bộ với "
            + "Ban Thường vụ Tỉnh ủy An Giang."
        #expect(document.text(first.evidence) == sentence)
        #expect(first.confidence == 0.8)

        let second = try #require(relations.first { $0.rule == "hai-ben-phoi-hop" })
        #expect(name(of: second.subject, extraction, document) == "Trường Chính trị Tôn Đức Thắng")
        #expect(name(of: second.object, extraction, document) == "Học viện Chính trị Quốc gia Hồ Chí Minh")
    }

    @Test("A text capture becomes an attribute; {person} from an earlier extractor is an existing mention")
    func holdsPosition() throws {
        var document = try RuleFixtures.article("hop-tac.txt")
        document.mentions = [RuleFixtures.mention(.person, "Trần Văn A", in: document)]
        let extraction = try RuleFixtures.examplePack().extract(from: document)
        let relation = try #require(extraction.relations.first { $0.predicate == .holdsPosition })
        #expect(relation.subject == .existing(0))
        #expect(relation.attributes == ["title": "Giám đốc"])
        #expect(name(of: relation.object, extraction, document) == "Sở Nội vụ")
        #expect(relation.rule == "giu-chuc")
    }

    @Test("The pack's descriptor derives consumes and produces")
    func descriptor() throws {
        let descriptor = try RuleFixtures.examplePack().descriptor
        #expect(descriptor.id == "example.cooperation")
        #expect(descriptor.kind == .rulePack)
        #expect(
            descriptor.produces == [
                .entity(.organization), .entity(.place), .relation(.cooperatesWith), .relation(.holdsPosition),
            ])
        #expect(descriptor.consumes == [.entity(.person)])
    }

    @Test(
        "A gap matches up to its limit",
        arguments: [
            ("{organization:a} phối hợp … với {organization:b}", 1),
            ("{organization:a} phối hợp …3 với {organization:b}", 1),
            ("{organization:a} phối hợp …2 với {organization:b}", 0),
            ("{organization:a} phối hợp với {organization:b}", 0),
            ("{organization:a} [phối hợp|liên kết] [rất|] chặt chẽ với {organization:b}", 1),
            ("{organization:a} PHỐI HỢP … với {organization:b}", 1),
        ])
    func gapLimits(pattern: String, expected: Int) throws {
        let extractor = try RuleFixtures.pack(
            """
            id: test.gap
            gazetteers:
              - type: organization
                entries: [Bộ Y tế, Bộ Nội vụ]
            patterns:
              - id: p
                tokens: "\(pattern)"
                relation: {predicate: cooperates_with, subject: a, object: b}
            """)
        let document = try RuleFixtures.document("Tin\n\nBộ Y tế phối hợp rất chặt chẽ với Bộ Nội vụ.")
        #expect(try extractor.extract(from: document).relations.count == expected)
    }

    @Test("Case-sensitive token patterns compare literal words exactly")
    func caseSensitiveLiterals() throws {
        let yaml = { (flag: Bool) in
            """
            id: test.case
            gazetteers:
              - type: organization
                entries: [Bộ Y tế, Bộ Nội vụ]
            patterns:
              - id: p
                tokens: "{organization:a} Phối Hợp với {organization:b}"
                case_sensitive: \(flag)
                relation: {predicate: cooperates_with, subject: a, object: b}
            """
        }
        let document = try RuleFixtures.document("Tin\n\nBộ Y tế phối hợp với Bộ Nội vụ.")
        #expect(try RuleFixtures.pack(yaml(false)).extract(from: document).relations.count == 1)
        #expect(try RuleFixtures.pack(yaml(true)).extract(from: document).relations.isEmpty)
    }

    @Test("A match does not cross sentences")
    func withinSentence() throws {
        let extractor = try RuleFixtures.pack(
            """
            id: test.sentence
            gazetteers:
              - type: organization
                entries: [Bộ Y tế, Bộ Nội vụ]
            patterns:
              - id: p
                tokens: "{organization:a} … {organization:b}"
                relation: {predicate: cooperates_with, subject: a, object: b}
            """)
        let document = try RuleFixtures.document("Tin\n\nBộ Y tế họp. Bộ Nội vụ họp.")
        #expect(try extractor.extract(from: document).relations.isEmpty)
    }

    @Test("An entity output over a token pattern, with an optional choice and a canonical template")
    func entityFromTokens() throws {
        let extractor = try RuleFixtures.pack(
            """
            id: test.event
            patterns:
              - id: hoi-nghi
                tokens: "Hội nghị [lần thứ|] …3:so của"
                entity: {type: event, canonical: "Hội nghị $so", attributes: {number: "$so"}}
            """)
        let document = try RuleFixtures.document("Tin\n\nHội nghị lần thứ 10 của Ban Chấp hành diễn ra.")
        let mention = try #require(try extractor.extract(from: document).mentions.first)
        #expect(mention.type == .event)
        #expect(mention.text == "Hội nghị lần thứ 10 của")
        #expect(mention.canonicalName == "Hội nghị 10")
        #expect(mention.attributes == ["number": "10"])
        #expect(mention.rule == "hoi-nghi")
    }

    @Test("Pattern syntax errors are reported", arguments: [
        "{organization:a", "… {organization:a}", "{organization:a} …", "[a|b", "{organization:a} … … {organization:b}",
        "{organization:a} {organization:a}", "", "]", "{organization:a} …99 {organization:b}",
    ])
    func syntaxErrors(pattern: String) {
        #expect(throws: (any Error).self) {
            try TokenPattern.parse(pattern, gap: 6, caseSensitive: false).get()
        }
    }

    private func name(of reference: MentionReference, _ extraction: Extraction, _ document: Document) -> String? {
        switch reference {
        case .existing(let index): document.mentions.indices.contains(index) ? document.mentions[index].text : nil
        case .new(let index): extraction.mentions.indices.contains(index) ? extraction.mentions[index].text : nil
        }
    }
}
