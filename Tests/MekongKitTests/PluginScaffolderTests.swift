import Foundation
import Testing

@testable import MekongKit

/// `mekong plugins new` on a copy of the two files it edits.
@Suite("Scaffolding a plugin")
struct PluginScaffolderTests {
    /// A scratch checkout holding this repository's Package.swift and BuiltInExtractors.swift.
    func checkout() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let manager = FileManager.default
        try manager.createDirectory(atPath: scratch.path("Sources/MekongKit"), withIntermediateDirectories: true)
        try manager.copyItem(atPath: root.appendingPathComponent("Package.swift").path, toPath: scratch.path("Package.swift"))
        try manager.copyItem(
            atPath: root.appendingPathComponent("Sources/MekongKit/BuiltInExtractors.swift").path,
            toPath: scratch.path("Sources/MekongKit/BuiltInExtractors.swift"))
        return scratch
    }

    @Test("writes the plugin and its test, and adds the targets and the registration at the markers")
    func scaffolds() throws {
        let scratch = try checkout()
        defer { scratch.remove() }
        // A name no checkout has yet (users may have scaffolded AcmeProducts themselves).
        let name = "Probe" + String((0..<10).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement()! })
        let result = try PluginScaffolder(root: scratch.url.path).scaffold(name: name, id: "test.\(name.lowercased())")
        #expect(result.created == ["Plugins/\(name)/\(name).swift", "Tests/\(name)Tests/\(name)Tests.swift"])
        let source = try String(contentsOfFile: scratch.path("Plugins/\(name)/\(name).swift"), encoding: .utf8)
        #expect(source.contains("public struct \(name): Extractor"))
        #expect(source.contains("id: \"test.\(name.lowercased())\""))
        let manifest = try String(contentsOfFile: scratch.path("Package.swift"), encoding: .utf8)
        #expect(manifest.contains(".target(name: \"\(name)\", dependencies: [\"MekongPluginAPI\"]"))
        #expect(manifest.contains(".testTarget(name: \"\(name)Tests\""))
        let registrations = try String(contentsOfFile: scratch.path("Sources/MekongKit/BuiltInExtractors.swift"), encoding: .utf8)
        #expect(registrations.contains("import \(name)\n// mekong:plugin-imports"))
        #expect(registrations.contains("try registry.register(\(name)())\n        // mekong:plugin-registrations"))
    }

    @Test("the default id is the name as dotted lower case")
    func defaultID() {
        #expect(PluginScaffolder.defaultID(for: "AcmeProducts") == "acme.products")
        #expect(PluginScaffolder.defaultID(for: "Acme") == "acme")
    }

    @Test(
        "refuses what would break the build or the registry",
        arguments: [
            ("acmeProducts", nil as String?), ("Acme-Products", nil), ("MekongCore", nil), ("Foundation", nil),
            ("AcmeProducts", "vi.places"), ("AcmeProducts", "Bad Id"),
        ])
    func refuses(name: String, id: String?) throws {
        let scratch = try checkout()
        defer { scratch.remove() }
        #expect(throws: ScaffoldError.self) {
            try PluginScaffolder(root: scratch.url.path).scaffold(name: name, id: id)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("Plugins/\(name)")))
    }

    @Test("refuses a folder that is not a checkout, naming it")
    func refusesNonCheckout() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        #expect(throws: ScaffoldError.notACheckout(root: scratch.url.path)) {
            try PluginScaffolder(root: scratch.url.path).scaffold(name: "AcmeProducts")
        }
    }
}
