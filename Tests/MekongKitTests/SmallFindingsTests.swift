import Foundation
import Testing

/// The smaller findings of the issue-8 probe, through the command line.
@Suite("Small findings")
struct SmallFindingsTests {
    let cli: MekongCLI
    let scratch: ScratchDirectory
    let store: String

    init() throws {
        cli = try MekongCLI.locate()
        scratch = try ScratchDirectory()
        store = scratch.path("graph.sqlite")
        _ = try cli.run(["ingest", "--store", store, try Fixture.articlePath])
    }

    @Test("--depth -1 is refused by validation, not misread as an option", arguments: [
        ["neighbors", "Tỉnh ủy An Giang"], ["render", "--focus", "Tỉnh ủy An Giang", "--format", "dot", "-o", "-"],
        ["export", "--focus", "Tỉnh ủy An Giang"],
    ])
    func negativeDepth(command: [String]) throws {
        defer { scratch.remove() }
        let run = try cli.run(command + ["--depth", "-1", "--store", store])
        #expect(run.status != 0)
        #expect(run.error.contains("--depth must be 1 or more"), "\(run.error)")
    }

    @Test("path A A says the two are the same entity")
    func samePath() throws {
        defer { scratch.remove() }
        let run = try cli.run(["path", "Tỉnh ủy An Giang", "Tỉnh ủy An Giang", "--store", store])
        #expect(run.status == 0)
        #expect(run.output.contains("are the same entity"), "\(run.output)")
    }

    @Test("an output path that is a directory gives a clear error", arguments: ["render", "export"])
    func outputDirectory(command: String) throws {
        defer { scratch.remove() }
        let run = try cli.run([command, "--store", store, "-o", scratch.url.path])
        #expect(run.status != 0)
        #expect(run.error.contains("it is a directory. Give a file name"), "\(run.error)")
        #expect(!run.error.contains("NSCocoaErrorDomain"))
    }

    @Test("names with control characters reach the terminal without them")
    func controlCharactersStripped() throws {
        defer { scratch.remove() }
        // The name is echoed back in the error ("No entity named …"): the escape sequence must not be.
        let run = try cli.run(["show", "Công ty \u{1B}[31mĐỏ\u{1B}[0m\u{07}", "--store", store])
        #expect(run.status != 0)
        #expect(run.error.contains("Công ty [31mĐỏ[0m"), "\(run.error)")
        #expect(!run.all.contains("\u{1B}") && !run.all.contains("\u{07}"))
    }
}
