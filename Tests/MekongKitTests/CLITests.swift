import Foundation
import Testing

/// Runs the `mekong` executable that `swift build` / `swift test` put beside the test bundle.
struct MekongCLI {
    let executable: URL

    /// The built `mekong`: next to this test target's resource bundle (the build products directory), or
    /// in the package's default `.build/debug`.
    static func locate(filePath: String = #filePath) throws -> MekongCLI {
        var candidates: [URL] = []
        let products = Bundle.module.bundleURL.deletingLastPathComponent()
        candidates.append(products.appendingPathComponent("mekong"))
        if let main = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(main.appendingPathComponent("mekong"))
        }
        // Tests/MekongKitTests/CLITests.swift → the package root.
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/mekong"))
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return MekongCLI(executable: try #require(found, "no mekong executable at \(candidates.map(\.path))"))
    }

    struct Run {
        var status: Int32
        var output: String
        var error: String
        /// Standard output and standard error together.
        var all: String { output + error }
    }

    /// Runs `mekong` with `arguments`, without a MEKONG_STORE from the environment and with a configuration
    /// folder of its own (so the user's ~/.config/mekong never changes a test), plus `environment`.
    func run(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:]) throws -> Run {
        let output = Pipe()
        let error = Pipe()
        let process = try start(arguments, output: output, error: error, in: directory, environment: extra)
        // Read both pipes before waiting, so a full pipe cannot block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    /// Starts `mekong` as ``run(_:in:environment:)`` does, with standard output on `output` and standard error on
    /// `error` (the same pipe for both, or a pipe the caller closes), and returns without waiting.
    func start(
        _ arguments: [String], output: Pipe, error: Pipe, in directory: URL? = nil, environment extra: [String: String] = [:]
    ) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["MEKONG_STORE"] = nil
        environment["XDG_CONFIG_HOME"] = "/nonexistent/mekong-tests-config"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

@Suite("The mekong command line")
struct CLITests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
    }

    /// Ingests the example article into the scratch store.
    private func ingestFixture() throws -> MekongCLI.Run {
        try cli.run(["ingest", "--store", store, try Fixture.articlePath])
    }

    @Test("ingest exits 0 and prints a summary of what the store holds")
    func ingest() throws {
        defer { scratch.remove() }
        let run = try ingestFixture()
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.contains("1 articles (1 new, 0 replaced, 0 unchanged)"), "stdout: \(run.output)")
        #expect(run.output.contains("the store holds"))
        #expect(FileManager.default.fileExists(atPath: store))
        let again = try ingestFixture()
        #expect(again.status == 0)
        #expect(again.output.contains("1 articles (0 new, 0 replaced, 1 unchanged)"), "stdout: \(again.output)")
    }

    @Test("ingest --json prints the summary as JSON")
    func ingestJSON() throws {
        defer { scratch.remove() }
        let run = try cli.run(["ingest", "--store", store, "--json", try Fixture.articlePath])
        #expect(run.status == 0, "stderr: \(run.error)")
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(object?["added"] as? Int == 1)
        #expect((object?["entities"] as? Int ?? 0) > 10)
        #expect((object?["relations"] as? Int ?? 0) > 10)
    }

    @Test("ingest --language: an unknown name is a usage error that lists the profiles; generic keeps the text as written")
    func ingestLanguage() throws {
        defer { scratch.remove() }
        let article = try scratch.write(Array("Hội nghị hoà giải\n\nBà Chloé Thuỷ dự hội nghị tại Hà Nội.\n".utf8), to: "a.txt")
        let unknown = try cli.run(["ingest", "--store", store, "--language", "fr", article])
        #expect(unknown.status == 64, "stderr: \(unknown.error)")
        #expect(unknown.error.contains("vi") && unknown.error.contains("generic"), "stderr: \(unknown.error)")
        #expect(!FileManager.default.fileExists(atPath: store))
        let generic = try cli.run(["ingest", "--store", store, "--language", "generic", article])
        #expect(generic.status == 0, "stderr: \(generic.error)")
        let articles = try cli.run(["export", "--store", store])
        #expect(articles.output.contains("hoà giải") && articles.output.contains("Chloé Thuỷ"), "stdout: \(articles.output)")
    }

    @Test("a misspelt --type or --predicate is a usage error that lists the valid names, not an empty answer")
    func misspeltNames() throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let type = try cli.run(["entities", "--store", store, "--type", "persn"])
        #expect(type.status == 64, "stderr: \(type.error)")
        #expect(type.error.contains("Unknown type 'persn'") && type.error.contains("person"), "stderr: \(type.error)")
        let predicate = try cli.run(["neighbors", "--store", store, "Tỉnh ủy An Giang", "--predicate", "holds_positon"])
        #expect(predicate.status == 64, "stderr: \(predicate.error)")
        #expect(predicate.error.contains("holds_position"), "stderr: \(predicate.error)")
        // Defined and namespaced names pass.
        #expect(try cli.run(["entities", "--store", store, "--type", "date"]).status == 0)
        #expect(try cli.run(["entities", "--store", store, "--type", "acme.product"]).status == 0)
    }

    @Test("render refuses a file name whose format it cannot tell or that contradicts --format, before drawing anything")
    func renderFileNames() throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let jpeg = scratch.path("graph.jpg")
        let unknown = try cli.run(["render", "--store", store, "-o", jpeg])
        #expect(unknown.status == 64, "stderr: \(unknown.error)")
        #expect(unknown.error.contains(".svg, .png, .pdf, .dot"), "stderr: \(unknown.error)")
        #expect(!FileManager.default.fileExists(atPath: jpeg))
        let svg = scratch.path("graph.svg")
        let contradicting = try cli.run(["render", "--store", store, "--format", "png", "-o", svg])
        #expect(contradicting.status == 64, "stderr: \(contradicting.error)")
        #expect(!FileManager.default.fileExists(atPath: svg))
        // The name alone decides when --format is left out.
        let png = scratch.path("graph.png")
        #expect(try cli.run(["render", "--store", store, "-o", png]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("render with an unknown --labels language or predicate is a usage error that lists the valid ones")
    func renderBogusLabels() throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let output = scratch.path("x.svg")
        let run = try cli.run(["render", "--store", store, "--labels", "fr", "-o", output])
        #expect(run.status == 64, "stderr: \(run.error)")
        #expect(run.error.contains("'vi'") && run.error.contains("'en'"), "stderr: \(run.error)")
        #expect(!FileManager.default.fileExists(atPath: output))
        let predicate = try cli.run(["render", "--store", store, "--predicate", "holds", "-o", output])
        #expect(predicate.status == 64)
        #expect(predicate.error.contains("Unknown predicate 'holds'") && predicate.error.contains("holds_position"))
    }

    @Test("the whole-graph render leaves out entities without relations and says so, in the caption and on stderr")
    func renderSummary() throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let drawn = try cli.run(["render", "--store", store, "--format", "dot", "-o", "-"])
        #expect(drawn.status == 0, "stderr: \(drawn.error)")
        #expect(drawn.error.contains("entities without relations are not drawn"), "stderr: \(drawn.error)")
        #expect(drawn.output.contains("thực thể không có quan hệ nào không được vẽ"))
        let capped = try cli.run(["render", "--store", store, "--format", "dot", "--max-nodes", "3", "--labels", "en", "-o", "-"])
        #expect(capped.status == 0, "stderr: \(capped.error)")
        #expect(capped.output.contains("Showing the 3 of"))
        let drawnEntities = capped.output.components(separatedBy: "\t\tid=\"").dropFirst().filter { !$0.hasPrefix("r:") }
        #expect(drawnEntities.count == 3)
        let everything = try cli.run(["render", "--store", store, "--format", "dot", "--isolated", "--max-nodes", "1000", "-o", "-"])
        #expect(everything.status == 0)
        #expect(!everything.error.contains("not drawn"))
    }

    @Test("render with an unknown format fails and lists the valid formats")
    func renderBogusFormat() throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let output = scratch.path("x")
        let run = try cli.run(["render", "--store", store, "--format", "bogus", "-o", output])
        #expect(run.status != 0)
        for format in ["svg", "png", "pdf", "dot"] {
            #expect(run.error.contains("'\(format)'"), "stderr: \(run.error)")
        }
        #expect(run.error.contains("bogus"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("show of an unknown name fails and offers the closest names")
    func showUnknown() throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let run = try cli.run(["show", "--store", store, "Tỉnh ủy An Giag"])
        #expect(run.status != 0)
        #expect(run.error.contains("Did you mean"), "stderr: \(run.error)")
        #expect(run.error.contains("Tỉnh ủy An Giang"))
    }

    @Test("show of a name nothing resembles fails and says how to list what the store holds")
    func showNope() throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let run = try cli.run(["show", "--store", store, "NOPE"])
        #expect(run.status == 1, "stderr: \(run.error)")
        #expect(run.error.contains("No entity named \"NOPE\""), "stderr: \(run.error)")
        #expect(run.error.contains("mekong entities --search"))
        #expect(run.output.isEmpty)
    }

    @Test("show prints an entity with its relations and evidence")
    func showKnown() throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let run = try cli.run(["show", "--store", store, "le van nung"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.hasPrefix("Lê Văn Nưng [person]"))
        #expect(run.output.contains("Lê Văn Nưng —holds_position→ Tỉnh ủy An Giang"))
        #expect(run.output.contains("title=Phó Bí thư Thường trực"))
        #expect(run.output.contains("vi.officials"))
    }

    @Test("ingest of a missing file fails and names it")
    func ingestMissingFile() throws {
        defer { scratch.remove() }
        let missing = scratch.path("khong-ton-tai.txt")
        let run = try cli.run(["ingest", "--store", store, missing])
        #expect(run.status != 0)
        #expect(run.error.contains(missing), "stderr: \(run.error)")
    }

    @Test("entities --search ignores case and diacritics")
    func entitiesSearch() throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let run = try cli.run(["entities", "--store", store, "--search", "tinh uy an giang"])
        #expect(run.status == 0, "stderr: \(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("organization") && $0.contains(" Tỉnh ủy An Giang") })
        #expect(lines.contains { $0.contains("Ban Thường vụ Tỉnh ủy An Giang") })
        #expect(!lines.contains { $0.contains("Học viện") }, "\(lines)")
    }

    @Test("export writes the JSON export of the store")
    func exportJSON() throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let run = try cli.run(["export", "--store", store])
        #expect(run.status == 0, "stderr: \(run.error)")
        let export = try JSONDecoder().decode(GraphExportShape.self, from: Data(run.output.utf8))
        #expect(export.format == "mekong-graph")
        #expect(export.entities.contains { $0.name == "Hoàng Phúc Lâm" && $0.type == "person" })

        // To a file: the same bytes, and no temporary file left beside it.
        let file = scratch.path("graph.json")
        #expect(try cli.run(["export", "--store", store, "-o", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == run.output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasSuffix(".partial") } == [])
    }

    @Test("export and render into a pipe write into it rather than replace it (as `-o /dev/null` must)")
    func exportToPipe() async throws {
        defer { scratch.remove() }
        #expect(try ingestFixture().status == 0)
        let pipe = scratch.path("pipe")
        #expect(mkfifo(pipe, 0o600) == 0)
        for arguments in [["export"], ["export", "--format", "dot"], ["render", "--format", "dot"]] {
            // The reader opens the pipe while mekong writes into it.
            let reader = Task.detached { FileHandle(forReadingAtPath: pipe)?.readDataToEndOfFile() ?? Data() }
            let run = try cli.run(arguments + ["--store", store, "-o", pipe])
            #expect(run.status == 0, "\(arguments): \(run.error)")
            let received = await reader.value
            #expect(received.count > 1000, "\(arguments)")
            var status = stat()
            #expect(stat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "\(arguments) replaced the pipe")
        }
    }
}

/// The part of the export the CLI test reads (decoded independently of MekongCore's types).
private struct GraphExportShape: Decodable {
    struct EntityShape: Decodable {
        var type: String
        var name: String
    }
    var format: String
    var entities: [EntityShape]
}
