import MekongPluginAPI
import Testing

@Suite("The extractor registry")
struct ExtractorRegistryTests {
    private func registry(_ ids: [String]) throws -> ExtractorRegistry {
        let registry = ExtractorRegistry()
        for id in ids { try registry.register(StubExtractor(id, produces: [.entity(.place)])) }
        return registry
    }

    @Test("extractors are listed in registration order")
    func registrationOrder() throws {
        #expect(try registry(["vi.places", "vi.documents", "rules.acme"]).extractors.map(\.descriptor.id)
            == ["vi.places", "vi.documents", "rules.acme"])
    }

    @Test("a second registration of an id is an error and does not replace the first")
    func duplicateID() throws {
        let registry = try registry(["vi.places"])
        let impostor = StubExtractor("vi.places", produces: [.entity(.person)])
        #expect(throws: ExtractorError.duplicateID("vi.places")) { try registry.register(impostor) }
        #expect(registry.extractors.count == 1)
        #expect(registry.extractors.first?.descriptor.produces == [.entity(.place)])
        #expect(ExtractorError.duplicateID("vi.places").errorDescription?.contains("\"vi.places\"") == true)
    }

    @Test("concurrent registrations of one id: exactly one wins")
    func concurrentDuplicates() async {
        let registry = ExtractorRegistry()
        let successes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<32 {
                group.addTask { (try? registry.register(StubExtractor("vi.places", produces: [.entity(.place)]))) != nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(successes == 1)
        #expect(registry.extractors.count == 1)
    }

    @Test("concurrent registrations of distinct ids are all kept")
    func concurrentDistinct() async {
        let registry = ExtractorRegistry()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<64 {
                group.addTask { try? registry.register(StubExtractor("test.\(index)", produces: [.entity(.place)])) }
            }
        }
        #expect(Set(registry.extractors.map(\.descriptor.id)) == Set((0..<64).map { "test.\($0)" }))
    }

    @Test(
        "selection: only the enabled ones when any are named, minus the disabled ones, in registration order",
        arguments: [
            ([], [], ["a", "b", "c"]),
            (["b"], [], ["b"]),
            ([], ["a"], ["b", "c"]),
            (["c", "a"], [], ["a", "c"]),
            (["a", "c"], ["c"], ["a"]),
            ([], ["a", "b", "c"], []),
        ] as [([String], [String], [String])])
    func selection(enabled: [String], disabled: [String], expected: [String]) throws {
        let selected = try registry(["a", "b", "c"]).selection(enabled: enabled, disabled: disabled)
        #expect(selected.map(\.descriptor.id) == expected)
    }

    @Test(
        "naming an unknown id to enable or disable is an error listing the known ids",
        arguments: [(["vi.nope"], []), ([], ["vi.nope"]), (["a", "vi.nope"], [])] as [([String], [String])])
    func unknownID(enabled: [String], disabled: [String]) throws {
        let registry = try registry(["a", "b"])
        #expect(throws: ExtractorError.unknownExtractor("vi.nope", known: ["a", "b"])) {
            try registry.selection(enabled: enabled, disabled: disabled)
        }
        let message = ExtractorError.unknownExtractor("vi.nope", known: ["a", "b"]).errorDescription ?? ""
        #expect(message.contains("\"vi.nope\"") && message.contains("a, b"))
    }
}
