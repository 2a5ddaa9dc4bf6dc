import MekongPluginAPI
import Testing
@testable import MekongRules

@Suite("Shipped packs")
struct ShippedPackTests {
    @Test("Every pack of Plugins/RulePacks loads and validates")
    func packsLoad() throws {
        let extractors = try RulePackLoader.loadDirectory(RuleFixtures.shippedPacks)
        #expect(
            extractors.map(\.pack.id) == [
                "example.cooperation", "vi.rules.central-bodies", "vi.rules.provinces", "vi.rules.titles",
            ])
        #expect(extractors.allSatisfy { $0.descriptor.kind == .rulePack })
    }

    @Test("The gazetteer packs hold their sources' entries")
    func gazetteerSizes() throws {
        let byID = Dictionary(
            uniqueKeysWithValues: try RulePackLoader.loadDirectory(RuleFixtures.shippedPacks).map { ($0.pack.id, $0.pack) })
        let provinces = try #require(byID["vi.rules.provinces"]?.gazetteers.first)
        #expect(provinces.type == .place)
        #expect(provinces.entries.count >= 63)
        #expect(provinces.entries.contains { $0.name == "An Giang" && $0.aliases.contains("tỉnh An Giang") })
        #expect(provinces.entries.contains { $0.name == "Hà Nội" && $0.aliases.contains("thành phố Hà Nội") })
        let bodies = try #require(byID["vi.rules.central-bodies"]?.gazetteers.first)
        #expect(bodies.type == .organization)
        #expect(bodies.entries.contains { $0.name == "Thông tấn xã Việt Nam" && $0.aliases == ["TTXVN"] })
        let titles = try #require(byID["vi.rules.titles"]?.gazetteers.first)
        #expect(titles.type == .position)
        #expect(titles.entries.contains { $0.name == "Giám đốc" })
    }

    @Test("The province pack finds provinces outside organization names")
    func provinces() throws {
        let extractor = try RulePackLoader.load(path: RuleFixtures.shippedPacks + "/vi-provinces.yaml")
        #expect(extractor.descriptor.consumes == [.entity(.organization)])
        var document = try RuleFixtures.document(
            "Tin\n\nTỉnh ủy An Giang làm việc với tỉnh Hòa Bình, TP.HCM và Hà Nội vì hòa bình.")
        document.mentions = [RuleFixtures.mention(.organization, "Tỉnh ủy An Giang", in: document)]
        let mentions = try extractor.extract(from: document).mentions
        #expect(mentions.map(\.text) == ["tỉnh Hòa Bình", "TP.HCM", "Hà Nội"])
        #expect(mentions.map(\.canonicalName) == ["Hòa Bình", "Thành phố Hồ Chí Minh", "Hà Nội"])
    }
}
