import Foundation
import MekongCore
import MekongExternal
import MekongPluginAPI
import Testing

/// An external plugin runs confined: a clean environment, a temporary working folder, resource limits set
/// before its program starts, and a cap on what it may write.
@Suite("Confined external plugins")
struct ConfinementTests {
    static let manifest = PluginFixtures.directory + "/confined/mekong-plugin.json"

    /// What the plugin reports about itself for a plain article.
    private func report(_ plugin: ExternalProcessExtractor, text: String = "Bản tin\n\nMột câu.") throws -> String {
        let document = try PluginFixtures.document(text)
        do {
            _ = try plugin.extract(from: document)
        } catch {
            return error.reason
        }
        Issue.record("the plugin answered without an error")
        return ""
    }

    @Test("limits are in force, the environment holds only PATH and LANG, and the folder is a fresh temporary one")
    func confinement() throws {
        setenv("MEKONG_TEST_SECRET", "do-not-leak", 1)
        let plugin = try ExternalProcessExtractor(manifestPath: Self.manifest)
        defer { plugin.shutDown() }
        let reason = try report(plugin)
        #expect(reason.contains("cpu=1 "), "\(reason)")
        #expect(reason.contains("as=\(512 * 1024) "), "\(reason)")
        // sh counts file sizes in 512-byte blocks.
        #expect(reason.contains("fsize=\(2 * 2048) "), "\(reason)")
        let cwd = try #require(reason.split(separator: " ").first { $0.hasPrefix("cwd=") }).dropFirst(4)
        #expect(cwd.contains("mekong-plugin-"), "\(reason)")
        #expect(!cwd.hasPrefix(PluginFixtures.directory), "\(reason)")
        let environment = try #require(reason.components(separatedBy: "env=").last)
        let names = Set(environment.split(separator: " ").map(String.init))
        // sh adds PWD (and OLDPWD) itself.
        #expect(names.isSubset(of: ["PATH", "LANG", "PWD", "OLDPWD"]), "\(names)")
        #expect(names.contains("PATH") && names.contains("LANG"))
        #expect(!names.contains("MEKONG_TEST_SECRET"))
    }

    @Test("a plugin that passes its CPU limit is killed by the system; the next article restarts it")
    func cpuLimit() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: Self.manifest)
        defer { plugin.shutDown() }
        let started = Date()
        let reason = try report(plugin, text: "Bản tin\n\nMột câu BURN.")
        #expect(reason.contains("killed by signal"), "\(reason)")
        // Well before the 20 s time-out: the limit, not the time-out, stopped it.
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try report(plugin).contains("cpu=1"))
        #expect(plugin.launchCount == 2)
    }

    @Test("a response line over the cap fails the article and the plugin is killed")
    func outputCap() throws {
        let manifest = try ExternalPluginManifest.load(path: Self.manifest)
        let plugin = ExternalProcessExtractor(manifest: manifest, maximumLineBytes: 1024 * 1024)
        defer { plugin.shutDown() }
        let reason = try report(plugin, text: "Bản tin\n\nMột câu FLOOD.")
        #expect(reason.contains("longer than 1048576 bytes; it was killed"), "\(reason)")
        #expect(try report(plugin).contains("cpu=1"))
        #expect(plugin.launchCount == 2)
    }

    @Test("a manifest's command that leaves its folder is refused, even through a symbolic link")
    func commandConfinement() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mekong-confined-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sh").path, withDestinationPath: "/bin/sh")
        for command in ["../../bin/sh", "./sh", "/bin/sh"] {
            let json = #"{"id": "x.y", "version": "1", "summary": "s", "command": "\#(command)", "produces": ["entity:x"]}"#
            #expect(throws: ExternalPluginError.self, "\(command)") {
                try ExternalPluginManifest.parse(Data(json.utf8), path: folder.appendingPathComponent("m.json").path)
            }
        }
        let json = #"{"id": "x.y", "version": "1", "summary": "s", "command": "/bin/sh", "produces": ["entity:x"]}"#
        let allowed = try ExternalPluginManifest.parse(
            Data(json.utf8), path: folder.appendingPathComponent("m.json").path, allowsAbsoluteCommand: true)
        #expect(allowed.executable == "/bin/sh")
    }
}
