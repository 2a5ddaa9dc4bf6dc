import Foundation
import Testing

/// Nothing beside a store runs unless the user asks: `rules/` and `plugins/` are loaded only when trusted,
/// every loaded plugin is named on standard error, and `--disable` acts before anything is started or opened.
@Suite("Plugins beside a store")
struct StoreFolderTrustTests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String
    let marker: String

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
        marker = scratch.path("PLUGIN-RAN")
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: scratch.path("plugins"), withIntermediateDirectories: true)
        try fileManager.createDirectory(atPath: scratch.path("rules"), withIntermediateDirectories: true)
        // A plugin that leaves a mark the moment it is started, then behaves.
        let script = scratch.path("plugins/mark.sh")
        try """
            #!/bin/sh
            touch '\(marker)'
            read handshake
            echo '{"type":"ready","protocol":1}'
            while read request; do echo '{"mentions":[],"relations":[]}'; done
            """.write(toFile: script, atomically: true, encoding: .utf8)
        try fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        try #"{"id": "test.mark", "version": "1", "summary": "Marks", "command": "./mark.sh", "produces": ["entity:test.mark"]}"#
            .write(toFile: scratch.path("plugins/mark.json"), atomically: true, encoding: .utf8)
        try """
            id: test.pack
            version: "1"
            summary: A pack
            gazetteers:
              - type: organization
                entries:
                  - name: Công ty Thử nghiệm
            """.write(toFile: scratch.path("rules/pack.yaml"), atomically: true, encoding: .utf8)
    }

    private var markerExists: Bool { FileManager.default.fileExists(atPath: marker) }

    @Test("untrusted folders are ignored with one line that says how to trust them, and nothing runs")
    func ignoredByDefault() throws {
        defer { scratch.remove() }
        for command in [["plugins"], ["ingest", try Fixture.articlePath]] {
            let run = try cli.run(command + ["--store", store])
            #expect(run.status == 0, "stderr: \(run.error)")
            let lines = run.error.split(separator: "\n").filter { $0.contains("ignored") }
            #expect(lines.count == 1, "stderr: \(run.error)")
            #expect(run.error.contains("--trust-store-plugins"))
            #expect(!run.all.contains("test.mark") && !run.all.contains("test.pack"))
            #expect(!markerExists, "the plugin beside the store was started")
        }
    }

    @Test("--trust-store-plugins loads both folders and names every plugin with its kind and path")
    func trustedByFlag() throws {
        defer { scratch.remove() }
        let run = try cli.run(["plugins", "--store", store, "--trust-store-plugins"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.error.contains("loaded rule pack plugin test.pack from \(scratch.path("rules/pack.yaml"))"), "\(run.error)")
        #expect(run.error.contains("loaded external plugin test.mark from \(scratch.path("plugins/mark.json"))"), "\(run.error)")
        #expect(!run.error.contains("ignored"))
        #expect(markerExists)
    }

    @Test("the user's own configuration trusts a folder; a configuration inside the store's folder does not")
    func trustedByConfiguration() throws {
        defer { scratch.remove() }
        let home = try ScratchDirectory()
        defer { home.remove() }
        try FileManager.default.createDirectory(atPath: home.path("mekong"), withIntermediateDirectories: true)
        try #"{"trusted_store_folders": ["\#(scratch.url.path)"]}"#
            .write(toFile: home.path("mekong/config.json"), atomically: true, encoding: .utf8)
        let trusted = try cli.run(["plugins", "--store", store], environment: ["XDG_CONFIG_HOME": home.url.path])
        #expect(trusted.status == 0, "stderr: \(trusted.error)")
        #expect(trusted.error.contains("loaded external plugin test.mark"), "\(trusted.error)")

        // A folder that ships its own "config" is not the user's configuration.
        try FileManager.default.createDirectory(atPath: scratch.path("mekong"), withIntermediateDirectories: true)
        try #"{"trust_store_plugins": true}"#.write(toFile: scratch.path("mekong/config.json"), atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: marker)
        let untrusted = try cli.run(["plugins", "--store", store], in: scratch.url)
        #expect(untrusted.error.contains("ignored"), "\(untrusted.error)")
        #expect(!markerExists)
    }

    @Test("a disabled external plugin is never started")
    func disabledManifestNotStarted() throws {
        defer { scratch.remove() }
        let run = try cli.run(["plugins", "--store", store, "--trust-store-plugins", "--disable", "test.mark"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(!run.output.contains("test.mark"))
        #expect(!markerExists, "a disabled plugin was started")
    }

    @Test("a shared library disabled by its file name is never opened, so its constructor never runs")
    func disabledLibraryNotOpened() throws {
        defer { scratch.remove() }
        let library = scratch.path("plugins/libmarker.so")
        try compileC(
            """
            #include <stdio.h>
            __attribute__((constructor)) static void mark(void) { FILE *f = fopen("\(marker)", "w"); if (f) fclose(f); }
            """, to: library)
        try FileManager.default.removeItem(atPath: scratch.path("plugins/mark.json"))
        let disabled = try cli.run(["plugins", "--store", store, "--trust-store-plugins", "--disable", "libmarker.so"])
        #expect(disabled.status == 0, "stderr: \(disabled.error)")
        #expect(!markerExists, "the library was opened")
        let explicit = try cli.run(["plugins", "--store", store, "--plugin", library, "--disable", "libmarker"])
        #expect(explicit.status == 0, "stderr: \(explicit.error)")
        #expect(!markerExists, "the library was opened")
    }

    @Test("a manifest's command may not leave its folder, nor be absolute unless allowed")
    func commandConfinedToFolder() throws {
        defer { scratch.remove() }
        let manifest = scratch.path("plugins/mark.json")
        try #"{"id": "test.escape", "version": "1", "summary": "Escapes", "command": "../../../../../../bin/sh", "arguments": ["-c", "touch '\#(marker)'"], "produces": ["entity:x"]}"#
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let escaping = try cli.run(["plugins", "--store", store, "--plugin", manifest])
        #expect(escaping.status != 0)
        #expect(escaping.error.contains("leads outside the plugin's folder"), "\(escaping.error)")

        try #"{"id": "test.escape", "version": "1", "summary": "Escapes", "command": "/bin/sh", "arguments": ["-c", "touch '\#(marker)'"], "produces": ["entity:x"]}"#
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let absolute = try cli.run(["plugins", "--store", store, "--plugin", manifest])
        #expect(absolute.status != 0)
        #expect(absolute.error.contains("--allow-absolute-plugin-command"), "\(absolute.error)")
        #expect(!markerExists)
        let allowed = try cli.run(["plugins", "--store", store, "--plugin", manifest, "--allow-absolute-plugin-command"])
        // Allowed, it starts (and fails its handshake, being a shell that exits).
        #expect(allowed.error.contains("test.escape"), "\(allowed.error)")
        #expect(markerExists)
    }

    private func compileC(_ source: String, to library: String) throws {
        let file = scratch.path("marker.c")
        try source.write(toFile: file, atomically: true, encoding: .utf8)
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["cc", "-shared", "-fPIC", "-o", library, file]
        try compiler.run()
        compiler.waitUntilExit()
        try #require(compiler.terminationStatus == 0, "cc failed")
    }
}
