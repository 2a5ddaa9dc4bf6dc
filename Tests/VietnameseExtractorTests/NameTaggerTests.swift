import MekongCore
import MekongIngest
import MekongPluginAPI
import Testing
import VietnameseDocuments
import VietnameseOfficials
import VietnameseOrganizations
import VietnamesePlaces
import VietnameseRelations
@testable import VietnameseNames

/// vi.names: the model file it reads, the one definition of features that training and tagging share, the tagger's
/// decoding, and the grammar's vetting of what it proposes. Most tests tag with a small model written here, so that
/// they say what the code does with a given model whatever the bundled one learns; one runs the bundled model on a
/// sentence of the kind it was trained for.
@Suite("vi.names: model file, shared features, decoding, vetting by the grammar")
struct NameTaggerTests {
    /// A model that labels "Văn Quán" and "Âu Cơ" places, "Rạch Giá thu hồi đất" the rest of a body, "Hồ Chí Minh" a
    /// place: each word's own weight for its label, and a strong transition from B to I of the same type.
    static let model: NameTaggerModel = {
        var lines = ["# a hand-written model for the tests"]
        func state(_ word: String, _ label: String, _ weight: Double = 6) {
            lines.append("state\t\(NameFeatures.wordTemplate(0))=\(word)\t\(label)\t\(weight)")
        }
        for (first, rest, type) in [
            ("văn", ["quán"], "LOC"), ("âu", ["cơ"], "LOC"), ("hồ", ["chí", "minh"], "LOC"), ("ubnd", ["thị", "xã", "rạch", "giá", "thu", "hồi", "đất"], "ORG"),
            ("trường", ["tiểu", "học", "đô", "thị", "sài", "đồng"], "ORG"),
        ] {
            state(first, "B-" + type)
            for word in rest { state(word, "I-" + type) }
        }
        for type in ["LOC", "ORG"] { lines.append("transition\tB-\(type)\tI-\(type)\t4") }
        lines.append("transition\tO\tO\t1")
        do { return try NameTaggerModel(text: lines.joined(separator: "\n"), path: "test-model.tsv") } catch {
            preconditionFailure("the test model does not parse: \(error)")
        }
    }()

    /// Runs the grammar's extractors and vi.names with `model` on `body` (under the headline "Tin tức").
    static func run(_ body: String, model: NameTaggerModel = model) throws -> Pipeline.Result {
        let pipeline = try Pipeline(extractors: [
            VietnameseOrganizationExtractor(), VietnamesePlaceExtractor(), VietnameseDocumentExtractor(),
            VietnameseDateExtractor(), VietnameseNameExtractor(model: model), VietnameseOfficialExtractor(),
            VietnameseRelationExtractor(),
        ])
        let parsed = try ArticleReader().read(text: "Tin tức\n\n" + body, path: "test.txt")
        return pipeline.run(DocumentBuilder().document(for: parsed, path: "test.txt"))
    }

    /// The mentions ``run(_:model:)`` finds.
    static func extract(_ body: String, model: NameTaggerModel = model) throws -> [EntityMention] {
        try run(body, model: model).mentions
    }

    /// A feature as CRFsuite reads it from training data: what `NameTrainingData.escaped` wrote, unescaped.
    static func unescaped(_ feature: String) -> String {
        var out = ""
        var escaping = false
        for character in feature {
            if escaping || character != "\\" { out.append(character); escaping = false } else { escaping = true }
        }
        return out
    }

    static func tagged(_ mentions: [EntityMention]) -> [String] {
        mentions.filter { $0.extractor == "vi.names" }.map { "\($0.type.rawValue) \($0.canonicalName)" }
    }

    @Test("a place the tagger is sure of and the gazetteer does not hold is found, with its tagger's confidence")
    func placeFound() throws {
        let mentions = try Self.extract("Người dân phường Mộ Lao và khu Văn Quán phản ánh tình trạng ngập úng.")
        #expect(Self.tagged(mentions) == ["place Văn Quán"])
        let found = try #require(mentions.first { $0.extractor == "vi.names" })
        #expect(found.confidence >= VietnameseNameExtractor.minimumConfidence && found.confidence <= 1)
        #expect(found.rule == "tagger")
    }

    @Test("a tagged place after a street's word, or shaped as a person's name, is not kept", arguments: [
        "Lực lượng chức năng đã ra quân dọc đường Âu Cơ vào sáng nay.",
        "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh là việc làm thường xuyên.",
    ])
    func placeVetted(text: String) throws {
        #expect(Self.tagged(try Self.extract(text)).isEmpty)
    }

    @Test("a country the grammar reads as no place ('tiếng Nga', 'mương Nhật Bản') is not brought back by the tagger")
    func countryRefusedByGrammar() throws {
        let model = try NameTaggerModel(
            text: ["state\t\(NameFeatures.wordTemplate(0))=nga\tB-LOC\t6", "state\t\(NameFeatures.wordTemplate(0))=nhật\tB-LOC\t6",
                "state\t\(NameFeatures.wordTemplate(0))=bản\tI-LOC\t6", "transition\tB-LOC\tI-LOC\t4", "transition\tO\tO\t1"]
                .joined(separator: "\n"), path: "countries.tsv")
        let refused = try Self.extract("Ông thông thạo tiếng Nga. Thành phố nạo vét mương Nhật Bản.", model: model)
        #expect(!refused.contains { $0.type == .place }, "\(refused.map(\.canonicalName))")
        // The same model's country, where the grammar reads it as one, stands.
        let country = try Self.extract("Ông từng học tập tại Nga.", model: model)
        #expect(country.contains { $0.type == .place && $0.canonicalName == "Nga" })
    }

    @Test("a body the grammar ended is not run on by the tagger over lower-case words ('thu hồi đất')")
    func runOnRejected() throws {
        let mentions = try Self.extract("Năm 2010, UBND thị xã Rạch Giá thu hồi đất của các hộ dân.")
        #expect(Self.tagged(mentions).isEmpty)
        #expect(mentions.contains { $0.type == .organization && $0.canonicalName.hasSuffix("thị xã Rạch Giá") })
    }

    @Test("a body its city closes is not run on by the tagger over a verb to the verb's object ('… TP Hồ Chí Minh hỗ trợ Kiên Giang')")
    func verbAfterTerritoryRejected() throws {
        let mentions = try Self.extract("Viện Pasteur TP Hồ Chí Minh hỗ trợ Kiên Giang xây dựng bệnh viện.", model: .bundled)
        #expect(Self.tagged(mentions).isEmpty)
        #expect(mentions.contains { $0.type == .organization && $0.canonicalName == "Viện Pasteur Thành phố Hồ Chí Minh" })
        // Without the city closing the name, a verb-like compound may be the name's own word: see
        // lowerCaseComplementFound ("Trường tiểu học đô thị Sài Đồng").
    }

    @Test("a body whose name runs on in lower case to its own name, which the grammar cuts, is found whole")
    func lowerCaseComplementFound() throws {
        let mentions = try Self.extract("Bà Lê Thị Hường, Hiệu trưởng Trường tiểu học đô thị Sài Đồng, cho biết nhà trường đã đủ giáo viên.")
        #expect(Self.tagged(mentions) == ["organization Trường tiểu học đô thị Sài Đồng"])
    }

    @Test("a name the tagger labels but is unsure of (a token below the minimum confidence) is not kept")
    func unsureTagsNothing() throws {
        let word = NameFeatures.wordTemplate(0)
        let unsure = try NameTaggerModel(
            text: "transition\tB-LOC\tI-LOC\t1\nstate\t\(word)=văn\tB-LOC\t1.2\nstate\t\(word)=quán\tI-LOC\t1.2",
            path: "unsure.tsv")
        let words = ["khu", "văn", "quán"]
        let labels = try #require(unsure.tag(count: words.count) { position, add in
            NameFeatures.forEach(at: position, count: words.count, word: { unsure.number(of: words[$0]) }, classes: { _ in [] }) {
                add(NameTaggerModel.key($0, $1, $2, $3))
            }
        })
        // The best labels name a place, with less than the minimum confidence: the extractor keeps nothing.
        #expect(labels.map(\.label) == [.outside, .beginPlace, .insidePlace])
        #expect(labels[1...2].contains { $0.probability < VietnameseNameExtractor.minimumConfidence })
        #expect(Self.tagged(try Self.extract("Người dân khu Văn Quán phản ánh.", model: unsure)).isEmpty)
        let blank = try NameTaggerModel(text: "transition\tO\tO\t1\nstate\t0\tO\t0.5", path: "blank.tsv")
        #expect(Self.tagged(try Self.extract("Người dân khu Văn Quán phản ánh.", model: blank)).isEmpty)
    }

    @Test("a model naming more words than a packed key can number is refused with what to do")
    func tooManyWords() {
        let limit = (1 << Int(NameTaggerModel.wordBits)) - 1
        var text = "transition\tO\tO\t1\n"
        for number in 0...limit { text += "state\t\(NameFeatures.wordTemplate(0))=w\(number)\tO\t1\n" }
        #expect(throws: NameTaggerModelError.tooManyWords(path: "big.tsv", limit: limit)) {
            _ = try NameTaggerModel(text: text, path: "big.tsv")
        }
        #expect(NameFeatures.templateCount <= 256)
    }

    @Test("decoding: the labels of the best sequence, each with its probability given the sentence")
    func decoding() throws {
        let words = ["ở", "văn", "quán", "."]
        let numbers = words.map { Self.model.number(of: $0) }
        let labels = try #require(Self.model.tag(count: words.count) { position, add in
            NameFeatures.forEach(at: position, count: words.count, word: { numbers[$0] }, classes: { _ in [] }) {
                add(NameTaggerModel.key($0, $1, $2, $3))
            }
        })
        #expect(labels.map(\.label) == [.outside, .beginPlace, .insidePlace, .outside])
        #expect(labels.allSatisfy { $0.probability > 0 && $0.probability <= 1.0000001 })
        #expect(labels[1...2].allSatisfy { $0.probability > 0.9 })
        #expect(TaggedName.runs(of: labels, start: 10) == [TaggedName(type: .place, tokens: 11..<13, confidence: labels[1...2].map(\.probability).min()!)])
        // Labels nobody wants are not given probabilities.
        let unwanted = Self.model.tag(count: words.count, features: { position, add in
            NameFeatures.forEach(at: position, count: words.count, word: { numbers[$0] }, classes: { _ in [] }) {
                add(NameTaggerModel.key($0, $1, $2, $3))
            }
        }, wanted: { _ in false })
        #expect(unwanted == nil)
    }

    @Test("the features training writes are the features tagging reads: each written feature parses to the key tagging computes")
    func oneDefinitionOfFeatures() throws {
        let parsed = try ArticleReader().read(text: "Tin tức\n\nUBND huyện Nhà Bè: Bí thư Nguyễn Văn An làm việc tại 15/2024/NĐ-CP.", path: "t.txt")
        let document = DocumentBuilder().document(for: parsed, path: "t.txt")
        let data = NameTrainingData()
        let text = data.text(of: document, labels: [NameLabel](repeating: .outside, count: document.tokens.count))
        // A model holding every written feature: tagging must find each of them at its token.
        let lines = text.split(separator: "\n").map { $0.split(separator: "\t").dropFirst().map { Self.unescaped(String($0)) } }
        var modelText = "transition\tO\tO\t0\n"
        for features in lines { for feature in features { modelText += "state\t\(feature)\tO\t1\n" } }
        let model = try NameTaggerModel(text: modelText, path: "all.tsv")
        let features = NameFeatures(lexicon: .shared)
        var index = 0
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            let range = sentence.tokens
            let numbers = range.map { model.number(of: document.tokenKeys[$0]) }
            let classes = features.classes(of: document, range: range)
            for position in 0..<range.count {
                var keys: Set<UInt64> = []
                NameFeatures.forEach(at: position, count: range.count, word: { numbers[$0] }, classes: { classes[$0] }) {
                    keys.insert(NameTaggerModel.key($0, $1, $2, $3))
                }
                let written = Set(lines[index].map { feature -> UInt64 in
                    let (template, words) = NameTaggerModel.parse(feature: Substring(feature))!
                    let numbers = words.map { model.number(of: $0) }
                    return NameTaggerModel.key(template, numbers.first ?? nil, numbers.dropFirst().first ?? nil, numbers.dropFirst(2).first ?? nil)
                })
                #expect(written == keys, "token \(index): \(lines[index])")
                #expect(keys.allSatisfy { model.rows[$0] != nil })
                index += 1
            }
        }
        #expect(index == lines.count && index > 10)
    }

    @Test("training labels come from the gold names, longest first, as whole tokens in the same case")
    func trainingLabels() throws {
        let parsed = try ArticleReader().read(
            text: "Tin tức\n\nỦy ban nhân dân tỉnh Hà Giang và ủy ban nhân dân các xã họp tại Hà Giang.", path: "t.txt")
        let document = DocumentBuilder().document(for: parsed, path: "t.txt")
        let labels = NameTrainingData().labels(
            of: document, names: [("Hà Giang", .place), ("Ủy ban nhân dân tỉnh Hà Giang", .organization), ("Tin", .date),
                                  ("tức Ủy", .organization)])
        let tags = zip(document.tokens, labels).filter { $0.1 != .outside }.map { "\($0.0.text)/\($0.1.tag)" }
        #expect(tags == ["Ủy/B-ORG", "ban/I-ORG", "nhân/I-ORG", "dân/I-ORG", "tỉnh/I-ORG", "Hà/I-ORG", "Giang/I-ORG",
                         "Hà/B-LOC", "Giang/I-LOC"])
    }

    @Test("features with ':' or '\\' are escaped for CRFsuite and read back")
    func escaping() {
        #expect(NameTrainingData.escaped("4=:") == "4=\\:")
        #expect(NameTrainingData.escaped("4=a\\b") == "4=a\\\\b")
        #expect(Self.unescaped(NameTrainingData.escaped("79=a\\: b")) == "79=a\\: b")
    }

    @Test("a model file that is not one says where and why", arguments: [
        ("transition\tO\tX\t1\nstate\t0\tO\t1", "test.tsv:1: 'O' or 'X' is not a label"),
        ("transition\tO\tO\t1\nstate\t999=a\tO\t1", "test.tsv:2: '999=a' is not a feature"),
        ("transition\tO\tO\tabc\n", "test.tsv:1: 'abc' is not a weight"),
        ("transition\tO\tO\t1\nstate\t4=a\tO", "test.tsv:2: 3 fields instead of 4"),
        ("weights\tO\tO\t1", "test.tsv:1: 'weights' is neither"),
        ("# nothing\n", "test.tsv: the name-tagger model has no weights"),
    ])
    func malformedModel(text: String, message: String) {
        #expect {
            _ = try NameTaggerModel(text: text, path: "test.tsv")
        } throws: { error in
            (error as? NameTaggerModelError)?.errorDescription?.hasPrefix(message) == true
        }
    }

    @Test("the bundled model finds districts listed after a numbered one, with no unit word, which the grammar misses")
    func bundledModel() throws {
        let text = "Công trình còn vướng việc giải tỏa mặt bằng của một số hộ dân ở Quận 7, Nhà Bè, Bình Chánh nên chậm tiến độ."
        let mentions = try Self.extract(text, model: .bundled)
        #expect(Set(Self.tagged(mentions)) == ["place Nhà Bè", "place Bình Chánh"])
        // The gazetteer's districts carry their unit and province, as vi.places gives them, for the relation rules.
        for found in mentions where found.extractor == "vi.names" {
            #expect(found.attributes["unit"] == "district" && found.attributes["province"] != nil, "\(found)")
        }
    }

    @Test("a place the tagger finds and nothing sizes lies in the district or province set after it in an address", arguments: [
        ("Người dân khu Văn Quán, quận Hà Đông phản ánh tình trạng ngập úng.", true),
        ("Người dân khu Văn Quán (quận Hà Đông) phản ánh tình trạng ngập úng.", true),
        // No address word before it: "A, B" may list peers.
        ("Du khách đến Văn Quán, quận Hà Đông ngày càng đông.", false),
    ])
    func unsizedPlaceInsideTheNextOne(text: String, placed expected: Bool) throws {
        let result = try Self.run(text)
        let placed = result.relations.compactMap { relation -> String? in
            guard relation.predicate == .locatedIn, case .existing(let s) = relation.subject, case .existing(let o) = relation.object
            else { return nil }
            return "\(result.mentions[s].canonicalName) → \(result.mentions[o].canonicalName)"
        }
        #expect(placed.contains("Văn Quán → Hà Đông") == expected, "\(placed)")
    }
}
