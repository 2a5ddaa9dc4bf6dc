import Foundation
import MekongCore
import Testing
@testable import VietnameseLexicon
@testable import VietnameseNames

/// The lexicon's and the name tagger's resources are read at the start of every ingest and eval; these readers work on
/// bytes and words rather than through Foundation's string search, and must read exactly what the text says.
@Suite("Reading the lexicon's and the name tagger's resources")
struct ResourceReadingTests {
    static let abbreviations = ["TƯ": "Trung ương", "MTTQ": "Mặt trận Tổ quốc", "VN": "Việt Nam", "UBND": "Ủy ban nhân dân",
                                "TP": "Thành phố", "BCH": "Ban Chấp hành"]

    @Test("a known body is also written with its abbreviations, one run or several, and never with lower-case expansions")
    func abbreviatedVariants() {
        let replaceable = VietnameseLexicon.replaceableAbbreviations(Self.abbreviations)
        // "Ủy ban nhân dân" starts with a capital but "TP" names the city's short forms, which the gazetteer owns.
        #expect(replaceable.map(\.abbreviation) == ["BCH", "MTTQ", "TƯ", "UBND", "VN"])
        let variants = VietnameseLexicon.abbreviatedVariants(
            of: "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", replacing: replaceable)
        #expect(Set(variants) == [
            "Ủy ban TƯ Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc VN",
            "Ủy ban TƯ MTTQ Việt Nam", "Ủy ban TƯ Mặt trận Tổ quốc VN", "Ủy ban Trung ương MTTQ VN", "Ủy ban TƯ MTTQ VN",
        ])
        #expect(variants.count == Set(variants).count, "each spelling once")
        #expect(VietnameseLexicon.abbreviatedVariants(of: "Thành phố Hà Nội", replacing: replaceable).isEmpty)
        // Whole words only: "Việt Nam" inside "Việt Namese" is no expansion.
        #expect(VietnameseLexicon.abbreviatedVariants(of: "Hội Việt Namese", replacing: replaceable).isEmpty)
    }

    @Test("an expansion written twice is abbreviated both times when a word stands between, once when none does")
    func repeatedExpansion() {
        let replaceable = VietnameseLexicon.replaceableAbbreviations(["VN": "Việt Nam"])
        #expect(VietnameseLexicon.abbreviatedVariants(of: "Việt Nam và Việt Nam", replacing: replaceable) == ["VN và VN"])
        // Side by side the runs share a space, as in a search for " Việt Nam " in " Việt Nam Việt Nam ".
        #expect(VietnameseLexicon.abbreviatedVariants(of: "Việt Nam Việt Nam", replacing: replaceable)
            == ["VN Việt Nam", "VN VN"])
    }

    @Test("resource fields lose the spaces and tabs around them, Unicode's spaces too, and nothing else")
    func trimming() {
        #expect(VietnameseLexicon.rows(of: " \tSở Y tế\u{00A0} \tX\n") == [["", "Sở Y tế", "X"]], "a tab opens an empty field")
        #expect(VietnameseLexicon.rows(of: "\u{3000}Hà Nội\u{2009}") == [["Hà Nội"]])
        #expect(VietnameseLexicon.rows(of: " \t \n\n").isEmpty, "a blank line is no row")
        #expect(VietnameseLexicon.rows(of: "Hà Nội\r") == [["Hà Nội\r"]], "a carriage return is not a space")
        #expect(VietnameseLexicon.rows(of: "\t# a comment\tx\nSở\t\tY tế") == [["Sở", "", "Y tế"]], "empty fields kept")
        #expect(VietnameseLexicon.rows(of: "Bộ\u{00A0}Y tế") == [["Bộ\u{00A0}Y tế"]], "a space inside a field stays")
    }

    /// The rows as the lexicon read them before it read bytes: lines and fields split as Characters, each trimmed of the
    /// characters whose scalars are all tabs or Unicode space separators.
    static func characterRows(of text: String) -> [[String]] {
        func trimmed(_ text: Substring) -> Substring {
            func isSpace(_ character: Character) -> Bool {
                character.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
            }
            guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
            else { return text[text.endIndex...] }
            return text[first...last]
        }
        return text.split(separator: "\n").compactMap { line in
            let whole = trimmed(line)
            if whole.isEmpty || whole.hasPrefix("#") { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map { String(trimmed($0)) }
        }
    }

    @Test("every resource file of the lexicon reads as it did when its lines were split as Characters")
    func resourceFilesReadTheSame() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Plugins/VietnameseLexicon/Resources")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }
        #expect(files.count >= 14)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                .precomposedStringWithCanonicalMapping
            let rows = VietnameseLexicon.rows(of: text)
            #expect(!rows.isEmpty, "\(file)")
            #expect(rows == Self.characterRows(of: text), "\(file)")
        }
    }

    @Test("the model is split at tabs and line feeds as bytes: a word that opens with a combining mark is a word of its own")
    func modelBytes() throws {
        let text = "# a comment\ntransition\tO\tB-PER\t0.5\n\nstate\t4=\u{0301}a  b\tB-PER\t1.25\nstate\t4=\u{0301}a  b\tO\t-2\n"
        let model = try NameTaggerModel(text: text, path: "test.tsv")
        #expect(model.vocabulary.count == 2)
        #expect(model.vocabulary[UTF8Key("\u{0301}a")] == 0)
        #expect(model.vocabulary[UTF8Key("b")] == 1)
        #expect(model.rows.count == 1, "one feature, weighted for two labels")
        let width = NameTaggerModel.width
        #expect(model.stateWeights[NameLabel(tag: "B-PER")!.rawValue] == 1.25)
        #expect(model.stateWeights[NameLabel(tag: "O")!.rawValue] == -2)
        #expect(model.transitions[NameLabel(tag: "O")!.rawValue * width + NameLabel(tag: "B-PER")!.rawValue] == 0.5)
        #expect(NameTaggerModel.parse(feature: "7") ?? (0, ["x"]) == (7, []))
        #expect(NameTaggerModel.parse(feature: "7=") == nil, "'=' and no word")
        #expect(NameTaggerModel.parse(feature: "7=a b c d") == nil, "four words")
    }
}
