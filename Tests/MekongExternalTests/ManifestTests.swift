import Foundation
import MekongExternal
import MekongPluginAPI
import Testing

@Suite("External plugin manifests")
struct ManifestTests {
    /// A manifest beside the faulty plugin, so that relative paths resolve against its folder.
    static let path = PluginFixtures.directory + "/faulty/test-manifest.json"

    /// The fields of a valid manifest, as JSON text.
    static let validFields: [(String, String)] = [
        ("id", #""test.plugin""#), ("version", #""1.0.0""#), ("summary", #""A test plugin""#),
        ("command", #""python3""#), ("arguments", #"["faulty.py", "--verbose"]"#), ("timeout_seconds", "2.5"),
        ("consumes", #"["entity:organization"]"#), ("produces", #"["entity:event", "relation:test.organizes"]"#),
        ("config", #"{"greeting": "xin chào", "depth": 2}"#),
    ]

    /// A valid manifest with `field` set to the JSON `value`, or removed when `value` is `nil`.
    static func manifest(setting field: String? = nil, to value: String? = nil) -> Data {
        var fields = validFields.filter { $0.0 != field }
        if let field, let value { fields.append((field, value)) }
        return Data(("{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}").utf8)
    }

    @Test("a valid manifest: fields, defaults, resolved paths and the descriptor")
    func valid() throws {
        let manifest = try ExternalPluginManifest.parse(Self.manifest(), path: Self.path)

        #expect(manifest.id == "test.plugin")
        #expect(manifest.directory == PluginFixtures.directory + "/faulty")
        #expect(manifest.executable.hasSuffix("/python3"))
        #expect(manifest.resolvedArguments == [PluginFixtures.directory + "/faulty/faulty.py", "--verbose"])
        #expect(manifest.timeoutSeconds == 2.5)
        #expect(manifest.startupTimeoutSeconds == ExternalPluginManifest.defaultTimeoutSeconds)
        #expect(manifest.config == ["greeting": .string("xin chào"), "depth": .number(2)])
        let descriptor = manifest.descriptor
        #expect(descriptor.kind == .external)
        #expect(descriptor.version == "1.0.0")
        #expect(descriptor.consumes == [.entity(.organization)])
        #expect(descriptor.produces == [Capability(rawValue: "entity:event"), Capability(rawValue: "relation:test.organizes")])
    }

    @Test("the example's manifest loads")
    func example() throws {
        let manifest = try ExternalPluginManifest.load(path: PluginFixtures.exampleManifest)
        #expect(manifest.id == "example.events")
        #expect(manifest.produces == [Capability(rawValue: "entity:event"), Capability(rawValue: "relation:example.organizes")])
        #expect(manifest.resolvedArguments.first?.hasSuffix("Plugins/ExternalExample/events.py") == true)
    }

    @Test(
        "a bad field is named in the error",
        arguments: [
            ("id", nil), ("id", #""Example.Events""#), ("id", #""example..events""#), ("version", "1"),
            ("summary", #""""#), ("command", nil), ("command", #""./missing-plugin.sh""#),
            ("command", #""no-such-program-for-mekong""#), ("arguments", #""faulty.py""#),
            ("arguments", #"["faulty.py", 3]"#), ("timeout_seconds", "0"), ("timeout_seconds", #""5""#),
            ("startup_timeout_seconds", "-1"), ("consumes", #"["entity:"]"#), ("produces", nil), ("produces", "[]"),
            ("produces", #"["event"]"#), ("config", #"["greeting"]"#), ("timeout", "5"),
        ] as [(String, String?)])
    func badField(field: String, value: String?) throws {
        do {
            _ = try ExternalPluginManifest.parse(Self.manifest(setting: field, to: value), path: Self.path)
            Issue.record("the manifest should have been refused")
        } catch {
            guard case .invalidManifest(let path, let named, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(named == field)
            #expect(path == Self.path)
            #expect(error.errorDescription?.contains("\"\(field)\"") == true)
            #expect(error.errorDescription?.contains(Self.path) == true)
        }
    }

    @Test("a file that is not a JSON object", arguments: ["{\"id\": ", "[1, 2]", ""])
    func malformed(content: String) {
        let error = #expect(throws: ExternalPluginError.self) {
            try ExternalPluginManifest.parse(Data(content.utf8), path: Self.path)
        }
        guard case .malformedManifest(let path, _)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(path == Self.path)
    }

    @Test("a missing file")
    func missing() {
        let error = #expect(throws: ExternalPluginError.self) {
            try ExternalPluginManifest.load(path: PluginFixtures.directory + "/no-such-manifest.json")
        }
        guard case .unreadable? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
    }
}
