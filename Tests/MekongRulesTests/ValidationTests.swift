import Foundation
import Testing
@testable import MekongRules

@Suite("Validation")
struct ValidationTests {
    /// One invalid pack of `Fixtures/invalid` and the error it must produce.
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let kind: String
        let line: Int
        let field: String?
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "unknown-field.yaml", kind: "unknownField", line: 4, field: "patterns[0].tokenz"),
        Case(file: "bad-regex.yaml", kind: "invalidRegex", line: 4, field: "patterns[0].regex"),
        Case(file: "unknown-type.yaml", kind: "invalidTypeName", line: 4, field: "gazetteers[0].type"),
        Case(file: "invalid-type-in-tokens.yaml", kind: "invalidTypeName", line: 5, field: "patterns[0].tokens"),
        Case(file: "unknown-predicate.yaml", kind: "unknownPredicate", line: 6, field: "patterns[0].relation.predicate"),
        Case(file: "unknown-capture.yaml", kind: "unknownCapture", line: 8, field: "patterns[0].relation.object"),
        Case(
            file: "unknown-template-capture.yaml", kind: "unknownCapture", line: 10,
            field: "patterns[0].relation.attributes.date"),
        Case(file: "unknown-entity-capture.yaml", kind: "unknownCapture", line: 7, field: "patterns[0].entity.capture"),
        Case(file: "both-sources.yaml", kind: "patternSource", line: 7, field: "patterns[1]"),
        Case(file: "no-source.yaml", kind: "patternSource", line: 3, field: "patterns[0]"),
        Case(file: "missing-pack-id.yaml", kind: "missingField", line: 2, field: "id"),
        Case(file: "missing-pattern-id.yaml", kind: "missingField", line: 3, field: "patterns[0].id"),
        Case(file: "duplicate-pattern-id.yaml", kind: "duplicatePatternID", line: 6, field: "patterns[1].id"),
        Case(file: "text-capture-as-subject.yaml", kind: "invalidValue", line: 5, field: "patterns[0].relation.subject"),
        Case(file: "gap-out-of-range.yaml", kind: "invalidValue", line: 5, field: "patterns[0].gap"),
        Case(file: "bad-pack-id.yaml", kind: "invalidValue", line: 1, field: "id"),
        Case(file: "bad-confidence.yaml", kind: "invalidValue", line: 5, field: "gazetteers[0].confidence"),
        Case(file: "malformed.yaml", kind: "malformedYAML", line: 6, field: nil),
    ]

    @Test("Each invalid pack names its file, line and field", arguments: cases)
    func invalidPack(_ testCase: Case) throws {
        let path = RuleFixtures.directory + "/invalid/" + testCase.file
        let error = try #require(throws: RulePackError.self) { try RulePackLoader.load(path: path) }
        #expect(Self.kind(of: error) == testCase.kind)
        #expect(error.path == path)
        #expect(error.line == testCase.line)
        #expect(error.field == testCase.field)
        let message = try #require(error.errorDescription)
        let location = "\(path):\(testCase.line):" + (testCase.field.map { " \($0):" } ?? "")
        #expect(message.hasPrefix(location), "\(message)")
    }

    @Test("Every invalid fixture has a case")
    func everyFixtureCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: RuleFixtures.directory + "/invalid")
        #expect(Set(files) == Set(Self.cases.map(\.file)))
    }

    @Test("The schema example of RulePackLoader's documentation loads, with its derived capabilities")
    func documentedExample() throws {
        let extractor = try RuleFixtures.pack(
            #"""
            id: acme.cooperation
            version: 1.0.0
            summary: Cooperation between organizations
            consumes: [entity:person]
            gazetteers:
              - type: organization
                case_sensitive: false
                confidence: 0.9
                skip_inside: [organization]
                entries:
                  - name: Học viện Chính trị quốc gia Hồ Chí Minh
                    aliases: [HVCTQG]
                    attributes: {kind: academy}
                  - Ban Bí thư
            patterns:
              - id: phoi-hop
                tokens: "{organization:a} phối hợp … với {organization:b}"
                gap: 6
                case_sensitive: false
                confidence: 0.8
                relation: {predicate: cooperates_with, subject: a, object: b, attributes: {}}
              - id: chuc-danh
                regex: "Giám đốc (?<org>Sở [A-ZĐ][\\p{L} ]+)"
                entity: {type: organization, capture: org, canonical: "$org", attributes: {title: "Giám đốc"}}
            """#)
        #expect(extractor.descriptor.produces == [.entity(.organization), .relation(.cooperatesWith)])
        #expect(extractor.descriptor.consumes == [.entity(.person)])
        let document = try RuleFixtures.document("Tin\n\nGiám đốc Sở Y tế, ông A, dự họp. HVCTQG phối hợp với Ban Bí thư.")
        let extraction = try extractor.extract(from: document)
        #expect(extraction.mentions.map(\.text) == ["HVCTQG", "Ban Bí thư", "Sở Y tế"])
        #expect(extraction.mentions.last?.attributes == ["title": "Giám đốc"])
        #expect(extraction.relations.map(\.rule) == ["phoi-hop"])
    }

    @Test("Messages say what to do")
    func messages() throws {
        let unknownField = RulePackError.unknownField(
            path: "a.yaml", line: 4, field: "patterns[0].tokenz", allowed: RulePackParser.patternFields)
        #expect(unknownField.errorDescription?.contains("Allowed here: id, tokens, regex") == true)
        let predicate = RulePackError.unknownPredicate(path: "a.yaml", line: 6, field: "f", name: "cooperate_with")
        #expect(predicate.errorDescription?.contains("cooperates_with") == true)
        let capture = RulePackError.unknownCapture(path: "a.yaml", line: 8, field: "f", name: "c", known: ["a", "b"])
        #expect(capture.errorDescription?.contains("Its captures: a, b") == true)
    }

    @Test("A missing file and a directory of packs with one id twice are errors")
    func loaderErrors() throws {
        let missing = RuleFixtures.directory + "/no-such-pack.yaml"
        #expect(throws: RulePackError.unreadable(path: missing, reason: "no such file")) {
            try RulePackLoader.load(path: missing)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mekong-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = "id: test.same\ngazetteers:\n  - type: place\n    entries: [Huế]\n"
        try pack.write(to: directory.appendingPathComponent("b.yml"), atomically: true, encoding: .utf8)
        try pack.write(to: directory.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "not a pack".write(to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(throws: RulePackError.duplicatePackID(id: "test.same", paths: [directory.path + "/a.yaml", directory.path + "/b.yml"])) {
            try RulePackLoader.loadDirectory(directory.path)
        }
        try FileManager.default.removeItem(at: directory.appendingPathComponent("b.yml"))
        #expect(try RulePackLoader.loadDirectory(directory.path).map(\.pack.id) == ["test.same"])
    }

    static func kind(of error: RulePackError) -> String {
        switch error {
        case .unreadable: "unreadable"
        case .malformedYAML: "malformedYAML"
        case .unknownField: "unknownField"
        case .missingField: "missingField"
        case .invalidValue: "invalidValue"
        case .invalidRegex: "invalidRegex"
        case .invalidTypeName: "invalidTypeName"
        case .unknownPredicate: "unknownPredicate"
        case .unknownCapture: "unknownCapture"
        case .patternSource: "patternSource"
        case .duplicatePatternID: "duplicatePatternID"
        case .duplicatePackID: "duplicatePackID"
        case .unsafeRegex: "unsafeRegex"
        case .tooLarge: "tooLarge"
        }
    }
}
