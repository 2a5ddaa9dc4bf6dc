import Foundation
import Testing

/// Several processes creating one new store at once all succeed, and a store nobody may write to can still
/// be queried.
@Suite("Store creation and read-only stores")
struct StoreConcurrencyTests {
    @Test("10 concurrent ingests into a new store all succeed and store the article once")
    func concurrentCreation() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let store = scratch.path("new.sqlite")
        let article = try Fixture.articlePath
        let processes = try (0..<10).map { _ in
            let process = Process()
            process.executableURL = cli.executable
            process.arguments = ["ingest", "--store", store, "--jobs", "1", article]
            process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                                   "XDG_CONFIG_HOME": "/nonexistent"]
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        for (process, errors) in processes {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "stderr: \(message)")
        }
        let count = try cli.run(["entities", "--store", store, "--json"])
        #expect(count.status == 0, "\(count.error)")
        let again = try cli.run(["ingest", "--store", store, article])
        #expect(again.output.contains("1 articles (0 new, 0 replaced, 1 unchanged)"), "\(again.output)")
    }

    @Test("a chmod 444 store in a read-only folder answers every query command")
    func readOnlyStore() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        let folder = scratch.path("ro")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
            scratch.remove()
        }
        let store = folder + "/graph.sqlite"
        let ingest = try cli.run(["ingest", "--store", store, try Fixture.articlePath])
        #expect(ingest.status == 0, "\(ingest.error)")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        for command in [
            ["entities"], ["show", "Lê Văn Nưng"], ["neighbors", "Tỉnh ủy An Giang"], ["path", "Lê Văn Nưng", "An Giang"],
            ["export", "--format", "json", "-o", "-"], ["render", "--format", "dot", "-o", "-"],
            ["articles", "--mentions", "Lê Văn Nưng"], ["relations", "--predicate", "holds_position"],
        ] {
            let run = try runAsOtherUser(cli, command + ["--store", store])
            #expect(run.status == 0, "\(command): \(run.error)")
            #expect(!run.output.isEmpty, "\(command)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["graph.sqlite"])
    }

    /// Runs `mekong` as user `nobody` when the tests run as root (root may write anywhere, which would hide
    /// the problem), as the current user otherwise.
    private func runAsOtherUser(_ cli: MekongCLI, _ arguments: [String]) throws -> MekongCLI.Run {
        guard getuid() == 0 else { return try cli.run(arguments) }
        let wrapper = MekongCLI(executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        return try wrapper.run(["--reuid=65534", "--regid=65534", "--clear-groups", cli.executable.path] + arguments)
    }
}
