import Foundation
import MekongIngest
import MekongPluginAPI
import Testing

@testable import MekongRules

/// A rule pack cannot hold Mekong for long: unsafe regexes and alias bombs are refused at load with
/// file:line, and a regex that still runs away is stopped at match time.
@Suite("Rule pack budgets")
struct RegexBudgetTests {
    @Test("regexes inside the safe subset are accepted", arguments: [
        #"Giám đốc (?<org>Sở (?:[A-ZĐ]\p{Ll}*)(?: [\p{L}]+)*?)(?=[,.;]| ông| bà|$)"#,
        #"ngày (?<day>\d{1,2})/(?<month>\d{1,2})(?:/(?<year>\d{4}))?"#,
        #"(?<a>Bộ [^,]+?) ký kết với (?<b>Bộ [^,.]+)"#,
        #"(?:phối hợp|hợp tác)+ với"#,
        #"(?i)(?:tỉnh|thành phố) \p{Lu}\p{Ll}+"#,
        #"[(+*]+ (a)"#,
    ])
    func accepted(regex: String) {
        #expect(RegexSafety.problem(in: regex) == nil)
    }

    @Test("nested quantifiers and backreferences are refused", arguments: [
        "(a+)+$", "(a*)*", #"(\w+\s?)+$"#, "(?:x*y)+", "((a+)b)+", "(?<n>a+){2,}", #"(a)\1"#, #"(?<w>a)\k<w>"#,
        "(b|a+)+",
    ])
    func refused(regex: String) {
        #expect(RegexSafety.problem(in: regex) != nil)
    }

    @Test("an unsafe regex is refused at load with the file, line and field")
    func refusedAtLoad() {
        let yaml = """
            id: test.unsafe
            version: "1"
            patterns:
              - id: boom
                regex: "(a+)+$"
                entity: {type: organization, capture: 0}
            """
        #expect {
            _ = try RulePackLoader.parse(yaml: yaml, path: "unsafe.yaml")
        } throws: { error in
            guard let error = error as? RulePackError, case .unsafeRegex = error else { return false }
            return error.line == 5 && error.field == "patterns[0].regex"
                && error.localizedDescription.hasPrefix("unsafe.yaml:5: patterns[0].regex:")
        }
    }

    @Test("a regex that runs past its time budget is stopped and reported as the pack's failure")
    func budgetAtMatchTime() throws {
        let yaml = """
            id: test.overlap
            version: "1"
            patterns:
              - id: boom
                regex: "(?<x>(?:a|aa)+)$"
                entity: {type: organization, capture: x}
            """
        let pack = try RulePackLoader.parse(yaml: yaml, path: "overlap.yaml")
        let text = "Tin\n\nChuỗi " + String(repeating: "a", count: 40) + "b"
        let document = DocumentBuilder().document(for: try ArticleReader().read(text: text, path: "a.txt"), path: "a.txt")
        let started = Date()
        #expect {
            _ = try pack.extract(from: document)
        } throws: { error in
            "\(error.localizedDescription)".contains("ran longer than 0.5 s")
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test("a pack whose aliases expand past the budget is refused at load, quickly")
    func aliasBomb() {
        var lines = ["id: test.aliases", "version: \"1\"", "gazetteers:", "  - type: organization", "    entries:",
                     "      - name: &big \"" + String(repeating: "x", count: 1_000_000) + "\""]
        lines += Array(repeating: "      - name: *big", count: 2_000)
        let started = Date()
        #expect {
            _ = try RulePackLoader.parse(yaml: lines.joined(separator: "\n"), path: "aliases.yaml")
        } throws: { error in
            guard let error = error as? RulePackError, case .tooLarge = error else { return false }
            return error.localizedDescription.hasPrefix("aliases.yaml:")
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
