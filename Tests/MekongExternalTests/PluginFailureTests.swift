import Foundation
import MekongCore
import MekongExternal
import MekongPluginAPI
import Testing

/// A plugin that crashes, hangs, or answers nonsense costs one article: the failure names the plugin and the
/// article, the other extractors' results stay, and the next article gets a fresh process.
@Suite("Failing external plugins")
struct PluginFailureTests {
    static let marker = EntityType("test.marker")
    static let organization = "Ủy ban nhân dân tỉnh Yên Bái"

    /// The faulty plugin and a Swift extractor beside it.
    private func pipeline(_ plugin: ExternalProcessExtractor) throws -> Pipeline {
        try Pipeline(extractors: [plugin, FixedOrganizations(names: [Self.organization])])
    }

    /// A document that triggers `behaviour` in the faulty plugin, and names the organization.
    private func document(_ behaviour: String, path: String) throws -> Document {
        try PluginFixtures.document("Bản tin\n\n\(Self.organization) họp bàn \(behaviour) trong ngày.", path: path)
    }

    /// The process id the faulty plugin reports in its marker.
    private func pid(in result: Pipeline.Result) -> Int32? {
        result.mentions.first { $0.type == Self.marker }?.attributes["pid"].flatMap { Int32($0) }
    }

    @Test("one process serves many articles, with the config of the handshake")
    func oneProcess() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty())
        defer { plugin.shutDown() }
        let pipeline = try pipeline(plugin)
        var pids: Set<Int32?> = []
        for index in 1...3 {
            let result = pipeline.run(try document("việc \(index)", path: "articles/\(index).txt"))
            #expect(result.failures.isEmpty)
            let marker = try #require(result.mentions.first { $0.type == Self.marker })
            #expect(marker.attributes["served"] == "\(index)")
            #expect(marker.attributes["greeting"] == "xin chào")
            #expect(marker.text == "Bản")
            pids.insert(pid(in: result))
        }
        #expect(pids.count == 1)
        #expect(plugin.launchCount == 1)
    }

    @Test("calls from many tasks at once are serialized onto the one process")
    func concurrentCalls() async throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty())
        defer { plugin.shutDown() }
        let pipeline = try pipeline(plugin)
        let documents = try (1...8).map { try document("việc \($0)", path: "articles/\($0).txt") }
        let served = await withTaskGroup(of: String?.self) { group in
            for document in documents {
                group.addTask { pipeline.run(document).mentions.first { $0.type == Self.marker }?.attributes["served"] }
            }
            var served: [String?] = []
            for await value in group { served.append(value) }
            return served
        }
        #expect(Set(served) == Set((1...8).map { "\($0)" }))
        #expect(plugin.launchCount == 1)
    }

    @Test("a crash is reported with the plugin and the article, others' results are kept, the next article restarts it")
    func crash() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty())
        defer { plugin.shutDown() }
        let pipeline = try pipeline(plugin)
        let before = pipeline.run(try document("việc trước", path: "articles/before.txt"))
        let crashing = try document("CRASH", path: "articles/crash.txt")

        let result = pipeline.run(crashing)

        let failure = try #require(result.failures.first)
        #expect(result.failures.count == 1)
        #expect(failure.isFailed)
        #expect(failure.origin?.extractor == "test.faulty")
        #expect(failure.origin?.article == crashing.article.id)
        #expect(failure.reason.contains("exited with status 3"))
        #expect(failure.reason.contains("faulty: crashing on purpose"))
        #expect(failure.errorDescription?.contains("test.faulty") == true)
        #expect(result.mentions.map(\.text) == [Self.organization])

        let after = pipeline.run(try document("việc sau", path: "articles/after.txt"))
        #expect(after.failures.isEmpty)
        #expect(after.mentions.contains { $0.type == Self.marker })
        #expect(pid(in: after) != pid(in: before))
        #expect(plugin.launchCount == 2)
    }

    @Test("a plugin that hangs is killed after its timeout and reported")
    func hang() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty())
        defer { plugin.shutDown() }
        #expect(plugin.manifest.timeoutSeconds == 1)
        let pipeline = try pipeline(plugin)
        let hungPID = try #require(pid(in: pipeline.run(try document("việc trước", path: "articles/before.txt"))))
        let hanging = try document("HANG", path: "articles/hang.txt")

        let clock = ContinuousClock()
        let started = clock.now
        let result = pipeline.run(hanging)
        let elapsed = clock.now - started

        // The timeout is measured on another clock (the pipe's poll), so allow a few milliseconds of skew.
        #expect(elapsed >= .milliseconds(950))
        #expect(elapsed < .seconds(5))
        let failure = try #require(result.failures.first)
        #expect(failure.isFailed)
        #expect(failure.origin?.article == hanging.article.id)
        #expect(failure.reason.contains("did not answer within 1 s"))
        #expect(failure.reason.contains("faulty: hanging on purpose"))
        #expect(result.mentions.map(\.text) == [Self.organization])
        #expect(isGone(hungPID))

        let after = pipeline.run(try document("việc sau", path: "articles/after.txt"))
        #expect(after.failures.isEmpty)
        #expect(plugin.launchCount == 2)
    }

    @Test("a line that is not JSON is reported, and the next article restarts the plugin")
    func invalidJSON() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty())
        defer { plugin.shutDown() }
        let pipeline = try pipeline(plugin)
        let garbled = try document("GARBAGE", path: "articles/garbage.txt")

        let result = pipeline.run(garbled)

        let failure = try #require(result.failures.first)
        #expect(failure.isFailed)
        #expect(failure.origin?.extractor == "test.faulty")
        #expect(failure.origin?.article == garbled.article.id)
        #expect(failure.reason.contains("not a valid response"))
        #expect(failure.reason.contains("this is not json"))
        #expect(result.mentions.map(\.text) == [Self.organization])

        #expect(pipeline.run(try document("việc sau", path: "articles/after.txt")).failures.isEmpty)
        #expect(plugin.launchCount == 2)
    }

    @Test("spans outside the text are invalid output; the others' results are kept and the process goes on")
    func spansOutsideTheText() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty())
        defer { plugin.shutDown() }
        let pipeline = try pipeline(plugin)
        let outside = try document("OUTSIDE", path: "articles/outside.txt")

        let result = pipeline.run(outside)

        let failure = try #require(result.failures.first)
        #expect(failure.isInvalidOutput)
        #expect(failure.origin?.extractor == "test.faulty")
        #expect(failure.origin?.article == outside.article.id)
        #expect(failure.reason.contains("outside the text"))
        #expect(result.mentions.map(\.text) == [Self.organization])

        #expect(pipeline.run(try document("việc sau", path: "articles/after.txt")).failures.isEmpty)
        #expect(plugin.launchCount == 1)
    }

    @Test("an error the plugin answers is reported, and the same process serves the next article")
    func reportedError() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty())
        defer { plugin.shutDown() }
        let pipeline = try pipeline(plugin)

        let result = pipeline.run(try document("REFUSE", path: "articles/refuse.txt"))

        let failure = try #require(result.failures.first)
        #expect(failure.isFailed)
        #expect(failure.reason == "the plugin reported: cannot handle this article")
        let after = pipeline.run(try document("việc sau", path: "articles/after.txt"))
        #expect(after.failures.isEmpty)
        #expect(after.mentions.first { $0.type == Self.marker }?.attributes["served"] == "2")
        #expect(plugin.launchCount == 1)
    }

    @Test("a type the manifest does not produce is invalid output")
    func undeclaredType() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty())
        defer { plugin.shutDown() }

        let result = try pipeline(plugin).run(try document("UNDECLARED", path: "articles/undeclared.txt"))

        let failure = try #require(result.failures.first)
        #expect(failure.isInvalidOutput)
        #expect(failure.reason.contains("entity:person"))
        #expect(!result.mentions.contains { $0.type == .person })
    }

    @Test("a line nobody asked for fails the next article, which restarts the plugin")
    func strayLine() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty())
        defer { plugin.shutDown() }
        let pipeline = try pipeline(plugin)

        #expect(pipeline.run(try document("STRAY", path: "articles/stray.txt")).failures.isEmpty)
        // Give the stray line time to arrive, so that the next exchange sees it.
        Thread.sleep(forTimeInterval: 0.3)
        let next = pipeline.run(try document("việc sau", path: "articles/next.txt"))
        #expect(next.failures.first?.reason.contains("nobody asked for") == true)
        #expect(pipeline.run(try document("việc cuối", path: "articles/last.txt")).failures.isEmpty)
        #expect(plugin.launchCount == 2)
    }

    @Test("megabytes on standard error and a long line on standard output do not block")
    func flood() throws {
        // Were either stream not read continuously, the plugin would block on a full pipe and time out.
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty("generous-timeout.json"))
        defer { plugin.shutDown() }

        let result = try pipeline(plugin).run(try document("FLOOD", path: "articles/flood.txt"))

        #expect(result.failures.isEmpty)
        #expect(result.mentions.first { $0.type == Self.marker }?.attributes["padding"]?.count == 2_000_000)
    }

    @Test("after repeated failures the plugin is not restarted and fails fast")
    func givesUp() throws {
        let plugin = ExternalProcessExtractor(
            manifest: try ExternalPluginManifest.load(path: PluginFixtures.faulty("exit-at-start.json")),
            maximumConsecutiveFailures: 2)
        defer { plugin.shutDown() }
        let pipeline = try pipeline(plugin)

        let first = pipeline.run(try document("việc 1", path: "articles/1.txt"))
        #expect(first.failures.first?.reason.contains("exited with status 2") == true)
        #expect(first.failures.first?.reason.contains("faulty: cannot start, exiting on purpose") == true)
        #expect(first.mentions.map(\.text) == [Self.organization])
        let second = pipeline.run(try document("việc 2", path: "articles/2.txt"))
        #expect(second.failures.first?.reason.contains("failed 2 times in a row") == true)

        let clock = ContinuousClock()
        let started = clock.now
        let third = pipeline.run(try document("việc 3", path: "articles/3.txt"))
        #expect(clock.now - started < .milliseconds(500))
        let failure = try #require(third.failures.first)
        #expect(failure.origin?.extractor == "test.exit-at-start")
        #expect(failure.reason.contains("not restarted"))
        #expect(plugin.launchCount == 2)
        #expect(throws: ExternalPluginError.self) { try plugin.start() }
    }

    @Test("a plugin speaking another protocol is refused with a clear error, once")
    func protocolMismatch() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty("protocol-2.json"))
        defer { plugin.shutDown() }

        #expect(throws: ExternalPluginError.protocolMismatch(plugin: "test.protocol2", expected: 1, received: 2)) {
            try plugin.start()
        }
        let result = try pipeline(plugin).run(try document("việc", path: "articles/1.txt"))
        let failure = try #require(result.failures.first)
        #expect(failure.reason.contains("speaks protocol 2"))
        #expect(result.mentions.map(\.text) == [Self.organization])
        #expect(plugin.launchCount == 1)
    }

    @Test("a plugin that never answers the handshake times out")
    func silentHandshake() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty("silent-start.json"))
        defer { plugin.shutDown() }

        do {
            try plugin.start()
            Issue.record("the handshake should have failed")
        } catch {
            guard case .handshakeFailed(let id, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(id == "test.silent-start")
            #expect(reason.contains("did not answer within 1 s"))
        }
    }

    @Test("shutting down closes standard input and the process exits")
    func shutDown() throws {
        let plugin = try ExternalProcessExtractor(manifestPath: PluginFixtures.faulty())
        let result = try pipeline(plugin).run(try document("việc", path: "articles/1.txt"))
        let processID = try #require(pid(in: result))

        plugin.shutDown()

        #expect(isGone(processID))
    }

    /// Whether the process has gone (and been reaped), waiting up to two seconds.
    private func isGone(_ processID: Int32) -> Bool {
        let deadline = Date(timeIntervalSinceNow: 2)
        while Date() < deadline {
            if kill(processID, 0) != 0, errno == ESRCH { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}
