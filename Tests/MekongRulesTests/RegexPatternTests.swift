import MekongPluginAPI
import Testing
@testable import MekongRules

@Suite("Regex patterns")
struct RegexPatternTests {
    @Test("A named capture becomes an entity with attributes, at the right scalar span after emoji")
    func captureToEntity() throws {
        let document = try RuleFixtures.article("hop-tac.txt")
        // The flag is two scalars and four UTF-16 units, the party popper one scalar and two units: a
        // span computed in UTF-16 would land three scalars too far.
        #expect(document.text.contains("🎉🇻🇳"))
        let extraction = try RuleFixtures.examplePack().extract(from: document)
        let departments = extraction.mentions.filter { $0.rule == "giam-doc-so" }
        #expect(departments.map(\.text) == ["Sở Nội vụ", "Sở Y tế"])
        for mention in departments {
            #expect(document.text(mention.span) == mention.text)
            #expect(mention.span == RuleFixtures.span(of: mention.text, in: document))
            #expect(mention.type == .organization)
            #expect(mention.canonicalName == mention.text)
            #expect(mention.attributes == ["head_title": "Giám đốc"])
        }
    }

    @Test("Captures fill attribute templates; an unmatched optional group leaves its attribute out")
    func attributes() throws {
        let extractor = try RuleFixtures.pack(
            #"""
            id: test.date
            patterns:
              - id: ngay
                regex: "ngày (?<day>\\d{1,2})/(?<month>\\d{1,2})(?:/(?<year>\\d{4}))?"
                entity:
                  type: date
                  attributes: {day: "$day", month: "${month}", year: "$year", text: "ngày $day/$month"}
            """#)
        let document = try RuleFixtures.document("Tin\n\nHọp ngày 19/5/2021 và ngày 20/6 tại 𝕏 Hà Nội.")
        let mentions = try extractor.extract(from: document).mentions
        #expect(mentions.map(\.text) == ["ngày 19/5/2021", "ngày 20/6"])
        #expect(mentions.first?.attributes == ["day": "19", "month": "5", "year": "2021", "text": "ngày 19/5"])
        #expect(mentions.last?.attributes == ["day": "20", "month": "6", "text": "ngày 20/6"])
        for mention in mentions { #expect(document.text(mention.span) == mention.text) }
    }

    @Test("Regex relation ends resolve to mentions with exactly the group's span")
    func regexRelation() throws {
        let extractor = try RuleFixtures.pack(
            #"""
            id: test.regex-relation
            gazetteers:
              - type: organization
                entries: [Bộ Y tế, Bộ Nội vụ]
            patterns:
              - id: ky
                regex: "(?<a>Bộ [^,]+?) ký kết với (?<b>Bộ [^,.]+)"
                relation: {predicate: signed_with, subject: a, object: b}
            """#)
        let document = try RuleFixtures.document("Tin\n\n🇻🇳 Bộ Y tế ký kết với Bộ Nội vụ. Bộ Y tế ký kết với Bộ Lạ.")
        let extraction = try extractor.extract(from: document)
        #expect(extraction.relations.count == 1)
        #expect(extraction.relations.first?.subject == .new(0))
        #expect(extraction.relations.first?.object == .new(1))
    }

    @Test("UTF-16 offsets map to scalar offsets", arguments: [
        ("abc", 3, 3), ("Sở Y tế", 7, 7), ("🇻🇳 Sở", 5, 3), ("a😀b", 3, 2), ("x\u{0302}y", 3, 3),
    ])
    func scalarOffsets(text: String, utf16End: Int, scalarEnd: Int) {
        let offsets = ScalarOffsets(text)
        #expect(offsets.scalar(text.utf16.count) == text.unicodeScalars.count)
        #expect(offsets.scalar(min(utf16End, text.utf16.count)) == min(scalarEnd, text.unicodeScalars.count))
        #expect(offsets.scalar(0) == 0)
    }

    @Test("Group names are read from the regex, skipping lookbehinds and escapes")
    func groupNames() {
        #expect(RegexPattern.groupNames(in: #"(?<a>x)(?<=y)\(?<no>(?<b2>z)[(?<c>]"#) == ["a", "b2"])
    }
}
