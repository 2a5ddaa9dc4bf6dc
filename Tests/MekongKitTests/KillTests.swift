import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// An ingest killed with SIGKILL at a random moment leaves a store that is intact, and ingesting again
/// gives exactly what one clean run gives.
///
/// 20 trials by default (seeded, so a failure can be replayed); `MEKONG_KILL_TRIALS=100` for the longer run
/// and `MEKONG_KILL_SEED=N` for another sequence of kill points.
@Suite("kill -9 during ingest")
struct KillTests {
    /// SplitMix64: a small seeded generator, so the kill points are the same on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("every trial: integrity ok, and a second ingest gives the clean run's graph exactly")
    func killedIngestRecovers() throws {
        let cli = try MekongCLI.locate()
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        // 12 distinct articles: the example with one sentence that differs.
        let base = try String(contentsOfFile: try Fixture.articlePath, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: scratch.path("arts"), withIntermediateDirectories: true)
        for index in 0..<12 {
            try (base + "\nBài số \(index) của Tỉnh ủy An Giang.\n")
                .write(toFile: scratch.path("arts/\(String(format: "%02d", index)).txt"), atomically: true, encoding: .utf8)
        }
        let articles = scratch.path("arts")
        let reference = scratch.path("reference.sqlite")
        let started = Date()
        let clean = try cli.run(["ingest", "--store", reference, articles])
        let duration = Date().timeIntervalSince(started)
        #expect(clean.status == 0, "\(clean.error)")
        let expected = try cli.run(["export", "--store", reference])

        let environment = ProcessInfo.processInfo.environment
        let trials = environment["MEKONG_KILL_TRIALS"].flatMap(Int.init) ?? 20
        var generator = SeededGenerator(state: environment["MEKONG_KILL_SEED"].flatMap(UInt64.init) ?? 8)
        for trial in 0..<trials {
            let store = scratch.path("trial-\(trial).sqlite")
            let process = Process()
            process.executableURL = cli.executable
            process.arguments = ["ingest", "--store", store, articles]
            process.environment = ["PATH": environment["PATH"] ?? "/usr/bin:/bin", "XDG_CONFIG_HOME": "/nonexistent"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let delay = Double.random(in: 0..<max(duration, 0.2), using: &generator)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"),
                FileManager.default.fileExists(atPath: store)
            {
                let check = try MekongCLI(executable: URL(fileURLWithPath: "/usr/bin/sqlite3"))
                    .run([store, "PRAGMA integrity_check"])
                #expect(check.output.trimmingCharacters(in: .whitespacesAndNewlines) == "ok",
                        "trial \(trial), killed after \(delay) s: \(check.all)")
            }
            let again = try cli.run(["ingest", "--store", store, articles])
            #expect(again.status == 0, "trial \(trial), killed after \(delay) s: \(again.error)")
            #expect(again.output.contains("12 articles"), "trial \(trial): \(again.output)")
            let recovered = try cli.run(["export", "--store", store])
            #expect(recovered.output == expected.output, "trial \(trial), killed after \(delay) s: the graphs differ")
            try? FileManager.default.removeItem(atPath: store)
        }
    }
}
