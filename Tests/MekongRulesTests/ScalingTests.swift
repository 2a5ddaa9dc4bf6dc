import MekongPluginAPI
import Testing
@testable import MekongRules

@Suite("Scaling")
struct ScalingTests {
    /// An article of `sentences` sentences like the fixture's, for the example pack to chew on.
    static func article(sentences: Int) throws -> Document {
        let sentence = "HVCTQG phối hợp chặt chẽ trong công tác đào tạo cán bộ với Ban Thường vụ Tỉnh ủy An Giang, "
            + "Giám đốc Sở Y tế, bà Lê Thị B 🇻🇳, và tỉnh An Giang cùng Trường Chính trị Tôn Đức Thắng đã hợp tác."
        return try RuleFixtures.document("Tin\n\n" + Array(repeating: sentence, count: sentences).joined(separator: " "))
    }

    @Test("Matching work grows linearly with the number of tokens")
    func linear() throws {
        let extractor = try RuleFixtures.examplePack()
        var small = 0
        var large = 0
        let smallDocument = try Self.article(sentences: 200)
        let largeDocument = try Self.article(sentences: 800)
        let smallResult = try extractor.extract(from: smallDocument, steps: &small)
        let largeResult = try extractor.extract(from: largeDocument, steps: &large)
        #expect(small > 0)
        #expect(largeResult.mentions.count == 4 * smallResult.mentions.count)
        #expect(largeResult.relations.count == 4 * smallResult.relations.count)
        // Four times the text: four times the work, give or take the article's headline.
        #expect(Double(large) <= 4.2 * Double(small), "\(small) steps, then \(large)")
    }

    @Test("A thousand articles' worth of matching")
    func thousandArticles() throws {
        let extractor = try RuleFixtures.examplePack()
        let document = try RuleFixtures.article("hop-tac.txt")
        let once = try extractor.extract(from: document)
        var mentions = 0
        var relations = 0
        for _ in 0..<1_000 {
            let extraction = try extractor.extract(from: document)
            mentions += extraction.mentions.count
            relations += extraction.relations.count
        }
        #expect(mentions == 1_000 * once.mentions.count)
        #expect(relations == 1_000 * once.relations.count)
    }
}
